import { defineRule, type RuleFinding } from '../rule';
import { charterSpec, field, list, text } from '../../model/specModel';
import { charterExample, memberExample, memberPath, organisation } from './shared';

export const headOfProductMissing = defineRule({
  meta: {
    id: 'team-development/head-of-product-missing',
    area: 'team-development',
    severity: 'error',
    description: 'A member has role `head-of-product` (a `headOfProduct` that names no member is reported by `team-development/unknown-manager`).',
    rationale:
      'The charter describes a product organisation, and someone leads it: the Head of Product, CPO, VP or Director of Product who recruits, coaches and sets the vision. Reporting lines, spans of control and mentoring all hang from that person. When the charter does not say who it is, or names someone who is not a member, the org chart has no root and the team cannot see who is accountable for developing it.',
    options: {},
    kinds: ['TeamCharter'],
    crossFile: true,
    examples: {
      fires: {
        file: 'team.charter.yaml',
        text: charterExample(memberExample('ravi', 'Ravi Menon', 'group-pm', '      reportsTo: dana\n'), {
          head: memberExample('dana', 'Dana Whitfield', 'director'),
        }),
      },
      passes: {
        file: 'team.charter.yaml',
        text: charterExample(memberExample('ravi', 'Ravi Menon', 'group-pm', '      reportsTo: dana\n')),
      },
    },
  },
  check(context) {
    const spec = charterSpec(context.doc);
    if (!spec) return [];
    const head = field(spec, 'headOfProduct');
    // A missing headOfProduct, or one of the wrong type, is the schema's to report.
    const headId = text(head);
    if (headId === undefined) return [];
    const findings: RuleFinding[] = [];
    const local = list(spec, 'members');
    const people = organisation(context);
    const named = people.get(headId);
    // A headOfProduct naming nobody is a reference to report: team-development/unknown-manager does.
    const hasRole = local.some(([member]) => field(member, 'role') === 'head-of-product') || field(named, 'role') === 'head-of-product';
    if (!hasRole) {
      const entry = local.find(([member]) => field(member, 'id') === headId);
      findings.push(
        entry
          ? {
              path: memberPath(entry[1], 'role'),
              message: `No member has role head-of-product: give "${headId}", named by headOfProduct, role head-of-product.`,
            }
          : {
              path: ['spec', 'members'],
              target: 'key',
              message: 'No member has role head-of-product: add the Head of Product to the members with role head-of-product.',
            },
      );
    }
    return findings;
  },
});
