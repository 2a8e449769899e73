/** The review page's view of a lesson (src/studio/views/review.ts): what it analyses to make it. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reviewView } from '../../src/studio/views/review';
import { Workspace } from '../../src/studio/workspace';

const REPO = join(__dirname, '../..');
let root: string;
let workspace: Workspace;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'coursepack-review-view-'));
  cpSync(join(REPO, 'course'), join(root, 'course'), { recursive: true });
  cpSync(join(REPO, 'quizzes'), join(root, 'quizzes'), { recursive: true });
  workspace = await Workspace.open(join(root, 'course'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

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
