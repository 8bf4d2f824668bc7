import { defineRule } from '../rule';
import { child, field, isBlank, textOf } from '../../model/specModel';
import { charterExample, eachMember, memberExample, memberName, memberPath } from './shared';

/** One-on-one cadences from the fastest to the slowest. */
const CADENCES = ['daily', 'weekly', 'biweekly', 'monthly', 'quarterly'];
const DEFAULT_SLOWEST = 'biweekly';

export const noOneOnOne = defineRule<{ slowest: string }>({
  meta: {
    id: 'team-development/no-one-on-one',
    area: 'team-development',
    severity: 'warning',
    description: 'Every member with a manager has a `coaching.oneOnOne` cadence no slower than `slowest`.',
    rationale:
      'Ongoing coaching happens in regular one-on-ones: that is where a manager hears what is blocking someone, gives feedback while it is still useful and works on their growth areas with them. Monthly meetings are too far apart for that. Weekly or every two weeks is a practitioner heuristic; consider what each person needs, but write the cadence down so it is kept.',
    options: {
      slowest: {
        default: DEFAULT_SLOWEST,
        description: 'The slowest acceptable one-on-one cadence: daily, weekly, biweekly, monthly or quarterly.',
      },
    },
    kinds: ['TeamCharter'],
    examples: {
      fires: {
        file: 'team.charter.yaml',
        text: charterExample(memberExample('sam', 'Sam Okafor', 'senior-pm', '      reportsTo: dana\n      coaching:\n        oneOnOne: monthly\n')),
      },
      passes: {
        file: 'team.charter.yaml',
        text: charterExample(memberExample('sam', 'Sam Okafor', 'senior-pm', '      reportsTo: dana\n      coaching:\n        oneOnOne: weekly\n')),
      },
    },
  },
  check({ doc, options }) {
    const slowest = CADENCES.includes(options.slowest) ? options.slowest : DEFAULT_SLOWEST;
    const limit = CADENCES.indexOf(slowest);
    return eachMember(doc, (member, index) => {
      const manager = textOf(member, 'reportsTo');
      if (manager === undefined) return undefined;
      const name = memberName(member, index);
      const cadence = field(child(member, 'coaching'), 'oneOnOne');
      if (isBlank(cadence)) {
        return {
          path: memberPath(index, 'coaching', 'oneOnOne'),
          target: 'key',
          message: `Member "${name}" has no one-on-one cadence with their manager "${manager}": consider one-on-ones at least ${slowest} and record it in coaching.oneOnOne.`,
        };
      }
      // A cadence that is not one of the schema's values is the schema's to report.
      if (typeof cadence !== 'string' || !CADENCES.includes(cadence)) return undefined;
      if (CADENCES.indexOf(cadence) <= limit) return undefined;
      return {
        path: memberPath(index, 'coaching', 'oneOnOne'),
        message: `Member "${name}" meets their manager "${manager}" ${cadence}: consider one-on-ones at least ${slowest}, so coaching stays ongoing.`,
      };
    });
  },
});
