// Bundles the extension client, the language server and the command line with esbuild.
const esbuild = require('esbuild');
const { browserBundles } = require('./browser-bundles');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
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

// `--release [--outdir DIR]`: only the command line, minified, as release/cli.js. That file is committed:
// the GitHub Action and the pre-commit hook run it from the repository as it is, without a build
// (test/package/releaseBundle.test.ts fails when it is not what this builds from the sources).
const release = process.argv.includes('--release');
const outdirAt = process.argv.indexOf('--outdir');
const releaseDir = outdirAt > 0 ? process.argv[outdirAt + 1] : 'release';

const builds = release
  ? [esbuild.build({ ...common, sourcemap: false, minify: true, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: releaseDir })]
  : [
      esbuild.build({ ...client, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist/client', external: ['vscode'] }),
      esbuild.build({
        ...common,
        entryPoints: { server: 'server/src/lsp/main.ts', largeFileWorker: 'server/src/lsp/largeFileWorker.ts', cli: 'server/src/cli/main.ts' },
        outdir: 'dist/server',
      }),
      ...browserBundles(production).map((options) => esbuild.build(options)),
    ];

Promise.all(builds).catch(() => process.exit(1));
