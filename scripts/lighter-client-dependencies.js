// esbuild plugins for the extension client bundle: the language client's dependencies as they are, minus
// work that activating the extension does not need. Each keeps what the code does; `node bench/activation.js`
// measures the difference.
const fs = require('node:fs');
const path = require('node:path');
const { builtinModules } = require('node:module');

const ROOT = path.resolve(__dirname, '..');
const IN_LANGUAGE_CLIENT = /[\\/]node_modules[\\/]vscode-languageclient[\\/]/;
const IN_NODE_MODULES = /[\\/]node_modules[\\/].*\.[cm]?js$/;

/**
 * TypeScript compiles `import * as code from 'vscode'` to `__importStar(require("vscode"))`, which copies
 * every member of a module without `__esModule` into a new object of getters: ~190 for `vscode`, in 16
 * files of the language client, and as many for Node's `fs`, `path` and others. The module itself has the
 * same members; only these (modules that are never ES modules) are read directly.
 */
const PLAIN_MODULES = new Set(['vscode', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
const IMPORT_STAR = /__importStar\(require\("([^"]+)"\)\)/g;

const plainNamespaces = {
  name: 'plain-namespaces',
  setup(build) {
    build.onLoad({ filter: IN_NODE_MODULES }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      if (!text.includes('__importStar(require(')) return undefined;
      return { contents: text.replace(IMPORT_STAR, (call, name) => (PLAIN_MODULES.has(name) ? `require(${JSON.stringify(name)})` : call)), loader: 'js' };
    });
  },
};

/**
 * The language client checks the editor's version with semver on activation; client/src/fastSemver.ts
 * answers that check for the versions VS Code reports, and leaves the rest to semver.
 */
const fastSemver = {
  name: 'fast-semver',
  setup(build) {
    build.onResolve({ filter: /^semver\/functions\/(parse|satisfies)$/ }, (args) =>
      IN_LANGUAGE_CLIENT.test(args.importer) ? { path: args.path, namespace: 'fast-semver' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'fast-semver' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(path.join(ROOT, 'client', 'src', 'fastSemver.ts'))}).${path.basename(args.path)};`,
      resolveDir: ROOT,
      loader: 'js',
    }));
  },
};

/**
 * Modules the language client needs only for some servers, loaded when first used: minimatch matches the
 * file operation filters a server may register. Each member of the module becomes a getter that loads it.
 */
const LOAD_ON_FIRST_USE = ['minimatch'];

const loadOnFirstUse = {
  name: 'load-on-first-use',
  setup(build) {
    const filter = new RegExp(`^(${LOAD_ON_FIRST_USE.join('|')})$`);
    build.onResolve({ filter }, (args) =>
      args.namespace === 'file' && IN_LANGUAGE_CLIENT.test(args.importer) ? { path: args.path, namespace: 'load-on-first-use', pluginData: path.dirname(args.importer) } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'load-on-first-use' }, (args) => {
      const resolveDir = args.pluginData;
      const names = Object.keys(require(require.resolve(args.path, { paths: [resolveDir] }))).filter((name) => name !== '__esModule');
      const contents = [
        'let loaded;',
        `const load = () => (loaded ??= require(${JSON.stringify(args.path)}));`,
        'Object.defineProperty(exports, "__esModule", { value: true });',
        `for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
      ].join('\n');
      return { contents, resolveDir, loader: 'js' };
    });
  },
};

module.exports = { clientBundlePlugins: [plainNamespaces, fastSemver, loadOnFirstUse] };
