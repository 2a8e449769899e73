/** The `#cp-notice` status region: one paragraph per message, each message at most once. */

export interface Notice {
  show(id: string, message: string): void;
}

export function createNotice(region: HTMLElement | null): Notice {
  const shown = new Set<string>();
  return {
    show(id, message) {
      if (region === null || shown.has(id)) return;
      shown.add(id);
      const paragraph = region.ownerDocument.createElement('p');
      paragraph.textContent = message;
      region.appendChild(paragraph);
      region.hidden = false;
    },
  };
}
