/**
 * Chooses the adapter once, at start. One selector per runtime target, so that a target's
 * bundle contains only the adapters it can use.
 */
import type { AdapterContext, LmsAdapter } from './adapter';
import { createScorm12Adapter, findScorm12Api } from './scorm12';
import { createStandaloneAdapter, openLocalStorage } from './standalone';

export type AdapterSelector = (window: unknown, context: AdapterContext) => LmsAdapter;

/** SCORM 1.2 packages: the LMS's `API` when there is one, else stand-alone. */
export const selectScorm12Adapter: AdapterSelector = (window, context) => {
  const api = findScorm12Api(window);
  return api !== null
    ? createScorm12Adapter(api, context)
    : createStandaloneAdapter(openLocalStorage(window), context);
};
