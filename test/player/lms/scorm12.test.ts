import { createScorm12Adapter } from '../../../src/player/lms/scorm12';
import { createLmsSession, screensOnly } from '../../../src/player/lms/session';
import type { LessonProgress, LmsProblem } from '../../../src/player/lms/adapter';
import { restoreProgress, visitScreen } from '../../../src/player/progress';
import { FakeScorm12Api } from './fake-scorm12-api';

/** A learner's visit: start, move through `screens` in order with a clock, leave. */
function launch(api: FakeScorm12Api, screenCount: number) {
  let clock = 1_000_000;
  const problems: LmsProblem[] = [];
  const context = {
    courseId: 'c',
    lessonId: 'l',
    screenCount,
    quiz: null,
    now: () => clock,
    onProblem: (problem: LmsProblem) => problems.push(problem),
  };
  const session = createLmsSession(createScorm12Adapter(api, context), screensOnly(screenCount), context.now);
  const saved = session.begin();
  let progress: LessonProgress = restoreProgress(saved, screenCount);
  session.update(progress);
  return {
    saved,
    problems,
    session,
    get progress() {
      return progress;
    },
    go(index: number, afterMs = 2_000) {
      clock += afterMs;
      progress = visitScreen(progress, index);
      session.update(progress);
    },
    wait(ms: number) {
      clock += ms;
    },
  };
}

