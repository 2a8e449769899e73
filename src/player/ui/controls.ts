/** Learner input: table-of-contents links, the prev/next buttons and arrow keys on the pager. */
import type { PageParts } from './page';

/** `target` is a screen index, or a step (-1, +1) from the current one. */
export type Navigate = (move: { readonly kind: 'to'; readonly index: number } | { readonly kind: 'by'; readonly step: number }) => void;

export function wireControls(parts: PageParts, navigate: Navigate): void {
  for (const link of parts.tocLinks) {
    link.element.addEventListener('click', (event) => {
      // A modified click (new tab, new window) keeps the browser's own meaning.
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      navigate({ kind: 'to', index: link.index });
    });
  }
  parts.prev?.addEventListener('click', () => navigate({ kind: 'by', step: -1 }));
  parts.next?.addEventListener('click', () => navigate({ kind: 'by', step: 1 }));
  parts.pager?.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const step = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    if (step === 0) return;
    event.preventDefault();
    navigate({ kind: 'by', step });
  });
}
