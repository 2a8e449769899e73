/**
 * Where an activity id sits in the course (the inverse of src/player/lms/xapi/ids.ts):
 * `<iri>/lessons/<lesson>`, `…/screens/<n>`, `…/questions/<item>`.
 */
export type ActivityPath =
  | { readonly kind: 'lesson'; readonly lesson: string }
  | { readonly kind: 'screen'; readonly lesson: string; readonly screen: number }
  | { readonly kind: 'question'; readonly lesson: string; readonly item: string };

export function activityPath(activityId: string, courseIri: string): ActivityPath | null {
  const prefix = `${courseIri}/lessons/`;
  if (!activityId.startsWith(prefix)) return null;
  const parts = activityId.slice(prefix.length).split('/').map(decodeSegment);
  if (parts.some((part) => part === null || part === '')) return null;
  const [lesson, what, which] = parts as string[];
  if (parts.length === 1) return { kind: 'lesson', lesson };
  if (parts.length !== 3) return null;
  if (what === 'questions') return { kind: 'question', lesson, item: which };
  if (what === 'screens' && /^\d+$/.test(which)) return { kind: 'screen', lesson, screen: Number(which) };
  return null;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
