import * as assert from 'node:assert/strict';
import { peerKind } from '../../server/src/core/model/peerRoles';
import { lintFile } from '../helpers/engine';
import { CHARTER, charterFile } from '../helpers/ruleFixtures';

describe('peers by meaning (model/peerRoles)', () => {
  it('recognises the engineering, marketing and design leads and the CEO whatever the spelling', () => {
    const cases: Array<[string, string | undefined]> = [
      ['CTO', 'engineering'],
      ['Chief Technical Officer', 'engineering'],
      ['chief technology officer', 'engineering'],
      ['VP Engineering', 'engineering'],
      ['VP, Engineering', 'engineering'],
      ['Vice President of Engineering', 'engineering'],
      ['SVP Engineering', 'engineering'],
      ['Head of Engineering', 'engineering'],
      ['Director of Engineering', 'engineering'],
      ['CMO', 'marketing'],
      ['Chief Marketing Officer', 'marketing'],
      ['VP Marketing', 'marketing'],
      ['Head of Marketing', 'marketing'],
      ['Head of Growth Marketing', 'marketing'],
      ['Director of Marketing', 'marketing'],
      ['Chief Design Officer', 'design'],
      ['Head of Design', 'design'],
      ['Design Director', 'design'],
      ['VP Design', 'design'],
      ['CEO', 'ceo'],
      ['Chief Executive Officer', 'ceo'],
      ['Director', undefined],
      ['Engineering Manager', undefined],
      ['Sales Director', undefined],
      ['Doctor', undefined],
    ];
    assert.deepEqual(
      cases.map(([role]) => [role, peerKind(role)]),
      cases,
    );
    assert.equal(peerKind(3), undefined);
  });

  it('lets culture/peer-chemistry count a "Chief Technical Officer" as the engineering lead', () => {
    const peers = (engineering: string) =>
      charterFile(
        `  peers:\n    - role: ${engineering}\n      name: Priya Raman\n      cadence: weekly\n    - role: Head of Marketing\n      name: Tom Becker\n      cadence: weekly\n`,
        { reportsTo: '  reportsTo:\n    role: CEO\n    name: Ana Ruiz\n' },
      );
    assert.deepEqual(lintFile(CHARTER, peers('Chief Technical Officer'), { code: 'culture/peer-chemistry' }), []);
    assert.deepEqual(
      lintFile(CHARTER, peers('Engineering Manager'), { code: 'culture/peer-chemistry' }).map((finding) => finding.message),
      ['The peers include no CTO or engineering lead: consider adding them with a regular one-on-one, since product and engineering only collaborate as well as their leaders do.'],
    );
  });
});
