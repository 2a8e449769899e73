/**
 * The course backup writer (src/export/moodle-backup): what Moodle's restore reads, checked on
 * the export fixture course with small stand-in lesson packages: the archive and its index,
 * moodle_backup.xml in course order, sections with their overviews, a SCORM activity per lesson
 * with its package in the file pool, the question bank as the Moodle XML export writes it (same
 * types and grades), chapter quizzes of random questions, the gradebook; byte-identical output;
 * and the bad cases with their diagnostics.
 */
import { createHash } from 'node:crypto';
import { writeMoodleBackup, type BackupOptions, type LessonPackage } from '../../../src/export/moodle-backup/index';
import { exportQuestionBanks } from '../../../src/export/index';
import type { Course } from '../../../src/model/course';
import type { QuestionBank } from '../../../src/model/quiz';
import { loadFixture, type Fixture } from '../helpers';
import { all, one, readXml, textOf, type XmlElement } from '../xml-tree';
import { fileText, readMbz, type Entry } from './mbz';

function packages(course: Course): Map<string, LessonPackage> {
  return new Map(course.lessons.map((lesson) => [lesson.id, {
    fileName: `${lesson.id}.zip`,
    zip: Buffer.from(`zip of ${lesson.id}`),
    files: [
      { path: 'imsmanifest.xml', content: `<manifest id="${lesson.id}"/>` },
      { path: `lessons/${lesson.id}/index.html`, content: `<p>${lesson.id}</p>` },
      { path: 'assets/player.js', content: 'player' },
    ],
    manifestId: `MANIFEST-${course.id}-LESSON-${lesson.id}`,
    organizationId: `ORG-${course.id}`,
    organizationTitle: lesson.title,
    itemId: `ITEM-${lesson.id}`,
    itemTitle: lesson.title,
    launch: `lessons/${lesson.id}/index.html`,
    objective: { id: `OBJ-${lesson.id}`, passingMeasure: 0.7 },
  }]));
}

const OPTIONS: BackupOptions = { scorm: '1.2', orderingAs: 'ordering', fileName: 'export-course.mbz' };

function backup(fixture: Fixture, options: Partial<BackupOptions> = {}, banks: ReadonlyMap<string, QuestionBank> = fixture.banks) {
  const result = writeMoodleBackup(fixture.course, banks, packages(fixture.course), { ...OPTIONS, ...options });
  return { result, entries: readMbz(result.bytes) };
}

/** The text of a backup element (backup XML holds values directly, not in `<text>`). */
function value(element: XmlElement, name: string): string {
  return one(element, name).text;
}

function xml(entries: readonly Entry[], path: string): XmlElement {
  return readXml(fileText(entries, path));
}

let fixture: Fixture;
beforeAll(async () => {
  fixture = await loadFixture();
});

describe('the archive', () => {
  test('a gzip ustar archive: the index first, then folders and files sorted, every time the fixed one', () => {
    const { entries } = backup(fixture);
    expect(entries[0]!.path).toBe('.ARCHIVE_INDEX');
    const paths = entries.slice(1).map((entry) => entry.path);
    const files = paths.filter((path) => !path.endsWith('/'));
    expect(files).toEqual([...files].sort());
    for (const path of paths.filter((entry) => entry.includes('/') && !entry.endsWith('/'))) {
      expect(paths.indexOf(`${path.slice(0, path.lastIndexOf('/'))}/`)).toBeLessThan(paths.indexOf(path));
    }
    expect(new Set(entries.map((entry) => entry.mtime))).toEqual(new Set([946684800]));
    const index = fileText(entries, '.ARCHIVE_INDEX').split('\n');
    expect(index[0]).toBe(`Moodle archive file index. Count: ${entries.length - 1}`);
    expect(index).toContain(`moodle_backup.xml\tf\t${entries.find((entry) => entry.path === 'moodle_backup.xml')!.content.byteLength}\t946684800`);
  });

  test('the same sources give the same bytes', () => {
    expect(Buffer.compare(Buffer.from(backup(fixture).result.bytes), Buffer.from(backup(fixture).result.bytes))).toBe(0);
  });
});

