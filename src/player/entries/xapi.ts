/** Bundle entry for xAPI packages (TinCan launch): the xAPI adapter, or stand-alone without launch parameters. */
import { prepareTinCanLaunch } from '../lms/xapi/launch';
import { startXapiPlayer } from '../lms/xapi/start';

startXapiPlayer(prepareTinCanLaunch);
