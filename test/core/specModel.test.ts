import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../..');
const GENERATED = path.join(ROOT, 'server', 'src', 'core', 'model', 'specTypes.generated.ts');

interface TypesGenerator {
  generateTypes(readSchema?: (file: string) => unknown): Promise<string>;
}

const readSchema = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', file), 'utf8')) as Record<string, unknown>;

/** One compiler error: the file (relative to the repository), the source text it points at, and its message. */
interface CompileError {
  readonly file: string;
  readonly at: string;
  readonly message: string;
}

/** The compiler's errors for the given files, with some files' text replaced. */
function compileErrors(roots: readonly string[], replaced: Readonly<Record<string, string>>): string[] {
  return compile(roots, replaced).map((error) => (error.file ? `${error.file}: ` : '') + error.message);
}

/** The compiler's errors for the given files, with some files' text replaced, each with where it points. */
function compile(roots: readonly string[], replaced: Readonly<Record<string, string>>): CompileError[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
    esModuleInterop: true,
    resolveJsonModule: true,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => replaced[path.resolve(file)] ?? readFile(file);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError) => {
    const text = replaced[path.resolve(file)];
    return text !== undefined ? ts.createSourceFile(file, text, language) : getSourceFile(file, language, onError);
  };
  const program = ts.createProgram(roots, options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ({
    file: diagnostic.file ? path.relative(ROOT, diagnostic.file.fileName).split(path.sep).join('/') : '',
    at: diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.text.slice(diagnostic.start, diagnostic.start + (diagnostic.length ?? 0)) : '',
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  }));
}

/** Every TypeScript file under a folder. */
function sourcesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    return entry.isDirectory() ? sourcesUnder(file) : file.endsWith('.ts') ? [file] : [];
  });
}

const CORE = path.join(ROOT, 'server', 'src', 'core');
const RULES = path.join(CORE, 'rules');
/** The folders whose code reads spec values: the rules, the model, the language features (trace lenses, completion...), and the boards, trees, report and templates built from the specs. */
const READERS = ['rules', 'model', 'language', 'boards', 'views', 'report', 'templates'].map((folder) => path.join(CORE, folder));

/** A schema field and the files that read it: where its schema object is, and each reader (under server/src/core). */
interface ReadField {
  readonly schema: string;
  /** The path of keys to the object schema that has the field, from the schema's root. */
  readonly at: readonly string[];
  readonly field: string;
  /** The files (under server/src/core) that read the field. */
  readonly readBy: readonly string[];
}

