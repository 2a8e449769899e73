/**
 * moodle_backup.xml: what the backup holds (Moodle reads it first, to offer the restore and to
 * find every other file): a course backup in Moodle's general mode, with activities and files
 * but no users, and the sections and activities in course order with their folders.
 * Also .ARCHIVE_INDEX, the list of entries Moodle's own archives start with.
 */
import { createHash } from 'node:crypto';
import type { OutputFile } from '../../model/files';
import type { CourseNames } from './course';
import { activityFolder } from './activity';
import { COURSE_CONTEXT_ID, COURSE_ID, SYSTEM_CONTEXT_ID, type BackupPlan, type PlannedActivity } from './plan';
import { BACKUP_TIME, MOODLE_RELEASE, MOODLE_VERSION } from './version';
import { branch, fields, leaf, type Node, type XmlValue } from './xml';

/** backup::MODE_GENERAL, backup::EXECUTION_INMEDIATE. */
const MODE_GENERAL = 10;
const EXECUTION_IMMEDIATE = 1;

/** The root settings of a course backup: activities and files, nothing of users. */
const ROOT_SETTINGS: ReadonlyArray<[string, number]> = [
  ['imscc11', 0], ['users', 0], ['anonymize', 0], ['role_assignments', 0], ['activities', 1], ['blocks', 0], ['files', 1],
  ['filters', 0], ['comments', 0], ['badges', 0], ['calendarevents', 0], ['userscompletion', 0], ['logs', 0],
  ['grade_histories', 0], ['groups', 0], ['competencies', 0], ['customfield', 0], ['contentbankcontent', 0],
  ['xapistate', 0], ['legacyfiles', 0],
];

export function moodleBackupXml(fileName: string, names: CourseNames, plan: BackupPlan, sourceId: string): Node {
  const setting = (values: Record<string, XmlValue>): Node => branch('setting', fields(values));
  const settings: Node[] = [setting({ level: 'root', name: 'filename', value: fileName }), ...ROOT_SETTINGS.map(([name, value]) => setting({ level: 'root', name, value }))];
  for (const section of plan.sections) {
    const key = `section_${section.id}`;
    settings.push(setting({ level: 'section', section: key, name: `${key}_included`, value: 1 }), setting({ level: 'section', section: key, name: `${key}_userinfo`, value: 0 }));
    for (const activity of section.activities) {
      const name = `${activity.kind}_${activity.cmid}`;
      settings.push(setting({ level: 'activity', activity: name, name: `${name}_included`, value: 1 }), setting({ level: 'activity', activity: name, name: `${name}_userinfo`, value: 0 }));
    }
  }
  return branch('moodle_backup', [branch('information', [
    ...fields({
      name: fileName,
      moodle_version: MOODLE_VERSION,
      moodle_release: MOODLE_RELEASE,
      backup_version: MOODLE_VERSION,
      backup_release: MOODLE_RELEASE,
      backup_date: BACKUP_TIME,
      mnet_remoteusers: 0,
      include_files: 1,
      include_file_references_to_external_content: 0,
      original_wwwroot: 'https://coursepack.invalid',
      original_site_identifier_hash: md5('coursepack'),
      original_course_id: COURSE_ID,
      original_course_format: 'topics',
      original_course_fullname: names.fullName,
      original_course_shortname: names.shortName,
      original_course_startdate: 0,
      original_course_enddate: 0,
      original_course_contextid: COURSE_CONTEXT_ID,
      original_system_contextid: SYSTEM_CONTEXT_ID,
    }),
    branch('details', [branch('detail', fields({ type: 'course', format: 'moodle2', interactive: 1, mode: MODE_GENERAL, execution: EXECUTION_IMMEDIATE, executiontime: 0 }), { backup_id: md5(sourceId) })]),
    branch('contents', [
      branch('activities', plan.activities.map((activity) => activityEntry(activity))),
      branch('sections', plan.sections.map((section) => branch('section', fields({
        sectionid: section.id,
        title: section.name ?? String(section.number),
        directory: `sections/section_${section.id}`,
        parentcmid: '',
        modname: '',
      })))),
      branch('course', [leaf('courseid', COURSE_ID), leaf('title', names.shortName), leaf('directory', 'course')]),
    ]),
    branch('settings', settings),
  ])]);
}

function activityEntry(activity: PlannedActivity): Node {
  return branch('activity', fields({
    moduleid: activity.cmid,
    sectionid: activity.sectionId,
    modulename: activity.kind,
    title: activity.name,
    directory: activityFolder(activity, activity.kind),
    insubsection: '',
  }));
}

/** Moodle's own archives list their entries first; `d` folders, `f` files with size and time. */
export function archiveIndex(entries: ReadonlyArray<{ path: string; content?: string | Uint8Array }>): OutputFile {
  const lines = entries.map((entry) => {
    if (entry.path.endsWith('/')) return `${entry.path}\td\t0\t?`;
    const size = typeof entry.content === 'string' ? Buffer.byteLength(entry.content) : entry.content?.byteLength ?? 0;
    return `${entry.path}\tf\t${size}\t${BACKUP_TIME}`;
  });
  return { path: '.ARCHIVE_INDEX', content: `Moodle archive file index. Count: ${entries.length}\n${lines.join('\n')}\n` };
}

function md5(text: string): string {
  return createHash('md5').update(text).digest('hex');
}
