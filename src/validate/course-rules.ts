/**
 * Rules about course.yaml that a schema cannot say: the title exists in the course language,
 * and the screen length range is not reversed once defaults are filled in.
 */
import { diagnostic } from '../diagnostics/codes';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { CourseDraft } from '../load/draft';
import { resolveSettings } from '../load/settings';
import { placeOfKey, placeOfValue } from '../load/yaml-source';

export function checkTitleLanguage(draft: CourseDraft): Diagnostic[] {
  const { data, yaml } = draft.course;
  if (!data || !yaml || data.title[data.language] !== undefined) return [];
  const message = `title has no text in the course language (${data.language})`;
  return [diagnostic('course/title-language', message, placeOfKey(yaml, ['title']))];
}

export function checkScreenRange(draft: CourseDraft): Diagnostic[] {
  const { data, yaml } = draft.course;
  if (!data || !yaml) return [];
  // Compared after defaults: "minWords: 700" alone is reversed against the default maximum.
  const { minWords, maxWords } = resolveSettings(data.settings).screen;
  if (minWords <= maxWords) return [];
  const written = data.settings?.screen ?? {};
  const key = written.minWords !== undefined ? 'minWords' : 'maxWords';
  const place = placeOfValue(yaml, ['settings', 'screen', key]);
  const message = `settings.screen.minWords (${minWords}) is greater than maxWords (${maxWords})`;
  return [diagnostic('course/screen-range', message, place)];
}
