import { defineRule } from '../rule';
import { child, field, strings, text } from '../../model/specModel';
import { charterExample, eachMember, memberExample, memberName, memberPath } from './shared';

/** The non-blank entries of a list of text. */
function listed(value: unknown): string[] {
  return strings(value).filter((entry) => text(entry) !== undefined);
}

export const noGrowthAreas = defineRule({
  meta: {
    id: 'team-development/no-growth-areas',
    area: 'team-development',
    severity: 'info',
    description: 'Every member has `coaching.strengths` to leverage and `coaching.growthAreas` to work on.',
    rationale:
      'Developing a team means both addressing weaknesses and using strengths: coaching someone on the skills they lack, and giving them the work where what they are best at counts most. Writing both down, agreed with the person, makes coaching specific and lets the Head of Product staff teams so their members complement each other. Consider reviewing them at each skills assessment.',
    options: {},
    kinds: ['TeamCharter'],
    examples: {
      fires: {
        file: 'team.charter.yaml',
        text: charterExample('', {
          head: memberExample('dana', 'Dana Whitfield', 'head-of-product', '      coaching:\n        strengths: [Product strategy]\n'),
        }),
      },
      passes: {
        file: 'team.charter.yaml',
        text: charterExample('', {
          head: memberExample(
            'dana',
            'Dana Whitfield',
            'head-of-product',
            '      coaching:\n        strengths: [Product strategy]\n        growthAreas: [Delegating roadmap reviews]\n',
          ),
        }),
      },
    },
  },
  check({ doc }) {
    return eachMember(doc, (member, index) => {
      const name = memberName(member, index);
      const coaching = child(member, 'coaching');
      const strengths = listed(field(coaching, 'strengths'));
      const growthAreas = listed(field(coaching, 'growthAreas'));
      if (strengths.length > 0 && growthAreas.length > 0) return undefined;
      if (strengths.length === 0 && growthAreas.length === 0) {
        return {
          path: memberPath(index, 'coaching'),
          target: 'key',
          message: `Member "${name}" has no strengths or growth areas: consider agreeing with them what they are strong at and what they work on (coaching.strengths and coaching.growthAreas).`,
        };
      } else if (growthAreas.length === 0) {
        return {
          path: memberPath(index, 'coaching', 'growthAreas'),
          target: 'key',
          message: `Member "${name}" has no growth areas: consider agreeing with them the skills they work on next (coaching.growthAreas).`,
        };
      } else {
        return {
          path: memberPath(index, 'coaching', 'strengths'),
          target: 'key',
          message: `Member "${name}" has no strengths recorded: consider noting what they are strong at (coaching.strengths), so coaching and staffing build on it.`,
        };
      }
    });
  },
});