const READ_FIELDS: readonly ReadField[] = [
  { schema: 'team-charter.schema.json', at: ['definitions', 'ritual'], field: 'kind', readBy: ['rules/culture/noDiscoveryRitual.ts'] },
  { schema: 'team-charter.schema.json', at: ['definitions', 'productTeam'], field: 'engineers', readBy: ['rules/culture/engineerRatio.ts'] },
  { schema: 'team-charter.schema.json', at: ['definitions', 'peer'], field: 'cadence', readBy: ['rules/culture/peerChemistry.ts'] },
  { schema: 'team-charter.schema.json', at: ['definitions', 'spec'], field: 'workingAgreements', readBy: ['rules/culture/noWorkingAgreements.ts'] },
  { schema: 'team-charter.schema.json', at: ['definitions', 'coaching'], field: 'lastAssessment', readBy: ['rules/team-development/staleAssessment.ts'] },
  { schema: 'team-charter.schema.json', at: ['definitions', 'member'], field: 'startDate', readBy: ['rules/team-development/juniorWithoutMentor.ts'] },
  {
    schema: 'team-charter.schema.json',
    at: ['definitions', 'hire'],
    field: 'targetQuarter',
    readBy: ['rules/team-development/hiringPlanIncomplete.ts', 'views/teamTree.ts', 'report/teamStats.ts'],
  },
  { schema: 'team-charter.schema.json', at: ['definitions', 'onboarding'], field: 'rampWeeks', readBy: ['rules/team-development/noOnboarding.ts'] },
  { schema: 'team-charter.schema.json', at: ['definitions', 'hire'], field: 'reason', readBy: ['views/teamTree.ts', 'report/teamStats.ts'] },
  { schema: 'team-charter.schema.json', at: ['definitions', 'productTeam'], field: 'mission', readBy: ['views/teamTree.ts'] },
  { schema: 'team-charter.schema.json', at: ['definitions', 'productTeam'], field: 'name', readBy: ['views/teamTree.ts', 'boards/names.ts'] },
  { schema: 'team-charter.schema.json', at: ['definitions', 'peer'], field: 'lastOneOnOne', readBy: ['views/teamTree.ts'] },
  { schema: 'team-charter.schema.json', at: ['definitions', 'member'], field: 'name', readBy: ['report/charter.ts', 'boards/names.ts'] },
  {
    schema: 'roadmap.schema.json',
    at: ['definitions', 'item'],
    field: 'confidence',
    readBy: ['rules/culture/lowConfidenceNow.ts', 'views/roadmapTree.ts', 'boards/roadmapBoard.ts'],
  },
  { schema: 'roadmap.schema.json', at: ['definitions', 'discovery'], field: 'solutionsConsidered', readBy: ['rules/culture/singleSolution.ts'] },
  { schema: 'roadmap.schema.json', at: ['definitions', 'keyResult'], field: 'metric', readBy: ['rules/execution/outputKeyResult.ts'] },
  { schema: 'roadmap.schema.json', at: ['definitions', 'objective'], field: 'period', readBy: ['rules/execution/tooManyObjectives.ts'] },
  { schema: 'roadmap.schema.json', at: ['definitions', 'stakeholder'], field: 'raci', readBy: ['rules/execution/raciAccountable.ts'] },
  { schema: 'roadmap.schema.json', at: ['definitions', 'itemDate'], field: 'type', readBy: ['rules/execution/farDateCommitment.ts'] },
  { schema: 'roadmap.schema.json', at: ['definitions', 'item'], field: 'dependsOn', readBy: ['rules/execution/unknownDependency.ts'] },
  { schema: 'roadmap.schema.json', at: ['definitions', 'item'], field: 'title', readBy: ['views/roadmapTree.ts', 'report/roadmapSummary.ts', 'boards/roadmapBoard.ts'] },
  { schema: 'roadmap.schema.json', at: ['definitions', 'item'], field: 'timeframe', readBy: ['boards/roadmapBoard.ts', 'boards/moveCard.ts'] },
  { schema: 'roadmap.schema.json', at: ['definitions', 'metadata'], field: 'product', readBy: ['views/roadmapTree.ts', 'report/roadmapSummary.ts', 'boards/roadmapBoard.ts'] },
  { schema: 'roadmap.schema.json', at: ['definitions', 'spec'], field: 'format', readBy: ['boards/roadmapBoard.ts', 'boards/moveCard.ts'] },
  { schema: 'roadmap.schema.json', at: ['definitions', 'spec'], field: 'disclaimer', readBy: ['boards/roadmapBoard.ts'] },
  { schema: 'roadmap.schema.json', at: ['definitions', 'outcome'], field: 'baseline', readBy: ['boards/roadmapBoard.ts'] },
  { schema: 'roadmap.schema.json', at: ['definitions', 'theme'], field: 'problem', readBy: ['boards/roadmapBoard.ts'] },
  { schema: 'roadmap.schema.json', at: ['definitions', 'theme'], field: 'needs', readBy: ['boards/roadmapBoard.ts', 'language/traces.ts'] },
  { schema: 'roadmap.schema.json', at: ['definitions', 'objective'], field: 'visionGoal', readBy: ['boards/roadmapBoard.ts', 'language/traces.ts'] },
  { schema: 'roadmap.schema.json', at: ['definitions', 'metadata'], field: 'vision', readBy: ['model/referenceScope.ts', 'language/traces.ts'] },
  { schema: 'vision.schema.json', at: ['definitions', 'goal'], field: 'metric', readBy: ['rules/vision/goalWithoutMetric.ts', 'boards/visionBoard.ts'] },
  { schema: 'vision.schema.json', at: ['definitions', 'goal'], field: 'id', readBy: ['boards/visionBoard.ts', 'templates/specTemplate.ts'] },
  { schema: 'vision.schema.json', at: ['definitions', 'need'], field: 'evidence', readBy: ['rules/execution/needWithoutEvidence.ts', 'boards/visionBoard.ts'] },
  { schema: 'vision.schema.json', at: ['definitions', 'positioning'], field: 'differentiation', readBy: ['rules/vision/weakPositioning.ts', 'boards/visionBoard.ts'] },
  { schema: 'vision.schema.json', at: ['definitions', 'positioning'], field: 'unlike', readBy: ['boards/visionBoard.ts'] },
  { schema: 'vision.schema.json', at: ['definitions', 'spec', 'properties', 'horizon'], field: 'years', readBy: ['rules/vision/horizonOutOfRange.ts', 'boards/visionBoard.ts'] },
  { schema: 'vision.schema.json', at: ['definitions', 'spec'], field: 'reviewCadence', readBy: ['rules/vision/staleReview.ts'] },
  { schema: 'vision.schema.json', at: ['definitions', 'spec'], field: 'narrative', readBy: ['boards/visionBoard.ts'] },
  { schema: 'vision.schema.json', at: ['definitions', 'visual'], field: 'link', readBy: ['boards/visionBoard.ts'] },
  { schema: 'vision.schema.json', at: ['definitions', 'metadata'], field: 'id', readBy: ['boards/visionBoard.ts', 'templates/specTemplate.ts'] },
];

