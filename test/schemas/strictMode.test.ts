import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { lintFile } from '../helpers/engine';

const ROOT = path.resolve(__dirname, '../../..');
const SCHEMAS = path.join(ROOT, 'schemas');
const FILES = fs
  .readdirSync(SCHEMAS)
  .filter((name) => name.endsWith('.schema.json'))
  .sort();

/** The annotations the engine reads (an id's definition, its references and the rule that reports them); to other tools, unknown keywords. */
const ANNOTATIONS = ['x-defines', 'x-ref', 'x-ref-when', 'x-reported-by'];

function schema(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(SCHEMAS, file), 'utf8')) as Record<string, unknown>;
}

/**
 * ajv in strict mode as far as it is sound, the `x-` annotations declared as keywords. strictRequired
 * only logs: ajv does not see the parent's `properties` from a branch of `anyOf`, so the usual way to
 * say "horizon or timeframe is required" (`anyOf: [{required: [horizon]}, {required: [timeframe]}]`
 * next to `properties` naming both) would be refused; `unsoundWarnings` keeps every other complaint.
 */
function strictAjv(warnings: string[]): Ajv {
  const logger = {
    log: (): void => undefined,
    warn: (...args: unknown[]): void => void warnings.push(args.join(' ')),
    error: (...args: unknown[]): void => void warnings.push(args.join(' ')),
  };
  const ajv = new Ajv({ strict: true, strictSchema: true, strictNumbers: true, strictTypes: true, strictTuples: true, strictRequired: 'log', allErrors: true, logger });
  addFormats(ajv);
  for (const keyword of ANNOTATIONS) ajv.addKeyword({ keyword, schemaType: 'string' });
  return ajv;
}

/** The properties a branch of `anyOf`/`oneOf` requires that the schema holding the combinator defines in its `properties`. */
function requiredByBranches(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((child) => requiredByBranches(child, found));
  else if (node && typeof node === 'object') {
    const holder = node as Record<string, unknown>;
    for (const keyword of ['anyOf', 'oneOf']) {
      for (const branch of (holder[keyword] as Record<string, unknown>[] | undefined) ?? []) {
        for (const name of (branch.required as string[] | undefined) ?? []) if ((holder.properties as Record<string, unknown> | undefined)?.[name] !== undefined) found.add(name);
      }
    }
    Object.values(holder).forEach((child) => requiredByBranches(child, found));
  }
  return found;
}

/**
 * The warnings other than strictRequired's about a branch of `anyOf`/`oneOf` requiring a property
 * that the schema around the branch defines (ajv names the branch by its place in the referenced
 * definition, so the property is matched by name among such branches of the file).
 */
function unsoundWarnings(warnings: readonly string[]): string[] {
  return warnings.filter((warning) => {
    const match =
      /^strict mode: required property "([^"]+)" is not defined at "https:\/\/product-specs\.dev\/schemas\/([^#"]+)#[^"]*\/(?:anyOf|oneOf)\/\d+" \(strictRequired\)$/.exec(warning);
    return !match || !requiredByBranches(schema(match[2])).has(match[1]);
  });
}

describe('published JSON Schemas', () => {
  it('are the four kinds of file, each with its $id and draft-07', () => {
    assert.deepEqual(FILES, ['productspecs-config.schema.json', 'roadmap.schema.json', 'team-charter.schema.json', 'vision.schema.json']);
    for (const file of FILES) {
      assert.equal(schema(file).$schema, 'http://json-schema.org/draft-07/schema#', file);
      assert.equal(schema(file).$id, `https://product-specs.dev/schemas/${file}`, file);
    }
  });

  for (const file of FILES) {
    it(`compiles ${file} in ajv's strict mode: strictTypes, strictTuples, and strictRequired but for required properties of anyOf branches`, () => {
      const warnings: string[] = [];
      const ajv = strictAjv(warnings);
      assert.doesNotThrow(() => ajv.compile(schema(file)));
      assert.deepEqual(unsoundWarnings(warnings), []);
    });
  }

  it('use no annotation other than the declared x- keywords', () => {
    const used = new Set<string>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node && typeof node === 'object') {
        for (const [key, child] of Object.entries(node)) {
          if (key.startsWith('x-')) used.add(key);
          // Property names are data, not keywords.
          if (key === 'properties' || key === 'definitions') Object.values(child as object).forEach(visit);
          else visit(child);
        }
      }
    };
    FILES.forEach((file) => visit(schema(file)));
    assert.deepEqual([...used].sort(), ANNOTATIONS);
  });

  it('validate in strict mode exactly as the engine validates: the example workspace, and a target that is a number or text', () => {
    const warnings: string[] = [];
    const strict = strictAjv(warnings);
    const lax = new Ajv({ strict: false, allErrors: true });
    addFormats(lax);
    for (const keyword of ANNOTATIONS) lax.addKeyword({ keyword, schemaType: 'string' });
    const pairs: Record<string, [ValidateFunction, ValidateFunction]> = {};
    for (const file of FILES) pairs[file] = [strict.compile(schema(file)), lax.compile(schema(file))];
    const agree = (file: string, value: unknown): boolean => {
      const [strictValidate, laxValidate] = pairs[file];
      const valid = strictValidate(value);
      assert.equal(valid, laxValidate(value), `${file}: ${JSON.stringify(strictValidate.errors)} / ${JSON.stringify(laxValidate.errors)}`);
      return valid;
    };
    const acme = (name: string): Record<string, any> => parse(fs.readFileSync(path.join(ROOT, 'examples', 'acme', name), 'utf8')) as Record<string, any>;
    assert.equal(agree('vision.schema.json', acme('acme.vision.yaml')), true);
    assert.equal(agree('team-charter.schema.json', acme('team.charter.yaml')), true);
    // The example roadmap has two deliberate schema errors.
    assert.equal(agree('roadmap.schema.json', acme('acme.roadmap.yaml')), false);
    const vision = acme('acme.vision.yaml');
    const verdicts = [250000, 0.5, '40% of new sign-ups', true, null, [1], { value: 1 }].map((target) => {
      vision.spec.goals[0].target = target;
      return agree('vision.schema.json', vision);
    });
    assert.deepEqual(verdicts, [true, true, true, false, false, false, false]);
    assert.deepEqual(unsoundWarnings(warnings), []);
  });

  it('report a target that is neither a number nor text as one type error naming both, at the value', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples', 'acme', 'acme.vision.yaml'), 'utf8');
    const changed = text.replace('target: 250000', 'target: [1, 2]').replace('target: 90%', 'target: true');
    assert.notEqual(changed, text);
    assert.deepEqual(lintFile('acme.vision.yaml', changed, { code: 'schema/type' }), [
      { range: '98:15-98:21', severity: 'error', code: 'schema/type', message: '"target" should be a number or text, not a list.' },
      { range: '102:15-102:19', severity: 'error', code: 'schema/type', message: '"target" should be a number or text, not true or false.' },
    ]);
  });
});
