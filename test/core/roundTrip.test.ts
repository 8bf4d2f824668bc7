import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isSpecFileName, RULES, type Finding } from '../../server/src/core';
import { RULE_FIXES } from '../../server/src/core/language/ruleFixes';
import { othersOf } from '../../server/src/core/rules/shared/examples';
import { renameEdits, symbolAt } from '../../server/src/core/language/navigation';
import { applyTo, checkFix, checkFixAll, checkRename, findingKey, nameOf, renameableSymbols, renamedId, SpecFiles, uriOf, type Files } from '../helpers/roundTrip';
import { decorateAll, enumCaseVariants, keyTypos, missingProperties, referenceTypos, type Variant } from '../helpers/specVariants';

const ACME_FOLDER = path.resolve(__dirname, '../../../examples/acme');

/** Every spec file of the example workspace. */
const ACME: Files = Object.fromEntries(
  fs
    .readdirSync(ACME_FOLDER)
    .filter(isSpecFileName)
    .sort()
    .map((name) => [name, fs.readFileSync(path.join(ACME_FOLDER, name), 'utf8')]),
);

/** The example files with `from` replaced by `to` in one of them (once; it must be there). */
function substituted(file: string, from: string, to: string, files: Files = ACME): Files {
  const text = files[file];
  assert.equal(text.split(from).length, 2, `"${from}" should be in ${file} once`);
  return { ...files, [file]: text.replace(from, to) };
}

/** Mistakes the generated variants do not make: a wrong kind or format version, a misspelled rule id, a promise-like date, a configuration typo. */
function handMadeVariants(): Variant[] {
  const raci = '      # demo: execution/raci-accountable (two people are accountable)\n';
  return [
    { name: 'acme.vision.yaml: kind "Vison"', files: substituted('acme.vision.yaml', 'kind: Vision', 'kind: Vison') },
    { name: 'team.charter.yaml: apiVersion "productspecs/v2"', files: substituted('team.charter.yaml', 'apiVersion: productspecs/v1', 'apiVersion: productspecs/v2') },
    {
      name: 'acme.roadmap.yaml: a suppression comment with a misspelled rule id',
      files: substituted('acme.roadmap.yaml', raci, `${raci}      # product-specs-disable-next-line execution/raci-acountable\n`),
    },
    {
      name: 'acme.roadmap.yaml: an estimated date on a next item',
      files: substituted('acme.roadmap.yaml', '        value: 2027-04-01\n        type: hard', '        value: 2027-04-01\n        type: estimate'),
    },
    {
      name: '.productspecs.yaml: a misspelled rule id, option and severity',
      files: { ...ACME, '.productspecs.yaml': 'rules:\n  execution/unknown-ownr: warning\n  team-development/span-of-control: [warning, {maxx: 6}]\n  vision/no-visual: of\n' },
    },
  ];
}

/** What a group of round trips did, and what went wrong. */
interface Tally {
  fixes: number;
  fixAlls: number;
  renames: number;
  readonly problems: string[];
  /** Codes whose findings had a fix applied: `fix` (a correction) and/or `disable` (a suppression comment). */
  readonly codes: Map<string, Set<'fix' | 'disable'>>;
}

function newTally(): Tally {
  return { fixes: 0, fixAlls: 0, renames: 0, problems: [], codes: new Map() };
}

