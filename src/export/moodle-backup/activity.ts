/**
 * What every activity folder of a backup holds besides its own `<modname>.xml`: module.xml (the
 * course module: section, visibility, completion), grades.xml (its grade item), inforef.xml (the
 * files, grade items and question categories it refers to) and the files Moodle's restore reads
 * for every activity, empty here (no calendar events, comments, competencies, filters, roles,
 * grade history, xAPI states or completion views: a backup without user data).
 */
import type { OutputFile } from '../../model/files';
import { MOODLE_VERSION } from './version';
import { branch, fields, leaf, xmlDocument, type Node, type XmlValue } from './xml';
import type { PlannedModule } from './plan';

export interface ModuleCompletion {
  /** 0 none, 1 manual, 2 automatic. */
  readonly completion: 0 | 1 | 2;
  readonly completionView: 0 | 1;
  /** 0: completed when it has a grade (quiz); null: no grade condition. */
  readonly completionGradeItemNumber: 0 | null;
}

/** A row of Moodle's grade_items: an activity's (`mod`), a category's total or the course total. */
export interface GradeRow {
  readonly id: number;
  /** Null for category and course totals (their category is `instance`). */
  readonly categoryId: number | null;
  readonly name: string | null;
  readonly type: 'mod' | 'category' | 'course';
  readonly module: string | null;
  readonly instance: number;
  readonly number: number | null;
  readonly max: number;
  readonly pass: number;
  readonly sortOrder: number;
}

export interface ActivityFiles {
  readonly module: PlannedModule;
  readonly modname: string;
  readonly name: string;
  readonly visible: boolean;
  readonly completion: ModuleCompletion;
  /** The activity's own XML (`<activity>` root). */
  readonly own: Node;
  readonly grade?: GradeRow;
  readonly fileIds?: readonly number[];
  readonly questionCategoryIds?: readonly number[];
}

export function activityFolder(module: PlannedModule, modname: string): string {
  return `activities/${modname}_${module.cmid}`;
}

/** The `<activity>` root of an activity's own XML. */
export function activityRoot(module: PlannedModule, modname: string, fieldsOfInstance: readonly Node[]): Node {
  return branch('activity', [branch(modname, fieldsOfInstance, { id: module.instanceId })], {
    id: module.instanceId,
    moduleid: module.cmid,
    modulename: modname,
    contextid: module.contextId,
  });
}

export function activityFiles(activity: ActivityFiles, time: number): OutputFile[] {
  const folder = activityFolder(activity.module, activity.modname);
  const documents: Record<string, Node> = {
    [`${activity.modname}.xml`]: activity.own,
    'module.xml': moduleXml(activity, time),
    'grades.xml': branch('activity_gradebook', [
      branch('grade_items', activity.grade ? [gradeItemXml(activity.grade, time)] : []),
      branch('grade_letters', []),
    ]),
    'inforef.xml': inforefXml(activity),
    'calendar.xml': branch('events', []),
    'comments.xml': branch('comments', []),
    'competencies.xml': branch('course_module_competencies', [branch('competencies', [])]),
    'completion.xml': branch('completions', [branch('completionviews', [])]),
    'filters.xml': branch('filters', [branch('filter_actives', []), branch('filter_configs', [])]),
    'grade_history.xml': branch('grade_history', [branch('grade_grades', [])]),
    'roles.xml': branch('roles', [branch('role_overrides', []), branch('role_assignments', [])]),
    'xapistate.xml': branch('states', []),
  };
  return Object.entries(documents).map(([name, root]) => ({ path: `${folder}/${name}`, content: xmlDocument(root) }));
}

function moduleXml(activity: ActivityFiles, time: number): Node {
  const visible = activity.visible ? 1 : 0;
  return branch('module', [
    ...fields({
      modulename: activity.modname,
      sectionid: activity.module.sectionId,
      sectionnumber: activity.module.sectionNumber,
      idnumber: '',
      added: time,
      score: 0,
      indent: 0,
      visible,
      visibleoncoursepage: visible,
      visibleold: visible,
      groupmode: 0,
      groupingid: 0,
      completion: activity.completion.completion,
      completiongradeitemnumber: activity.completion.completionGradeItemNumber,
      completionpassgrade: 0,
      completionview: activity.completion.completionView,
      completionexpected: 0,
      availability: null,
      showdescription: 0,
      downloadcontent: 1,
      lang: '',
      enableaitools: null,
      enabledaiactions: null,
    }),
    branch('tags', []),
  ], { id: activity.module.cmid, version: MOODLE_VERSION });
}

/** A grade item as grades.xml and gradebook.xml write it (points from 0 to `max`). */
export function gradeItemXml(item: GradeRow, time: number): Node {
  const values: Record<string, XmlValue> = {
    categoryid: item.categoryId,
    itemname: item.name,
    itemtype: item.type,
    itemmodule: item.module,
    iteminstance: item.instance,
    itemnumber: item.number,
    iteminfo: null,
    idnumber: item.type === 'mod' ? '' : null,
    calculation: null,
    gradetype: 1,
    grademax: decimal(item.max, 5),
    grademin: decimal(0, 5),
    scaleid: null,
    outcomeid: null,
    gradepass: decimal(item.pass, 5),
    multfactor: decimal(1, 5),
    plusfactor: decimal(0, 5),
    aggregationcoef: decimal(0, 5),
    aggregationcoef2: decimal(0, 5),
    weightoverride: 0,
    sortorder: item.sortOrder,
    display: 0,
    decimals: null,
    hidden: 0,
    locked: 0,
    locktime: 0,
    needsupdate: 1,
    timecreated: time,
    timemodified: time,
  };
  return branch('grade_item', [...fields(values), branch('grade_grades', [])], { id: item.id });
}

function inforefXml(activity: ActivityFiles): Node {
  const refs: Node[] = [];
  if (activity.fileIds && activity.fileIds.length > 0) {
    refs.push(branch('fileref', activity.fileIds.map((id) => branch('file', [leaf('id', id)]))));
  }
  if (activity.grade) refs.push(branch('grade_itemref', [branch('grade_item', [leaf('id', activity.grade.id)])]));
  if (activity.questionCategoryIds && activity.questionCategoryIds.length > 0) {
    refs.push(branch('question_categoryref', activity.questionCategoryIds.map((id) => branch('question_category', [leaf('id', id)]))));
  }
  return branch('inforef', refs);
}

/** A number with a fixed count of decimals, as Moodle's decimal columns come out. */
export function decimal(value: number, places: number): string {
  return value.toFixed(places);
}
