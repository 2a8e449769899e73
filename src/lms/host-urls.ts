/** The URLs a strict SCORM host page needs (1.2 and 2004 alike); the LMS server makes them for each launch. */
export interface HostUrls {
  /** URL of the SCO, loaded in the iframe. */
  readonly scoUrl: string;
  /** scorm-again's `lmsCommitUrl`. */
  readonly commitUrl: string;
  /** Where the host sends each violation at once (a beacon survives the page closing). */
  readonly violationUrl: string;
  /** Where the host sends its call log when the SCO finishes its session (LMSFinish / Terminate, as a beacon). */
  readonly callsUrl: string;
  readonly bundleUrl: string;
  readonly hostScriptUrl: string;
}
