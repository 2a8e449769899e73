/** The review page's view of a lesson (src/studio/views/review.ts): what it analyses to make it. */
import { join } from 'node:path';
import { reviewView } from '../../src/studio/views/review';
import { Workspace } from '../../src/studio/workspace';

let workspace: Workspace;

// the view only reads the course and its banks: the repository's own, no copy
beforeAll(async () => { workspace = await Workspace.open(join(__dirname, '../../course')); });

describe('the review view of a lesson', () => {
  it('analyses the whole course text only for a lesson with a cloze item to check against it (about a second after every lesson edit)', () => {
    const analysed = jest.spyOn(workspace, 'courseText');
    const statements = reviewView(workspace, 's1-1')!;
    expect(statements.items.length).toBeGreaterThan(0);
    expect(statements.items.every((view) => view.item.kind !== 'choice')).toBe(true);
    expect(analysed).not.toHaveBeenCalled();
    const withCloze = reviewView(workspace, 's1-3')!;
    expect(withCloze.items.some((view) => view.item.kind === 'choice')).toBe(true);
    expect(analysed).toHaveBeenCalled();
  });
});
