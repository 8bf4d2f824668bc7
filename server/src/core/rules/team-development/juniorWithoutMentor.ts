import { defineRule } from '../rule';
import { unknownReferences } from '../shared/unknownReferences';
import { charterSpec, child, field, textOf } from '../../model/specModel';
import { count, monthsBetween } from '../util';
import { charterExample, eachMember, memberExample, memberName, memberPath, MENTOR_ROLES, organisation } from './shared';

const MENTORS = 'a senior PM, group PM, director or the Head of Product';

export const juniorWithoutMentor = defineRule<{ months: number }>({
  meta: {
    id: 'team-development/junior-without-mentor',
    area: 'team-development',
    severity: 'warning',
    description: 'Every associate PM, and every PM who joined less than `months` months ago, has a senior `coaching.mentor`, and every `coaching.mentor` names a member.',
    rationale:
      'Associate PMs and product managers in their first year learn the craft fastest next to someone who has done it for years: how to run discovery, say no to a stakeholder, write an outcome instead of a feature. A mentor outside the reporting line gives them a safe place to ask. Pairing every junior with a senior PM, group PM, director or the Head of Product is one of the cheapest ways to develop the team; consider it for anyone new to the role.',
    options: {
      months: { default: 12, description: 'A PM who joined fewer months ago than this counts as new and needs a mentor.' },
    },
    kinds: ['TeamCharter'],
    crossFile: true,
    examples: {
      fires: {
        file: 'team.charter.yaml',
        text: charterExample(memberExample('leo', 'Leo Martins', 'apm', '      reportsTo: dana\n      startDate: 2026-06-15\n')),
      },
      passes: {
        file: 'team.charter.yaml',
        text: charterExample(memberExample('leo', 'Leo Martins', 'apm', '      reportsTo: dana\n      startDate: 2026-06-15\n      coaching:\n        mentor: dana\n')),
      },
    },
  },
  check(context) {
    const { doc, options, today } = context;
    if (!charterSpec(doc)) return [];
    const people = organisation(context);
    // A mentor that names no member is reported for every member, junior or not.
    const unknown = unknownReferences(context, 'team-development/junior-without-mentor');
    return [
      ...unknown,
      ...eachMember(doc, (member, index) => {
        const name = memberName(member, index);
        // How the member is named at the start of a sentence, and inside one.
        let who: string;
        let whom: string;
        const memberRole = field(member, 'role');
        if (memberRole === 'apm') {
          who = `Associate PM "${name}"`;
          whom = `associate PM "${name}"`;
        } else if (memberRole === 'pm') {
          const tenure = monthsBetween(field(member, 'startDate'), today);
          if (tenure === undefined || tenure >= options.months) return undefined;
          who = `PM "${name}", who joined less than ${count(options.months, 'month')} ago,`;
          whom = `PM "${name}"`;
        } else {
          return undefined;
        }
        const mentor = textOf(child(member, 'coaching'), 'mentor');
        const path = memberPath(index, 'coaching', 'mentor');
        if (mentor === undefined) {
          return {
            path,
            target: 'key',
            message: `${who} has no mentor: consider pairing them with ${MENTORS} (coaching.mentor).`,
          };
        }
        const entry = people.get(mentor);
        if (!entry) return undefined;
        const role = field(entry, 'role');
        if (typeof role !== 'string' || MENTOR_ROLES.includes(role)) return undefined;
        return {
          path,
          message: `The mentor "${mentor}" of ${whom} has role ${role}: consider ${MENTORS} as mentor.`,
        };
      }),
    ];
  },
});
