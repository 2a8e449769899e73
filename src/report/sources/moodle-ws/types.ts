/** What the Moodle web-service source reads, as plain data (also what ./store.ts keeps between runs). */

export interface MoodleActivity {
  readonly scormid: number;
  readonly cmid: number;
  readonly name: string;
  /** `SCORM_12`, `SCORM_13` (2004), as Moodle reports it. */
  readonly version: string;
  /** The package's manifest identifier. */
  readonly manifest: string;
  /** The activity's SCOs that are lessons of the course, in Moodle's order. */
  readonly lessons: readonly { readonly scoid: number; readonly lesson: string; readonly title: string }[];
}

export interface MoodleLearner {
  readonly id: number;
  readonly fullname: string;
  /** '' when the site hides it from the token's user. */
  readonly email: string;
  /** Unix seconds of the learner's last access to the course (Moodle's user_lastaccess); null when hidden. */
  readonly lastcourseaccess: number | null;
}

/** One SCO's tracks in one attempt of one learner: Moodle's element → value (empty when not attempted). */
export interface AttemptTracks {
  readonly scormid: number;
  readonly userid: number;
  readonly attempt: number;
  readonly scoid: number;
  readonly tracks: Readonly<Record<string, string>>;
}

export interface MoodleCourseRead {
  /** wwwroot (no credentials). */
  readonly site: string;
  readonly course: { readonly id: number; readonly shortname: string; readonly fullname: string };
  readonly activities: readonly MoodleActivity[];
  readonly learners: readonly MoodleLearner[];
  readonly attempts: readonly AttemptTracks[];
  /** Attempts per learner and activity, as Moodle counted them. */
  readonly counts: readonly { readonly scormid: number; readonly userid: number; readonly attempts: number }[];
  /** Moodle's clock when the reading began (unix seconds). */
  readonly readAt: number;
  /** Web-service requests sent (retries included). */
  readonly requests: number;
  /** Attempts taken from the local store instead of Moodle. */
  readonly reused: number;
}
