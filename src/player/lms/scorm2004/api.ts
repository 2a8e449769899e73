/** The SCORM 2004 runtime API an LMS exposes as `window.API_1484_11`, and finding it. */
import { findApi, hasMethods } from '../find-api';

/** Returns are strings by the standard ("true"/"false", values, error codes). */
export interface Scorm2004Api {
  Initialize(parameter: ''): unknown;
  Terminate(parameter: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(parameter: ''): unknown;
  GetLastError(): unknown;
}

const API_METHODS = ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError'] as const;

export const SCORM2004_API_NAME = 'API_1484_11';

export function isScorm2004Api(candidate: unknown): candidate is Scorm2004Api {
  return hasMethods(candidate, API_METHODS);
}

/** Walks up the frames (and their openers) from `start`, as for SCORM 1.2's `API`. */
export function findScorm2004Api(start: unknown): Scorm2004Api | null {
  return findApi(start, SCORM2004_API_NAME, isScorm2004Api);
}

/** GetLastError codes the adapter treats specially (SCORM 2004 RTE 3.1.7). */
export const NO_ERROR = '0';
export const GENERAL_EXCEPTION = '101';
/** Initialize while the LMS's session is already initialised. */
export const ALREADY_INITIALIZED = '103';
/** GetValue of an element the LMS holds no value for yet: an empty value, not a failure. */
export const VALUE_NOT_INITIALIZED = '403';
