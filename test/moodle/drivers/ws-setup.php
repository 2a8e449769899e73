<?php
// Web services for `coursepack report --moodle` in the harness's Moodle, as a site administrator
// would set them up (docs/reports.md, "Straight from Moodle"). Idempotent: run it before every test.
//
// Usage: php ws-setup.php HARNESS_DIR --functions=NAME,NAME,... [COURSE_SHORTNAME ...] [--nocap=COURSE_SHORTNAME] [--rest=on|off]
// - --functions: what the service offers, given by the caller from the report's own list
//   (SERVICE_FUNCTIONS in src/report/sources/moodle-ws/read-course.ts);
// - enables web services and the REST protocol (--rest=off disables the protocol only, for the
//   test of that message; --rest=on enables it again);
// - a system role "coursepack_ws" allowing webservice/rest:use, given to two users:
//   cpreporter (non-editing teacher in each course named: may see the SCORM reports) and
//   cpnocap (student in the --nocap course: may not see other users' attempts);
// - the service "coursepack_report" with every function the report calls, and
//   "coursepack_report_partial" without mod_scorm_get_scorm_sco_tracks;
// - one token per (user, service), kept across runs.
// Prints RESULT_JSON {tokens: {full, partial, nocap}, reporter: {id, username}}.
define('CLI_SCRIPT', true);
require($argv[1] . '/bin/harness-lib.php');
require_once($CFG->dirroot . '/webservice/lib.php');


[$options] = cli_get_params(['rest' => 'on', 'nocap' => '', 'functions' => '']);
$functions = array_values(array_filter(explode(',', $options['functions'])));
if (!$functions) {
    fwrite(STDERR, "ws-setup.php: --functions=NAME,NAME,... is required\n");
    exit(2);
}
$courses = array_values(array_filter(array_slice($argv, 2), fn($arg) => strpos($arg, '--') !== 0));
harness_become_admin();

set_config('enablewebservices', 1);
$protocols = array_filter(explode(',', $CFG->webserviceprotocols ?? ''));
$protocols = $options['rest'] === 'off' ? array_diff($protocols, ['rest']) : array_unique(array_merge($protocols, ['rest']));
set_config('webserviceprotocols', implode(',', $protocols));

/** A user of the harness's own (password never used: the report logs in by token). */
function cp_user(string $username, string $firstname): stdClass {
    global $DB, $CFG;
    $user = $DB->get_record('user', ['username' => $username, 'mnethostid' => $CFG->mnet_localhost_id, 'deleted' => 0]);
    if ($user) {
        return $user;
    }
    $id = user_create_user((object)[
        'username' => $username, 'password' => 'Reporter#2025', 'firstname' => $firstname, 'lastname' => 'Reporter',
        'email' => $username . '@example.com', 'auth' => 'manual', 'confirmed' => 1, 'policyagreed' => 1,
        'mnethostid' => $CFG->mnet_localhost_id, 'lang' => 'en',
    ], true, false);
    return $DB->get_record('user', ['id' => $id], '*', MUST_EXIST);
}

function cp_service(string $shortname, array $functions): stdClass {
    global $DB;
    $ws = new webservice();
    $service = $DB->get_record('external_services', ['shortname' => $shortname]);
    if (!$service) {
        $id = $ws->add_external_service((object)['name' => $shortname, 'shortname' => $shortname, 'enabled' => 1,
            'restrictedusers' => 0, 'downloadfiles' => 0, 'uploadfiles' => 0, 'requiredcapability' => '']);
        $service = $DB->get_record('external_services', ['id' => $id], '*', MUST_EXIST);
    }
    foreach ($functions as $function) {
        if (!$ws->service_function_exists($function, $service->id)) {
            $ws->add_external_function_to_service($function, $service->id);
        }
    }
    return $service;
}

function cp_token(stdClass $service, stdClass $user): string {
    global $DB;
    $existing = $DB->get_record('external_tokens', ['externalserviceid' => $service->id, 'userid' => $user->id,
        'tokentype' => EXTERNAL_TOKEN_PERMANENT], 'token', IGNORE_MULTIPLE);
    if ($existing) {
        return $existing->token;
    }
    return \core_external\util::generate_token(EXTERNAL_TOKEN_PERMANENT, $service, (int)$user->id, context_system::instance());
}

$system = context_system::instance();
$roleid = $DB->get_field('role', 'id', ['shortname' => 'coursepack_ws']);
if (!$roleid) {
    $roleid = create_role('coursepack web services', 'coursepack_ws', 'Lets a user call web services over REST.');
    set_role_contextlevels($roleid, [CONTEXT_SYSTEM]);
}
assign_capability('webservice/rest:use', CAP_ALLOW, $roleid, $system->id, true);

$reporter = cp_user('cpreporter', 'Course');
$nocap = cp_user('cpnocap', 'Student');
foreach ([$reporter, $nocap] as $user) {
    role_assign($roleid, $user->id, $system->id);
}
function cp_enrol(string $shortname, stdClass $user, string $role): void {
    global $DB;
    $course = $DB->get_record('course', ['shortname' => $shortname], '*', MUST_EXIST);
    $instance = $DB->get_record('enrol', ['courseid' => $course->id, 'enrol' => 'manual'], '*', MUST_EXIST);
    enrol_get_plugin('manual')->enrol_user($instance, $user->id, $DB->get_field('role', 'id', ['shortname' => $role]));
}
foreach ($courses as $shortname) {
    cp_enrol($shortname, $reporter, 'teacher');
}
if ($options['nocap'] !== '') {
    cp_enrol($options['nocap'], $nocap, 'student');
}

$full = cp_service('coursepack_report', $functions);
$partial = cp_service('coursepack_report_partial', array_values(array_diff($functions, ['mod_scorm_get_scorm_sco_tracks'])));
echo 'RESULT_JSON ' . json_encode([
    'tokens' => ['full' => cp_token($full, $reporter), 'partial' => cp_token($partial, $reporter), 'nocap' => cp_token($full, $nocap)],
    'reporter' => ['id' => (int)$reporter->id, 'username' => $reporter->username],
    'protocols' => array_values($protocols),
]) . "\n";
