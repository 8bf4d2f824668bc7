import * as assert from 'node:assert/strict';
import { RestartPolicy } from '../../client/src/restartPolicy';

describe('restart policy of the language server', () => {
  it('restarts a stopped server up to four times in three minutes, then gives up', () => {
    const policy = new RestartPolicy();
    const decisions = [0, 1_000, 2_000, 3_000, 4_000].map((at) => policy.shouldRestart(at));
    assert.deepEqual(decisions, [true, true, true, true, false]);
    assert.equal(policy.giveUpMessage(), 'Product Specs: the language server stopped 5 times in 3 minutes and will not be restarted. Its log is in the Output panel.');
  });

  it('forgets stops older than the window', () => {
    const policy = new RestartPolicy(1, 10_000);
    assert.equal(policy.shouldRestart(0), true);
    assert.equal(policy.shouldRestart(5_000), false);
    assert.equal(policy.shouldRestart(20_000), true);
  });
});
