/**
 * `coursepack export moodle-backup` in the real Moodle 5.1: the backup of the project's course
 * (with a quiz per chapter, 2 random questions per lesson) restored with Moodle's CLI as a new
 * course, and through Moodle's restore pages by a teacher into an empty course of theirs; both
 * give the course's sections (names, overviews), a SCORM activity per lesson with its package and
 * the settings of docs/decisions.md, the question categories course → chapter → lesson with the
 * questions of each Moodle type the banks predict, the chapter quizzes and a gradebook category
 * per chapter. A student plays one lesson (its grade reaches the gradebook) and attempts a chapter
 * quiz (graded as answered). Restored again, a second course gets Moodle's "_N" names. The SCO rows
 * the backup carries equal what Moodle's parser writes on upload (1.2 and 2004). A lesson without a
 * quiz: completed on view, graded 1 of 1 once read.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chapterLabel, lessonLabel } from '../../src/export/text';
import { loadCourse } from '../../src/load/index';
import { courseTitle, type Course } from '../../src/model/course';
import { loadBanks, shippedItems } from '../../src/quiz/bank/select';
import { describeWith, moodleHarness, MOODLE_HOW, type MoodleHarness } from '../harness/real-service';
import { readMbz } from '../export/moodle-backup/mbz';
import { addScorm, COURSE_DIR, play, resultJson, ROOT, run, scoErrors, storedUser } from './moodle';

const PER_LESSON = 2;

interface RestoredActivity {
  readonly cmid: number;
  readonly modname: string;
  readonly name: string;
  readonly visible: number;
  readonly completion: number;
  readonly completionview: number;
  readonly completiongradeitemnumber: string | null;
  readonly [setting: string]: unknown;
  readonly scoes?: { identifier: string; launch: string; scormtype: string; data: string[]; objectives: unknown[] }[];
  readonly package?: string[];
  readonly contentfiles?: number;
  readonly slots?: { category: string }[];
}

interface Restored {
  readonly id: number;
  readonly shortname: string;
  readonly fullname: string;
  readonly format: string;
  readonly enablecompletion: number;
  readonly sections: { number: number; name: string | null; summary: string; activities: RestoredActivity[] }[];
  readonly questioncategories: { name: string; parent: string | null; qtypes: Record<string, number> | [] }[];
  readonly gradecategories: { name: string | null; items: { module: string; name: string; grademax: number; gradepass: number }[] }[];
}

function restored(moodle: MoodleHarness, courseId: number): Restored {
  const out = run('php', [join(__dirname, 'drivers/restored-course.php'), moodle.dir, String(courseId)]);
  if (out.status !== 0) throw new Error(`restored-course.php failed:\n${out.stdout}\n${out.stderr}`);
  return JSON.parse(out.stdout) as Restored;
}

function restoreWithCli(moodle: MoodleHarness, file: string): number {
  const out = run('php', ['admin/cli/restore_backup.php', `--file=${file}`, '--categoryid=1'], {}, join(moodle.dir, 'code'));
  const id = /Restored course ID: (\d+)/.exec(out.stdout)?.[1];
  if (out.status !== 0 || id === undefined) throw new Error(`restore_backup.php failed (${out.status}):\n${out.stdout.slice(-3000)}\n${out.stderr.slice(-3000)}`);
  return Number(id);
}

/** Enrols teacher1, student1 and student2 in the course of that short name (the harness's accounts). */
function enrol(moodle: MoodleHarness, shortName: string): { courseid: number; contextid: number } {
  const out = run('php', [join(__dirname, 'drivers/empty-course.php'), moodle.dir, shortName]);
  if (out.status !== 0) throw new Error(`empty-course.php failed:\n${out.stdout}\n${out.stderr}`);
  return resultJson(out);
}

