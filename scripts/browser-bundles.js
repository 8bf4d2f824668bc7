// The browser bundles of the extension (vscode.dev, github.dev): the extension client, and the language
// server that runs in a web worker. Platform browser with no polyfills: a Node built-in that either
// reaches fails the build (test/package/browserBundles.test.js checks that too).
const fs = require('node:fs');
const path = require('node:path');

/**
 * Where one of the project's modules has a `.browser.ts` sibling (server/src/core/platform/fileNames.browser.ts
 * next to fileNames.ts), the browser bundles take the sibling: the same interface, implemented for the browser.
 */
const browserVariants = {
  name: 'browser-variants',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (/[\\/]node_modules[\\/]/.test(args.importer)) return undefined;
      const variant = path.resolve(args.resolveDir, `${args.path}.browser.ts`);
      return fs.existsSync(variant) ? { path: variant } : undefined;
    });
  },
};

/** esbuild options of each browser bundle; `production` minifies and leaves out source maps. */
/** @returns {import('esbuild').BuildOptions[]} */
function browserBundles(production) {
  /** @type {import('esbuild').BuildOptions} */
  const common = {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    plugins: [browserVariants],
  };
  return [
    // Loaded by the editor's web worker extension host, which provides `vscode` and CommonJS exports.
    { ...common, entryPoints: { extension: 'client/src/browser/extension.ts' }, outdir: 'dist/browser', format: 'cjs', external: ['vscode'] },
    // The language server's own web worker.
    { ...common, entryPoints: { browserServer: 'server/src/lsp/browserMain.ts' }, outdir: 'dist/server', format: 'iife' },
  ];
}

module.exports = { browserBundles, browserVariants };
