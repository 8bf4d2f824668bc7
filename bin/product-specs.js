#!/usr/bin/env node
// @ts-check
// The command line as built from the sources (dist/, `npm run build`) in a clone, or else as committed in
// release/ (what the npm package, the pre-commit hook and the GitHub Action run: they cannot build).
const fs = require('node:fs');
const path = require('node:path');
const built = path.join(__dirname, '..', 'dist', 'server', 'cli.js');
require(fs.existsSync(built) ? built : path.join(__dirname, '..', 'release', 'cli.js'));