describe('moodle_backup.xml and the course', () => {
  test('a course backup of Moodle 5.1 in general mode, without users, listing sections and activities in course order', () => {
    const { entries } = backup(fixture, { chapterQuizzes: 1 });
    const info = one(xml(entries, 'moodle_backup.xml'), 'information');
    expect(value(info, 'backup_release')).toBe('5.1');
    expect(value(info, 'original_course_shortname')).toBe('export-course');
    expect(value(one(one(info, 'details'), 'detail'), 'mode')).toBe('10');
    const settings = Object.fromEntries(all(one(info, 'settings'), 'setting').filter((s) => value(s, 'level') === 'root').map((s) => [value(s, 'name'), value(s, 'value')]));
    expect(settings).toMatchObject({ users: '0', activities: '1', files: '1', filename: 'export-course.mbz' });
    const activities = all(one(one(info, 'contents'), 'activities'), 'activity').map((a) => `${value(a, 'modulename')}:${value(a, 'title')}`);
    expect(activities).toEqual([
      'qbank:Орталық Азия / қауіпсіздік',
      'scorm:КІРІСПЕ',
      'scorm:1.1 Аймақтық ұйымдар',
      'scorm:1.2 Теориялар',
      'quiz:Бөлім бойынша тест: 1 Аймақтық ұйымдар',
      'scorm:2.1 Су ресурстары <және> белгілер',
      'quiz:Бөлім бойынша тест: 2 Ресурстар: су {және} энергия',
    ]);
    for (const activity of all(one(one(info, 'contents'), 'activities'), 'activity')) {
      for (const file of ['module.xml', 'grades.xml', 'inforef.xml', 'roles.xml', 'completion.xml', `${value(activity, 'modulename')}.xml`]) {
        expect(entries.some((entry) => entry.path === `${value(activity, 'directory')}/${file}`)).toBe(true);
      }
    }
  });

  test('course.xml: title, short name, language, topics with completion; a section per chapter with its overview as HTML', () => {
    const { entries } = backup(fixture, { shortName: 'ca-security' });
    const course = xml(entries, 'course/course.xml');
    expect(value(course, 'fullname')).toBe('Орталық Азия / қауіпсіздік');
    expect(value(course, 'shortname')).toBe('ca-security');
    expect(value(course, 'lang')).toBe('kk');
    expect(value(course, 'format')).toBe('topics');
    expect(value(course, 'enablecompletion')).toBe('1');
    const sections = entries.filter((entry) => entry.path.endsWith('/section.xml')).map((entry) => readXml(entry.content.toString()));
    sections.sort((a, b) => Number(value(a, 'number')) - Number(value(b, 'number')));
    expect(sections.map((section) => value(section, 'name'))).toEqual(['$@NULL@$', 'КІРІСПЕ', '1 Аймақтық ұйымдар', '2 Ресурстар: су {және} энергия']);
  });

  test('the course description and a chapter overview (Markdown) arrive as HTML, raw HTML shown as text', () => {
    const course: Course = {
      ...fixture.course,
      description: { kk: 'Курс **туралы** <b>', en: 'About' },
      chapters: fixture.course.chapters.map((chapter, i) => (i === 0 ? { ...chapter, overview: 'Бірінші абзац.\n\nЕкінші *абзац*.' } : chapter)),
    };
    const entries = readMbz(writeMoodleBackup(course, fixture.banks, packages(course), OPTIONS).bytes);
    expect(value(xml(entries, 'course/course.xml'), 'summary')).toBe('<p>Курс <strong>туралы</strong> &lt;b&gt;</p>');
    const chapter = entries.filter((entry) => entry.path.endsWith('/section.xml')).map((entry) => readXml(entry.content.toString())).find((section) => value(section, 'name') === '1 Аймақтық ұйымдар')!;
    expect(value(chapter, 'summary')).toBe('<p>Бірінші абзац.</p>\n<p>Екінші <em>абзац</em>.</p>');
  });
});

