import * as assert from 'node:assert/strict';
import { BUDGET_MS, describeFailures, fuzzCount, FuzzStats, SEED } from './check';
import { EngineHarness } from './engineHarness';
import { bigRoadmap, EXAMPLES, fuzzInputs, specialInputs, type FuzzInput } from './inputs';

/** Inputs through the engine in `npm test`; `npm run fuzz` sets FUZZ_COUNT far higher. */
const QUICK_COUNT = 1000;

/** Large inputs may take longer: the budget grows by one second per megabyte. */
const budgetFor = (input: FuzzInput): number => BUDGET_MS + Math.floor(input.text.length / (1024 * 1024)) * 1000;

describe('fuzz: the engine', function () {
  this.timeout(600_000);
  const stats = new FuzzStats('engine');
  const harness = new EngineHarness(stats);

  after(async () => {
    await harness.stop();
    console.log(stats.summary());
    stats.save();
  });

  describe('never throws, never hangs, and reports every broken input', () => {
    for (const input of specialInputs({ huge: !!process.env.FUZZ_COUNT })) {
      it(input.name, async () => {
        const before = stats.failures.length;
        await harness.check(input, budgetFor(input));
        assert.equal(describeFailures(stats.failures.slice(before)), '');
      });
    }
  });

  it(`survives ${fuzzCount(QUICK_COUNT)} inputs mutated from the examples (seed ${SEED})`, async () => {
    const before = stats.failures.length;
    for (const input of fuzzInputs(fuzzCount(QUICK_COUNT), SEED)) await harness.check(input);
    const failures = stats.failures.slice(before);
    assert.equal(failures.length, 0, `${failures.length} of the fuzzed inputs failed:\n${describeFailures(failures)}`);
  });

  describe('gives the findings the issue asks for', () => {
    const findingsOf = async (input: FuzzInput): Promise<Array<{ code: string; severity: string; message: string }>> =>
      ((await harness.check(input, budgetFor(input))) ?? []).map(({ code, severity, message }) => ({ code, severity, message }));
    const roadmap = EXAMPLES.find((entry) => entry.file.endsWith('.roadmap.yaml'))!;
    const vision = EXAMPLES.find((entry) => entry.file.endsWith('.vision.yaml'))!;

    it('a 10 MB file gets one finding saying it is too large, and is not checked', async () => {
      assert.deepEqual(await findingsOf({ name: 'a 10 MB roadmap', file: roadmap.file, text: bigRoadmap(10 * 1024 * 1024) }), [
        { code: 'spec/too-large', severity: 'warning', message: 'This file is too large to check (10.0 MB; the limit is 8.0 MB). Split it, or raise the limit.' },
      ]);
    });

    it('a file far from its schema shows its first 1,000 schema errors and says there are more', async () => {
      const input = specialInputs().find((entry) => entry.name.startsWith('20,000 roadmap items'))!;
      const findings = (await findingsOf(input)).filter((finding) => finding.code.startsWith('schema/'));
      assert.equal(findings.length, 1001);
      // Findings come in the order of the text: the notice sits on the first line.
      assert.deepEqual(findings.slice(0, 3), [
        { code: 'schema/too-many-errors', severity: 'error', message: 'This file has more than 1,000 schema errors; only the first 1,000 are shown. Fix those first.' },
        { code: 'schema/required', severity: 'error', message: 'Missing required property "needs" in spec.themes[0] ("cash-flow").' },
        { code: 'schema/required', severity: 'error', message: 'spec.items[0] ("item-0") needs "horizon" or "timeframe".' },
      ]);
    });

    it('an alias bomb is refused, not expanded', async () => {
      const bomb = specialInputs().find((input) => input.name === 'billion laughs (flow)')!;
      assert.deepEqual(await findingsOf(bomb), [
        {
          code: 'yaml/alias-limit',
          severity: 'error',
          message: 'The document expands too many aliases to be checked (Excessive alias count indicates a resource exhaustion attack).',
        },
      ]);
    });

    it('a NUL byte marks the file as binary', async () => {
      assert.deepEqual(await findingsOf({ name: 'NUL', file: vision.file, text: `${vision.text}\u0000` }), [
        { code: 'spec/binary', severity: 'info', message: 'This file looks binary (it contains NUL bytes) and was not checked.' },
      ]);
    });

    it('a byte order mark at the start changes nothing', async () => {
      const plain = await findingsOf({ name: 'the vision example', file: vision.file, text: vision.text });
      assert.deepEqual(await findingsOf({ name: 'the vision example after a BOM', file: vision.file, text: `\uFEFF${vision.text}` }), plain);
    });

    it('several documents in one file are an error', async () => {
      const findings = await findingsOf({ name: 'two documents', file: vision.file, text: `${vision.text}---\n${vision.text}` });
      assert.deepEqual(
        findings.filter((finding) => finding.code.startsWith('yaml/')),
        [{ code: 'yaml/multiple-documents', severity: 'error', message: 'A spec file holds one YAML document. Move this document into a file of its own.' }],
      );
    });

    it('a kind that is a number, a list or an unknown word is an error', async () => {
      const kinds = [];
      for (const kind of ['42', '[Vision]', 'Visoin']) {
        const findings = await findingsOf({ name: `kind ${kind}`, file: vision.file, text: vision.text.replace('kind: Vision', `kind: ${kind}`) });
        kinds.push(findings.filter((finding) => finding.code === 'spec/unknown-kind'));
      }
      assert.deepEqual(kinds, [
        [{ code: 'spec/unknown-kind', severity: 'error', message: 'Unknown kind 42. Use one of Vision, Roadmap, TeamCharter.' }],
        [{ code: 'spec/unknown-kind', severity: 'error', message: 'Unknown kind ["Vision"]. Use one of Vision, Roadmap, TeamCharter.' }],
        [{ code: 'spec/unknown-kind', severity: 'error', message: 'Unknown kind "Visoin". Did you mean "Vision"? Use one of Vision, Roadmap, TeamCharter.' }],
      ]);
    });
  });
});
