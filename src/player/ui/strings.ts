/** UI strings from `PlayerConfig.strings`, with English fallbacks for keys a page lacks. */

export type StringKey = 'positionFormat' | 'progressFormat' | 'completed' | 'standaloneNotice' | 'lmsErrorNotice';

const FALLBACK: Readonly<Record<StringKey, string>> = {
  positionFormat: '{current} / {total}',
  progressFormat: '{visited} of {total} screens read',
  completed: 'Lesson completed. You can close it or read on.',
  standaloneNotice: 'No LMS found: your progress is saved in this browser only.',
  lmsErrorNotice: 'The LMS did not save your progress ({code}). Keep this page open and try again later.',
};

export type UiStrings = (key: StringKey, values?: Readonly<Record<string, string | number>>) => string;

export function createStrings(given: Readonly<Record<string, unknown>>): UiStrings {
  return (key, values = {}) => {
    const template = typeof given[key] === 'string' ? (given[key] as string) : FALLBACK[key];
    return fillTemplate(template, values);
  };
}

/** Replaces `{name}` with the value given for it; unknown names stay as written. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