/** The course as the test expects to find it: from the sources and banks as they are now. */
async function expectedCourse(): Promise<{ course: Course; lessonTypes: Map<string, Record<string, number>> }> {
  const { course } = await loadCourse(COURSE_DIR);
  if (course === null) throw new Error('course/ does not load');
  const { banks } = await loadBanks(course, join(ROOT, 'quizzes'));
  const moodleType = { choice: 'multichoice', 'multiple-response': 'multichoice', 'true-false': 'truefalse', matching: 'match', ordering: 'ordering' } as const;
  const lessonTypes = new Map<string, Record<string, number>>();
  for (const lesson of course.lessons) {
    const counts: Record<string, number> = {};
    for (const item of shippedItems(banks.get(lesson.id) ?? { items: [] } as never, course.settings.quiz)) counts[moodleType[item.kind]] = (counts[moodleType[item.kind]] ?? 0) + 1;
    if (Object.keys(counts).length > 0) lessonTypes.set(lesson.id, counts);
  }
  return { course, lessonTypes };
}

/** What a teacher sees of the course: sections with their activities, categories, gradebook. */
function expectCourseShape(result: Restored, course: Course, lessonTypes: Map<string, Record<string, number>>): void {
  expect(result.format).toBe('topics');
  expect(result.enablecompletion).toBe(1);
  const sections = result.sections.filter((section) => section.number > 0);
  const chaptersInOrder = [...new Set(course.lessons.map((lesson) => lesson.chapter ?? `lesson:${lesson.id}`))];
  expect(sections.map((section) => section.name)).toEqual(chaptersInOrder.map((key) => {
    const chapter = course.chapters.find((entry) => entry.id === key);
    return chapter ? chapterLabel(chapter) : lessonLabel(course.lessons.find((lesson) => `lesson:${lesson.id}` === key)!);
  }));
  for (const section of sections) {
    const chapter = course.chapters.find((entry) => chapterLabel(entry) === section.name);
    const lessons = course.lessons.filter((lesson) => (chapter ? lesson.chapter === chapter.id : lessonLabel(lesson) === section.name));
    // The overview's first words, as HTML paragraphs.
    if (chapter?.overview) expect(section.summary).toContain(`<p>${chapter.overview.trim().split(/\s+/).slice(0, 5).join(' ')}`);
    const scorms = section.activities.filter((activity) => activity.modname === 'scorm');
    expect(scorms.map((activity) => activity.name)).toEqual(lessons.map(lessonLabel));
    for (const [i, activity] of scorms.entries()) {
      const lesson = lessons[i]!;
      const graded = lessonTypes.has(lesson.id);
      expect(activity).toMatchObject({
        version: 'SCORM_1.2', reference: `${lesson.id}.zip`, package: [`${lesson.id}.zip`], visible: 1, completion: 2,
        grademethod: graded ? '1' : '0', whatgrade: '0', maxattempt: '0', forcenewattempt: '0', skipview: '0', popup: '0',
        completionview: graded ? 0 : 1, completionstatusrequired: graded ? '6' : null,
      });
      expect(activity.scoes?.find((sco) => sco.scormtype === 'sco')).toMatchObject({ identifier: `ITEM-${lesson.id}`, launch: `lessons/${lesson.id}/index.html` });
      expect(activity.contentfiles).toBeGreaterThanOrEqual(4);
    }
    const quizzes = section.activities.filter((activity) => activity.modname === 'quiz');
    const drawn = lessons.filter((lesson) => lessonTypes.has(lesson.id));
    expect(quizzes).toHaveLength(chapter && drawn.length > 0 ? 1 : 0);
    if (quizzes[0]) {
      const perLesson = drawn.map((lesson) => [lessonLabel(lesson), Math.min(PER_LESSON, Object.values(lessonTypes.get(lesson.id)!).reduce((a, b) => a + b, 0))] as const);
      expect(quizzes[0].slots?.map((slot) => slot.category)).toEqual(perLesson.flatMap(([label, count]) => Array<string>(count).fill(label)));
      expect(quizzes[0]).toMatchObject({ grade: 10, sumgrades: perLesson.reduce((sum, [, count]) => sum + count, 0), completion: 2, completiongradeitemnumber: '0' });
    }
  }
  // Question categories: course → chapter → lesson, each lesson's questions per Moodle type.
  const title = courseTitle(course);
  for (const lesson of course.lessons) {
    const category = result.questioncategories.find((entry) => entry.name === lessonLabel(lesson));
    if (!lessonTypes.has(lesson.id)) {
      expect(category).toBeUndefined();
      continue;
    }
    const chapter = course.chapters.find((entry) => entry.id === lesson.chapter);
    expect(category?.parent).toBe(chapter ? chapterLabel(chapter) : title);
    expect(category?.qtypes).toEqual(lessonTypes.get(lesson.id));
  }
  for (const chapter of course.chapters) expect(result.questioncategories.find((entry) => entry.name === chapterLabel(chapter))?.parent).toBe(title);
  // Gradebook: a category per chapter holding its lessons and its quiz; other lessons in the course's.
  for (const chapter of course.chapters) {
    const category = result.gradecategories.find((entry) => entry.name === chapterLabel(chapter));
    const lessons = course.lessons.filter((lesson) => lesson.chapter === chapter.id);
    expect(category?.items.filter((item) => item.module === 'scorm').map((item) => item.name)).toEqual(lessons.map(lessonLabel));
    expect(category?.items.filter((item) => item.module === 'quiz')).toHaveLength(1);
    for (const item of category?.items.filter((entry) => entry.module === 'scorm') ?? []) expect(item).toMatchObject({ grademax: 100, gradepass: course.settings.quiz.passMark });
  }
  const top = result.gradecategories.find((entry) => entry.name === null);
  expect(top?.items.map((item) => item.name)).toEqual(course.lessons.filter((lesson) => lesson.chapter === undefined).map(lessonLabel));
}

