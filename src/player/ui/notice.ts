/** The `#cp-notice` status region: one paragraph per message, each message at most once. */

export interface Notice {
  show(id: string, message: string): void;
  /**
   * Shows nothing from now on: the page is going away, and a message (say, an LMS error met
   * while ending the session) would only flash on the closing page, where nobody can act on it.
   */
  silence(): void;
}

export function createNotice(region: HTMLElement | null): Notice {
  const shown = new Set<string>();
  let silenced = false;
  return {
    show(id, message) {
      if (region === null || silenced || shown.has(id)) return;
      shown.add(id);
      const paragraph = region.ownerDocument.createElement('p');
      paragraph.textContent = message;
      region.appendChild(paragraph);
      region.hidden = false;
    },
    silence() {
      silenced = true;
    },
  };
}
