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

/** The compiler's errors for the given files, with some files' text replaced. */
function compileErrors(roots: readonly string[], replaced: Readonly<Record<string, string>>): string[] {
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
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file ? `${path.relative(ROOT, diagnostic.file.fileName)}: ` : '';
    return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  });
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
