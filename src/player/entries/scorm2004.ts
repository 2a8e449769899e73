/** Bundle entry for SCORM 2004 packages: the SCORM 2004 adapter, or stand-alone without an LMS. */
import { startPlayer } from '../main';
import { selectScorm2004Adapter } from '../lms/scorm2004/select';

startPlayer(selectScorm2004Adapter);
