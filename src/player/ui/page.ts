/** Finds the elements of a lesson page (docs/page-contract.md) once, at start. */

export interface PageParts {
  readonly main: HTMLElement | null;
  /** Screens in order of `data-cp-screen`. */
  readonly screens: readonly HTMLElement[];
  /** Table-of-contents links, each with the screen index it leads to. */
  readonly tocLinks: readonly TocLink[];
  readonly toc: HTMLElement | null;
  readonly prev: HTMLButtonElement | null;
  readonly next: HTMLButtonElement | null;
  readonly pager: HTMLElement | null;
  readonly position: HTMLElement | null;
  readonly progressBar: HTMLElement | null;
  readonly progressFill: HTMLElement | null;
  readonly progressText: HTMLElement | null;
  readonly notice: HTMLElement | null;
}

export interface TocLink {
  readonly index: number;
  readonly element: HTMLAnchorElement;
}

export function findPageParts(doc: Document): PageParts {
  const screens = Array.from(doc.querySelectorAll<HTMLElement>('section.cp-screen[data-cp-screen]'))
    .map((element) => ({ element, index: indexOf(element, 'data-cp-screen') }))
    .filter((screen) => screen.index !== null)
    .sort((a, b) => (a.index as number) - (b.index as number))
    .map((screen) => screen.element);
  const tocLinks = Array.from(doc.querySelectorAll<HTMLAnchorElement>('#cp-toc a[data-cp-goto]'))
    .map((element) => ({ element, index: indexOf(element, 'data-cp-goto') }))
    .filter((link): link is TocLink => link.index !== null && link.index < screens.length);
  return {
    main: doc.getElementById('cp-main'),
    screens,
    tocLinks,
    toc: doc.getElementById('cp-toc'),
    prev: button(doc, 'cp-prev'),
    next: button(doc, 'cp-next'),
    pager: doc.querySelector<HTMLElement>('.cp-pager'),
    position: doc.getElementById('cp-position'),
    progressBar: doc.querySelector<HTMLElement>('.cp-progress__bar'),
    progressFill: doc.querySelector<HTMLElement>('.cp-progress__fill'),
    progressText: doc.getElementById('cp-progress-text'),
    notice: doc.getElementById('cp-notice'),
  };
}

function indexOf(element: Element, attribute: string): number | null {
  const text = element.getAttribute(attribute) ?? '';
  return /^\d+$/.test(text) ? Number(text) : null;
}

function button(doc: Document, id: string): HTMLButtonElement | null {
  const element = doc.getElementById(id);
  return element instanceof HTMLButtonElement ? element : null;
}
