import { defineRule, type RuleFinding } from '../rule';
import { charterSpec, field, isBlank, list, textOf } from '../../model/specModel';
import { charterExample, memberExample, memberName, memberPath } from './shared';

export const reportingLineMissing = defineRule({
  meta: {
    id: 'team-development/reporting-line-missing',
    area: 'team-development',
    severity: 'warning',
    description: 'The charter says who the Head of Product reports to, and every other member has a `reportsTo`.',
    rationale:
      'Every person in the product organisation needs a manager who coaches them, assesses their skills and helps them grow; a member without one is easily forgotten. The Head of Product needs one too, usually the CEO or a member of the senior leadership team, and the relationship with that person sets the tone for the whole organisation. Writing the reporting lines down also makes spans of control visible.',
    options: {},
    kinds: ['TeamCharter'],
    examples: {
      fires: {
        file: 'team.charter.yaml',
        text: charterExample(memberExample('sam', 'Sam Okafor', 'senior-pm')),
      },
      passes: {
        file: 'team.charter.yaml',
        text: charterExample(memberExample('sam', 'Sam Okafor', 'senior-pm', '      reportsTo: dana\n')),
      },
    },
  },
  check({ doc }) {
    const spec = charterSpec(doc);
    if (!spec) return [];
    const findings: RuleFinding[] = [];
    if (isBlank(field(spec, 'reportsTo'))) {
      findings.push({
        path: ['spec', 'reportsTo'],
        target: 'key',
        message: 'The charter does not say who the Head of Product reports to: add reportsTo with their role (usually CEO) and name.',
      });
    }
    const head = textOf(spec, 'headOfProduct');
    for (const [member, index] of list(spec, 'members')) {
      const isHead = (head !== undefined && field(member, 'id') === head) || field(member, 'role') === 'head-of-product';
      if (isHead) continue;
      const manager = field(member, 'reportsTo');
      if (manager !== undefined && manager !== null && !(typeof manager === 'string' && manager.trim() === '')) continue;
      findings.push({
        path: memberPath(index, 'reportsTo'),
        target: 'key',
        message: `Member "${memberName(member, index)}" has no reportsTo: add the id of their manager, so someone coaches them and sees their growth.`,
      });
    }
    return findings;
  },
});