describe('SCORM activities', () => {
  test('each lesson: its package and unpacked files in the pool, the settings that work in Moodle, the SCO rows', () => {
    const { entries } = backup(fixture);
    const files = all(xml(entries, 'files.xml'), 'file');
    const scorms = entries.filter((entry) => /^activities\/scorm_\d+\/scorm\.xml$/.test(entry.path));
    expect(scorms).toHaveLength(fixture.course.lessons.length);
    const first = readXml(scorms[0]!.content.toString());
    const scorm = one(first, 'scorm');
    expect(value(scorm, 'reference')).toBe('kirispe.zip');
    expect(value(scorm, 'version')).toBe('SCORM_1.2');
    expect(value(scorm, 'sha1hash')).toBe(createHash('sha1').update('zip of kirispe').digest('hex'));
    expect(value(scorm, 'grademethod')).toBe('1');
    expect(value(scorm, 'whatgrade')).toBe('0');
    expect(value(scorm, 'forcenewattempt')).toBe('0');
    expect(value(scorm, 'skipview')).toBe('0');
    expect(value(scorm, 'popup')).toBe('0');
    expect(value(scorm, 'completionstatusrequired')).toBe('6');
    const scoes = all(one(scorm, 'scoes'), 'sco');
    expect(scoes.map((sco) => value(sco, 'identifier'))).toEqual(['ORG-export-course', 'ITEM-kirispe']);
    expect(value(scorm, 'launch')).toBe(scoes[1]!.attributes.id);
    const contextId = first.attributes.contextid;
    const own = files.filter((file) => value(file, 'contextid') === contextId);
    expect(own.filter((file) => value(file, 'filename') !== '.').map((file) => `${value(file, 'filearea')}:${value(file, 'filepath')}${value(file, 'filename')}`).sort())
      .toEqual(['content:/assets/player.js', 'content:/imsmanifest.xml', 'content:/lessons/kirispe/index.html', 'package:/kirispe.zip']);
    for (const file of own.filter((entry) => value(entry, 'filename') !== '.')) {
      const hash = value(file, 'contenthash');
      const pooled = entries.find((entry) => entry.path === `files/${hash.slice(0, 2)}/${hash}`);
      expect(createHash('sha1').update(pooled!.content).digest('hex')).toBe(hash);
    }
    const inforef = xml(entries, `${scorms[0]!.path.replace('scorm.xml', 'inforef.xml')}`);
    expect(all(one(inforef, 'fileref'), 'file').map((file) => value(file, 'id')).sort()).toEqual(own.map((file) => file.attributes.id).sort());
  });

  test('SCORM 2004: version 1.3, choice and flow on the organization, the lesson\'s objective satisfied by its pass mark', () => {
    const { entries } = backup(fixture, { scorm: '2004' });
    const path = entries.find((entry) => /^activities\/scorm_\d+\/scorm\.xml$/.test(entry.path))!.path;
    const scorm = one(xml(entries, path), 'scorm');
    expect(value(scorm, 'version')).toBe('SCORM_1.3');
    const [organization, item] = all(one(scorm, 'scoes'), 'sco');
    expect(all(one(organization!, 'sco_datas'), 'sco_data').map((data) => `${value(data, 'name')}=${value(data, 'value')}`)).toEqual(['choice=1', 'flow=1']);
    const objective = one(one(item!, 'seq_objectives'), 'seq_objective');
    expect([value(objective, 'objectiveid'), value(objective, 'satisfiedbymeasure'), value(objective, 'minnormalizedmeasure')]).toEqual(['OBJ-kirispe', '1', '0.7']);
  });
});

