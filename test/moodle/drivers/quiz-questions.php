<?php
// The questions a quiz's random slots draw from (every question of the categories its slots
// name), with their right answers in make-quiz.php's form, for drivers/quiz-attempt.mjs.
// Usage: php quiz-questions.php HARNESS_DIR QUIZ_CMID; prints RESULT_JSON {cmid, quizid, slots, questions}.
define('CLI_SCRIPT', true);
require($argv[1] . '/code/config.php');
require_once($CFG->libdir . '/questionlib.php');
$cm = get_coursemodule_from_id('quiz', (int)$argv[2], 0, false, MUST_EXIST);
$refs = $DB->get_records_sql("SELECT qs.slot, qsr.filtercondition FROM {quiz_slots} qs
    JOIN {question_set_references} qsr ON qsr.itemid = qs.id AND qsr.component = 'mod_quiz' AND qsr.questionarea = 'slot'
    WHERE qs.quizid = ? ORDER BY qs.slot", [$cm->instance]);
$categories = [];
foreach ($refs as $ref) {
    $filter = json_decode($ref->filtercondition, true);
    $categories[(int)$filter['filter']['category']['values'][0]] = true;
}
[$in, $params] = $DB->get_in_or_equal(array_keys($categories));
$rows = $DB->get_records_sql("SELECT q.id, q.qtype, q.name, mo.single FROM {question} q
    JOIN {question_versions} qv ON qv.questionid = q.id
    JOIN {question_bank_entries} qbe ON qbe.id = qv.questionbankentryid
    LEFT JOIN {qtype_multichoice_options} mo ON mo.questionid = q.id
    WHERE qbe.questioncategoryid $in AND q.parent = 0 ORDER BY q.id", $params);
$questions = [];
foreach ($rows as $q) {
    $qd = question_bank::load_question($q->id);
    $info = ['id' => (int)$q->id, 'qtype' => $q->qtype, 'name' => $q->name, 'text' => html_to_text($qd->questiontext, 0, false)];
    switch ($q->qtype) {
        case 'multichoice':
            $info['single'] = (bool)$q->single;
            $info['answers'] = array_values(array_map(fn($a) => ['text' => html_to_text($a->answer, 0, false),
                'fraction' => (float)$a->fraction], $qd->answers));
            break;
        case 'truefalse':
            $info['right'] = $qd->rightanswer ? 'True' : 'False';
            break;
        case 'match':
            $info['pairs'] = array_values(array_map(fn($sq) => ['left' => html_to_text($sq->questiontext, 0, false),
                'right' => $sq->answertext], $DB->get_records('qtype_match_subquestions', ['questionid' => $q->id], 'id')));
            break;
        case 'ordering':
            $info['steps'] = array_values(array_map(fn($a) => html_to_text($a->answer, 0, false),
                $DB->get_records('question_answers', ['question' => $q->id], 'fraction, id')));
            break;
    }
    $questions[] = $info;
}
echo 'RESULT_JSON ', json_encode(['cmid' => (int)$cm->id, 'quizid' => (int)$cm->instance, 'slots' => count($refs), 'questions' => $questions],
    JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
