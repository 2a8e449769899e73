/**
 * SCORM 2004 packages in the real Moodle 5.1, as a learner plays them and as Moodle stores them:
 * a lesson zip failed, taken again after a relaunch and passed (both attempts' answers kept, the
 * grade the best), then reopened in Moodle's review mode (nothing changes); the course zip in a
 * new window with three lessons opened from Moodle's table of contents in one visit (all
 * tracked), one left in mid-quiz and resumed with the same answers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWith, moodleHarness, MOODLE_HOW } from '../harness/real-service';
import {
  addScorm,
  buildScorm,
  courseLabels,
  coursepackReport,
  downloadInteractions,
  elementsOf,
  interactionIds,
  play,
  scoErrors,
  storedUser,
  withoutVisitStamps,
} from './moodle';

const labels = courseLabels();
const LESSON = 's2-3';

describeWith('SCORM 2004 in Moodle 5.1', moodleHarness, MOODLE_HOW, (moodle) => {
  let build: { dir: string; cleanup: () => void };
  beforeAll(async () => {
    build = await buildScorm();
  }, 120_000);
  afterAll(() => build?.cleanup());

  test('a lesson zip: failed, taken again after a relaunch and passed; both attempts kept, grade 100; review mode changes nothing', () => {
    const activity = addScorm(moodle, join(build.dir, `scorm2004/lessons/${LESSON}.zip`), 'cp-m12-2004-lesson');
    expect(activity.version).toBe('SCORM_1.3');
    expect(activity.warnings).toEqual([]);
    const item = `ITEM-${LESSON}`;

    const failed = play(moodle, activity.cmid, [{ steps: ['read', 'start', 'wrong', 'submit', 'look'] }]);
    expect(scoErrors(failed)).toEqual([]);
    expect(failed.seen[0]).toMatchObject({ tryAgain: true });
    let user = storedUser(moodle, activity.cmid);
    let elements = elementsOf(user, item);
    // Failed with attempts left: incomplete, so Moodle does not reopen it in review mode.
    expect(elements).toMatchObject({ 'cmi.completion_status': 'incomplete', 'cmi.success_status': 'failed', 'cmi.score.raw': '0', 'cmi.exit': 'suspend' });
    const firstAttempt = interactionIds(elements);
    expect(firstAttempt.length).toBeGreaterThan(0);
    expect(user.gradebook?.grade).toBe(0);

    const retried = play(moodle, activity.cmid, [{ steps: ['look', 'again', 'right', 'submit', 'look'] }]);
    expect(scoErrors(retried)).toEqual([]);
    expect(retried.apiCalls.find((call) => call.fn === 'GetValue' && call.args[0] === 'cmi.mode')?.result).toBe('normal');
    expect(retried.seen[0]!.notices).toEqual([]);
    expect(retried.seen[1]!.result).toContain(labels.quizPassed);
    user = storedUser(moodle, activity.cmid);
    elements = elementsOf(user, item);
    expect(user.attempt_count).toBe(1);
    expect(elements).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '100', 'cmi.exit': 'normal' });
    const both = interactionIds(elements);
    expect(both).toHaveLength(firstAttempt.length * 2);
    expect(both.slice(0, firstAttempt.length)).toEqual(firstAttempt);
    expect(user.gradebook?.grade).toBe(100);

    const reviewed = play(moodle, activity.cmid, [{ steps: ['look'] }]);
    expect(scoErrors(reviewed)).toEqual([]);
    expect(reviewed.apiCalls.find((call) => call.fn === 'GetValue' && call.args[0] === 'cmi.mode')?.result).toBe('review');
    expect(reviewed.apiCalls.filter((call) => call.fn === 'SetValue')).toEqual([]);
    expect(reviewed.seen[0]).toMatchObject({ quizStart: false, tryAgain: false, submit: false });
    expect(reviewed.seen[0]!.notices).toEqual([labels.reviewNotice]);
    const after = storedUser(moodle, activity.cmid);
    expect(withoutVisitStamps(elementsOf(after, item))).toEqual(withoutVisitStamps(elements));
    expect(after.gradebook?.grade).toBe(100);

    // Moodle's interactions report leaves the answers of 2004 activities out: the report says so.
    const work = mkdtempSync(join(tmpdir(), 'cp-moodle-report-'));
    try {
      downloadInteractions(moodle, activity.cmid, join(work, 'interactions.txt'));
      const report = coursepackReport(join(work, 'interactions.txt'), join(work, 'out'));
      expect(report.status).not.toBe(0);
      expect(report.stderr).toContain('report/moodle-csv-scorm2004');
      expect(report.stderr).toContain('SCORM 2004');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 300_000);

  test('the course zip in a new window: every lesson opened in one visit is tracked; mid-quiz answers come back on the next visit', () => {
    const lessons = 11;
    // The grading the README recommends for a course zip: learning objects (lessons done), out of the lessons.
    const activity = addScorm(moodle, join(build.dir, 'scorm2004/security-central-asia.zip'), 'cp-m12-2004-course', [
      '--popup=1',
      '--grademethod=0',
      `--maxgrade=${lessons}`,
    ]);
    const scos = activity.scoes.filter((sco) => sco.scormtype === 'sco');
    expect(scos).toHaveLength(lessons);
    const [first, second, third] = scos;

    const visit = play(moodle, activity.cmid, [
      { steps: ['read'] },
      { open: second!.title, steps: ['read', 'start', 'right', 'submit'] },
      { open: third!.title, steps: ['read', 'start', 'answer-half', 'look'] },
    ]);
    expect(visit.popup).toBe(true);
    expect(scoErrors(visit)).toEqual([]);
    const initializes = visit.apiCalls.filter((call) => call.fn === 'Initialize');
    expect(initializes.map((call) => call.error)).toEqual(['0', '103', '103']);
    const user = storedUser(moodle, activity.cmid);
    expect(elementsOf(user, first!.identifier)).toMatchObject({ 'cmi.completion_status': 'incomplete' });
    expect(elementsOf(user, second!.identifier)).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '100' });
    expect(interactionIds(elementsOf(user, second!.identifier)).length).toBeGreaterThan(0);
    expect(elementsOf(user, third!.identifier)).toMatchObject({ 'cmi.completion_status': 'incomplete', 'cmi.exit': 'suspend' });
    // One lesson of eleven done: 1, not the 100 that "highest grade" would give after one lesson.
    expect(user.gradebook?.grade).toBe(1);
    const answered = visit.seen[0]!.answers;
    expect(answered.some((question) => question.checked.length > 0 || question.selects.some((value) => value !== ''))).toBe(true);

    const resumed = play(moodle, activity.cmid, [{ open: third!.title, steps: ['look'] }]);
    expect(scoErrors(resumed)).toEqual([]);
    expect(resumed.seen[0]).toMatchObject({ submit: true });
    expect(resumed.seen[0]!.answers).toEqual(answered);
  }, 300_000);
});
