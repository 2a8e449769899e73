/**
 * Schema validation with libxml2's xmllint (Debian package libxml2-utils), the validator the
 * SCORM XSDs were checked against on these machines (see /work/shared/docs/test-harness.md).
 */
import { runTool } from './tools';
import { sharedPath } from './shared-dir';

export const SCORM12_XSD = sharedPath('xsd', 'scorm12', 'scorm12-all.xsd');

export interface XmlValidation {
  /** xmllint's exit status: 0 valid, 3 invalid against the schema, other values: could not check. */
  readonly status: number;
  readonly valid: boolean;
  /** What xmllint printed (its messages go to stderr). */
  readonly messages: string;
}

/** Validates one XML file against an XSD, offline (`--nonet`); bounded to 30 s. */
export function validateXml(xmlPath: string, xsdPath: string): XmlValidation {
  const run = runTool('xmllint', ['--noout', '--nonet', '--schema', xsdPath, xmlPath], { timeout: 30_000 });
  const status = run.status ?? -1;
  return { status, valid: status === 0, messages: `${run.stdout}${run.stderr}`.trim() };
}
