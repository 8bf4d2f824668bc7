'use strict';
// CRLF copies of the generated roadmap sizes: the same three files with every line break written as CRLF,
// as git checks them out for most Windows users. The editor targets apply to both line endings.
const fs = require('node:fs');
const path = require('node:path');

/** The sizes whose CRLF copies are measured: the edit targets' 11,000 and 55,000 lines, and the open targets'. */
function crlfSizes(manifest) {
  return manifest.sizes.map((size) => {
    const dir = `${size.dir}-crlf`;
    fs.mkdirSync(dir, { recursive: true });
    const copy = (file) => {
      const target = path.join(dir, path.basename(file));
      fs.writeFileSync(target, fs.readFileSync(file, 'utf8').replace(/\r?\n/g, '\r\n'));
      return target;
    };
    return { ...size, dir, roadmap: copy(size.roadmap), vision: copy(size.vision), charter: copy(size.charter), lineEnding: 'CRLF' };
  });
}

/** A line of a text split at LF, without the carriage return of a CRLF line break. */
function lineContent(line) {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** The line with `change` applied to its content; a CRLF line keeps its carriage return. */
function changeLine(line, change) {
  return line.endsWith('\r') ? `${change(line.slice(0, -1))}\r` : change(line);
}

/**
 * The editor targets again for the CRLF copies, each figure with its ratio to LF and to yaml-language-server
 * measured in the same run. `add(target, measured, pass)` records one target.
 */
function crlfTargets(r, add, { ms, times, ratio, lines }) {
  const crlf = r.lsp.crlf || [];
  const pairOf = (about) => {
    const near = (s) => Math.abs(s.lines - about) / about < 0.2;
    return { c: crlf.find(near), lf: r.lsp.sizes.find(near) };
  };
  for (const [about, limit] of [
    [11000, 30],
    [55000, 100],
  ]) {
    const { c, lf } = pairOf(about);
    if (!c) continue;
    add(
      `Edit-to-diagnostics median at ${lines(c.lines)} lines with CRLF ≤ ${limit} ms`,
      `${ms(c.ours.edit.median)} (LF ${ms(lf.ours.edit.median)}: ${times(ratio(c.ours.edit.median, lf.ours.edit.median))} of LF)`,
      c.ours.edit.median <= limit,
    );
  }
  for (const about of [11000, 55000]) {
    const { c } = pairOf(about);
    if (!c) continue;
    const x = ratio(c.yaml.edit.median, c.ours.edit.median);
    add(
      `Edit-to-diagnostics at ${lines(c.lines)} lines with CRLF ≥ 10× faster than yaml-language-server`,
      `${times(x)} (${ms(c.ours.edit.median)} vs ${ms(c.yaml.edit.median)})`,
      x >= 10,
    );
  }
  for (const c of crlf) {
    const x = ratio(c.yaml.open.median, c.ours.open.median);
    add(
      `Open-to-diagnostics at ${lines(c.lines)} lines with CRLF ≤ half of yaml-language-server's`,
      `${ms(c.ours.open.median)} vs ${ms(c.yaml.open.median)} (${times(x)})`,
      x >= 2,
    );
  }
}

/** The CRLF measurements next to the LF ones, as a Markdown table. */
function crlfTable(r, table, { ms, times, ratio, lines }) {
  const rows = (r.lsp.crlf || []).map((c) => {
    const lf = r.lsp.sizes.find((s) => s.lines === c.lines);
    return [
      `${lines(c.items)} items, ${lines(c.lines)} lines`,
      ms(c.ours.open.median),
      times(ratio(c.ours.open.median, lf.ours.open.median)),
      ms(c.yaml.open.median),
      times(ratio(c.yaml.open.median, c.ours.open.median)),
      ms(c.ours.edit.median),
      times(ratio(c.ours.edit.median, lf.ours.edit.median)),
      ms(c.yaml.edit.median),
      times(ratio(c.yaml.edit.median, c.ours.edit.median)),
      `${c.ours.edit.diagnostics} / ${c.yaml.edit.diagnostics}`,
    ];
  });
  return table(
    [
      'Roadmap (CRLF)',
      'Open: ours',
      'Ours ÷ LF',
      'Open: yaml-language-server',
      'Ratio',
      'Edit: ours',
      'Ours ÷ LF',
      'Edit: yaml-language-server',
      'Ratio',
      'Diagnostics (ours / yaml-ls)',
    ],
    rows,
  );
}

module.exports = { crlfSizes, lineContent, changeLine, crlfTargets, crlfTable };
