/**
 * A question as its xAPI interaction definition describes it (src/player/lms/xapi/interactions.ts
 * writes them): kind, stem, options and key. Used when the bank no longer has the item.
 */
import type { QuestionKind } from '../../../model/quiz';
import type { ItemInfo, OptionInfo } from '../../model';

type Json = Record<string, unknown>;

export function itemFromDefinition(item: string, lesson: string, definition: unknown): ItemInfo | null {
  if (typeof definition !== 'object' || definition === null) return null;
  const d = definition as Json;
  const pattern = Array.isArray(d['correctResponsesPattern']) && typeof d['correctResponsesPattern'][0] === 'string' ? d['correctResponsesPattern'][0] : '';
  const kind = kindOf(d['interactionType'], pattern);
  if (kind === null) return null;
  const options = kind === 'true-false' ? TRUE_FALSE_OPTIONS : kind === 'choice' || kind === 'multiple-response' ? components(d['choices']) : [];
  return { id: item, lesson, kind, stem: firstText(d['name']), options, key: keyOf(kind, pattern) };
}

/** The options a learner chose, in the response syntax of xAPI (`a[,]c`, `true`); null for kinds without options. */
export function chosenFromXapiResponse(kind: QuestionKind | null, response: string): string[] | null {
  if (kind === 'true-false') return response === 'true' || response === 'false' ? [response] : [];
  if (kind === 'choice' || kind === 'multiple-response') return response === '' ? [] : response.split('[,]');
  return null;
}

export const TRUE_FALSE_OPTIONS: readonly OptionInfo[] = [
  { id: 'true', text: 'true' },
  { id: 'false', text: 'false' },
];

function kindOf(interactionType: unknown, pattern: string): QuestionKind | null {
  switch (interactionType) {
    case 'choice':
      // The player writes both single choice and multiple response as `choice`; only the key tells them apart.
      return pattern.includes('[,]') ? 'multiple-response' : 'choice';
    case 'true-false':
      return 'true-false';
    case 'sequencing':
      return 'ordering';
    case 'matching':
      return 'matching';
    default:
      return null;
  }
}

function keyOf(kind: QuestionKind, pattern: string): string[] {
  if (pattern === '') return [];
  return kind === 'choice' || kind === 'multiple-response' || kind === 'true-false' ? pattern.split('[,]') : [];
}

function components(value: unknown): OptionInfo[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((component: unknown) => {
    if (typeof component !== 'object' || component === null) return [];
    const c = component as Json;
    return typeof c['id'] === 'string' ? [{ id: c['id'], text: firstText(c['description']) || c['id'] }] : [];
  });
}

/** The first text of a language map (the player writes only the course language). */
function firstText(map: unknown): string {
  if (typeof map !== 'object' || map === null) return '';
  const first = Object.values(map as Json).find((text) => typeof text === 'string');
  return typeof first === 'string' ? first : '';
}
