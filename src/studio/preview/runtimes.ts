/** The runtimes the preview plays a lesson in (one per package format). */
export const PREVIEW_RUNTIMES = ['scorm12', 'scorm2004', 'xapi', 'cmi5'] as const;
export type PreviewRuntime = (typeof PREVIEW_RUNTIMES)[number];

export function isPreviewRuntime(value: string): value is PreviewRuntime {
  return (PREVIEW_RUNTIMES as readonly string[]).includes(value);
}
