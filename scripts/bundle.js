// Bundles the extension client, the language server and the command line with esbuild.
const esbuild = require('esbuild');
const { clientBundlePlugins } = require('./lighter-client-dependencies');
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

Promise.all([
  esbuild.build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist/client', external: ['vscode'], plugins: clientBundlePlugins }),
  esbuild.build({ ...common, entryPoints: { server: 'server/src/lsp/main.ts', cli: 'server/src/cli/main.ts' }, outdir: 'dist/server' }),
]).catch(() => process.exit(1));
