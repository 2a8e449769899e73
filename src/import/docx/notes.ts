/** Footnotes and endnotes: each lesson (or chapter lead) ends with the notes its text refers to. */
import type { Block, Note } from '../blocks';
import { noteLabels } from '../inline-marks';

function textsOf(block: Block): readonly string[] {
  switch (block.kind) {
    case 'paragraph': case 'heading': return [block.text];
    case 'bullets': return block.items;
    case 'numbered': return block.items.map((item) => item.text);
    case 'table': return [block.caption, ...block.rows.flat()];
    case 'figure': return [block.caption];
    case 'notes': return block.notes.map((note) => note.text);
  }
}

export function appendNotes(notes: ReadonlyMap<string, string>): (blocks: readonly Block[]) => readonly Block[] {
  return (blocks) => {
    const labels = [...new Set(blocks.flatMap(textsOf).flatMap(noteLabels))];
    if (labels.length === 0) return blocks;
    const list: Note[] = labels.map((label) => ({ label, text: notes.get(label) ?? '' }));
    return [...blocks, { kind: 'notes', notes: list }];
  };
}
