import { defineRule } from '../rule';
import { child, field, isBlank } from '../../model/specModel';
import { daysBetween } from '../util';
import { charterExample, eachMember, memberExample, memberName, memberPath } from './shared';

export const staleAssessment = defineRule<{ days: number }>({
  meta: {
    id: 'team-development/stale-assessment',
    area: 'team-development',
    severity: 'warning',
    description: "Every member's `coaching.lastAssessment` is recorded and at most `days` days old.",
    rationale:
      "Coaching works on the gaps between where someone is and where they need to be, so it needs an honest, shared assessment of their skills, revisited as they grow. Without a recent one, one-on-ones drift into status updates and weaknesses stay unaddressed. Reassessing every quarter is a practitioner heuristic; consider a cadence that keeps each person's growth plan current.",
    options: {
      days: { default: 90, description: 'The most days since the last skills assessment before the rule fires.' },
    },
    kinds: ['TeamCharter'],
    examples: {
      fires: {
        file: 'team.charter.yaml',
        text: charterExample(memberExample('mia', 'Mia Schneider', 'pm', '      reportsTo: dana\n      coaching:\n        lastAssessment: 2026-06-30\n'), {
          head: memberExample('dana', 'Dana Whitfield', 'head-of-product', '      coaching:\n        lastAssessment: 2026-10-15\n'),
        }),
      },
      passes: {
        file: 'team.charter.yaml',
        text: charterExample(memberExample('mia', 'Mia Schneider', 'pm', '      reportsTo: dana\n      coaching:\n        lastAssessment: 2026-10-20\n'), {
          head: memberExample('dana', 'Dana Whitfield', 'head-of-product', '      coaching:\n        lastAssessment: 2026-10-15\n'),
        }),
      },
    },
  },
  check({ doc, options, today }) {
    return eachMember(doc, (member, index) => {
      const name = memberName(member, index);
      const last = field(child(member, 'coaching'), 'lastAssessment');
      if (isBlank(last)) {
        return {
          path: memberPath(index, 'coaching', 'lastAssessment'),
          target: 'key',
          message: `Member "${name}" has no coaching.lastAssessment: consider assessing their skills with them at least every ${options.days} days and recording the date.`,
        };
      }
      // A value that is not a date is the schema's to report.
      const age = daysBetween(last, today);
      if (age === undefined || age <= options.days) return undefined;
      return {
        path: memberPath(index, 'coaching', 'lastAssessment'),
        message: `Member "${name}" was last assessed ${age} days ago (${String(last)}): consider a skills assessment at least every ${options.days} days so coaching targets the right gaps.`,
      };
    });
  },
});
