// Writes the rule documentation (docs/rules/**) and the rule table of README.md from the rules'
// metadata. Run through `npm run docs`, which compiles first: it requires the compiled generator.
const fs = require('node:fs');
const path = require('node:path');
const { generatedDocs } = require('../out/server/src/tools/ruleDocs');

const root = path.resolve(__dirname, '..');
const rulesDir = path.join(root, 'docs', 'rules');
const files = generatedDocs(fs.readFileSync(path.join(root, 'README.md'), 'utf8'));
const wanted = new Set(files.map((file) => path.join(root, file.path)));

let written = 0;
for (const file of files) {
  const target = path.join(root, file.path);
  if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') === file.text) continue;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, file.text);
  written++;
}

// Pages of rules that no longer exist.
let removed = 0;
const walk = (dir) =>
  (fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
for (const file of walk(rulesDir)) {
  if (file.endsWith('.md') && !wanted.has(file)) {
    fs.rmSync(file);
    removed++;
  }
}

console.log(`${files.length} files generated: ${written} written, ${files.length - written} unchanged${removed ? `, ${removed} stale pages removed` : ''}.`);