/** Applies every fix of every finding (those `wanted` picks), each alone, and "fix all" on the files where one of them has an unambiguous fix. */
function exerciseFixes(tally: Tally, label: string, files: Files, wanted: (name: string, finding: Finding) => boolean = () => true, baseline?: SpecFiles): void {
  const set = new SpecFiles(files, baseline);
  for (const name of set.names) {
    let unambiguous = false;
    for (const finding of set.findings(name)) {
      if (!wanted(name, finding)) continue;
      for (const fix of set.fixes(name, finding)) {
        unambiguous ||= !!fix.unambiguous;
        tally.fixes++;
        const kind = fix.title.startsWith(`Disable ${finding.code} for this `) ? 'disable' : 'fix';
        tally.codes.set(finding.code, (tally.codes.get(finding.code) ?? new Set()).add(kind));
        tally.problems.push(...checkFix(set, name, finding, fix, baseline).map((problem) => `${label}: ${name}: "${fix.title}" (${finding.code}): ${problem}`));
      }
    }
    // "Fix all" where one of the findings picked has a fix it applies.
    const all = unambiguous ? set.fixAll(name) : [];
    if (all.length === 0) continue;
    tally.fixAlls++;
    tally.problems.push(...checkFixAll(set, name, all, baseline).map((problem) => `${label}: ${name}: fix all: ${problem}`));
  }
}

/** The fixes of the findings (of `codes`, when given) that a variant adds to the files it was made from. */
function exerciseVariants(tally: Tally, base: Files, variants: readonly Variant[], decorated: boolean, codes?: readonly string[]): void {
  const style = decorated ? decorateAll : (files: Files) => files;
  const before = new SpecFiles(style(base));
  const known = new Map(before.names.map((name) => [name, new Set(before.findings(name).map(findingKey))]));
  const wanted = (name: string, finding: Finding): boolean => !known.get(name)?.has(findingKey(finding)) && (!codes || codes.includes(finding.code));
  for (const variant of variants) exerciseFixes(tally, variant.name, style(variant.files), wanted, before);
}

function exerciseRenames(tally: Tally, files: Files): void {
  const set = new SpecFiles(files);
  const { symbols, problems } = renameableSymbols(set);
  tally.problems.push(...problems);
  for (const symbol of symbols) {
    const newName = renamedId(set, symbol.kind, symbol.id);
    tally.renames++;
    tally.problems.push(...checkRename(set, symbol, newName).map((problem) => `rename of ${symbol.kind} "${symbol.id}" to "${newName}": ${problem}`));
  }
}

const GROUPS = {
  'the example files': (tally: Tally, decorated: boolean) => exerciseFixes(tally, 'examples', decorated ? decorateAll(ACME) : ACME),
  'references with a typo': (tally: Tally, decorated: boolean) => exerciseVariants(tally, ACME, referenceTypos(ACME), decorated),
  'allowed values in the wrong case': (tally: Tally, decorated: boolean) => exerciseVariants(tally, ACME, enumCaseVariants(ACME), decorated),
  // What a misspelled key leaves missing, the missing properties exercise.
  'keys with a typo': (tally: Tally, decorated: boolean) => exerciseVariants(tally, ACME, keyTypos(ACME), decorated, ['schema/unknown-property']),
  'missing properties': (tally: Tally, decorated: boolean) => exerciseVariants(tally, ACME, missingProperties(ACME), decorated),
  'hand-made mistakes': (tally: Tally, decorated: boolean) => exerciseVariants(tally, ACME, handMadeVariants(), decorated),
  "every rule's docs example": (tally: Tally, decorated: boolean) => {
    for (const rule of RULES) {
      const { fires } = rule.meta.examples;
      const files = { ...othersOf(fires), [fires.file]: fires.text };
      exerciseFixes(tally, `${rule.meta.id} docs example`, decorated ? decorateAll(files) : files);
    }
  },
  renames: (tally: Tally, decorated: boolean) => exerciseRenames(tally, decorated ? decorateAll(ACME) : ACME),
} as const;

type Group = keyof typeof GROUPS;

const tallies = new Map<string, Tally>();

/** The round trips of a group, run once. */
function tallyOf(group: Group, decorated: boolean): Tally {
  const key = `${group} ${decorated}`;
  let tally = tallies.get(key);
  if (!tally) {
    tally = newTally();
    GROUPS[group](tally, decorated);
    tallies.set(key, tally);
  }
  return tally;
}