describe('SCORM 1.2 adapter with the commit policy', () => {
  it('marks a first launch incomplete, completes after the last screen and ends cleanly', () => {
    const api = new FakeScorm12Api();
    const visit = launch(api, 4);
    expect(visit.saved).toBeNull();
    expect(api.data['cmi.core.lesson_status']).toBe('incomplete');
    visit.go(1);
    visit.go(2);
    expect(api.commits).toBe(0);
    visit.go(3);
    expect(api.data['cmi.core.lesson_status']).toBe('completed');
    expect(api.commits).toBe(1); // committed the moment the lesson became completed
    visit.wait(83_000);
    visit.session.pageHidden();
    visit.session.end();
    visit.session.end(); // pagehide then beforeunload: still one finish
    expect(api.statusWrites).toEqual(['incomplete', 'completed']);
    expect(api.exitWrites).toEqual(['suspend', '']);
    expect(api.data['cmi.core.session_time']).toBe('0000:01:29.00');
    expect(api.data['cmi.core.lesson_location']).toBe('3');
    expect(api.finishes).toBe(1);
    expect(api.commits).toBe(2); // completion and page hidden; leaving is no commit of its own
    const finishAt = api.calls.indexOf('LMSFinish');
    expect(api.calls.slice(finishAt + 1)).toEqual([]);
    expect(api.violations).toEqual([]);
    expect(visit.problems).toEqual([]);
  });

  it('ends the session with the values written and LMSFinish, without an LMSCommit browsers refuse at unload', () => {
    const api = new FakeScorm12Api();
    const visit = launch(api, 5);
    visit.go(1);
    visit.go(2, 40_000); // a commit from navigation
    const commitsBefore = api.calls.lastIndexOf('LMSCommit');
    visit.go(3);
    visit.session.end();
    const leaving = api.calls.slice(commitsBefore + 1);
    expect(leaving).not.toContain('LMSCommit');
    expect(leaving.filter((call) => call.startsWith('LMSSetValue'))).toEqual([
      'LMSSetValue cmi.core.lesson_location',
      'LMSSetValue cmi.suspend_data',
      'LMSSetValue cmi.core.session_time',
    ]);
    expect(leaving[leaving.length - 1]).toBe('LMSFinish');
    expect(api.data['cmi.core.lesson_location']).toBe('3');
    expect(api.data['cmi.core.session_time']).toBe('0000:00:44.00');
    expect(visit.problems).toEqual([]);
    expect(api.violations).toEqual([]);
  });

  it('resumes at the bookmark with the screens seen before', () => {
    const first = new FakeScorm12Api();
    const visit = launch(first, 10);
    visit.go(4);
    visit.go(7);
    visit.session.end();
    expect(first.data['cmi.core.exit']).toBe('suspend');

    const second = first.relaunch();
    const again = launch(second, 10);
    expect(again.saved).toEqual({ location: 7, visited: [0, 4, 7], quiz: null });
    expect(again.progress.location).toBe(7);
    expect(second.statusWrites).toEqual([]); // already incomplete: nothing to write
    again.session.end();
    expect(second.violations).toEqual([]);
  });

  it('commits rarely: 20 navigations two seconds apart give one commit before leaving', () => {
    const api = new FakeScorm12Api();
    const visit = launch(api, 30);
    for (let screen = 1; screen <= 20; screen += 1) visit.go(screen);
    expect(api.commits).toBe(1); // at 30 s
    visit.session.pageHidden();
    visit.session.end();
    expect(api.commits).toBe(2);
    expect(api.data['cmi.core.lesson_status']).toBe('incomplete');
    expect(api.violations).toEqual([]);
  });

  it('never downgrades a lesson the LMS already holds as passed', () => {
    const api = new FakeScorm12Api({ 'cmi.core.lesson_status': 'passed', 'cmi.core.entry': '' });
    const visit = launch(api, 3);
    visit.go(1);
    visit.go(2);
    visit.session.end();
    expect(api.statusWrites).toEqual([]);
    expect(api.data['cmi.core.lesson_status']).toBe('passed');
    expect(api.exitWrites).toEqual(['']);
    expect(api.violations).toEqual([]);
  });

  it('keeps completed when a revisit reads only part of the lesson', () => {
    const api = new FakeScorm12Api({ 'cmi.core.lesson_status': 'completed', 'cmi.core.entry': '' });
    const visit = launch(api, 5);
    visit.go(1);
    visit.session.end();
    expect(api.statusWrites).toEqual([]);
    expect(api.data['cmi.core.exit']).toBe('');
  });

  it('starts fresh on a new attempt even if the LMS still holds old data', () => {
    const api = new FakeScorm12Api({
      'cmi.core.entry': 'ab-initio',
      'cmi.core.lesson_location': '3',
      'cmi.suspend_data': '1.5.P',
    });
    expect(launch(api, 5).saved).toBeNull();
  });

  it('ignores suspend data it cannot read and keeps a valid bookmark', () => {
    const api = new FakeScorm12Api({
      'cmi.core.entry': 'resume',
      'cmi.core.lesson_location': '2',
      'cmi.suspend_data': '{"old":"format"}',
    });
    expect(launch(api, 5).saved).toEqual({ location: 2, visited: [], quiz: null });
    const garbage = new FakeScorm12Api({
      'cmi.core.entry': 'resume',
      'cmi.core.lesson_location': 'page-two',
      'cmi.suspend_data': 'xx',
    });
    const visit = launch(garbage, 5);
    expect(visit.saved).toBeNull();
    expect(visit.progress).toEqual({ location: 0, visited: [0], quiz: null });
  });

  it('keeps suspend_data far under 4,096 characters for 500 screens', () => {
    const api = new FakeScorm12Api();
    const visit = launch(api, 500);
    for (let screen = 1; screen < 500; screen += 1) visit.go(screen, 100);
    visit.session.end();
    expect(api.data['cmi.suspend_data'].length).toBeLessThan(200);
    expect(api.data['cmi.core.lesson_status']).toBe('completed');
    expect(api.violations).toEqual([]);
  });

  it('reports a refused write with the LMS error code', () => {
    const api = new FakeScorm12Api();
    api.refuse = { element: 'cmi.suspend_data', code: '405' };
    const visit = launch(api, 3);
    visit.go(1);
    expect(visit.problems[0]).toEqual({ code: '405', operation: 'LMSSetValue cmi.suspend_data' });
  });

  it('does nothing more when LMSInitialize fails', () => {
    const api = new FakeScorm12Api();
    api.LMSInitialize('');
    const callsBefore = api.calls.length;
    const visit = launch(api, 3);
    visit.go(1);
    visit.session.end();
    expect(visit.problems).toEqual([{ code: '101', operation: 'LMSInitialize' }]);
    expect(api.calls.slice(callsBefore)).toEqual(['LMSInitialize', 'LMSGetLastError']);
  });

  it('writes nothing at all in review or browse mode, and says it is not recording (Moodle stores what a SCO writes then)', () => {
    for (const mode of ['review', 'browse']) {
      const api = new FakeScorm12Api({ 'cmi.core.lesson_mode': mode, 'cmi.core.entry': 'resume', 'cmi.core.lesson_location': '3', 'cmi.core.lesson_status': 'completed' });
      const writes: string[] = [];
      const set = api.LMSSetValue.bind(api);
      api.LMSSetValue = (element: string, value: string) => {
        writes.push(element);
        return set(element, value);
      };
      const adapter = createScorm12Adapter(api, { courseId: 'c', lessonId: 'l', screenCount: 4, quiz: null, now: () => 0, onProblem: () => undefined });
      const session = createLmsSession(adapter, 4, () => 0);
      session.begin();
      expect(adapter.isRecording?.()).toBe(false);
      session.update({ location: 0, visited: [0], quiz: null });
      session.end();
      expect(writes).toEqual([]);
      expect(api.data['cmi.core.lesson_location']).toBe('3');
      expect(api.violations).toEqual([]);
    }
  });

  it('keeps the lesson running when the LMS API throws', () => {
    const api = new FakeScorm12Api();
    const visit = launch(api, 3);
    api.LMSCommit = () => {
      throw new Error("Can't execute code from a freed script");
    };
    expect(() => visit.go(1, 40_000)).not.toThrow();
    expect(visit.problems).toEqual([{ code: '101', operation: 'LMSCommit' }]);
    expect(() => visit.session.end()).not.toThrow();
    expect(api.finishes).toBe(0);
  });
});