describe('question bank', () => {
  test('categories course → chapter → lesson; each question of the type and grades the Moodle XML export writes', () => {
    const { entries, result } = backup(fixture);
    const categories = all(xml(entries, 'questions.xml'), 'question_category');
    const byId = new Map(categories.map((category) => [category.attributes.id, category]));
    const path = (category: XmlElement): string[] => {
      const parent = byId.get(value(category, 'parent'));
      return parent ? [...path(parent), value(category, 'name')] : [];
    };
    const withQuestions = categories.filter((category) => all(one(category, 'question_bank_entries'), 'question_bank_entry').length > 0);
    expect(withQuestions.map((category) => path(category).join(' > '))).toEqual([
      'Орталық Азия / қауіпсіздік > КІРІСПЕ',
      'Орталық Азия / қауіпсіздік > 1 Аймақтық ұйымдар > 1.1 Аймақтық ұйымдар',
      'Орталық Азия / қауіпсіздік > 1 Аймақтық ұйымдар > 1.2 Теориялар',
      'Орталық Азия / қауіпсіздік > 2 Ресурстар: су {және} энергия > 2.1 Су ресурстары <және> белгілер',
    ]);
    // The Moodle XML export of the same banks: same names, Moodle types and answer grades.
    const moodleXml = readXml(exportQuestionBanks(fixture.course, fixture.banks, { format: 'moodle-xml', include: 'approved', orderingAs: 'ordering' }).text);
    const xmlType: Record<string, string> = { matching: 'match' };
    const fromXml = all(moodleXml, 'question').filter((q) => q.attributes.type !== 'category').map((q) => ({
      name: textOf(q, 'name'),
      qtype: xmlType[q.attributes.type!] ?? q.attributes.type,
      fractions: all(q, 'answer').map((answer) => (Number(answer.attributes.fraction) / (q.attributes.type === 'ordering' ? 1 : 100)).toFixed(7)),
    }));
    const fromBackup = withQuestions.flatMap((category) => all(one(category, 'question_bank_entries'), 'question_bank_entry')).map((entry) => {
      const question = one(one(one(one(entry, 'question_version'), 'question_versions'), 'questions'), 'question');
      const plugin = question.children.find((child) => child.name.startsWith('plugin_qtype_'))!;
      const answers = plugin.children.find((child) => child.name === 'answers');
      return { name: value(question, 'name'), qtype: value(question, 'qtype'), fractions: answers ? all(answers, 'answer').map((answer) => value(answer, 'fraction')) : [] };
    });
    expect(fromBackup).toEqual(fromXml);
    expect(result.questionCount).toBe(fromXml.length);
  });

  test('chapter quizzes: random questions from each lesson category of the chapter, N per lesson', () => {
    const { entries } = backup(fixture, { chapterQuizzes: 2 });
    const categories = new Map(all(xml(entries, 'questions.xml'), 'question_category').map((category) => [category.attributes.id, value(category, 'name')]));
    const quizzes = entries.filter((entry) => /^activities\/quiz_\d+\/quiz\.xml$/.test(entry.path)).map((entry) => one(readXml(entry.content.toString()), 'quiz'));
    const drawn = quizzes.map((quiz) => all(one(quiz, 'question_instances'), 'question_instance').map((slot) => {
      const filter = JSON.parse(value(one(slot, 'question_set_reference'), 'filtercondition')) as { filter: { category: { values: string[] } } };
      return categories.get(filter.filter.category.values[0]!);
    }));
    expect(drawn).toEqual([
      ['1.1 Аймақтық ұйымдар', '1.1 Аймақтық ұйымдар', '1.2 Теориялар', '1.2 Теориялар'],
      ['2.1 Су ресурстары <және> белгілер', '2.1 Су ресурстары <және> белгілер'],
    ]);
    expect(quizzes.map((quiz) => value(quiz, 'sumgrades'))).toEqual(['4.00000', '2.00000']);
  });
});

