/**
 * What the preview needs of the build and of src/lms, in one module loaded when a preview is
 * first asked for: the studio starts without the packaging code and the LMS hosts.
 */
import { LMS12_HOST_SCRIPT, SCORM12_BUNDLE } from '../../lms/scorm12';
import { LMS2004_HOST_SCRIPT, SCORM2004_BUNDLE } from '../../lms/scorm2004';

export { formatMeasure, passMarkToMeasure } from '../../formats/scorm2004/sequencing';
export { lessonActivity } from '../../formats/xapi/activities';
export { renderLmsHostPage } from '../../lms/scorm12';
export { renderLms2004HostPage } from '../../lms/scorm2004';
export { createXapiLms } from '../../lms/xapi-lms';
export { MemoryStatements } from '../../lms/statements';
export { lessonPackage } from './package';

/** The scripts a SCORM host page loads, by the name it asks for. */
export const LIBRARIES: Readonly<Record<string, string>> = {
  'scorm12.js': SCORM12_BUNDLE,
  'scorm12-host.js': LMS12_HOST_SCRIPT,
  'scorm2004.js': SCORM2004_BUNDLE,
  'scorm2004-host.js': LMS2004_HOST_SCRIPT,
};
