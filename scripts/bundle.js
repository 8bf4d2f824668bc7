// Bundles the extension client, the language server and the command line with esbuild.
const esbuild = require('esbuild');
const { clientBundlePlugins } = require('./lighter-client-dependencies');
const { browserBundles } = require('./browser-bundles');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

// The client keeps its identifiers in production: with minifyIdentifiers esbuild writes its wrapper of each
// bundled CommonJS module as an arrow function instead of a method, and V8 loads those about 8 ms slower on
// activation (bench/activation.js). The .vsix grows by about 50 KB.
const client = { ...common, minify: false, minifyWhitespace: production, minifySyntax: production };

Promise.all([
  esbuild.build({ ...client, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist/client', external: ['vscode'], plugins: clientBundlePlugins }),
  esbuild.build({ ...common, entryPoints: { server: 'server/src/lsp/main.ts', cli: 'server/src/cli/main.ts' }, outdir: 'dist/server' }),
  ...browserBundles(production).map((options) => esbuild.build(options)),
]).catch(() => process.exit(1));
