<?php
// A new empty course (topics) with teacher1 and the students enrolled, for a teacher to restore a
// backup into. Usage: php empty-course.php HARNESS_DIR SHORTNAME; prints RESULT_JSON {courseid, contextid}.
define('CLI_SCRIPT', true);
require($argv[1] . '/bin/harness-lib.php');
harness_become_admin();
harness_site_settings();
[$course] = harness_ensure_course($argv[2]);
harness_enrol_users($course, harness_ensure_users());
echo 'RESULT_JSON ' . json_encode(['courseid' => (int)$course->id, 'contextid' => (int)context_course::instance($course->id)->id]) . "\n";
