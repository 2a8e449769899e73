/**
 * The xAPI and cmi5 vocabulary the player uses: ADL verbs, cmi5 categories and extensions,
 * and coursepack's own extension. Plain constants, DOM-free (the statement builder and the
 * Node-side simulations read them).
 */

export const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  suspended: 'http://adlnet.gov/expapi/verbs/suspended',
  resumed: 'http://adlnet.gov/expapi/verbs/resumed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;

export type VerbName = keyof typeof VERBS;

/** cmi5 "defined" verbs: their statements carry the cmi5 category (cmi5 spec 9.6.2.1). */
export const CMI5_DEFINED_VERBS: readonly VerbName[] = ['initialized', 'completed', 'passed', 'failed', 'terminated'];

/** Verbs that count towards moveOn: their statements carry the moveOn category too. */
export const MOVE_ON_VERBS: readonly VerbName[] = ['completed', 'passed', 'failed'];

export const CMI5 = {
  categoryCmi5: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  categoryMoveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionIdExtension: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScoreExtension: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  /** Result extension: percent of the lesson done, an integer 0–100 (also used outside cmi5). */
  progressExtension: 'https://w3id.org/xapi/cmi5/result/extensions/progress',
  launchDataStateId: 'LMS.LaunchData',
  /** Agent Profile document the LMS keeps the learner's language and audio preferences in (cmi5 11.0). */
  learnerPreferencesProfileId: 'cmi5LearnerPreferences',
} as const;

/** coursepack's own extension: the 1-based quiz attempt an answer belongs to. */
export const ATTEMPT_EXTENSION = 'https://coursepack.invalid/xapi/extensions/quiz-attempt';

/** `context.platform` of every statement. */
export const PLATFORM = 'coursepack';

/** Document id of the learner's bookmark and quiz in the State API (docs/xapi.md). */
export const PROGRESS_STATE_ID = 'coursepack-progress';
