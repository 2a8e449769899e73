/** Every output format, in the order they are built and listed. Add a format here and in ./ids.ts (checked below). */
import type { FormatAdapter } from './format';
import { scorm12 } from './scorm12';
import { scorm2004 } from './scorm2004';
import { xapi } from './xapi';
import { cmi5 } from './cmi5';
import { FORMAT_IDS } from './ids';

export const FORMATS: readonly FormatAdapter[] = [scorm12, scorm2004, xapi, cmi5];

// The CLI's help reads the light id list; a format added here alone would be missing from it.
if (FORMATS.map((format) => format.id).join() !== FORMAT_IDS.join()) {
  throw new Error(`src/formats/ids.ts lists ${FORMAT_IDS.join(', ')} but the adapters are ${FORMATS.map((format) => format.id).join(', ')}`);
}

export function formatIds(): string[] {
  return FORMATS.map((format) => format.id);
}

/** The adapters for the requested ids (all when none are given); unknown ids are returned apart. */
export function selectFormats(requested?: readonly string[]): { formats: FormatAdapter[]; unknown: string[] } {
  if (!requested || requested.length === 0) return { formats: [...FORMATS], unknown: [] };
  const unknown = requested.filter((id) => !FORMATS.some((format) => format.id === id));
  const formats = FORMATS.filter((format) => requested.includes(format.id));
  return { formats, unknown };
}
