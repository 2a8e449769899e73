#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled from src/cli into dist/ by `npm run compile` (run by `npm ci`),
// which also bundles it into one file with its V8 code cache; that bundle is used while it is
// fresh (src/self/cli-bundle.ts), else the compiled modules.
const cli = require('../dist/src/self/cli-bundle.js').bundledCli() || require('../dist/src/cli/main.js');
// A reader that stops early (`coursepack --help | head -1`) closes the pipe: stop quietly, as
// other command-line tools do, instead of dying on the write that follows with a stack trace.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(process.exitCode || 0);
  throw err;
});
cli.main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err && err.stack ? err.stack : err); process.exitCode = 70; }
);