describe('round trips: quick fixes and renames keep comments, blank lines and quoting', function () {
  this.timeout(120_000);

  it('the decorated examples carry comments and quotes and have the same findings as the examples', () => {
    const plain = new SpecFiles(ACME);
    const decorated = new SpecFiles(decorateAll(ACME));
    for (const name of plain.names) {
      assert.deepEqual(decorated.findings(name).map(findingKey), plain.findings(name).map(findingKey), name);
      const text = decorated.files[name];
      assert.ok(text.includes("'") && text.includes('"') && text.includes('  # note ') && text.includes('# entry '), name);
    }
  });

  for (const decorated of [false, true]) {
    const style = decorated ? 'decorated' : 'as written';
    for (const group of Object.keys(GROUPS) as Group[]) {
      it(`${group}, ${style}: every edit keeps the text around it, leaves one valid YAML document and does what it says`, () => {
        const tally = tallyOf(group, decorated);
        assert.deepEqual(tally.problems, []);
        assert.ok(tally.fixes + tally.renames > 0, 'the group exercised nothing');
      });
    }
  }

  it('exercises a correction for every code that offers one, and the suppression comments of every rule', () => {
    const acme = (Object.keys(GROUPS) as Group[]).filter((group) => group !== "every rule's docs example");
    const covered = (groups: readonly Group[], kind: 'fix' | 'disable'): Set<string> =>
      new Set(groups.flatMap((group) => [false, true].flatMap((decorated) => [...tallyOf(group, decorated).codes].filter(([, kinds]) => kinds.has(kind)).map(([code]) => code))));
    const corrected = covered(acme, 'fix');
    const builtIn = ['config/invalid', 'schema/const', 'schema/enum', 'schema/required', 'schema/unknown-property', 'spec/unknown-kind', 'suppression/unknown-rule'];
    const correctable = new Set([...builtIn, ...RULE_FIXES.keys(), ...covered(["every rule's docs example"], 'fix')]);
    assert.deepEqual(
      [...correctable].filter((code) => !corrected.has(code)),
      [],
      'codes with a fix that no variant of the examples exercises',
    );
    const disabled = covered(Object.keys(GROUPS) as Group[], 'disable');
    assert.deepEqual(
      RULES.map((rule) => rule.meta.id).filter((id) => !disabled.has(id)),
      [],
      'rules whose suppression comments were not exercised',
    );
  });
});

/** `text` with `from` (there once) replaced by `to`. */
function once(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `"${from}" should be in the text once`);
  return text.replace(from, to);
}

/**
 * The text of `name` after the fix titled `title` of its finding with `code` (and `message` in its
 * message); the round trip must pass its checks.
 */
function afterFix(files: Files, name: string, code: string, title: string, message = ''): string {
  const set = new SpecFiles(files);
  const findings = set.findings(name).filter((finding) => finding.code === code && finding.message.includes(message));
  assert.equal(findings.length, 1, `one ${code} finding in ${name}: ${JSON.stringify(set.findings(name).map(findingKey))}`);
  const fixes = set.fixes(name, findings[0]);
  const fix = fixes.find((candidate) => candidate.title === title);
  assert.ok(fix, `no fix "${title}" among ${JSON.stringify(fixes.map((candidate) => candidate.title))}`);
  assert.deepEqual(checkFix(set, name, findings[0], fix), []);
  return applyTo(set.doc(name), fix.edits);
}

