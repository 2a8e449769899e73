import { createNotice } from '../../../src/player/ui/notice';

/** Just enough of an element for the notice: paragraphs appended, `hidden` toggled. */
function fakeRegion() {
  const paragraphs: { textContent: string }[] = [];
  const region = {
    hidden: true,
    ownerDocument: { createElement: () => ({ textContent: '' }) },
    appendChild: (child: { textContent: string }) => paragraphs.push(child),
  };
  return { region, paragraphs, element: region as unknown as Parameters<typeof createNotice>[0] };
}

describe('notice region', () => {
  it('shows each message once and unhides the region', () => {
    const { region, paragraphs, element } = fakeRegion();
    const notice = createNotice(element);
    notice.show('lms-error', 'The LMS did not save your progress (101).');
    notice.show('lms-error', 'The LMS did not save your progress (405).');
    notice.show('completed', 'Lesson completed.');
    expect(paragraphs.map((p) => p.textContent)).toEqual(['The LMS did not save your progress (101).', 'Lesson completed.']);
    expect(region.hidden).toBe(false);
  });

  it('shows nothing once the page is leaving, not even an LMS error met while ending the session', () => {
    const { region, paragraphs, element } = fakeRegion();
    const notice = createNotice(element);
    notice.silence();
    notice.show('lms-error', 'The LMS did not save your progress (101).');
    expect(paragraphs).toEqual([]);
    expect(region.hidden).toBe(true);
  });
});
