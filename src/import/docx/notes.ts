/** Footnotes and endnotes: each lesson (or chapter lead) ends with the notes its text refers to. */
import { textsOf, type Block, type Note } from '../blocks';
import { noteLabels } from '../inline-marks';

export function appendNotes(notes: ReadonlyMap<string, string>): (blocks: readonly Block[]) => readonly Block[] {
  return (blocks) => {
    const labels = [...new Set(blocks.flatMap(textsOf).flatMap(noteLabels))];
    if (labels.length === 0) return blocks;
    const list: Note[] = labels.map((label) => ({ label, text: notes.get(label) ?? '' }));
    return [...blocks, { kind: 'notes', notes: list }];
  };
}
