/** Schema validation with xmllint against the SCORM 1.2 XSDs (test/harness: libxml2-utils). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sharedPath } from '../harness/shared-dir';
import { runTool } from '../harness/tools';

export const SCORM12_XSD = sharedPath('xsd', 'scorm12', 'scorm12-all.xsd');

export function requireXmllint(): void {
  runTool('xmllint', ['--version']);
}

/** Returns xmllint's exit status and messages for one document. */
export function validateXml(xml: string, schema: string = SCORM12_XSD): { status: number; output: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'coursepack-xml-'));
  try {
    const file = path.join(dir, 'imsmanifest.xml');
    writeFileSync(file, xml);
    const run = runTool('xmllint', ['--noout', '--nonet', '--schema', schema, file]);
    return { status: run.status ?? -1, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
