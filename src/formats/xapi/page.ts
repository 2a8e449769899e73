/**
 * xAPI and cmi5 lesson pages are the rendered pages plus `script#cp-xapi`: the activity ids and
 * names the player puts in its statements (src/player/lms/xapi/page-data.ts). It goes right
 * before the player script, so it is in the document when the player starts.
 */
import { InternalError } from '../../diagnostics/errors';
import type { Course } from '../../model/course';
import type { RenderedLesson } from '../../model/rendered';
import { XAPI_PAGE_DATA_ID } from '../../player/lms/xapi/page-data';
import { jsonForScript } from '../../render/json-script';
import { PLAYER_JS_PATH } from '../layout';
import { pageData } from './activities';

const PLAYER_SCRIPT = new RegExp(`<script src="[^"]*${PLAYER_JS_PATH.replace(/[.]/g, '\\.').replace(/^assets\//, '')}"></script>`);

export function xapiLessonPage(course: Course, rendered: RenderedLesson): string {
  const match = PLAYER_SCRIPT.exec(rendered.page);
  if (match === null) throw new InternalError(`the page of lesson ${rendered.lesson.id} has no player script to put the xAPI data before`);
  const data = `<script type="application/json" id="${XAPI_PAGE_DATA_ID}">${jsonForScript(pageData(course, rendered.lesson))}</script>\n`;
  return rendered.page.slice(0, match.index) + data + rendered.page.slice(match.index);
}
