/**
 * SCORM 1.2 packages in the real Moodle 5.1: a lesson zip failed (stays incomplete, also with
 * "mastery score overrides status" on), taken again after a relaunch and passed (both attempts'
 * answers kept, grade = best), reopened in review mode (nothing changes); the same failure with
 * the override off; the course zip with three lessons opened in one visit (all tracked).
 */
import { join } from 'node:path';
import { describeWith, moodleHarness, MOODLE_HOW } from '../harness/real-service';
import { addScorm, buildScorm, courseLabels, elementsOf, interactionIds, play, scoErrors, storedUser, withoutVisitStamps } from './moodle';

const labels = courseLabels();
const LESSON = 's2-3';

describeWith('SCORM 1.2 in Moodle 5.1', moodleHarness, MOODLE_HOW, (moodle) => {
  let build: { dir: string; cleanup: () => void };
  beforeAll(async () => {
    build = await buildScorm();
  }, 120_000);
  afterAll(() => build?.cleanup());

  test('a lesson zip: failed, taken again after a relaunch and passed; both attempts kept, grade 100; review mode changes nothing', () => {
    const activity = addScorm(moodle, join(build.dir, `scorm12/lessons/${LESSON}.zip`), 'cp-m12-12-lesson', ['--masteryoverride=1']);
    expect(activity.version).toBe('SCORM_1.2');
    expect(activity.warnings).toEqual([]);
    const item = `ITEM-${LESSON}`;

    const failed = play(moodle, activity.cmid, [{ steps: ['read', 'start', 'wrong', 'submit'] }]);
    expect(scoErrors(failed)).toEqual([]);
    let user = storedUser(moodle, activity.cmid);
    let elements = elementsOf(user, item);
    // The package has no mastery score, so Moodle's override leaves the player's status alone.
    expect(elements).toMatchObject({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.score.raw': '0' });
    const firstAttempt = interactionIds(elements);
    expect(firstAttempt.length).toBeGreaterThan(0);
    expect(user.gradebook?.grade).toBe(0);

    const retried = play(moodle, activity.cmid, [{ steps: ['again', 'right', 'submit'] }]);
    expect(scoErrors(retried)).toEqual([]);
    user = storedUser(moodle, activity.cmid);
    elements = elementsOf(user, item);
    expect(elements).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100' });
    const both = interactionIds(elements);
    expect(both).toHaveLength(firstAttempt.length * 2);
    expect(both.slice(0, firstAttempt.length)).toEqual(firstAttempt);
    expect(user.gradebook?.grade).toBe(100);

    const reviewed = play(moodle, activity.cmid, [{ steps: ['look'] }]);
    expect(scoErrors(reviewed)).toEqual([]);
    expect(reviewed.apiCalls.find((call) => call.args[0] === 'cmi.core.lesson_mode')?.result).toBe('review');
    expect(reviewed.apiCalls.filter((call) => call.fn === 'LMSSetValue')).toEqual([]);
    expect(reviewed.seen[0]).toMatchObject({ quizStart: false, tryAgain: false, submit: false });
    expect(reviewed.seen[0]!.notices).toEqual([labels.reviewNotice]);
    const after = storedUser(moodle, activity.cmid);
    expect(withoutVisitStamps(elementsOf(after, item))).toEqual(withoutVisitStamps(elements));
    expect(after.gradebook?.grade).toBe(100);
  }, 300_000);

  test('with "mastery score overrides status" off a failed lesson is stored the same: incomplete with its score', () => {
    const activity = addScorm(moodle, join(build.dir, `scorm12/lessons/${LESSON}.zip`), 'cp-m12-12-nomastery', ['--masteryoverride=0']);
    const failed = play(moodle, activity.cmid, [{ steps: ['read', 'start', 'first-right', 'submit'] }], 'student2');
    expect(scoErrors(failed)).toEqual([]);
    const user = storedUser(moodle, activity.cmid, 'student2');
    const elements = elementsOf(user, `ITEM-${LESSON}`);
    expect(elements['cmi.core.lesson_status']).toBe('incomplete');
    const raw = Number(elements['cmi.core.score.raw']);
    expect(raw).toBeGreaterThan(0);
    expect(raw).toBeLessThan(70);
    expect(user.gradebook?.grade).toBe(raw);
  }, 300_000);

  test('the course zip: every lesson opened in one visit is tracked', () => {
    const activity = addScorm(moodle, join(build.dir, 'scorm12/security-central-asia.zip'), 'cp-m12-12-course');
    const scos = activity.scoes.filter((sco) => sco.scormtype === 'sco');
    const [first, second, third] = scos;
    const visit = play(moodle, activity.cmid, [
      { steps: ['read'] },
      { open: second!.title, steps: ['read', 'start', 'right', 'submit'] },
      { open: third!.title, steps: ['read'] },
    ]);
    expect(scoErrors(visit)).toEqual([]);
    expect(visit.apiCalls.filter((call) => call.fn === 'LMSInitialize').map((call) => call.result)).toEqual(['true', 'true', 'true']);
    const user = storedUser(moodle, activity.cmid);
    expect(elementsOf(user, first!.identifier)['cmi.core.lesson_location']).toBeDefined();
    expect(elementsOf(user, second!.identifier)).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100' });
    expect(elementsOf(user, third!.identifier)['cmi.core.lesson_location']).toBeDefined();
  }, 300_000);
});
