import { peerKind } from '../../model/peerRoles';
import { defineRule, type RuleFinding } from '../rule';
import { charterSpec, child, field, list, textOf } from '../../model/specModel';
import { charterExample, nameOf } from './shared';

export const peerChemistry = defineRule({
  meta: {
    id: 'culture/peer-chemistry',
    area: 'culture',
    severity: 'info',
    description:
      "The charter's peers include a CTO or engineering lead (CTO, Chief Technology or Technical Officer, VP, SVP, Head or Director of Engineering) and a marketing lead (CMO, Chief Marketing Officer, VP, Head or Director of Marketing), each with a one-on-one cadence.",
    rationale:
      'The softer side of product leadership is chemistry with peers: product, engineering and marketing only work together as well as their leaders do. Listing the CTO and the marketing lead with a regular one-on-one makes that relationship a deliberate habit rather than something left to chance. Consider the cadence that keeps you ahead of surprises on both sides.',
    options: {},
    kinds: ['TeamCharter'],
    examples: {
      fires: {
        file: 'team.charter.yaml',
        text: charterExample(`  peers:
    - role: CTO
      name: Priya Raman
`),
      },
      passes: {
        file: 'team.charter.yaml',
        text: charterExample(`  peers:
    - role: CTO
      name: Priya Raman
      cadence: weekly
    - role: VP Marketing
      name: Tom Becker
      cadence: biweekly
`),
      },
    },
  },
  check({ doc }) {
    const spec = charterSpec(doc);
    if (!spec) return [];
    const peers = list(spec, 'peers');
    // The Head of Product's own manager counts too: reporting to the CTO makes them the engineering lead you work with.
    const roles = [...peers.map(([peer]) => field(peer, 'role')), field(child(spec, 'reportsTo'), 'role')].filter((role): role is string => typeof role === 'string');
    const noEngineering = !roles.some((role) => peerKind(role) === 'engineering');
    const noMarketing = !roles.some((role) => peerKind(role) === 'marketing');
    const findings: RuleFinding[] = [];
    if (peers.length === 0 && noEngineering && noMarketing) {
      findings.push({
        path: ['spec', 'peers'],
        target: 'key',
        message: 'The charter lists no peers: consider adding the CTO or engineering lead and the marketing lead, with a regular one-on-one cadence for each.',
      });
      return findings;
    }
    if (noEngineering) {
      findings.push({
        path: ['spec', 'peers'],
        target: 'key',
        message:
          'The peers include no CTO or engineering lead: consider adding them with a regular one-on-one, since product and engineering only collaborate as well as their leaders do.',
      });
    }
    if (noMarketing) {
      findings.push({
        path: ['spec', 'peers'],
        target: 'key',
        message: 'The peers include no marketing lead: consider adding the CMO or VP Marketing with a regular one-on-one, so positioning and launches are shaped together.',
      });
    }
    for (const [peer, index] of peers) {
      if (textOf(peer, 'cadence') !== undefined) continue;
      const role = textOf(peer, 'role');
      findings.push({
        path: ['spec', 'peers', index, 'cadence'],
        message: `Peer "${nameOf(peer, index, 'name')}"${role ? ` (${role})` : ''} has no cadence: consider a regular one-on-one with them to build the trust that collaboration needs.`,
      });
    }
    return findings;
  },
});
