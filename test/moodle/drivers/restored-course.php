<?php
// What Moodle made of a restored course backup, as JSON: the course, its sections with their
// activities (SCORM settings and SCOs, quiz slots), the question bank's categories with their
// questions per type, and the gradebook's categories and items.
// Usage: php restored-course.php HARNESS_DIR COURSE_ID
define('CLI_SCRIPT', true);
require($argv[1] . '/code/config.php');
require_once($CFG->libdir . '/gradelib.php');
$courseid = (int)$argv[2];
$course = $DB->get_record('course', ['id' => $courseid], '*', MUST_EXIST);
$modinfo = get_fast_modinfo($course);
$sections = [];
foreach ($modinfo->get_section_info_all() as $section) {
    $activities = [];
    foreach ($modinfo->sections[$section->section] ?? [] as $cmid) {
        $cm = $modinfo->cms[$cmid];
        $activity = ['cmid' => (int)$cm->id, 'modname' => $cm->modname, 'name' => $cm->name, 'visible' => (int)$cm->visible,
            'completion' => (int)$cm->completion, 'completionview' => (int)$cm->completionview,
            'completiongradeitemnumber' => $cm->completiongradeitemnumber];
        if ($cm->modname === 'scorm') {
            $scorm = $DB->get_record('scorm', ['id' => $cm->instance]);
            foreach (['version', 'reference', 'grademethod', 'whatgrade', 'maxgrade', 'maxattempt', 'forcenewattempt',
                    'forcecompleted', 'skipview', 'popup', 'completionstatusrequired', 'launch'] as $f) {
                $activity[$f] = $scorm->$f;
            }
            // The rows Moodle's manifest parser writes: SCOs, their data and their objectives.
            $activity['scoes'] = array_values(array_map(fn($s) => ['identifier' => $s->identifier, 'launch' => $s->launch,
                'scormtype' => $s->scormtype, 'title' => $s->title, 'manifest' => $s->manifest,
                'organization' => $s->organization, 'parent' => $s->parent,
                'data' => array_values(array_map(fn($d) => $d->name . '=' . $d->value,
                    $DB->get_records('scorm_scoes_data', ['scoid' => $s->id], 'name'))),
                'objectives' => array_values(array_map(fn($o) => [$o->primaryobj, $o->objectiveid, $o->satisfiedbymeasure,
                    (float)$o->minnormalizedmeasure], $DB->get_records('scorm_seq_objective', ['scoid' => $s->id], 'id')))],
                $DB->get_records('scorm_scoes', ['scorm' => $scorm->id], 'sortorder')));
            $context = context_module::instance($cm->id);
            $fs = get_file_storage();
            $activity['package'] = array_values(array_map(fn($f) => $f->get_filename(),
                $fs->get_area_files($context->id, 'mod_scorm', 'package', 0, 'filename', false)));
            $activity['contentfiles'] = count($fs->get_area_files($context->id, 'mod_scorm', 'content', 0, 'filename', false));
        }
        if ($cm->modname === 'quiz') {
            $quiz = $DB->get_record('quiz', ['id' => $cm->instance]);
            $activity['grade'] = (float)$quiz->grade;
            $activity['sumgrades'] = (float)$quiz->sumgrades;
            $activity['slots'] = array_values(array_map(function ($r) use ($DB) {
                $filter = json_decode($r->filtercondition, true);
                $catid = $filter['filter']['category']['values'][0] ?? null;
                return ['category' => $catid ? $DB->get_field('question_categories', 'name', ['id' => $catid]) : null];
            }, $DB->get_records_sql("SELECT qs.slot, qsr.filtercondition FROM {quiz_slots} qs
                JOIN {question_set_references} qsr ON qsr.itemid = qs.id AND qsr.component = 'mod_quiz' AND qsr.questionarea = 'slot'
                WHERE qs.quizid = ? ORDER BY qs.slot", [$quiz->id])));
        }
        $activities[] = $activity;
    }
    $sections[] = ['number' => (int)$section->section, 'name' => $section->name, 'summary' => $section->summary, 'activities' => $activities];
}
// Question categories of the course's banks, with their questions per type.
$categories = [];
$rows = $DB->get_records_sql("SELECT qc.id, qc.name, qc.parent, qc.contextid FROM {question_categories} qc
    JOIN {context} ctx ON ctx.id = qc.contextid AND ctx.contextlevel = " . CONTEXT_MODULE . "
    JOIN {course_modules} cm ON cm.id = ctx.instanceid AND cm.course = ? ORDER BY qc.id", [$courseid]);
foreach ($rows as $row) {
    $types = $DB->get_records_sql_menu("SELECT q.qtype, COUNT(1) FROM {question} q
        JOIN {question_versions} qv ON qv.questionid = q.id
        JOIN {question_bank_entries} qbe ON qbe.id = qv.questionbankentryid
        WHERE qbe.questioncategoryid = ? AND q.parent = 0 GROUP BY q.qtype", [$row->id]);
    $categories[] = ['id' => (int)$row->id, 'name' => $row->name, 'parent' => $row->parent ? ($rows[$row->parent]->name ?? null) : null,
        'qtypes' => array_map('intval', $types)];
}
// Gradebook.
$gradecategories = [];
foreach (grade_category::fetch_all(['courseid' => $courseid]) ?: [] as $gc) {
    $items = [];
    foreach (grade_item::fetch_all(['courseid' => $courseid, 'categoryid' => $gc->id, 'itemtype' => 'mod']) ?: [] as $gi) {
        $items[] = ['module' => $gi->itemmodule, 'name' => $gi->itemname, 'grademax' => (float)$gi->grademax, 'gradepass' => (float)$gi->gradepass, 'sortorder' => (int)$gi->sortorder];
    }
    usort($items, fn($a, $b) => $a['sortorder'] <=> $b['sortorder']);
    $gradecategories[] = ['name' => $gc->is_course_category() ? null : $gc->fullname, 'depth' => (int)$gc->depth, 'items' => $items];
}
echo json_encode(['id' => (int)$course->id, 'shortname' => $course->shortname, 'fullname' => $course->fullname,
    'summary' => $course->summary, 'lang' => $course->lang, 'format' => $course->format, 'enablecompletion' => (int)$course->enablecompletion,
    'installedlangs' => array_keys(get_string_manager()->get_list_of_translations()),
    'sections' => $sections, 'questioncategories' => $categories, 'gradecategories' => $gradecategories], JSON_UNESCAPED_UNICODE | JSON_PRETTY_PRINT), "\n";
