/**
 * A lesson as a Moodle SCORM activity, with the settings that work in Moodle 5.1 (docs/decisions.md,
 * "SCORM in Moodle 5.1"): the lesson's own package (one SCO, so "Highest grade" is the lesson's
 * quiz score), the highest attempt counts, unlimited attempts, no forced new attempt (the player
 * handles review mode and says how to start a new attempt), the entry page always shown (it
 * holds "Start a new attempt"), shown in the page. Completion: "passed or completed" for a
 * lesson with a quiz (a 1.2 SCO that reports only `passed` never counts as `completed`), on
 * view for one without. The package and its unpacked files go in as Moodle keeps them after an
 * upload, with the rows Moodle's manifest parser would have written (`scoes`), so the restored
 * activity opens without being parsed again.
 */
import type { Course } from '../../model/course';
import type { OutputFile } from '../../model/files';
import { activityRoot, type ActivityFiles } from './activity';
import type { BackupFiles } from './files';
import type { PlannedScorm } from './plan';
import { branch, fields, leaf, type Node, type XmlValue } from './xml';

export type ScormVersion = '1.2' | '2004';

/** The lesson package and what its manifest says, as Moodle's parser reads it. */
export interface LessonPackage {
  readonly fileName: string;
  readonly zip: Uint8Array;
  readonly files: readonly OutputFile[];
  readonly manifestId: string;
  readonly organizationId: string;
  readonly organizationTitle: string;
  readonly itemId: string;
  readonly itemTitle: string;
  readonly launch: string;
  /** SCORM 2004: the lesson's primary objective and its passing measure (absent: unmeasured). */
  readonly objective?: { readonly id: string; readonly passingMeasure?: number };
}

/** Moodle's constants (mod/scorm/locallib.php). */
const GRADE_HIGHEST = 1;
const GRADE_SCOES = 0;
const HIGHEST_ATTEMPT = 0;
/** completionstatusrequired is a bit field: 2 passed, 4 completed. */
const STATUS_PASSED_OR_COMPLETED = 6;

export function scormActivity(activity: PlannedScorm, course: Course, version: ScormVersion, lessonPackage: LessonPackage, files: BackupFiles, time: number): ActivityFiles {
  const fileIds = [
    ...files.add({ contextId: activity.contextId, component: 'mod_scorm', filearea: 'content' }, lessonPackage.files),
    ...files.add({ contextId: activity.contextId, component: 'mod_scorm', filearea: 'package' }, [{ path: lessonPackage.fileName, content: lessonPackage.zip }]),
  ];
  // A lesson without a quiz reports no score: graded by "learning objects", 1 point once done.
  const maxGrade = activity.hasQuiz ? 100 : 1;
  const values: Record<string, XmlValue> = {
    name: activity.name,
    scormtype: 'local',
    reference: lessonPackage.fileName,
    intro: '',
    introformat: 1,
    version: version === '1.2' ? 'SCORM_1.2' : 'SCORM_1.3',
    maxgrade: maxGrade,
    grademethod: activity.hasQuiz ? GRADE_HIGHEST : GRADE_SCOES,
    whatgrade: HIGHEST_ATTEMPT,
    maxattempt: 0,
    forcecompleted: 0,
    forcenewattempt: 0,
    lastattemptlock: 0,
    masteryoverride: 1,
    displayattemptstatus: 1,
    displaycoursestructure: 0,
    updatefreq: 0,
    sha1hash: files.hashOf(lessonPackage.zip),
    md5hash: '',
    revision: 1,
    launch: scoId(activity, 1),
    skipview: 0,
    hidebrowse: 0,
    hidetoc: 0,
    nav: 1,
    navpositionleft: -100,
    navpositiontop: -100,
    auto: 0,
    popup: 0,
    options: '',
    width: 100,
    height: 500,
    timeopen: 0,
    timeclose: 0,
    timemodified: time,
    completionstatusrequired: activity.hasQuiz ? STATUS_PASSED_OR_COMPLETED : null,
    completionscorerequired: null,
    completionstatusallscos: 0,
    autocommit: 0,
  };
  return {
    module: activity,
    modname: 'scorm',
    name: activity.name,
    visible: true,
    completion: { completion: 2, completionView: activity.hasQuiz ? 0 : 1, completionGradeItemNumber: null },
    own: activityRoot(activity, 'scorm', [...fields(values), branch('scoes', scoes(activity, version, lessonPackage))]),
    grade: {
      id: activity.gradeItemId,
      categoryId: activity.gradeCategoryId,
      name: activity.name,
      type: 'mod',
      module: 'scorm',
      instance: activity.instanceId,
      number: 0,
      max: maxGrade,
      pass: activity.hasQuiz ? course.settings.quiz.passMark : 0,
      sortOrder: activity.gradeItemId,
    },
    fileIds,
  };
}

/** The ids of the activity's two rows (organization 0, item 1): unique in the backup. */
function scoId(activity: PlannedScorm, index: 0 | 1): number {
  return activity.instanceId * 2 - 1 + index;
}

/** The organization row and the lesson's item row, as mod/scorm/datamodels/scormlib.php stores them. */
function scoes(activity: PlannedScorm, version: ScormVersion, pkg: LessonPackage): Node[] {
  const organization = branch('sco', [
    ...fields({ manifest: pkg.manifestId, organization: '', parent: '/', identifier: pkg.organizationId, launch: '', scormtype: '', title: pkg.organizationTitle, sortorder: 1 }),
    branch('sco_datas', version === '2004' ? [scoData(activity, 0, 'choice', '1'), scoData(activity, 1, 'flow', '1')] : []),
    ...emptySequencing(),
  ], { id: scoId(activity, 0) });
  const objective = version === '2004' && pkg.objective ? [objectiveXml(activity, pkg.objective)] : [];
  const item = branch('sco', [
    ...fields({ manifest: pkg.manifestId, organization: pkg.organizationId, parent: pkg.organizationId, identifier: pkg.itemId, launch: pkg.launch, scormtype: 'sco', title: pkg.itemTitle, sortorder: 2 }),
    branch('sco_datas', [scoData(activity, 2, 'isvisible', 'true'), scoData(activity, 3, 'parameters', '')]),
    branch('seq_ruleconds', []),
    branch('seq_rolluprules', []),
    branch('seq_objectives', objective),
    branch('sco_tracks', []),
  ], { id: scoId(activity, 1) });
  return [organization, item];
}

function emptySequencing(): Node[] {
  return [branch('seq_ruleconds', []), branch('seq_rolluprules', []), branch('seq_objectives', []), branch('sco_tracks', [])];
}

function scoData(activity: PlannedScorm, index: number, name: string, value: string): Node {
  return branch('sco_data', [leaf('name', name), leaf('value', value)], { id: activity.instanceId * 4 - 3 + index });
}

/** A primary objective: satisfied by the quiz score when it has a passing measure (Moodle's parser: otherwise not by measure, 1.0). */
function objectiveXml(activity: PlannedScorm, objective: NonNullable<LessonPackage['objective']>): Node {
  const measured = objective.passingMeasure !== undefined;
  return branch('seq_objective', [
    ...fields({
      primaryobj: 1,
      objectiveid: objective.id,
      satisfiedbymeasure: measured ? 1 : 0,
      minnormalizedmeasure: measured ? String(objective.passingMeasure) : '1',
    }),
    branch('seq_mapinfos', []),
  ], { id: activity.instanceId });
}
