// Lint: typescript-eslint's type-aware recommended rules over the extension, the server, the tests,
// the scripts and the benchmarks. Promises must be awaited or handled (`no-floating-promises`) and
// never passed where a plain callback is expected (`no-misused-promises`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      '.bench/**',
      '.vscode-test/**',
      'server/src/core/generated/**',
      '**/*.generated.ts',
      'test/fixtures/**',
      'test/e2e/fixtures/**',
      'test/grammar/fixtures/**',
      'media/**',
    ],
  },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts', 'test/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `import vscode = require('vscode')` is TypeScript's typed form of a CommonJS import.
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      // YAML scalar values are typed `unknown`; turning them into text with String() is deliberate.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    // Tests read JSON they parse (command-line output, SARIF, protocol messages) and assert its shape:
    // the no-unsafe-* rules would only ask them to declare each shape twice. A protocol answer is
    // named by the type the test expects (`as Location[]`), which reads better than a type argument.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['scripts/**/*.js', 'bench/**/*.js', 'bin/**/*.js', 'test/e2e/**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: {
      sourceType: 'commonjs',
      ecmaVersion: 2022,
      globals: {
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        __dirname: 'readonly',
        __filename: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Functions the end-to-end test hands to the browser page run there, with the page's globals.
    files: ['test/e2e/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly',
        window: 'readonly',
        requestAnimationFrame: 'readonly',
        DataTransfer: 'readonly',
        DragEvent: 'readonly',
        getComputedStyle: 'readonly',
        Worker: 'readonly',
        Blob: 'readonly',
      },
    },
  },
);
