<?php
// Learners with tracks for the report bench (bench/moodle-report.ts), straight into the harness's
// Moodle: N users cpbench00001…, students of the course, each with one attempt on every SCO of
// the activity, shaped as the player writes them (SCORM 1.2: status, score, total time, location,
// suspend data, one interaction per question of a quiz attempt). Their last course access is set
// two days back, as for learners who have not come back since. Idempotent (users and enrolments
// are kept; the activity's tracks of these users are written anew).
//
// Usage: php moodle-populate.php HARNESS_DIR COURSE_SHORTNAME CMID N PLAN.json
//   PLAN.json: {"scoes": {"<sco identifier>": {"lesson": "<id>", "items": ["<item id>", …], "screens": N}}}
// Prints RESULT_JSON {learners, attempts, values, seconds}.
define('CLI_SCRIPT', true);
require($argv[1] . '/bin/harness-lib.php');
require_once($CFG->dirroot . '/mod/scorm/locallib.php');

[$shortname, $cmid, $count, $planfile] = [$argv[2], (int)$argv[3], (int)$argv[4], $argv[5]];
$plan = json_decode(file_get_contents($planfile), true);
$started = microtime(true);
harness_become_admin();

$course = $DB->get_record('course', ['shortname' => $shortname], '*', MUST_EXIST);
$cm = get_coursemodule_from_id('scorm', $cmid, $course->id, false, MUST_EXIST);
$scoes = $DB->get_records('scorm_scoes', ['scorm' => $cm->instance, 'scormtype' => 'sco']);
$instance = $DB->get_record('enrol', ['courseid' => $course->id, 'enrol' => 'manual'], '*', MUST_EXIST);
$studentrole = $DB->get_field('role', 'id', ['shortname' => 'student'], MUST_EXIST);
$plugin = enrol_get_plugin('manual');

$elementids = [];
$element = function (string $name) use (&$elementids): int {
    return $elementids[$name] ??= scorm_get_elementid($name);
};

$now = time();
$attempts = 0;
$values = 0;
for ($i = 1; $i <= $count; $i++) {
    $username = sprintf('cpbench%05d', $i);
    $user = $DB->get_record('user', ['username' => $username, 'deleted' => 0]);
    if (!$user) {
        $id = user_create_user((object)['username' => $username, 'password' => 'Bench#2025', 'firstname' => 'Bench',
            'lastname' => sprintf('Learner %05d', $i), 'email' => $username . '@example.com', 'auth' => 'manual',
            'confirmed' => 1, 'mnethostid' => $CFG->mnet_localhost_id, 'lang' => 'en'], false, false);
        $user = $DB->get_record('user', ['id' => $id], '*', MUST_EXIST);
        $plugin->enrol_user($instance, $user->id, $studentrole);
    }
    $attempt = scorm_get_attempt($user->id, $cm->instance, 1);
    $DB->delete_records('scorm_scoes_value', ['attemptid' => $attempt->id]);
    $rows = [];
    $time = $now - 2 * 86400 - ($i % 3600);
    foreach ($scoes as $sco) {
        $lesson = $plan['scoes'][$sco->identifier] ?? null;
        if ($lesson === null) {
            continue;
        }
        // A learner in three: passed with 60-100; one in three: failed the quiz once (incomplete, 0-50); the rest reading.
        $kind = ($i + (int)$sco->id) % 3;
        $screens = max(1, (int)$lesson['screens']);
        $seen = $kind === 2 ? 1 + ($i % $screens) : $screens;
        $track = [
            'x.start.time' => (string)($time - 600),
            'cmi.core.lesson_location' => (string)($seen - 1),
            'cmi.core.total_time' => sprintf('00:%02d:%02d', 5 + $i % 40, $i % 60),
            'cmi.suspend_data' => '2.' . base_convert((string)$screens, 10, 36) . '.' . visited_bits($seen, $screens),
        ];
        if ($kind === 2 || count($lesson['items']) === 0) {
            $track['cmi.core.lesson_status'] = 'incomplete';
        } else {
            $right = 0;
            foreach (array_values($lesson['items']) as $n => $item) {
                $correct = (($i * 7 + $n * 3 + (int)$sco->id) % 10) < ($kind === 0 ? 8 : 3);
                $right += $correct ? 1 : 0;
                $track["cmi.interactions_$n.id"] = $lesson['lesson'] . '.' . $item;
                $track["cmi.interactions_$n.result"] = $correct ? 'correct' : 'wrong';
                $track["cmi.interactions_$n.time"] = '10:00:00';
            }
            $score = (int)round(100 * $right / count($lesson['items']));
            $track['cmi.core.score.raw'] = (string)$score;
            $track['cmi.core.score.max'] = '100';
            $track['cmi.core.lesson_status'] = $score >= 70 ? 'passed' : 'incomplete';
        }
        foreach ($track as $name => $value) {
            $rows[] = ['scoid' => $sco->id, 'attemptid' => $attempt->id, 'elementid' => $element($name), 'value' => $value, 'timemodified' => $time];
        }
    }
    $DB->insert_records('scorm_scoes_value', $rows);
    $values += count($rows);
    $attempts++;
    $DB->delete_records('user_lastaccess', ['userid' => $user->id, 'courseid' => $course->id]);
    $DB->insert_record('user_lastaccess', ['userid' => $user->id, 'courseid' => $course->id, 'timeaccess' => $time]);
}

/** The player's screens part of suspend_data (src/player/lms/progress-codec.ts): six screens per character. */
function visited_bits(int $seen, int $screens): string {
    $digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    $out = '';
    for ($c = 0; $c * 6 < $screens; $c++) {
        $bits = 0;
        for ($k = 0; $k < 6; $k++) {
            if ($c * 6 + $k < $seen) {
                $bits |= 1 << $k;
            }
        }
        $out .= $digits[$bits];
    }
    return $out;
}

echo 'RESULT_JSON ' . json_encode(['learners' => $count, 'attempts' => $attempts, 'values' => $values,
    'seconds' => round(microtime(true) - $started, 1)]) . "\n";
