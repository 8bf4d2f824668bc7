import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

export const ROOT = path.resolve(__dirname, '../../..');
export const GRAMMAR_FILE = path.join(ROOT, 'syntaxes', 'product-spec.tmLanguage.json');
const SCOPE = 'source.product-spec';

let grammar: Promise<textmate.IGrammar> | undefined;

/** The spec grammar, loaded once with the same regular expression engine as VS Code. */
export function loadGrammar(): Promise<textmate.IGrammar> {
  grammar ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: (scopeName: string) => Promise.resolve(scopeName === SCOPE ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR_FILE, 'utf8'), GRAMMAR_FILE) : null),
    });
    const loaded = await registry.loadGrammar(SCOPE);
    if (!loaded) throw new Error('the grammar did not load');
    return loaded;
  })();
  return grammar;
}

/**
 * A text's tokens as a golden file shows them: each line, then each token that has a scope of its
 * own (beyond the file's), as `"text"  scope scope...` with the file scope and the `.product-spec`
 * suffix left out.
 */
export async function scopesOf(text: string): Promise<string> {
  const loaded = await loadGrammar();
  let state = textmate.INITIAL;
  const out: string[] = [];
  text.split('\n').forEach((line, index) => {
    const result = loaded.tokenizeLine(line, state);
    state = result.ruleStack;
    out.push(`${index + 1}: ${line}`);
    for (const token of result.tokens) {
      const scopes = token.scopes.filter((scope) => scope !== SCOPE).map((scope) => scope.replace(/\.product-spec$/, ''));
      const value = line.slice(token.startIndex, token.endIndex);
      if (scopes.length === 0 || value.trim() === '') continue;
      out.push(`  ${JSON.stringify(value)}  ${scopes.join(' ')}`);
    }
  });
  return out.join('\n') + '\n';
}
