/**
 * The adapter of SCORM 2004 packages: the LMS's `API_1484_11` when there is one, else
 * stand-alone. Its own module so that the 2004 bundle carries no SCORM 1.2 code.
 */
import type { AdapterSelector } from '../select';
import { createScorm2004Adapter, findScorm2004Api } from '../scorm2004';
import { createStandaloneAdapter, openLocalStorage } from '../standalone';

export const selectScorm2004Adapter: AdapterSelector = (window, context) => {
  const api = findScorm2004Api(window);
  return api !== null
    ? createScorm2004Adapter(api, context)
    : createStandaloneAdapter(openLocalStorage(window), context);
};
