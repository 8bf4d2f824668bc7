'use strict';
// Generates the benchmark inputs into .bench/ (git-ignored), deterministically:
//   sizes/<items>/    a roadmap of 100, 1,000 or 5,000 items with exactly 10 schema errors, its vision and charter
//   workspace/        1,000 spec files of about 200 lines: 100 products with a vision, a charter and 8 roadmaps
//   cli/              200 roadmaps of about 1,100 lines (10 schema errors each) with one vision and one charter
// Every file is parsed and validated against its JSON schema here, so the error counts are checked facts.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats').default;
const specs = require('./lib/specs');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, '.bench');
const SIZES = [100, 1000, 5000];
const ERRORS_PER_ROADMAP = 10;
const WORKSPACE_PRODUCTS = 100;
const ROADMAPS_PER_PRODUCT = 8;
const CLI_ROADMAPS = 200;

function validators() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const load = (name) => ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', name), 'utf8')));
  return { Vision: load('vision.schema.json'), Roadmap: load('roadmap.schema.json'), TeamCharter: load('team-charter.schema.json') };
}

/** Writes a spec file after checking that it parses and has exactly `errors` schema errors. */
function writer(validate) {
  let files = 0;
  let lines = 0;
  const write = (file, text, errors = 0) => {
    const doc = YAML.parseDocument(text);
    if (doc.errors.length) throw new Error(`${file}: YAML error ${doc.errors[0].message}`);
    const value = doc.toJS();
    const check = validate[value.kind];
    check(value);
    const found = check.errors ? check.errors.length : 0;
    if (found !== errors) {
      throw new Error(`${file}: expected ${errors} schema errors, found ${found}: ${JSON.stringify(check.errors, null, 1).slice(0, 2000)}`);
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    files++;
    const count = text.split('\n').length - 1;
    lines += count;
    return count;
  };
  write.stats = () => ({ files, lines });
  return write;
}

function generateSizes(write) {
  const sizes = [];
  for (const items of SIZES) {
    const prefix = `s${items}`;
    const dir = path.join(OUT, 'sizes', String(items));
    const teams = items >= 5000 ? 20 : items >= 1000 ? 8 : 4;
    const c = specs.charter({ prefix, teams, seed: prefix });
    const v = specs.vision({ prefix, product: 'Acme Pay', owner: c.head, needs: 7 + Math.floor(items / 500), goals: 5, seed: prefix });
    const objectives = items >= 5000 ? 20 : items >= 1000 ? 10 : 5;
    const periods = ['2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3'].slice(0, objectives / 5);
    const themes = items >= 5000 ? 20 : items >= 1000 ? 10 : 6;
    const rm = specs.roadmap({
      prefix,
      id: `${prefix}-roadmap`,
      product: 'Acme Pay',
      vision: v,
      charter: c,
      items,
      objectives,
      themes,
      periods,
      errors: ERRORS_PER_ROADMAP,
      seed: prefix,
      lines: items * 11,
    });
    write(path.join(dir, `${prefix}.vision.yaml`), v.text);
    write(path.join(dir, `${prefix}.charter.yaml`), c.text);
    const roadmapFile = path.join(dir, `${prefix}.roadmap.yaml`);
    const lines = write(roadmapFile, rm.text, ERRORS_PER_ROADMAP);
    sizes.push({ items, lines, dir, roadmap: roadmapFile, vision: path.join(dir, `${prefix}.vision.yaml`), charter: path.join(dir, `${prefix}.charter.yaml`) });
  }
  return sizes;
}

function generateWorkspace(write) {
  const dir = path.join(OUT, 'workspace');
  const files = [];
  for (let p = 1; p <= WORKSPACE_PRODUCTS; p++) {
    const prefix = `p${String(p).padStart(3, '0')}`;
    const c = specs.charter({ prefix, teams: 3, seed: prefix });
    const v = specs.vision({ prefix, product: `Product ${p}`, owner: c.head, needs: 14, goals: 8, evidence: 4, seed: prefix });
    const folder = path.join(dir, prefix);
    write(path.join(folder, `${prefix}.vision.yaml`), v.text);
    write(path.join(folder, `${prefix}.charter.yaml`), c.text);
    files.push(path.join(folder, `${prefix}.vision.yaml`), path.join(folder, `${prefix}.charter.yaml`));
    for (let k = 1; k <= ROADMAPS_PER_PRODUCT; k++) {
      const rprefix = `${prefix}-r${k}`;
      const rm = specs.roadmap({
        prefix: rprefix,
        id: `${rprefix}-roadmap`,
        product: `Product ${p}`,
        vision: v,
        charter: c,
        items: 10,
        objectives: 3,
        themes: 4,
        periods: ['2026-Q4'],
        seed: rprefix,
        lines: 200,
      });
      const file = path.join(folder, `${rprefix}.roadmap.yaml`);
      write(file, rm.text);
      files.push(file);
    }
  }
  return { dir, files };
}

function generateCli(write) {
  const dir = path.join(OUT, 'cli');
  const c = specs.charter({ prefix: 'cli', teams: 4, seed: 'cli' });
  const v = specs.vision({ prefix: 'cli', product: 'Acme Pay', owner: c.head, needs: 7, goals: 5, seed: 'cli' });
  write(path.join(dir, 'cli.vision.yaml'), v.text);
  write(path.join(dir, 'cli.charter.yaml'), c.text);
  const roadmaps = [];
  let lines = 0;
  for (let i = 1; i <= CLI_ROADMAPS; i++) {
    const prefix = `c${String(i).padStart(3, '0')}`;
    const rm = specs.roadmap({
      prefix,
      id: `${prefix}-roadmap`,
      product: 'Acme Pay',
      vision: v,
      charter: c,
      items: 100,
      objectives: 5,
      themes: 6,
      periods: ['2026-Q4'],
      errors: ERRORS_PER_ROADMAP,
      seed: prefix,
      lines: 1100,
    });
    const file = path.join(dir, `${prefix}.roadmap.yaml`);
    lines += write(file, rm.text, ERRORS_PER_ROADMAP);
    roadmaps.push(file);
  }
  return { dir, roadmaps, averageLines: Math.round(lines / CLI_ROADMAPS), errorsPerRoadmap: ERRORS_PER_ROADMAP };
}

/** Generates everything unless .bench/manifest.json was made by this very generator. Returns the manifest. */
/** @param {{ force?: boolean, log?: (line: string) => void }} [options] */
function generate({ force = false, log = () => {} } = {}) {
  const sources = ['generate.js', 'lib/specs.js', 'lib/words.js'].map((f) => fs.readFileSync(path.join(__dirname, f), 'utf8'));
  const schemas = fs
    .readdirSync(path.join(ROOT, 'schemas'))
    .sort()
    .map((f) => fs.readFileSync(path.join(ROOT, 'schemas', f), 'utf8'));
  const hash = crypto.createHash('sha256').update(sources.concat(schemas).join('\0')).digest('hex').slice(0, 16);
  const manifestFile = path.join(OUT, 'manifest.json');
  if (!force && fs.existsSync(manifestFile)) {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    if (manifest.hash === hash) return manifest;
  }
  const started = Date.now();
  for (const sub of ['sizes', 'workspace', 'cli']) fs.rmSync(path.join(OUT, sub), { recursive: true, force: true });
  const write = writer(validators());
  const sizes = generateSizes(write);
  const workspace = generateWorkspace(write);
  const wsStats = write.stats();
  const cli = generateCli(write);
  const sizeLines = sizes.reduce((sum, s) => sum + fs.readFileSync(s.vision, 'utf8').split('\n').length + fs.readFileSync(s.charter, 'utf8').split('\n').length + s.lines, 0);
  const manifest = {
    hash,
    sizes,
    workspace: { dir: workspace.dir, files: workspace.files.length, averageLines: Math.round((wsStats.lines - sizeLines) / workspace.files.length) },
    cli: { dir: cli.dir, roadmaps: cli.roadmaps.length, files: cli.roadmaps.length + 2, averageLines: cli.averageLines, errorsPerRoadmap: cli.errorsPerRoadmap },
  };
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
  log(`Generated ${write.stats().files} files (${write.stats().lines} lines) in ${Date.now() - started} ms.`);
  return manifest;
}

module.exports = { generate, OUT, ROOT };

if (require.main === module) {
  const manifest = generate({ force: process.argv.includes('--force'), log: console.log });
  for (const s of manifest.sizes) console.log(`${path.relative(ROOT, s.roadmap)}: ${s.items} items, ${s.lines} lines, ${ERRORS_PER_ROADMAP} schema errors`);
  console.log(`${path.relative(ROOT, manifest.workspace.dir)}: ${manifest.workspace.files} files, about ${manifest.workspace.averageLines} lines each`);
  console.log(`${path.relative(ROOT, manifest.cli.dir)}: ${manifest.cli.roadmaps} roadmaps of about ${manifest.cli.averageLines} lines, plus a vision and a charter`);
}
