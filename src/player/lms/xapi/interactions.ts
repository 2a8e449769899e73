/**
 * An answered question as xAPI spells it: the interaction definition (type, components in the
 * course language, correctResponsesPattern) and the learner's response in the same syntax
 * (xAPI 1.0.3, "Interaction Activities": `[,]` between items, `[.]` inside a matching pair).
 *
 * | kind              | interactionType | components        | pattern / response      |
 * |-------------------|-----------------|-------------------|-------------------------|
 * | choice            | choice          | choices           | `b`                     |
 * | multiple-response | choice          | choices           | `a[,]c` (bank order)    |
 * | true-false        | true-false      | —                 | `true` / `false`        |
 * | ordering          | sequencing      | choices (steps)   | `s2[,]s1[,]s3`          |
 * | matching          | matching        | source + target   | `p1[.]p1[,]p2[.]p3`     |
 */
import type { InteractionChoice, InteractionPair, InteractionRecord, LearnerResponse } from '../adapter';
import type { InteractionComponent, XapiActivityDefinition } from './statement-types';
import { ACTIVITY_TYPES } from './ids';

export function interactionDefinition(interaction: InteractionRecord, language: string): XapiActivityDefinition {
  const common = {
    type: ACTIVITY_TYPES.question,
    name: { [language]: interaction.description },
    correctResponsesPattern: [responsePattern(interaction.correct)],
  };
  switch (interaction.kind) {
    case 'choice':
    case 'multiple-response':
      return { ...common, interactionType: 'choice', choices: components(interaction.choices, language) };
    case 'true-false':
      return { ...common, interactionType: 'true-false' };
    case 'ordering':
      return { ...common, interactionType: 'sequencing', choices: components(interaction.choices, language) };
    case 'matching':
      return {
        ...common,
        interactionType: 'matching',
        source: pairSide(interaction.pairs, 'left', language),
        target: pairSide(interaction.pairs, 'right', language),
      };
    default:
      return unknownKind(interaction.kind);
  }
}

/** The response (learner's or correct) in the interaction's pattern syntax. */
export function responsePattern(response: LearnerResponse): string {
  switch (response.kind) {
    case 'choice':
      return response.optionId;
    case 'true-false':
      return response.value ? 'true' : 'false';
    case 'multiple-response':
      return response.optionIds.join('[,]');
    case 'ordering':
      return response.stepIds.join('[,]');
    case 'matching':
      return response.pairs.map(([left, right]) => `${left}[.]${right}`).join('[,]');
    default:
      return unknownKind(response);
  }
}

function components(choices: readonly InteractionChoice[], language: string): InteractionComponent[] {
  return choices.map((choice) => ({ id: choice.id, description: { [language]: choice.text } }));
}

/** Matching: each pair's id names both its left side (source) and its right side (target). */
function pairSide(pairs: readonly InteractionPair[], side: 'left' | 'right', language: string): InteractionComponent[] {
  return pairs.map((pair) => ({ id: pair.id, description: { [language]: pair[side] } }));
}

function unknownKind(value: unknown): never {
  throw new Error(`unknown question kind: ${JSON.stringify(value)}`);
}
