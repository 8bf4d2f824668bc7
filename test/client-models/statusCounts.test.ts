import * as assert from 'node:assert/strict';
import { countSpecDiagnostics, statusText, statusTooltip } from '../../client/src/status/statusCounts';

describe('status bar counts', () => {
  it('counts errors and warnings of the language server only', () => {
    const counts = countSpecDiagnostics([
      [
        'a',
        [
          { severity: 0, source: 'product-specs' },
          { severity: 1, source: 'product-specs' },
          { severity: 2, source: 'product-specs' },
          { severity: 3, source: 'product-specs' },
        ],
      ],
      ['b', [{ severity: 0, source: 'yaml' }, { severity: 1 }, { severity: 1, source: 'product-specs' }]],
      ['c', []],
    ]);
    assert.deepEqual(counts, { errors: 1, warnings: 2 });
  });

  it('shows the counts with icons and says what a click does', () => {
    assert.equal(statusText({ errors: 2, warnings: 5 }), 'Specs $(error) 2 $(warning) 5');
    assert.equal(statusTooltip({ errors: 1, warnings: 0 }), 'Product Specs: 1 error and 0 warnings in spec files. Click to open the responsibility report.');
  });
});
