/**
 * The Moodle the backup is written for: 5.1 (version 2025100600, the numbers Moodle 5.1's own
 * backups carry). Moodle restores backups of its own version and of older ones.
 */
export const MOODLE_VERSION = 2025100600;
export const MOODLE_RELEASE = '5.1';
/** Two dates Moodle compares; every time in the backup is this one, so the file never changes. */
export const BACKUP_TIME = 946684800;
