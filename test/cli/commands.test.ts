import * as assert from 'node:assert/strict';
import { EXIT } from '../../server/src/cli/command';
import { COMMANDS } from '../../server/src/cli/commands';
import { HELP } from '../../server/src/cli/help';

describe('command line: the commands', () => {
  it('the help lists exactly the registered commands, in order, and the exit codes they use', () => {
    const listed = [...HELP.split('\n\n')[1].matchAll(/^ {2}(\w+) /gm)].map((match) => match[1]);
    assert.deepEqual(listed, ['check', 'rules', 'report', 'board']);
    assert.deepEqual(Object.keys(COMMANDS), listed);
    assert.match(HELP, new RegExp(`^Exit codes: ${EXIT.ok} no errors, ${EXIT.findings} errors found, ${EXIT.usage} usage or configuration error\\.$`, 'm'));
  });
});