/** N of Moodle's " copy N" / "_N" (both the same N), 0 for the names as written; -1 when the names are not the backup's. */
function copyNumber(course: Restored, shortName: string, source: Course): number {
  const short = new RegExp(`^${escapeRegExp(shortName)}(?:_(\\d+))?$`).exec(course.shortname);
  const full = new RegExp(`^${escapeRegExp(courseTitle(source))}(?: copy (\\d+))?$`).exec(course.fullname);
  if (!short || !full || short[1] !== full[1]) return -1;
  return Number(short[1] ?? 0);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The bytes of a file the backup carries in its pool, by its name in files.xml. */
function packageInBackup(file: string, name: string): Buffer {
  const entries = readMbz(readFileSync(file));
  const files = entries.find((entry) => entry.path === 'files.xml')!.content.toString('utf8');
  const hash = new RegExp(`<contenthash>([0-9a-f]{40})</contenthash>(?:(?!</file>)[\\s\\S])*<filename>${escapeRegExp(name)}</filename>`).exec(files)?.[1];
  const found = entries.find((entry) => entry.path === `files/${hash?.slice(0, 2)}/${hash}`);
  if (!found) throw new Error(`no ${name} in ${file}`);
  return found.content;
}

describeWith('a course backup (.mbz) restored in Moodle 5.1', moodleHarness, MOODLE_HOW, (moodle) => {
  let work = '';
  let file = '';
  let shortName = '';
  let expected: Awaited<ReturnType<typeof expectedCourse>>;
  let cliCourse: Restored;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'cp-moodle-backup-'));
    file = join(work, 'course.mbz');
    // A short name of its own each run: the tests can run again on the same Moodle.
    shortName = `cp-m16-${Date.now().toString(36)}`;
    const exported = run('node', [join(ROOT, 'bin/coursepack.js'), 'export', 'moodle-backup', '--chapter-quizzes', String(PER_LESSON), '--short-name', shortName, '--out', file], {}, ROOT);
    if (exported.status !== 0) throw new Error(`export failed:\n${exported.stdout}\n${exported.stderr}`);
    expected = await expectedCourse();
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('restored with Moodle\'s CLI: sections, SCORM activities, question categories and counts, chapter quizzes, gradebook', () => {
    const started = Date.now();
    const id = restoreWithCli(moodle, file);
    process.stdout.write(`  CLI restore: ${Math.round((Date.now() - started) / 100) / 10} s\n`);
    cliCourse = restored(moodle, id);
    // The names of the backup; Moodle adds " copy N" and "_N" to both when a course already has
    // either (the full name is the course's title: earlier runs on this Moodle have it).
    const copy = copyNumber(cliCourse, shortName, expected.course);
    expect(copy).toBeGreaterThanOrEqual(0);
    expectCourseShape(cliCourse, expected.course, expected.lessonTypes);
  }, 180_000);

  test('a student plays one lesson of the restored course: passed, its grade in the gradebook, the activity complete', () => {
    expect(cliCourse).toBeDefined();
    enrol(moodle, cliCourse.shortname);
    const lesson = expected.course.lessons.find((entry) => entry.chapter !== undefined && expected.lessonTypes.has(entry.id))!;
    const activity = cliCourse.sections.flatMap((section) => section.activities).find((entry) => entry.name === lessonLabel(lesson))!;
    const played = play(moodle, activity.cmid, [{ steps: ['read', 'start', 'right', 'submit'] }]);
    expect(scoErrors(played)).toEqual([]);
    const user = storedUser(moodle, activity.cmid);
    expect(user.gradebook?.grade).toBe(100);
    const completion = (user as unknown as { completion: { state_name: string } | null }).completion;
    expect(completion?.state_name).toMatch(/^complete/);
  }, 240_000);

  // the first question answered wrong, the others right: the quiz draws its questions at random
  // from the chapter's pool, so a rule by question type ("true/false wrong") could meet a draw of one type only
  test('a chapter quiz of the restored course attempted by a student: graded as answered (the first question wrong)', () => {
    expect(cliCourse).toBeDefined();
    const quiz = cliCourse.sections.flatMap((section) => section.activities).find((entry) => entry.modname === 'quiz')!;
    const pool = resultJson<{ quizid: number; slots: number; questions: { qtype: string }[] }>(run('php', [join(__dirname, 'drivers/quiz-questions.php'), moodle.dir, String(quiz.cmid)]));
    expect(pool.slots).toBe(quiz.slots?.length);
    const attempt = run('node', [join(__dirname, 'drivers/quiz-attempt.mjs'), moodle.dir, String(quiz.cmid)], {
      CP_QUESTIONS: JSON.stringify(pool.questions),
      CP_SLOTS: String(pool.slots),
      CP_WRONG_SLOTS: '1',
      MOODLE_URL: moodle.url,
    });
    const played = JSON.parse(attempt.stdout.trim().split('\n').pop() ?? '{}') as { ok: boolean; error?: string; answered: { qtype: string; right: boolean }[] };
    expect(played.error).toBeUndefined();
    expect(played.answered).toHaveLength(pool.slots);
    const right = played.answered.filter((entry) => entry.right).length;
    expect(pool.slots).toBeGreaterThan(1);
    expect(right).toBe(pool.slots - 1);
    const grade = run('php', ['-r', `define('CLI_SCRIPT', true); require '${join(moodle.dir, 'code/config.php')}'; echo $DB->get_field('quiz_grades', 'grade', ['quiz' => ${pool.quizid}, 'userid' => $DB->get_field('user', 'id', ['username' => 'student1'])]);`]);
    expect(Number(grade.stdout)).toBeCloseTo((10 * right) / pool.slots, 4);
  }, 240_000);

  test('restored through Moodle\'s restore pages by a teacher into their empty course: the same course', () => {
    expect(cliCourse).toBeDefined();
    const target = enrol(moodle, `${shortName}-web`);
    const web = run('node', [join(__dirname, 'drivers/restore-web.mjs'), moodle.dir, String(target.contextid), file], { MOODLE_URL: moodle.url });
    const result = JSON.parse(web.stdout.trim().split('\n').pop() ?? '{}') as { ok: boolean; error?: string; steps: string[] };
    expect(result.error).toBeUndefined();
    expect(result.steps.at(-1)).toMatch(/Perform restore → .*(restore process is pending|Restore completed|completed)/i);
    // Moodle 5.1 restores in the background (an ad hoc task); run it now instead of waiting for cron.
    const task = run('php', ['admin/cli/adhoc_task.php', '--execute', '--classname=\\core\\task\\asynchronous_restore_task'], {}, join(moodle.dir, 'code'));
    expect(task.status).toBe(0);
    const fromWeb = restored(moodle, target.courseid);
    expectCourseShape(fromWeb, expected.course, expected.lessonTypes);
    const shape = (course: Restored) => course.sections.map((section) => [section.name, section.activities.filter((a) => a.modname !== 'forum').map((a) => [a.modname, a.name])]);
    expect(shape(fromWeb)).toEqual(shape(cliCourse));
  }, 240_000);

  test('restored again as a new course beside the first: Moodle names it "<short name>_N" ("… copy N")', () => {
    expect(cliCourse).toBeDefined();
    const again = restored(moodle, restoreWithCli(moodle, file));
    expect(copyNumber(again, shortName, expected.course)).toBeGreaterThan(copyNumber(cliCourse, shortName, expected.course));
  }, 180_000);
  test('the SCO rows the backup carries are those Moodle\'s parser writes when the same lesson zip is uploaded, SCORM 1.2 and 2004', () => {
    expect(cliCourse).toBeDefined();
    const file2004 = join(work, 'course-2004.mbz');
    const exported = run('node', [join(ROOT, 'bin/coursepack.js'), 'export', 'moodle-backup', '--scorm', '2004', '--short-name', `${shortName}-2004`, '--out', file2004], {}, ROOT);
    expect(exported.status).toBe(0);
    const course2004 = restored(moodle, restoreWithCli(moodle, file2004));
    const lesson = expected.course.lessons.find((entry) => entry.chapter !== undefined && expected.lessonTypes.has(entry.id))!;
    for (const [backup, course, version] of [[file, cliCourse, 'SCORM_1.2'], [file2004, course2004, 'SCORM_1.3']] as const) {
      const activity = course.sections.flatMap((section) => section.activities).find((entry) => entry.name === lessonLabel(lesson))!;
      expect(activity.version).toBe(version);
      // The lesson zip inside the backup, uploaded as a teacher would (Moodle parses its manifest).
      const zip = join(work, `${lesson.id}.zip`);
      writeFileSync(zip, packageInBackup(backup, `${lesson.id}.zip`));
      const uploaded = addScorm(moodle, zip, `${shortName}-upload`, ['--completion=passed-or-completed']);
      const parsed = restored(moodle, resultJson<{ courseid: number }>(run('php', [join(__dirname, 'drivers/empty-course.php'), moodle.dir, `${shortName}-upload`])).courseid)
        .sections.flatMap((section) => section.activities).find((entry) => entry.cmid === uploaded.cmid)!;
      expect(activity.scoes).toEqual(parsed.scoes);
      expect(activity.version).toBe(parsed.version);
    }
  }, 240_000);
  test('a lesson without a quiz (its bank left out): read to the end by a student, the activity is complete and graded 1 of 1', () => {
    // The export fixture course (4 lessons), without the bank of lesson s1-2.
    const source = join(work, 'no-quiz');
    cpSync(join(ROOT, 'test/fixtures/export/course'), join(source, 'course'), { recursive: true });
    cpSync(join(ROOT, 'test/fixtures/export/quizzes'), join(source, 'quizzes'), { recursive: true });
    rmSync(join(source, 'quizzes/s1-2.quiz.yaml'));
    const backup = join(work, 'no-quiz.mbz');
    const short = `${shortName}-noquiz`;
    const exported = run('node', [join(ROOT, 'bin/coursepack.js'), 'export', 'moodle-backup', '--short-name', short, '--out', backup], {}, source);
    expect(exported.status).toBe(0);
    expect(exported.stderr).toContain('export/backup-lesson-without-quiz');
    const course = restored(moodle, restoreWithCli(moodle, backup));
    enrol(moodle, course.shortname);
    const activity = course.sections.flatMap((section) => section.activities).find((entry) => entry.name === '1.2 Теориялар')!;
    expect(activity).toMatchObject({ grademethod: '0', maxgrade: '1', completionview: 1, completionstatusrequired: null });
    const played = play(moodle, activity.cmid, [{ steps: ['read'] }]);
    expect(scoErrors(played)).toEqual([]);
    const user = storedUser(moodle, activity.cmid);
    expect(user.gradebook?.grade).toBe(1);
    const completion = (user as unknown as { completion: { state_name: string } | null }).completion;
    expect(completion?.state_name).toBe('complete');
  }, 240_000);
});
