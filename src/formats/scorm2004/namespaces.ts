/**
 * The namespaces of a SCORM 2004 4th edition manifest, by the prefix we write them with.
 * The XSDs cannot tell a misspelt namespace URI from a foreign extension (both validate, the
 * element is then skipped), so ./check.ts compares every declaration against this table.
 */

export const IMSCP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
export const ADLCP_NS = 'http://www.adlnet.org/xsd/adlcp_v1p3';
export const ADLSEQ_NS = 'http://www.adlnet.org/xsd/adlseq_v1p3';
export const ADLNAV_NS = 'http://www.adlnet.org/xsd/adlnav_v1p3';
export const IMSSS_NS = 'http://www.imsglobal.org/xsd/imsss';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** Namespace declarations of the root element: `xmlns` (the default one) and `xmlns:<prefix>`. */
export const NAMESPACE_DECLARATIONS: readonly (readonly [string, string])[] = [
  ['xmlns', IMSCP_NS],
  ['xmlns:adlcp', ADLCP_NS],
  ['xmlns:adlseq', ADLSEQ_NS],
  ['xmlns:adlnav', ADLNAV_NS],
  ['xmlns:imsss', IMSSS_NS],
  ['xmlns:xsi', XSI_NS],
];

/** Each namespace with the schema file ADL ships for it (the file names LMSs expect). */
export const SCHEMA_FILES: readonly (readonly [string, string])[] = [
  [IMSCP_NS, 'imscp_v1p1.xsd'],
  [ADLCP_NS, 'adlcp_v1p3.xsd'],
  [ADLSEQ_NS, 'adlseq_v1p3.xsd'],
  [ADLNAV_NS, 'adlnav_v1p3.xsd'],
  [IMSSS_NS, 'imsss_v1p0.xsd'],
];

export const SCHEMA_LOCATION = SCHEMA_FILES.map(([namespace, file]) => `${namespace} ${file}`).join(' ');

export const SCHEMA_NAME = 'ADL SCORM';
export const SCHEMA_VERSION = '2004 4th Edition';
