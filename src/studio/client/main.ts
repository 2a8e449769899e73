/**
 * The studio page: a hash route per page (#/map, #/review/<lesson>), and live reload: the
 * server's events say what changed on disk, and the page shown is built again from fresh data.
 */
import { announce, h, main } from './dom';
import { showMap } from './map';
import { showPreview, stopPreview } from './preview';
import { onReviewChange, showReview } from './review';
import type { StudioEvent } from './types';

let refreshes = 0;

async function route(): Promise<void> {
  const hash = location.hash || '#/map';
  const review = /^#\/review(?:\/([A-Za-z0-9_-]+))?$/.exec(hash);
  const preview = /^#\/preview(?:\/([A-Za-z0-9_-]+)(?:\/([a-z0-9]+))?)?$/.exec(hash);
  if (!preview) stopPreview();
  try {
    if (review) await showReview(review[1]);
    else if (preview) await showPreview(preview[1], preview[2]);
    else await showMap();
  } catch (error) {
    main().replaceChildren(h('h1', {}, 'Error'), h('p', { role: 'alert' }, error instanceof Error ? error.message : String(error)));
  }
  markCurrentLink(hash);
}

function markCurrentLink(hash: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    if (hash.startsWith(link.getAttribute('href')!)) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function listen(): void {
  const source = new EventSource('/api/events');
  source.addEventListener('change', (message) => {
    const event = JSON.parse((message as MessageEvent<string>).data) as StudioEvent;
    void refresh(event);
  });
}

async function refresh(event: StudioEvent): Promise<void> {
  const hash = location.hash || '#/map';
  if (hash.startsWith('#/review')) await onReviewChange(event);
  else if (hash.startsWith('#/preview')) {
    // The lesson is rebuilt from the files as they are now: launch it again (a new attempt keeps nothing stale on screen).
    const frame = document.getElementById('lms-frame') as HTMLIFrameElement | null;
    if (frame && event.kind !== 'diagnostics') frame.src = frame.src.replace(/\?resume=1$/, '');
  } else await showMap();
  refreshes++;
  // Read by the benchmark and the tests: the page has been built again after a change.
  document.body.dataset.refreshes = String(refreshes);
  if (event.file) announce(`Reloaded: ${event.file} changed.`);
  else if (event.kind === 'diagnostics') announce('Diagnostics updated.');
}

window.addEventListener('hashchange', () => void route());
listen();
void route();
