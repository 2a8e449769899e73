/**
 * The ids of the output formats, in build order, without loading their adapters: the CLI's help
 * lists them before any build code is loaded. src/formats/index.ts checks that its adapters
 * match this list exactly.
 */
export const FORMAT_IDS = ['scorm12', 'scorm2004', 'xapi', 'cmi5'] as const;
