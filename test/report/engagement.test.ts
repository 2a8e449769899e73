/** Who is stuck and where learners stop, from plain tracking data (any source). */
import { analyse } from '../../src/report/analysis/index';
import { reportInput } from '../../src/report/analysis/input';
import type { TrackingData, TrackRecord } from '../../src/report/model';
import { csvFiles } from '../../src/report/outputs/csv';
import { reportHtml } from '../../src/report/outputs/html/page';
import { terminalSummary } from '../../src/report/outputs/terminal';

const lessons = [{ id: 'l1', title: '1 One' }, { id: 'l2', title: '2 Two' }];
const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const learners = ['ann', 'bob', 'cem', 'dan'].map((key) => ({ key, name: key.toUpperCase() }));

const records: TrackRecord[] = [
  // ann passed l1 long ago: finished, never stuck.
  { kind: 'visit', learner: 'ann', lesson: 'l1', timestamp: at(1) },
  { kind: 'verdict', learner: 'ann', lesson: 'l1', timestamp: at(1), verdict: 'passed', score: 90 },
  { kind: 'screens', learner: 'ann', lesson: 'l1', timestamp: at(1), screenCount: 4, visited: [0, 1, 2, 3] },
  // bob stopped in l1 on screen 2, 10 days before "now".
  { kind: 'visit', learner: 'bob', lesson: 'l1', timestamp: at(5) },
  { kind: 'screens', learner: 'bob', lesson: 'l1', timestamp: at(5), screenCount: 4, visited: [0, 1] },
  // cem failed l2 12 days before and did not come back; was in l1 yesterday.
  { kind: 'visit', learner: 'cem', lesson: 'l2', timestamp: at(3) },
  { kind: 'verdict', learner: 'cem', lesson: 'l2', timestamp: at(3), verdict: 'failed', score: 20 },
  { kind: 'visit', learner: 'cem', lesson: 'l1', timestamp: at(14) },
  { kind: 'screens', learner: 'cem', lesson: 'l1', timestamp: at(14), screenCount: 4, visited: [0] },
  { kind: 'screens', learner: 'cem', lesson: 'l1', timestamp: at(14), screenCount: 4, visited: [1] },
  // dan never started anything.
];

const data: TrackingData = { source: { kind: 'moodle-csv', file: 'x', rows: 0 }, learners, records, items: [], skipped: {} };
const now = new Date('2025-03-15T10:00:00.000Z');

test('stuck: started, unfinished, idle at least the threshold; longest idle first', () => {
  const analysis = analyse(reportInput(data, lessons, new Map()), { now, stuckDays: 7 });
  expect(analysis.engagement.stuck.map((entry) => [entry.name, entry.lesson, entry.status, entry.daysIdle])).toEqual([
    ['CEM', 'l2', 'failed', 12],
    ['BOB', 'l1', 'in-progress', 10],
  ]);
  const progress = csvFiles(analysis)['progress.csv'].split('\r\n');
  expect(progress[0]).toMatch(/,last_activity,days_idle,stuck$/);
  expect(progress.filter((line) => line.endsWith(',yes')).map((line) => line.split(',').slice(0, 3).join(','))).toEqual(['BOB,bob,l1', 'CEM,cem,l2']);
  expect(progress.find((line) => line.startsWith('CEM,cem,l1'))).toMatch(/,1,$/);
  const summary = terminalSummary(analysis, { courseTitle: 'C', language: 'en', source: data.source }, []);
  expect(summary).toContain('Stuck (started, no progress for 7 days or more): 2\n  CEM: 2 Two (failed, 12 days)\n  BOB: 1 One (in progress, 10 days)\n');
  expect(analyse(reportInput(data, lessons, new Map()), { now, stuckDays: 11 }).engagement.stuck.map((entry) => entry.name)).toEqual(['CEM']);
});

test('funnels: by lesson from the statuses, by screen from the screens seen (attempts add up)', () => {
  const analysis = analyse(reportInput(data, lessons, new Map()), { now });
  const [l1, l2] = analysis.engagement.funnel;
  expect(l1).toMatchObject({ learners: 4, started: 3, completed: 1, passed: 1, screens: [3, 3, 1, 1], screenLearners: 3 });
  expect(l2).toMatchObject({ learners: 4, started: 1, completed: 0, passed: 0, screens: [], screenLearners: 0 });
  const funnel = csvFiles(analysis)['funnel.csv'].replace(/^\uFEFF/, '').split('\r\n');
  expect(funnel.slice(0, 9)).toEqual([
    'lesson,lesson_title,step,learners,share',
    'l1,1 One,enrolled,4,1.0000',
    'l1,1 One,started,3,0.7500',
    'l1,1 One,completed,1,0.2500',
    'l1,1 One,passed,1,0.2500',
    'l1,1 One,screen 1,3,1.0000',
    'l1,1 One,screen 2,3,1.0000',
    'l1,1 One,screen 3,1,0.3333',
    'l1,1 One,screen 4,1,0.3333',
  ]);
  const html = reportHtml(analysis, { courseTitle: 'C', language: 'en', source: data.source });
  expect(html).toContain('<h2 id="stops">Where learners stop</h2>');
  expect(html).toContain('Learners per screen: 3, 3, 1, 1');
});
