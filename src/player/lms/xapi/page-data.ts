/**
 * What an xAPI or cmi5 lesson page tells the player about its activities, as JSON in
 * `script#cp-xapi` (written by src/formats/xapi/page.ts). Course-specific, so it cannot live in
 * the prebuilt player bundle. Carries no credential and no endpoint: the launch URL gives those.
 */

/** Text per language tag, as xAPI language maps are (`{ "kk": "…", "en": "…" }`). */
export type LanguageMap = Readonly<Record<string, string>>;

export interface XapiActivityData {
  readonly id: string;
  readonly name: LanguageMap;
  readonly description?: LanguageMap;
}

export interface XapiPageData {
  readonly course: XapiActivityData;
  readonly chapter: XapiActivityData | null;
  readonly lesson: XapiActivityData;
  /** The course language: `context.language` and the language of every interaction text. */
  readonly language: string;
  /** The course version: `context.revision`. */
  readonly revision: string;
}

export const XAPI_PAGE_DATA_ID = 'cp-xapi';
