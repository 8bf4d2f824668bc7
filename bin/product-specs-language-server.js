#!/usr/bin/env node
// @ts-check
// The language server as built from the sources (`npm run build`). Required by a path made at run time: the
// bundle is built output, not a module to type-check with the sources.
const path = require('node:path');
require(path.join(__dirname, '..', 'dist', 'server', 'server.js'));
