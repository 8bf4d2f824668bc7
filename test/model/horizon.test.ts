import * as assert from 'node:assert/strict';
import { itemHorizon, parseTimeframe } from '../../server/src/core/model/horizon';

/** The horizon of an unreleased item planned for `timeframe`, on `today`. */
function on(today: string, timeframe: string, stage = 'discovery'): string | undefined {
  return itemHorizon({ timeframe, stage }, today);
}

describe('horizons derived from timeframes', () => {
  it('reads quarters, halves and years, and nothing else', () => {
    assert.deepEqual(parseTimeframe('2027-Q2'), { text: '2027-Q2', months: 3, start: 2027 * 12 + 3, end: 2027 * 12 + 6 });
    assert.deepEqual(parseTimeframe('2027-H2'), { text: '2027-H2', months: 6, start: 2027 * 12 + 6, end: 2028 * 12 });
    assert.deepEqual(parseTimeframe('2027'), { text: '2027', months: 12, start: 2027 * 12, end: 2028 * 12 });
    // A plain `timeframe: 2027` is a number once YAML has read it.
    assert.deepEqual(parseTimeframe(2027), { text: '2027', months: 12, start: 2027 * 12, end: 2028 * 12 });
    assert.equal(parseTimeframe(2027.5), undefined);
    for (const bad of ['2027-Q5', '2027-H3', '27-Q1', '2027-q1', '', 20270, undefined]) assert.equal(parseTimeframe(bad), undefined);
  });

  it('puts quarters on the last and the first day of a quarter', () => {
    assert.equal(on('2026-03-31', '2026-Q1'), 'now');
    assert.equal(on('2026-03-31', '2026-Q2'), 'next');
    assert.equal(on('2026-03-31', '2026-Q3'), 'later');
    assert.equal(on('2026-04-01', '2026-Q2'), 'now');
    assert.equal(on('2026-04-01', '2026-Q3'), 'next');
    assert.equal(on('2026-04-01', '2026-Q4'), 'later');
    assert.equal(on('2026-12-31', '2027-Q1'), 'next');
    assert.equal(on('2027-01-01', '2027-Q1'), 'now');
    assert.equal(on('2027-01-01', '2027-Q2'), 'next');
  });

  it('puts halves and whole years by the next half and the next year', () => {
    assert.equal(on('2026-06-30', '2026-H1'), 'now');
    assert.equal(on('2026-06-30', '2026-H2'), 'next');
    assert.equal(on('2026-07-01', '2026-H2'), 'now');
    assert.equal(on('2026-07-01', '2027-H1'), 'next');
    assert.equal(on('2026-07-01', '2027-H2'), 'later');
    assert.equal(on('2026-12-31', '2026'), 'now');
    assert.equal(on('2026-12-31', '2027'), 'next');
    assert.equal(on('2026-12-31', '2028'), 'later');
    assert.equal(on('2027-01-01', '2027'), 'now');
  });

  it('keeps an unreleased item whose timeframe has passed in now, and a released one in the past', () => {
    assert.equal(on('2026-04-01', '2026-Q1'), 'now');
    assert.equal(on('2026-04-01', '2025'), 'now');
    assert.equal(on('2026-04-01', '2026-Q1', 'released'), 'past');
    assert.equal(on('2026-03-31', '2026-Q1', 'released'), 'now');
  });

  it('takes a written horizon before a timeframe, and gives none without either', () => {
    assert.equal(itemHorizon({ horizon: 'later', timeframe: '2026-Q1' }, '2026-02-01'), 'later');
    assert.equal(itemHorizon({ horizon: 'soon', timeframe: '2026-Q1' }, '2026-02-01'), 'now');
    assert.equal(itemHorizon({}, '2026-02-01'), undefined);
    assert.equal(itemHorizon({ timeframe: 'Q1' }, '2026-02-01'), undefined);
  });
});