describe('gradebook', () => {
  test('a category per chapter; each activity\'s grade item in its chapter\'s category, a lesson outside chapters in the course\'s', () => {
    const { entries } = backup(fixture, { chapterQuizzes: 1 });
    const gradebook = xml(entries, 'gradebook.xml');
    const categories = new Map(all(one(gradebook, 'grade_categories'), 'grade_category').map((category) => [category.attributes.id, value(category, 'fullname')]));
    expect([...categories.values()]).toEqual(['?', '1 Аймақтық ұйымдар', '2 Ресурстар: су {және} энергия']);
    const items = entries.filter((entry) => /^activities\/(scorm|quiz)_\d+\/grades\.xml$/.test(entry.path))
      .map((entry) => one(one(readXml(entry.content.toString()), 'grade_items'), 'grade_item'))
      .map((item) => `${categories.get(value(item, 'categoryid'))} ← ${value(item, 'itemmodule')} ${value(item, 'grademax')} pass ${value(item, 'gradepass')}`)
      .sort();
    expect(items).toEqual([
      '1 Аймақтық ұйымдар ← quiz 10.00000 pass 0.00000',
      '1 Аймақтық ұйымдар ← scorm 100.00000 pass 70.00000',
      '1 Аймақтық ұйымдар ← scorm 100.00000 pass 70.00000',
      '2 Ресурстар: су {және} энергия ← quiz 10.00000 pass 0.00000',
      '2 Ресурстар: су {және} энергия ← scorm 100.00000 pass 70.00000',
      '? ← scorm 100.00000 pass 70.00000',
    ]);
  });
});

describe('bad cases', () => {
  test('a course without banks: the lessons alone, no question bank, no quizzes, and it says so', () => {
    const { result, entries } = backup(fixture, { chapterQuizzes: 2 }, new Map());
    expect(result.diagnostics).toEqual([{
      code: 'export/backup-no-questions',
      severity: 'warning',
      message: 'no question bank of export-course holds an approved item (settings.quiz.include is approved): the backup holds the lessons without quizzes, no question bank and no chapter quizzes',
      hint: 'Write the banks with coursepack quiz generate and review them; until then every lesson is completed on view.',
    }]);
    expect(entries.some((entry) => /^activities\/(qbank|quiz)_/.test(entry.path))).toBe(false);
    expect(all(xml(entries, 'questions.xml'), 'question_category')).toEqual([]);
    const scorm = one(xml(entries, entries.find((entry) => /scorm_\d+\/scorm\.xml$/.test(entry.path))!.path), 'scorm');
    expect([value(scorm, 'grademethod'), value(scorm, 'maxgrade'), value(scorm, 'completionstatusrequired')]).toEqual(['0', '1', '$@NULL@$']);
  });

  test('a lesson without a quiz: its activity is completed on view, and it says which', () => {
    const banks = new Map([...fixture.banks].filter(([lessonId]) => lessonId !== 's1-2'));
    const { result, entries } = backup(fixture, {}, banks);
    const lesson = fixture.course.lessons.find((entry) => entry.id === 's1-2')!;
    expect(result.diagnostics).toEqual([{
      code: 'export/backup-lesson-without-quiz',
      severity: 'warning',
      message: 'lesson s1-2 (1.2 Теориялар) has no quiz: its activity is completed on view',
      hint: 'Its SCORM activity is completed when viewed and graded 1 point once the lesson is done. Give the lesson a bank (coursepack quiz generate) to grade it by its quiz.',
      place: lesson.place,
    }]);
    const modules = entries.filter((entry) => /scorm_\d+\/module\.xml$/.test(entry.path)).map((entry) => readXml(entry.content.toString()));
    expect(modules.map((module) => value(module, 'completionview'))).toEqual(['0', '0', '1', '0']);
  });

  test('a chapter quiz asking for more questions than a lesson ships: draws what there is, and says so', () => {
    const { result } = backup(fixture, { chapterQuizzes: 3 });
    // s1-2 ships 2 approved items (its third is a draft): the only chapter lesson with fewer than 3.
    expect(result.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([
      'export/backup-chapter-quiz-short: lesson s1-2 ships 2 questions, fewer than the 3 its chapter quiz asks for: the quiz draws 2',
    ]);
  });

  test('a backup larger than the default upload limit: the size and the limit', () => {
    const { result } = backup(fixture, { uploadLimit: 1024 });
    const size = (result.bytes.byteLength / 1024 / 1024).toFixed(1);
    expect(result.diagnostics).toEqual([expect.objectContaining({
      code: 'export/backup-over-upload-limit',
      severity: 'warning',
      message: `the backup is ${size} MB, more than the 0.0 MB a Moodle site accepts for an upload by default (PHP's upload_max_filesize)`,
    })]);
  });
});
