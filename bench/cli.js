'use strict';
// Times `product-specs check` on the 200 generated roadmaps against Spectral with a schema-only ruleset,
// and `check --cache` (first run against an unchanged re-run) when the command line has it.
//   node bench/cli.js      (after `npm run build` and `node bench/generate.js`)
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const { median } = require('./lib/stats');

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'bin', 'product-specs.js');
const RULESET = path.join(__dirname, 'spectral-ruleset.yaml');
const RUNS = 3;

/**
 * Spectral leaves `$ref` in function options unresolved, so the ruleset carries the roadmap schema inline.
 * It is written from schemas/roadmap.schema.json whenever the schema changes.
 */
function ensureSpectralRuleset() {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'roadmap.schema.json'), 'utf8'));
  const ruleset = {
    rules: {
      'roadmap-schema': {
        description: 'A roadmap must match schemas/roadmap.schema.json.',
        message: '{{error}}',
        severity: 'error',
        given: '$',
        then: { function: 'schema', functionOptions: { dialect: 'draft7', allErrors: true, schema } },
      },
    },
  };
  const text =
    '# Spectral ruleset for the command-line benchmark: the roadmap JSON schema applied to the whole document\n' +
    "# through Spectral's built-in `schema` function, every error reported. Spectral does not resolve `$ref` in\n" +
    '# function options, so the schema is inlined. Generated from ../schemas/roadmap.schema.json by bench/cli.js.\n' +
    YAML.stringify(ruleset, { lineWidth: 0 });
  if (!fs.existsSync(RULESET) || fs.readFileSync(RULESET, 'utf8') !== text) fs.writeFileSync(RULESET, text);
  return RULESET;
}

/** Runs a command under bash's `time`: wall-clock and CPU (user + system, all threads and children) in ms. */
function timed(argv, { cwd = ROOT, out = '/dev/null' } = {}) {
  const result = spawnSync('bash', ['-c', 'TIMEFORMAT="%3R %3U %3S"; { time "$@" >"$BENCH_OUT" 2>"$BENCH_ERR"; } 2>&1', 'bench', ...argv], {
    cwd,
    env: { ...process.env, BENCH_OUT: out, BENCH_ERR: `${out === '/dev/null' ? '/dev/null' : `${out}.err`}`, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  const match = /(\d+\.\d+) (\d+\.\d+) (\d+\.\d+)\s*$/.exec(result.stdout);
  if (!match) throw new Error(`could not time ${argv.join(' ')}: ${result.stdout}${result.stderr}`);
  const [wall, user, sys] = match.slice(1).map((s) => Number(s) * 1000);
  return { wallMs: wall, cpuMs: user + sys, cores: (user + sys) / wall, status: result.status };
}

const summary = (runs) => ({ medianMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)), cores: median(runs.map((r) => r.cores)), runs });

function helpText() {
  return spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout;
}

function runCli(manifest, { log = console.log } = {}) {
  const outDir = path.join(ROOT, '.bench', 'out');
  fs.mkdirSync(outDir, { recursive: true });
  const cliDir = manifest.cli.dir;
  const roadmaps = fs
    .readdirSync(cliDir)
    .filter((f) => f.endsWith('.roadmap.yaml'))
    .sort()
    .map((f) => path.join(cliDir, f));
  const spectralBin = fs.realpathSync(path.join(ROOT, 'node_modules', '.bin', 'spectral'));
  const ruleset = ensureSpectralRuleset();
  const ours = [process.execPath, CLI, 'check', '--no-color', path.relative(ROOT, cliDir)];
  const spectral = [process.execPath, spectralBin, 'lint', '--ruleset', path.relative(ROOT, ruleset), ...roadmaps.map((f) => path.relative(ROOT, f))];

  // One run of each with JSON output first: it checks that both find the errors and warms the file cache.
  const oursJson = path.join(outDir, 'product-specs.json');
  timed([...ours, '--format', 'json'], { out: oursJson });
  const oursFindings = JSON.parse(fs.readFileSync(oursJson, 'utf8'));
  const findings = (Array.isArray(oursFindings) ? oursFindings : (oursFindings.files ?? [])).flatMap((file) => file.findings ?? file.messages ?? []);
  const oursSchemaErrors = findings.filter((f) => String(f.code ?? f.ruleId ?? '').startsWith('schema/')).length;
  const spectralJson = path.join(outDir, 'spectral.json');
  timed([...spectral, '--format', 'json'], { out: spectralJson });
  const spectralErrors = JSON.parse(fs.readFileSync(spectralJson, 'utf8')).filter((r) => r.severity === 0).length;
  log(`  findings: product-specs ${findings.length} (${oursSchemaErrors} schema errors), Spectral ${spectralErrors} errors`);

  const oursRuns = [];
  const spectralRuns = [];
  for (let i = 0; i < RUNS; i++) {
    oursRuns.push(timed(ours, { out: path.join(outDir, 'product-specs.txt') }));
    spectralRuns.push(timed(spectral, { out: path.join(outDir, 'spectral.txt') }));
  }
  log(`  product-specs check: ${oursRuns.map((r) => r.wallMs.toFixed(0)).join(', ')} ms; Spectral: ${spectralRuns.map((r) => r.wallMs.toFixed(0)).join(', ')} ms`);

  const help = helpText();
  let cache = { supported: false };
  if (/--cache\b/.test(help)) {
    const firsts = [];
    const reruns = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh copy each time, so any cache kept next to the files or in the working folder starts empty.
      const copy = path.join(ROOT, '.bench', 'cache-run');
      fs.rmSync(copy, { recursive: true, force: true });
      fs.cpSync(cliDir, copy, { recursive: true });
      const args = [process.execPath, CLI, 'check', '--no-color', '--cache'];
      if (/--cache-location\b/.test(help)) args.push('--cache-location', path.join(copy, '.product-specs-cache'));
      args.push('.');
      firsts.push(timed(args, { cwd: copy, out: path.join(outDir, 'cache-first.txt') }));
      reruns.push(timed(args, { cwd: copy, out: path.join(outDir, 'cache-rerun.txt') }));
    }
    const first = median(firsts.map((r) => r.wallMs));
    const rerun = median(reruns.map((r) => r.wallMs));
    cache = { supported: true, firstMs: first, rerunMs: rerun, speedup: first / rerun };
    log(`  check --cache: first ${firsts.map((r) => r.wallMs.toFixed(0)).join(', ')} ms; unchanged re-run ${reruns.map((r) => r.wallMs.toFixed(0)).join(', ')} ms`);
  } else {
    log('  check --cache: not supported yet');
  }

  return {
    files: roadmaps.length,
    checkedByUs: roadmaps.length + 2,
    averageLines: manifest.cli.averageLines,
    spectralVersion: JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'package.json'), 'utf8')).version,
    ours: { ...summary(oursRuns), findings: findings.length, schemaErrors: oursSchemaErrors },
    spectral: { ...summary(spectralRuns), errors: spectralErrors },
    cache,
  };
}

module.exports = { runCli, ensureSpectralRuleset, timed };

if (require.main === module) {
  const { generate } = require('./generate');
  const result = runCli(generate({ log: console.log }));
  console.log(JSON.stringify(result, (k, v) => (k === 'runs' ? undefined : v), 2));
}
