#!/usr/bin/env node
/**
 * Runs the Moodle part of the tests (jest's "moodle" project, one file at a time) and prints how
 * long it took; with MOODLE_INSTALL_SECONDS (set by .ci/run) also the whole Moodle stage, install
 * included, which must stay well under 20 minutes on 2 cores. Exits with jest's status.
 */
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const started = Date.now();
const jest = join(__dirname, '../../node_modules/jest/bin/jest.js');
const result = spawnSync(process.execPath, [jest, '--runInBand', '--selectProjects', 'moodle', ...process.argv.slice(2)], { stdio: 'inherit' });
const seconds = Math.round((Date.now() - started) / 1000);
const install = Number(process.env.MOODLE_INSTALL_SECONDS);
const stage = Number.isFinite(install) && process.env.MOODLE_INSTALL_SECONDS ? `; Moodle stage (install ${install} s + tests): ${install + seconds} s` : '';
process.stdout.write(`Moodle tests: ${seconds} s${stage}\n`);
process.exit(result.status ?? 1);