describe('round trips: exact edited texts', () => {
  const ROADMAP = 'acme.roadmap.yaml';
  const VISION = 'acme.vision.yaml';
  const CHARTER = 'team.charter.yaml';
  const CONFIDANCE = '      confidance: high\n';

  it('corrects a misspelled key in double quotes and keeps its trailing comment', () => {
    const files = substituted(ROADMAP, CONFIDANCE, '      "confidance": high  # to check with Mia\n');
    assert.equal(
      afterFix(files, ROADMAP, 'schema/unknown-property', 'Change "confidance" to "confidence"'),
      once(files[ROADMAP], '"confidance": high  # to check with Mia', '"confidence": high  # to check with Mia'),
    );
  });

  it('offers every allowed value for a value in the wrong case, keeping its single quotes and comment', () => {
    const files = substituted(ROADMAP, '      stage: done\n', "      stage: 'Delivery'  # shipping since October\n");
    const set = new SpecFiles(files);
    const finding = set.findings(ROADMAP).find((candidate) => candidate.code === 'schema/enum')!;
    assert.deepEqual(
      set.fixes(ROADMAP, finding).map((fix) => `${fix.title}${fix.preferred ? ' (preferred)' : ''}`),
      ['opportunity', 'discovery', 'validated', 'delivery', 'released'].map((value) => `Change "Delivery" to "${value}"${value === 'delivery' ? ' (preferred)' : ''}`),
    );
    assert.equal(
      afterFix(files, ROADMAP, 'schema/enum', 'Change "Delivery" to "delivery"'),
      once(files[ROADMAP], "stage: 'Delivery'  # shipping since October", "stage: 'delivery'  # shipping since October"),
    );
  });

  it('corrects an unknown owner in double quotes, or disables the rule on a new line above it', () => {
    const owner = '      owner: "leoo" # PM until January\n';
    const files = substituted(ROADMAP, '      owner: leo\n      team: checkout\n      stage: discovery', `${owner}      team: checkout\n      stage: discovery`);
    assert.equal(afterFix(files, ROADMAP, 'execution/unknown-owner', 'Change "leoo" to "leo"'), once(files[ROADMAP], '"leoo" # PM', '"leo" # PM'));
    assert.equal(
      afterFix(files, ROADMAP, 'execution/unknown-owner', 'Disable execution/unknown-owner for this line'),
      once(files[ROADMAP], owner, `      # product-specs-disable-next-line execution/unknown-owner\n${owner}`),
    );
  });

  it('inserts a missing title below an id line that ends with a comment', () => {
    const files = substituted(ROADMAP, '    - id: real-time-ledger\n      title: Real-time balance ledger\n', '    - id: real-time-ledger  # the ledger comes first\n');
    assert.equal(
      afterFix(files, ROADMAP, 'schema/required', 'Add the missing property "title"'),
      once(files[ROADMAP], '  # the ledger comes first\n', '  # the ledger comes first\n      title: ""\n'),
    );
  });

  it('adds a metric to a goal above the blank line that ends the list, after a quoted statement with a comment', () => {
    const statement = '      statement: "Be the payment provider small merchants recommend to each other."  # the board\'s words\n';
    const files = substituted(VISION, '      statement: Be the payment provider small merchants recommend to each other.\n', statement);
    assert.equal(
      afterFix(files, VISION, 'vision/goal-without-metric', 'Add a metric'),
      once(files[VISION], `${statement}\n  positioning:`, `${statement}      metric: ""\n\n  positioning:`),
    );
  });

  it('adds an outcome to a now item in schema order, below a line with a comment', () => {
    const stage = '      stage: delivery  # since November\n      confidence: high\n      discovery:\n        customerInterviews: 7\n';
    const files = substituted(ROADMAP, '      stage: delivery\n      confidence: high\n      discovery:\n        customerInterviews: 7\n', stage);
    assert.equal(
      afterFix(files, ROADMAP, 'execution/now-without-outcome', 'Add an outcome with a metric and a target'),
      once(files[ROADMAP], '  # since November\n', '  # since November\n      outcome:\n        metric: ""\n        target: ""\n'),
    );
  });

  it('removes an estimated date with its own comments, keeping the comment line and the blank line after it', () => {
    const date = '      date:  # the partner\'s launch\n        value: "2027-04-01"\n        type: estimate\n';
    const files = substituted(ROADMAP, '      date:\n        value: 2027-04-01\n        type: hard\n\n', `${date}      # dates of next items are estimates\n\n`);
    assert.equal(afterFix(files, ROADMAP, 'execution/far-date-commitment', 'Remove the estimated date'), once(files[ROADMAP], date, ''));
  });

  it('sets the Head of Product as the missing owner of the vision, below a line with a comment', () => {
    const files = substituted(VISION, '  product: Acme Pay\n  owner: dana\n', '  product: Acme Pay  # brand name\n');
    assert.equal(
      afterFix(files, VISION, 'vision/owner-missing', 'Set the owner to Dana Whitfield (dana), the Head of Product'),
      once(files[VISION], '  # brand name\n', '  # brand name\n  owner: dana\n'),
    );
  });

  it('corrects a misspelled rule id or option in the configuration: the key, not its value', () => {
    const config = '.productspecs.yaml';
    const files = { ...ACME, [config]: "rules:\n  execution/unknown-ownr: 'warning'  # typo\n  team-development/span-of-control: [warning, {maxx: 6}]\n  vision/no-visual: of\n" };
    const fix = (title: string, message: string): string => afterFix(files, config, 'config/invalid', title, message);
    assert.equal(fix('Change "execution/unknown-ownr" to "execution/unknown-owner"', 'Unknown rule'), once(files[config], 'unknown-ownr:', 'unknown-owner:'));
    assert.equal(fix('Change "maxx" to "max"', 'no option'), once(files[config], '{maxx: 6}', '{max: 6}'));
    // A word that YAML 1.1 reads as false goes in quotes.
    assert.equal(afterFix(files, config, 'schema/enum', 'Change "of" to "off"'), once(files[config], 'no-visual: of\n', 'no-visual: "off"\n'));
  });

  it('corrects a misspelled rule id inside a suppression comment', () => {
    const raci = '      # demo: execution/raci-accountable (two people are accountable)\n';
    const files = substituted(ROADMAP, raci, `${raci}      # product-specs-disable-next-line execution/raci-acountable\n`);
    assert.equal(
      afterFix(files, ROADMAP, 'suppression/unknown-rule', 'Change "execution/raci-acountable" to "execution/raci-accountable"'),
      once(files[ROADMAP], 'raci-acountable', 'raci-accountable'),
    );
  });

  it('corrects a misspelt theme, objective and mentor to the close id, keeping quotes and comments', () => {
    const theme = substituted(ROADMAP, '      horizon: next\n      theme: trust\n', "      horizon: next\n      theme: 'trst'  # pricing work\n");
    assert.equal(afterFix(theme, ROADMAP, 'vision/item-without-theme', 'Change "trst" to "trust"'), once(theme[ROADMAP], "theme: 'trst'  # pricing", "theme: 'trust'  # pricing"));
    const objective = substituted(
      ROADMAP,
      '      horizon: now\n      theme: trust\n      objective: clear-fees\n',
      '      horizon: now\n      theme: trust\n      objective: "clear-fee" # Q1\n',
    );
    assert.equal(
      afterFix(objective, ROADMAP, 'execution/unknown-objective', 'Change "clear-fee" to "clear-fees"'),
      once(objective[ROADMAP], '"clear-fee" # Q1', '"clear-fees" # Q1'),
    );
    const mentor = substituted(CHARTER, '        lastAssessment: 2026-10-22\n        mentor: dana\n', '        lastAssessment: 2026-10-22\n        mentor: danna  # since June\n');
    assert.equal(
      afterFix(mentor, CHARTER, 'team-development/junior-without-mentor', 'Change "danna" to "dana"', 'danna'),
      once(mentor[CHARTER], 'mentor: danna  # since', 'mentor: dana  # since'),
    );
  });

  it('offers the allowed value a synonym stands for ("fortnightly" is biweekly), and the metadata key a synonym stands for', () => {
    const cadence = substituted(
      CHARTER,
      '        oneOnOne: weekly\n        lastAssessment: 2026-10-15\n',
      '        oneOnOne: fortnightly  # her wish\n        lastAssessment: 2026-10-15\n',
    );
    const set = new SpecFiles(cadence);
    const finding = set.findings(CHARTER).find((candidate) => candidate.code === 'schema/enum')!;
    assert.equal(finding.message, '"fortnightly" is not a valid value for "oneOnOne". Use one of: weekly, biweekly, monthly. Did you mean "biweekly"?');
    assert.equal(
      afterFix(cadence, CHARTER, 'schema/enum', 'Change "fortnightly" to "biweekly"'),
      once(cadence[CHARTER], 'oneOnOne: fortnightly  # her', 'oneOnOne: biweekly  # her'),
    );
    const metadata = substituted(ROADMAP, '  lastReviewed: 2026-11-02\n', '  lastUpdated: 2026-11-02  # after the offsite\n');
    // The example's deliberate "done" and "confidance" stay; the synonym adds one finding.
    const keyFinding = new SpecFiles(metadata).findings(ROADMAP).filter((candidate) => candidate.code === 'schema/unknown-property' && candidate.path?.[0] === 'metadata');
    assert.deepEqual(
      keyFinding.map((candidate) => candidate.message),
      ['Unknown property "lastUpdated" in metadata. Did you mean "lastReviewed"?'],
    );
    assert.equal(
      afterFix(metadata, ROADMAP, 'schema/unknown-property', 'Change "lastUpdated" to "lastReviewed"', 'lastUpdated'),
      once(metadata[ROADMAP], '  lastUpdated: 2026-11-02  # after', '  lastReviewed: 2026-11-02  # after'),
    );
  });

  it('fixes all unambiguous findings of a file at once, keeping quotes, comments and flow lists', () => {
    let files = substituted(ROADMAP, CONFIDANCE, '      "confidance": high  # to check with Mia\n');
    files = substituted(
      ROADMAP,
      '      owner: leo\n      team: checkout\n      stage: discovery',
      "      owner: 'leoo'  # PM\n      team: checkout\n      stage: 'Discovery'",
      files,
    );
    files = substituted(ROADMAP, 'dependsOn: [fee-breakdown]', 'dependsOn: [fee-breakdwn]  # after the breakdown', files);
    const set = new SpecFiles(files);
    const edits = set.fixAll(ROADMAP);
    assert.deepEqual(checkFixAll(set, ROADMAP, edits), []);
    let expected = once(files[ROADMAP], '"confidance"', '"confidence"');
    expected = once(expected, "'leoo'", "'leo'");
    expected = once(expected, "'Discovery'", "'discovery'");
    expected = once(expected, '[fee-breakdwn]', '[fee-breakdown]');
    assert.equal(applyTo(set.doc(ROADMAP), edits), expected);
  });

  it('renames a member in the charter and the roadmap: ids only, quotes and comments kept, free text untouched', () => {
    const files = substituted(ROADMAP, '          unit: "%"\n          owner: sam\n', '          unit: "%"\n          owner: \'sam\'  # payouts PM\n');
    const set = new SpecFiles(files);
    const charter = set.doc(CHARTER);
    const symbol = symbolAt(charter, charter.parsed.text.indexOf('    - id: sam\n') + '    - id: '.length);
    assert.ok(symbol);
    const result = renameEdits(set.workspace.index, symbol, 'samuel');
    assert.ok(!('error' in result));
    assert.deepEqual([...result.edits.keys()].map(nameOf).sort(), [ROADMAP, CHARTER]);
    assert.deepEqual(checkRename(set, symbol, 'samuel'), []);
    const roadmap = applyTo(set.doc(ROADMAP), result.edits.get(uriOf(ROADMAP))!);
    assert.equal(roadmap, once(files[ROADMAP], "owner: 'sam'  # payouts PM", "owner: 'samuel'  # payouts PM").replaceAll('owner: sam\n', 'owner: samuel\n'));
    assert.ok(roadmap.includes('        - who: sam\n'), 'a stakeholder named in free text is not a reference');
    let expected = once(ACME[CHARTER], '    - id: sam\n', '    - id: samuel\n');
    expected = once(expected, '        mentor: sam\n', '        mentor: samuel\n');
    expected = once(expected, '      pm: sam\n', '      pm: samuel\n');
    assert.equal(applyTo(charter, result.edits.get(uriOf(CHARTER))!), expected);
  });
});
