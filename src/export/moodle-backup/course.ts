/**
 * The course-level files of the backup: course/course.xml (title, short name, summary, language,
 * topics format with completion tracking on), one sections/section_<id>/section.xml per section
 * (a chapter's name and overview), gradebook.xml (a category per chapter under the course
 * total, natural aggregation) and the files Moodle's restore reads at the course level, empty in
 * a backup without users, roles, badges, groups or logs.
 */
import MarkdownIt from 'markdown-it';
import type { Course } from '../../model/course';
import type { OutputFile } from '../../model/files';
import { courseTitle } from '../../model/course';
import { gradeItemXml, type GradeRow } from './activity';
import { COURSE_CONTEXT_ID, COURSE_GRADE_CATEGORY_ID, COURSE_GRADE_ITEM_ID, COURSE_ID, type BackupPlan, type PlannedSection } from './plan';
import { branch, fields, leaf, xmlDocument, type Node } from './xml';

/** Chapter overviews and the course description are Markdown; Moodle shows HTML. Raw HTML stays text. */
const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false });

/** Moodle's "Natural" aggregation (grade_category::GRADE_AGGREGATE_SUM). */
const AGGREGATE_NATURAL = 13;
/** Moodle's format ids: FORMAT_HTML. */
const FORMAT_HTML = 1;

export function markdownHtml(text: string): string {
  return text.trim() === '' ? '' : markdown.render(text).trimEnd();
}

export interface CourseNames {
  readonly shortName: string;
  readonly fullName: string;
}

export function courseNames(course: Course, shortName?: string): CourseNames {
  return { shortName: shortName ?? course.id, fullName: courseTitle(course) };
}

export function courseFiles(course: Course, names: CourseNames, plan: BackupPlan, time: number): OutputFile[] {
  const documents: Record<string, Node> = {
    'course/course.xml': courseXml(course, names, time),
    'course/inforef.xml': branch('inforef', []),
    'course/roles.xml': branch('roles', [branch('role_overrides', []), branch('role_assignments', [])]),
    'course/enrolments.xml': branch('enrolments', [branch('enrols', [])]),
    'course/calendar.xml': branch('events', []),
    'course/comments.xml': branch('comments', []),
    'course/competencies.xml': branch('course_competencies', [branch('competencies', []), branch('user_competencies', [])]),
    'course/completiondefaults.xml': branch('course_completion_defaults', []),
    'course/contentbank.xml': branch('contents', []),
    'course/filters.xml': branch('filters', [branch('filter_actives', []), branch('filter_configs', [])]),
    'badges.xml': branch('badges', []),
    'completion.xml': branch('course_completion', []),
    'grade_history.xml': branch('grade_history', [branch('grade_grades', [])]),
    'gradebook.xml': gradebookXml(plan, time),
    'groups.xml': branch('groups', [branch('groupings', [])]),
    'outcomes.xml': branch('outcomes_definition', []),
    'roles.xml': branch('roles_definition', []),
    'scales.xml': branch('scales_definition', []),
    'users.xml': branch('users', []),
  };
  for (const section of plan.sections) {
    documents[`sections/section_${section.id}/section.xml`] = sectionXml(section, time);
    documents[`sections/section_${section.id}/inforef.xml`] = branch('inforef', []);
  }
  return Object.entries(documents).map(([path, root]) => ({ path, content: xmlDocument(root) }));
}

function courseXml(course: Course, names: CourseNames, time: number): Node {
  return branch('course', [
    ...fields({
      shortname: names.shortName,
      fullname: names.fullName,
      idnumber: '',
      summary: markdownHtml(course.description?.[course.language] ?? ''),
      summaryformat: FORMAT_HTML,
      format: 'topics',
      showgrades: 1,
      newsitems: 0,
      startdate: 0,
      enddate: 0,
      marker: 0,
      maxbytes: 0,
      legacyfiles: 0,
      showreports: 0,
      visible: 1,
      groupmode: 0,
      groupmodeforce: 0,
      defaultgroupingid: 0,
      lang: course.language,
      theme: '',
      timecreated: time,
      timemodified: time,
      requested: 0,
      showactivitydates: 0,
      showcompletionconditions: 1,
      pdfexportfont: null,
      enablecompletion: 1,
      completionnotify: 0,
      enableaitools: null,
    }),
    branch('category', fields({ name: 'coursepack', description: null }), { id: 1 }),
    branch('tags', []),
    branch('customfields', []),
    branch('courseformatoptions', [
      branch('courseformatoption', fields({ format: 'topics', sectionid: 0, name: 'hiddensections', value: 1 })),
      branch('courseformatoption', fields({ format: 'topics', sectionid: 0, name: 'coursedisplay', value: 0 })),
    ]),
  ], { id: COURSE_ID, contextid: COURSE_CONTEXT_ID });
}

function sectionXml(section: PlannedSection, time: number): Node {
  return branch('section', fields({
    number: section.number,
    name: section.name,
    summary: markdownHtml(section.summary),
    summaryformat: FORMAT_HTML,
    sequence: section.activities.map((activity) => activity.cmid).join(','),
    visible: 1,
    availabilityjson: null,
    component: null,
    itemid: null,
    timemodified: time,
  }), { id: section.id });
}

function gradebookXml(plan: BackupPlan, time: number): Node {
  const categories: Node[] = [
    gradeCategoryXml(COURSE_GRADE_CATEGORY_ID, null, '?', time),
    ...plan.gradeCategories.map((category) => gradeCategoryXml(category.id, COURSE_GRADE_CATEGORY_ID, category.name, time)),
  ];
  const totals: GradeRow[] = [
    { id: COURSE_GRADE_ITEM_ID, categoryId: null, name: null, type: 'course', module: null, instance: COURSE_GRADE_CATEGORY_ID, number: null, max: 100, pass: 0, sortOrder: COURSE_GRADE_ITEM_ID },
    ...plan.gradeCategories.map((category): GradeRow => ({
      id: category.gradeItemId, categoryId: null, name: null, type: 'category', module: null, instance: category.id, number: null, max: 100, pass: 0, sortOrder: category.gradeItemId,
    })),
  ];
  return branch('gradebook', [
    branch('attributes', []),
    branch('grade_categories', categories),
    branch('grade_items', totals.map((row) => gradeItemXml(row, time))),
    branch('grade_letters', []),
    branch('grade_settings', [branch('grade_setting', [leaf('name', 'minmaxtouse'), leaf('value', 1)], { id: '' })]),
  ]);
}

function gradeCategoryXml(id: number, parent: number | null, name: string, time: number): Node {
  return branch('grade_category', fields({
    parent,
    depth: parent === null ? 1 : 2,
    path: parent === null ? `/${id}/` : `/${parent}/${id}/`,
    fullname: name,
    aggregation: AGGREGATE_NATURAL,
    keephigh: 0,
    droplow: 0,
    aggregateonlygraded: 1,
    aggregateoutcomes: 0,
    timecreated: time,
    timemodified: time,
    hidden: 0,
  }), { id });
}
