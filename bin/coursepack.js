#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled from src/cli into dist/ by `npm run compile` (run by `npm ci`).
require('../dist/src/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err && err.stack ? err.stack : err); process.exitCode = 70; }
);