interface ObjectSchema {
  properties: Record<string, unknown>;
  required?: string[];
}

/** Renames a field of an object schema in place, keeping its place among the properties and in `required`. */
function renameField(schema: Record<string, unknown>, at: readonly string[], from: string, to: string): void {
  const object = at.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], schema) as ObjectSchema | undefined;
  assert.ok(object?.properties?.[from], `${at.join('.')} has the field ${from}`);
  object.properties = Object.fromEntries(Object.entries(object.properties).map(([key, value]) => [key === from ? to : key, value]));
  if (object.required) object.required = object.required.map((key) => (key === from ? to : key));
}

describe('the typed spec model', function () {
  this.timeout(120_000);
  let generator: TypesGenerator;

  before(async () => {
    // The generator is the build's own script, plain CommonJS.
    generator = ((await import(pathToFileURL(path.join(ROOT, 'scripts', 'generate-types.js')).href)) as { default: TypesGenerator }).default;
  });

  it('its generated types are what the generator writes from schemas/ (run npm run build when this fails)', async () => {
    assert.equal(fs.readFileSync(GENERATED, 'utf8'), await generator.generateTypes());
  });

  it('a renamed schema field breaks the build where the code reads it', async () => {
    // A member's `reportsTo` renamed to `manager`: the charter reader reads it.
    const renamed = await generator.generateTypes((file) => {
      const schema = readSchema(file);
      if (file !== 'team-charter.schema.json') return schema;
      const member = (schema.definitions as Record<string, { properties: Record<string, unknown> }>).member;
      assert.ok(member.properties.reportsTo, 'the member schema has the field this test renames');
      const { reportsTo, ...others } = member.properties;
      member.properties = { ...others, manager: reportsTo };
      return schema;
    });
    const charterReader = path.join(ROOT, 'server', 'src', 'core', 'report', 'charter.ts');
    assert.deepEqual(compileErrors([charterReader], {}), []);
    const errors = compileErrors([charterReader], { [GENERATED]: renamed });
    assert.ok(
      errors.some((error) => error.startsWith('server/src/core/report/charter.ts: ') && error.includes('"reportsTo"')),
      errors.join('\n'),
    );
  });

  it('renaming a schema field breaks the build in each rule, board, tree, report, template and trace lens that reads it', async () => {
    // Every field of the list renamed at once (to `<field>Renamed`), the readers compiled once: each
    // rename must give an error at the field's name (`'field'` or `.field`) in each file that reads it.
    const renamed = await generator.generateTypes((file) => {
      const schema = readSchema(file);
      for (const { at, field } of READ_FIELDS.filter((entry) => entry.schema === file)) renameField(schema, at, field, `${field}Renamed`);
      return schema;
    });
    const errors = compile(READERS.flatMap(sourcesUnder), { [GENERATED]: renamed });
    const unbroken = READ_FIELDS.flatMap(({ schema, at, field, readBy }) =>
      readBy
        .filter((reader) => !errors.some((error) => error.file === `server/src/core/${reader}` && (error.at === `'${field}'` || error.at === field)))
        .map((reader) => `${schema} ${at.join('.')}.${field} (read by ${reader})`),
    );
    assert.deepEqual(unbroken, [], errors.map((error) => `${error.file}: ${error.at}: ${error.message}`).join('\n'));
  });

  it('spec values are read only through the typed accessor layer: nothing imports untyped readers from rules/util', () => {
    // Imports of rules/util from anywhere in the server (`./util`, `../util`, `../rules/util`...), by the names they import.
    const imports = /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'([^']+)'/g;
    const util = path.join(RULES, 'util');
    const offenders = sourcesUnder(path.join(ROOT, 'server', 'src')).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(imports)]
        .filter((match) => match[2].startsWith('.') && path.resolve(path.dirname(file), match[2]) === util)
        .flatMap((match) => match[1].split(',').map((name) => name.replace(/^\s*type\s+/, '').trim()))
        .filter((name) => ['get', 'entries', 'Entry', 'text', 'strings', 'isBlank'].includes(name))
        .map((name) => `${path.relative(CORE, file).split(path.sep).join('/')}: ${name}`),
    );
    assert.deepEqual(offenders, []);
    // And rules/util has no untyped reader left to import.
    const exported = fs.readFileSync(`${util}.ts`, 'utf8');
    assert.deepEqual(
      ['get', 'entries', 'Entry'].filter((name) => new RegExp(`export (?:function|type|const) ${name}\\b`).test(exported)),
      [],
    );
  });

  it("defineRule types a rule's options: every option declared, each default of its type", () => {
    const fixture = path.join(ROOT, 'server', 'src', 'core', 'rules', 'typedOptionsFixture.ts');
    const rule = (options: string): string => `import { defineRule } from './rule';
export const rule = defineRule<{ max: number }>({
  meta: { id: 'culture/x', area: 'culture', severity: 'info', description: '', rationale: '', options: ${options}, kinds: ['TeamCharter'], examples: { fires: { file: 'a', text: '' }, passes: { file: 'a', text: '' } } },
  check: (context) => (context.options.max > 1 ? [] : []),
});
`;
    assert.deepEqual(compileErrors([fixture], { [fixture]: rule(`{ max: { default: 8, description: 'd' } }`) }), []);
    const wrongType = compileErrors([fixture], { [fixture]: rule(`{ max: { default: 'eight', description: 'd' } }`) });
    assert.ok(
      wrongType.some((error) => error.includes("Type 'string' is not assignable to type 'number & OptionValue'")),
      wrongType.join('\n'),
    );
    const missing = compileErrors([fixture], { [fixture]: rule('{}') });
    assert.ok(
      missing.some((error) => error.includes("Property 'max' is missing")),
      missing.join('\n'),
    );
  });
});
