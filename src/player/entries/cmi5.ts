/** Bundle entry for cmi5 packages: the xAPI adapter with the cmi5 rules, or stand-alone without a cmi5 launch. */
import { prepareCmi5Launch } from '../lms/xapi/launch';
import { startXapiPlayer } from '../lms/xapi/start';

startXapiPlayer(prepareCmi5Launch);
