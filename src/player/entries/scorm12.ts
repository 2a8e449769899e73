/** Bundle entry for SCORM 1.2 packages: the SCORM 1.2 adapter, or stand-alone without an LMS. */
import { startPlayer } from '../main';
import { selectScorm12Adapter } from '../lms/select';

startPlayer(selectScorm12Adapter);
