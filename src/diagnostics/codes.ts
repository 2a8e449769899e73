/**
 * The catalogue of diagnostic codes. A code is a permanent name: users search for it and
 * tests pin it, so never rename one; add a new code instead. Each entry gives the short
 * title (what kind of problem), the default severity and the default hint (what to do).
 * A diagnostic may carry a more specific hint, but the default must make sense alone.
 */
import type { Diagnostic, Place, Severity } from './diagnostic';

export interface CodeEntry {
  readonly title: string;
  readonly severity: Severity;
  readonly hint: string;
}

const FORMAT_DOC = 'docs/course-format.md';
const BANK_DOC = 'the "Question banks" section of docs/course-format.md';
const QUIZ_SUFFIX = '.quiz.yaml';

export const DIAGNOSTIC_CODES = {
  // Reading files
  'course/no-course-file': {
    title: 'course.yaml not found',
    severity: 'error',
    hint: `A course folder holds a course.yaml file and one Markdown file per lesson (see ${FORMAT_DOC}).`,
  },
  'course/no-folder': {
    title: 'course folder not found',
    severity: 'error',
    hint: 'Give the course folder with --course (default: course, relative to where you run coursepack).',
  },
  'course/file-outside': {
    title: 'course.yaml outside the course folder',
    severity: 'error',
    hint: 'course.yaml is a symbolic link to a file outside the course folder: copy the file into the folder instead.',
  },
  'file/unreadable': {
    title: 'file cannot be read',
    severity: 'error',
    hint: 'Check that the file exists and that you may read it.',
  },
  'file/too-large': {
    title: 'file too large',
    severity: 'error',
    hint: 'A source file may hold at most 2 MB of text: split it into several lessons.',
  },
  'file/binary': {
    title: 'not a text file',
    severity: 'error',
    hint: 'Lesson files are Markdown text; images and other binary files cannot be lessons.',
  },
  'file/not-utf8': {
    title: 'not UTF-8 text',
    severity: 'error',
    hint: 'Save the file as UTF-8 (most editors offer this under "Save with encoding").',
  },
  // YAML syntax
  'yaml/syntax': {
    title: 'broken YAML',
    severity: 'error',
    hint: 'Fix the YAML syntax at this place; the problem may also be at the end of the line before.',
  },
  'yaml/duplicate-key': {
    title: 'key written twice',
    severity: 'error',
    hint: 'Each key may appear once in a mapping: remove or rename one of them.',
  },
  'yaml/too-many-aliases': {
    title: 'aliases expand too far',
    severity: 'error',
    hint: 'Write the values out instead of repeating them with anchors and aliases (&name, *name).',
  },
  // Front matter of a lesson file
  'lesson/no-front-matter': {
    title: 'front matter missing',
    severity: 'error',
    hint: `Start the lesson file with a front matter block: a line "---", id, title and order, then "---" (see ${FORMAT_DOC}).`,
  },
  'lesson/unclosed-front-matter': {
    title: 'front matter not closed',
    severity: 'error',
    hint: 'End the front matter with a line holding only "---", before the lesson body.',
  },
  // Shape of the data (JSON Schema)
  'schema/unknown-key': {
    title: 'unknown key',
    severity: 'error',
    hint: `Unknown keys are errors so that a misspelt one is not silently ignored; the keys are listed in ${FORMAT_DOC}.`,
  },
  'schema/missing-key': {
    title: 'required key missing',
    severity: 'error',
    hint: `Add the key; the required keys are listed in ${FORMAT_DOC}.`,
  },
  'schema/wrong-type': {
    title: 'wrong kind of value',
    severity: 'error',
    hint: `See ${FORMAT_DOC} for the kind of value each key takes.`,
  },
  'schema/invalid-id': {
    title: 'invalid identifier',
    severity: 'error',
    hint: 'Identifiers end up in SCORM manifests and URLs: use only Latin letters (a-z, A-Z), digits, - and _ (no spaces).',
  },
  'schema/invalid-value': {
    title: 'value not allowed',
    severity: 'error',
    hint: `See ${FORMAT_DOC} for the values each key allows.`,
  },
  // Checks across the course
  'course/lesson-file-missing': {
    title: 'lesson file not found',
    severity: 'error',
    hint: 'Lesson paths are relative to the course folder; check the spelling or remove the entry.',
  },
  'course/lesson-listed-twice': {
    title: 'lesson file listed twice',
    severity: 'error',
    hint: 'List each lesson file once under lessons in course.yaml.',
  },
  'course/lesson-path-outside': {
    title: 'lesson path outside the course folder',
    severity: 'error',
    hint: 'Keep lesson files inside the course folder and list them with relative paths such as chapters/01.md.',
  },
  'course/duplicate-chapter-id': {
    title: 'chapter id used twice',
    severity: 'error',
    hint: 'Chapter ids must be unique in course.yaml: rename one of them.',
  },
  'course/empty-chapter': {
    title: 'chapter without lessons',
    severity: 'warning',
    hint: 'Set "chapter: <id>" in the front matter of its lessons, or remove the chapter.',
  },
  'course/title-language': {
    title: 'title missing in the course language',
    severity: 'error',
    hint: 'The course title is shown in the course language: add it under title.',
  },
  'course/no-iri': {
    title: 'no course IRI',
    severity: 'warning',
    hint:
      'Add "iri: https://<a domain your organisation owns>/courses/<course id>" to course.yaml. xAPI and cmi5 name the course, ' +
      'its lessons and questions by it in every statement; the default under coursepack.invalid is the same for every course ' +
      `with this id, so two such courses in one LRS or LMS mix their records (see ${FORMAT_DOC}).`,
  },
  'glossary/incomplete-entity': {
    title: 'new glossary entity without type or names',
    severity: 'error',
    hint: 'An entity the general gazetteer does not know needs a type (country, city, region, water, facility, organisation, treaty, person) and names (see the "Glossary" section of docs/course-format.md).',
  },
  'glossary/duplicate-id': {
    title: 'glossary entity listed twice',
    severity: 'error',
    hint: 'List each entity once in glossary.yaml and put all its names and spellings in that entry.',
  },
  'glossary/unknown-topic': {
    title: 'topic names no known entity',
    severity: 'error',
    hint: 'topic lists ids of the gazetteer (src/data/gazetteer) or of entities of glossary.yaml.',
  },
  'course/screen-range': {
    title: 'screen length range reversed',
    severity: 'error',
    hint: 'settings.screen.minWords must not be greater than settings.screen.maxWords.',
  },
  'course/blank-title': {
    title: 'title without text',
    severity: 'error',
    hint: 'A title holding only spaces shows as nothing in the LMS and the player: write the title.',
  },
  'course/long-title': {
    title: 'title cut in the LMS',
    severity: 'warning',
    hint: 'SCORM manifests hold titles of at most 200 characters; the LMS shows the shortened title. Shorten it in the source.',
  },
  'lesson/duplicate-id': {
    title: 'lesson id used twice',
    severity: 'error',
    hint: 'Lesson ids must be unique in the course: rename one of them.',
  },
  'lesson/duplicate-order': {
    title: 'lesson order used twice',
    severity: 'error',
    hint: 'Each lesson needs its own order number, which sets its place in the course.',
  },
  'lesson/unknown-chapter': {
    title: 'unknown chapter',
    severity: 'error',
    hint: 'Use the id of a chapter listed under chapters in course.yaml, or remove the chapter key.',
  },
  'lesson/empty-body': {
    title: 'lesson without text',
    severity: 'warning',
    hint: 'Write the lesson text after the front matter, or remove the lesson.',
  },
  // Images and figures in lessons
  'image/no-alt': {
    title: 'image without alt text',
    severity: 'warning',
    hint: 'Describe the image for readers who cannot see it: ![what the image shows](../images/file.png).',
  },
  'image/missing': {
    title: 'image file not found',
    severity: 'warning',
    hint: 'Image paths are relative to the lesson file, e.g. ../images/figure-1.png for course/images/figure-1.png.',
  },
  'image/remote': {
    title: 'image from the web',
    severity: 'warning',
    hint: 'A package must work offline: download the image into the course\'s images/ folder and link it from there.',
  },
  'image/outside-course': {
    title: 'image outside the course folder',
    severity: 'warning',
    hint: 'Copy the image into the course folder (images/) so that it travels with the course.',
  },
  'image/too-large': {
    title: 'image file too large',
    severity: 'warning',
    hint: 'Scale the image down or compress it (PNG or JPEG under the limit); every package that shows the lesson carries it.',
  },
  'image/unsupported': {
    title: 'image type browsers cannot show',
    severity: 'warning',
    hint: 'Use PNG, JPEG, GIF, WebP or SVG.',
  },
  'figure/no-image': {
    title: 'figure without its image',
    severity: 'warning',
    hint: 'Put the image inside the figure: a line ![alt text](../images/file.png) between "::: figure …" and ":::".',
  },
  'lesson/unsafe-link': {
    title: 'link shown as text',
    severity: 'warning',
    hint: 'Links to javascript:, vbscript: and data: addresses never become links in the lesson page (they could run code); students see the bracketed text. Link to an http(s) page instead, or remove the link.',
  },
  'lesson/html-comment': {
    title: 'HTML comment shown to students',
    severity: 'warning',
    hint: 'Lessons are Markdown with HTML turned off, so <!-- … --> is printed as text on the page: remove the comment (keep notes in another file).',
  },
  // Importing a text (coursepack import)
  'import/empty': {
    title: 'empty text',
    severity: 'error',
    hint: 'Export the document as plain UTF-8 text (.txt) and import that file.',
  },
  'import/binary': {
    title: 'not a text file',
    severity: 'error',
    hint: 'Export the document from the word processor as plain text (UTF-8), not as .docx or .pdf.',
  },
  'import/too-large': {
    title: 'text too large',
    severity: 'error',
    hint: 'Split the text into several files and import each as its own course.',
  },
  'import/no-headings': {
    title: 'no headings found',
    severity: 'error',
    hint: 'Lessons are cut at headings: numbered ones (1, 1.1, 2.3.) or unnumbered upper-case lines (INTRODUCTION).',
  },
  'import/text-before-heading': {
    title: 'text before the first heading',
    severity: 'warning',
    hint: 'The text before the first heading became a lesson of its own; delete it from course.yaml if it is a title page.',
  },
  'import/heading-without-text': {
    title: 'heading without text',
    severity: 'warning',
    hint: 'A heading with no text before the next one (a title line) is not made a lesson: a lesson without text would have no screen and no quiz.',
  },
  'import/table-without-cells': {
    title: 'table caption without a table',
    severity: 'warning',
    hint: 'The caption was kept as a paragraph; add the table by hand in the lesson file if it is needed.',
  },
  'import/out-not-empty': {
    title: 'output folder already holds a course',
    severity: 'error',
    hint: 'Choose another folder with --out, or pass --force to replace the lesson files there.',
  },
  // Importing a Word document (coursepack import FILE.docx)
  'import/doc-binary': {
    title: 'old binary Word document (.doc)',
    severity: 'error',
    hint: 'Open it in Word or LibreOffice and save it as "Word Document (.docx)", then import the .docx.',
  },
  'import/docx-encrypted': {
    title: 'password-protected Word document',
    severity: 'error',
    hint: 'Remove the password in Word (File → Info → Protect Document → Encrypt with Password, empty), save, and import again.',
  },
  'import/docx-corrupt': {
    title: 'damaged Word document',
    severity: 'error',
    hint: 'Open the file in Word (it offers to repair it) and save it again, or export a new .docx.',
  },
  'import/image-too-large': {
    title: 'embedded image too large',
    severity: 'error',
    hint: 'Compress the pictures in Word (Picture Format → Compress Pictures, 150 ppi) and import again.',
  },
  'import/image-unsupported': {
    title: 'image type browsers cannot show',
    severity: 'warning',
    hint: 'Save the picture as PNG or JPEG, put it in the course\'s images/ folder and add it to the figure (docs/course-format.md).',
  },
  'import/image-no-alt': {
    title: 'image without alt text',
    severity: 'warning',
    hint: 'Add alt text in Word (right-click the picture → View Alt Text) or write it between the brackets of ![…] in the lesson file.',
  },
  'import/invalid-id': {
    title: 'course id not usable',
    severity: 'error',
    hint: 'A course id goes into SCORM manifests, URLs and file names: use Latin letters (a-z, A-Z), digits, - and _.',
  },
  'import/language-mismatch': {
    title: 'text not in the language given',
    severity: 'warning',
    hint: 'Check --language: it sets the UI strings and the quiz rules (Kazakh suffixes, Russian cases) used for the text.',
  },
  // Building packages (coursepack build)
  'build/unknown-format': {
    title: 'unknown output format',
    severity: 'error',
    hint: 'Run coursepack build --help for the list of formats.',
  },
  'build/cannot-write': {
    title: 'output cannot be written',
    severity: 'error',
    hint: 'Check that the output folder can be written and the disk has space, or choose another folder with --out.',
  },
  'build/unsafe-out': {
    title: 'output folder refused',
    severity: 'error',
    hint: 'Build into a folder of its own, such as build (the default) or dist-lms: coursepack only ever replaces a folder it wrote itself.',
  },
  'build/out-not-ours': {
    title: 'output folder holds files the build did not write',
    severity: 'error',
    hint: 'A build replaces only what an earlier build wrote (marked by .coursepack-build files): move these files away, or choose another folder with --out.',
  },
  // Question banks (coursepack quiz …)
  'quiz/unknown-lesson': {
    title: 'unknown lesson',
    severity: 'error',
    hint: `A bank file is named after its lesson, quizzes/<lesson-id>${QUIZ_SUFFIX}: rename the file, or remove it if the lesson is gone.`,
  },
  'quiz/no-course': {
    title: 'bank does not name its course',
    severity: 'error',
    hint: 'Add "course: <id>" at the top of the bank, with the id from the course.yaml of the course it belongs to; banks of different courses must never be mixed.',
  },
  'quiz/other-course': {
    title: 'bank of another course',
    severity: 'error',
    hint: 'This folder holds another course\'s banks: nothing is read from or written to them. Give each course its own banks folder with "quizzes:" in its course.yaml (or --quizzes).',
  },
  'quiz/bank-outside': {
    title: 'bank outside its folder',
    severity: 'error',
    hint: 'A bank file is a symbolic link leading out of the banks folder; it is not read. Put the bank file itself in the folder.',
  },
  'quiz/bank-too-large': {
    title: 'bank too large',
    severity: 'error',
    hint: 'A question bank may hold at most 2 MB: delete rejected items you no longer need, or split the lesson into shorter lessons (each gets its own bank).',
  },
  'quiz/stale-item': {
    title: 'question about text that is gone',
    severity: 'warning',
    hint: 'The source sentence of this item is no longer in the lesson (it was edited or removed): edit the item to match the text, or reject it (status: rejected). quiz generate marks such items stale: true.',
  },
  'quiz/all-answers-right': {
    title: 'every option is right',
    severity: 'error',
    hint: 'A multiple-response item with no wrong option is answered by ticking everything: add a wrong option, or reject the item (status: rejected).',
  },
  'quiz/lesson-mismatch': {
    title: 'bank and lesson do not agree',
    severity: 'error',
    hint: `The lesson key and every item's source.lesson must be the lesson id the file is named after (see ${BANK_DOC}).`,
  },
  'quiz/language-mismatch': {
    title: 'bank in another language',
    severity: 'warning',
    hint: 'The bank\'s language should be the course language; regenerate the bank or translate its items.',
  },
  'quiz/duplicate-item-id': {
    title: 'item id used twice',
    severity: 'error',
    hint: 'Item ids must be unique in the whole course (they become interaction ids in the LMS): rename one of them.',
  },
  'quiz/invalid-item-id': {
    title: 'item id not usable in the LMS',
    severity: 'error',
    hint: 'SCORM identifiers allow only letters, digits, - and _, at most 64 characters: rename the item.',
  },
  'quiz/empty-text': {
    title: 'empty text',
    severity: 'error',
    hint: 'Write the text, or reject the item (status: rejected).',
  },
  'quiz/cloze-without-blank': {
    title: 'fill-in item without a blank',
    severity: 'error',
    hint: 'Items of cloze-… rules show the answer\'s place in the stem as ____ (four underscores): put it back.',
  },
  'quiz/unknown-answer': {
    title: 'answer is not an option',
    severity: 'error',
    hint: 'An answer names the id of one of the item\'s options (a, b, c …).',
  },
  'quiz/no-answer': {
    title: 'no right answer',
    severity: 'error',
    hint: 'A multiple-response item needs at least one right option in answers.',
  },
  'quiz/duplicate-option': {
    title: 'options not distinct',
    severity: 'error',
    hint: 'Every option needs its own id and its own text, or the learner cannot tell them apart.',
  },
  'quiz/too-few-options': {
    title: 'too few options',
    severity: 'error',
    hint: 'Give at least 3 options (one right, two wrong), or make it a true-false item.',
  },
  'quiz/too-few-steps': {
    title: 'too few steps to order',
    severity: 'error',
    hint: 'An ordering item needs at least 3 steps; with two it is a guess between two orders.',
  },
  'quiz/too-few-pairs': {
    title: 'too few pairs to match',
    severity: 'error',
    hint: 'A matching item needs at least 3 pairs; with fewer the last pair gives itself away.',
  },
  'quiz/duplicate-pair-side': {
    title: 'pairs not distinct',
    severity: 'error',
    hint: 'Each left side and each right side may appear once in a matching item, or two answers are right.',
  },
  'quiz/source-line-outside': {
    title: 'source line outside the lesson',
    severity: 'error',
    hint: 'source.line is a line of the lesson file (it links the feedback to its screen): correct it.',
  },
  'quiz/cannot-write': {
    title: 'bank cannot be written',
    severity: 'error',
    hint: 'Check that the quizzes folder can be written and the disk has space, or choose another folder with --quizzes. No bank was changed.',
  },
  // Exporting question banks (coursepack export …)
  'export/no-items': {
    title: 'nothing to export',
    severity: 'error',
    hint: 'Approve items in quizzes/<lesson-id>.quiz.yaml (status: approved), or export the drafts too with --include approved-and-drafts.',
  },
  'export/too-many-answers': {
    title: 'too many right options for Moodle',
    severity: 'error',
    hint: 'Split the item into several, or reject it (status: rejected) before exporting.',
  },
  'export/backup-no-questions': {
    title: 'course backup without questions',
    severity: 'warning',
    hint: 'Write the banks with coursepack quiz generate and review them; until then every lesson is completed on view.',
  },
  'export/backup-lesson-without-quiz': {
    title: 'lesson without quiz in the course backup',
    severity: 'warning',
    hint: 'Its SCORM activity is completed when viewed and graded 1 point once the lesson is done. Give the lesson a bank (coursepack quiz generate) to grade it by its quiz.',
  },
  'export/backup-over-upload-limit': {
    title: 'course backup larger than the default upload limit',
    severity: 'warning',
    hint: 'Restore it with Moodle\'s command line (admin/cli/restore_backup.php), or ask the site administrator to raise PHP\'s upload_max_filesize and post_max_size and Moodle\'s "Maximum uploaded file size".',
  },
  'export/backup-chapter-quiz-short': {
    title: 'chapter quiz draws fewer questions from a lesson',
    severity: 'warning',
    hint: 'The lesson\'s bank holds fewer shipped items than --chapter-quizzes asks for; its quiz draws all of them.',
  },
  // Progress and item-analysis reports (coursepack report)
  'report/invalid-option': {
    title: 'option value not usable',
    severity: 'error',
    hint: 'Run "coursepack report --help" for the options and examples; docs/reports.md explains each.',
  },
  'report/lrs-unreachable': {
    title: 'LRS not reachable',
    severity: 'error',
    hint: 'Check the --lrs address (scheme, host, port), that the LRS is running, and that this computer may reach it.',
  },
  'report/lrs-auth': {
    title: 'LRS refused the credentials',
    severity: 'error',
    hint: 'Give the LRS key and secret as --auth key:secret (or the whole "Basic …" header value); the key needs permission to read statements.',
  },
  'report/lrs-not-found': {
    title: 'not an xAPI endpoint',
    severity: 'error',
    hint: 'Give the LRS\'s xAPI endpoint, the address the statements resource is under (it often ends in /xAPI/ or /data/xAPI/).',
  },
  'report/lrs-error': {
    title: 'LRS answer not usable',
    severity: 'error',
    hint: 'Check that --lrs names an xAPI 1.0.3 endpoint; if it does, the LRS\'s own log says more.',
  },
  'report/lrs-timeout': {
    title: 'LRS too slow',
    severity: 'error',
    hint: 'The LRS stopped sending in the middle of an answer: try again, or ask for fewer statements per page with --page-size.',
  },
  'report/too-many-pages': {
    title: 'too many pages of statements',
    severity: 'error',
    hint: 'Narrow the query with --since or --registration, or give a larger --page-size.',
  },
  'report/no-statements': {
    title: 'no statements for this course',
    severity: 'error',
    hint: 'Check that the course IRI (iri in course.yaml) is the one the packages were built with, and the --since and --registration filters.',
  },
  'report/lrs-paging': {
    title: 'the LRS\'s pages repeat or skip statements',
    severity: 'warning',
    hint: 'Its `more` links are not a stable cursor (docs/reports.md, "From an LRS"): ask for all statements in one page with a --page-size above their number, or narrow the query with --since.',
  },
  'report/malformed-statements': {
    title: 'statements skipped',
    severity: 'warning',
    hint: 'These statements lack what the report needs (an identified actor, a verb, an activity, a result for answers); the rest of the report is unaffected.',
  },
  'report/unknown-lessons': {
    title: 'activity of lessons not in the course',
    severity: 'warning',
    hint: 'The data names lessons that course.yaml does not list (an older version of the course?); they are left out of the report.',
  },
  'report/unknown-items': {
    title: 'answers to questions not in the banks',
    severity: 'warning',
    hint: 'These items are analysed without their bank text (removed or renamed since the packages were built?).',
  },
  'report/moodle-csv-unreadable': {
    title: 'Moodle report file cannot be read',
    severity: 'error',
    hint: 'Give the file downloaded from the SCORM activity: Reports > Interactions report, then "Download" > "Download in text format".',
  },
  'report/moodle-csv-empty': {
    title: 'Moodle report file is empty',
    severity: 'error',
    hint: 'Download the Interactions report again ("Download in text format"); an empty file means the download did not finish or the activity has no attempts yet.',
  },
  'report/moodle-csv-layout': {
    title: 'not a Moodle interactions report',
    severity: 'error',
    hint: 'Download the Interactions report with "Summary of question", "Summary of responses", "Summary of right answer" and "Summary of result" ticked under the report options, in Moodle\'s English interface (docs/reports.md).',
  },
  'report/moodle-csv-no-interactions': {
    title: 'no answers of this course in the Moodle report',
    severity: 'error',
    hint: 'Tick "Summary of question" under the report options before downloading (it holds the question ids), and check that the report is of this course\'s SCORM activity.',
  },
  'report/moodle-csv-scorm2004': {
    title: 'Moodle\'s report holds no answers of SCORM 2004 activities',
    severity: 'error',
    hint: 'Moodle\'s interactions report shows only SCORM 1.2 answers: for item analysis from this file, upload the SCORM 1.2 packages (build/scorm12/) to Moodle.',
  },
  'report/moodle-unreachable': {
    title: 'Moodle not reachable',
    severity: 'error',
    hint: 'Check the --moodle address (the site\'s address as in the browser, e.g. https://moodle.example.edu), that Moodle is running, and that this computer may reach it.',
  },
  'report/moodle-timeout': {
    title: 'Moodle too slow',
    severity: 'error',
    hint: 'Moodle did not answer a web-service call in time, even after retries: try again later, or with fewer requests at once (--concurrency 1).',
  },
  'report/moodle-not-found': {
    title: 'no Moodle web services at this address',
    severity: 'error',
    hint: 'Give the Moodle site\'s address (wwwroot) with --moodle; the report calls <address>/webservice/rest/server.php.',
  },
  'report/moodle-ws-disabled': {
    title: 'Moodle\'s web services or REST protocol are off',
    severity: 'error',
    hint: 'Ask the site administrator: Site administration > General > Advanced features: tick "Enable web services"; Site administration > Server > Web services > Manage protocols: enable REST (docs/reports.md, "Straight from Moodle").',
  },
  'report/moodle-token': {
    title: 'Moodle does not know the token',
    severity: 'error',
    hint: 'Copy the token again from Site administration > Server > Web services > Manage tokens (or your profile\'s Security keys); give it with --token or COURSEPACK_MOODLE_TOKEN. A token deleted or expired must be created anew.',
  },
  'report/moodle-function-missing': {
    title: 'the token\'s web service lacks functions the report calls',
    severity: 'error',
    hint: 'Site administration > Server > Web services > External services: add the functions named to the token\'s service (docs/reports.md lists all seven).',
  },
  'report/moodle-capability': {
    title: 'the token\'s user may not read the course\'s SCORM reports',
    severity: 'error',
    hint: 'The token\'s user needs, in the course, a role with mod/scorm:viewreport and moodle/course:viewparticipants (Teacher or Non-editing teacher), and webservice/rest:use (e.g. a system role that allows it).',
  },
  'report/moodle-course-not-found': {
    title: 'no such Moodle course',
    severity: 'error',
    hint: 'Give the course\'s short name (Course settings > Course short name) or its id (the id= in the course\'s address) with --moodle-course; the token\'s user must be able to see the course.',
  },
  'report/moodle-no-activities': {
    title: 'no coursepack activity in the Moodle course',
    severity: 'error',
    hint: 'Upload the SCORM packages of this course (build/scorm12 or build/scorm2004, the course zip or lesson zips) to the Moodle course, or run the report from the folder of the course they were built from.',
  },
  'report/moodle-error': {
    title: 'Moodle web-service call failed',
    severity: 'error',
    hint: 'Moodle refused or failed a call; its message is quoted. The site\'s log (Site administration > Reports > Logs) and PHP error log say more.',
  },
  'report/store-unreadable': {
    title: 'the report\'s local store cannot be used',
    severity: 'warning',
    hint: 'The file beside the report (moodle-store.json) is not one this version wrote, or it is damaged: everything is read from Moodle again and the file rewritten.',
  },
  'report/cannot-write': {
    title: 'report cannot be written',
    severity: 'error',
    hint: 'Check that the output folder can be written and the disk has space, or choose another folder with --out.',
  },
  // The studio (coursepack studio)
  'studio/port-in-use': {
    title: 'the studio\'s port is in use',
    severity: 'error',
    hint: 'Give another port with --port, or leave --port out to take the first free one from 5757 on.',
  },
  'studio/cannot-listen': {
    title: 'the studio cannot listen',
    severity: 'error',
    hint: 'Check the --host and --port given: the studio listens on 127.0.0.1 unless asked otherwise.',
  },
} as const satisfies Record<string, CodeEntry>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Builds a diagnostic with the catalogue's severity and (unless given) its default hint. */
export function diagnostic(
  code: DiagnosticCode,
  message: string,
  place?: Place,
  hint?: string,
): Diagnostic {
  const entry: CodeEntry = DIAGNOSTIC_CODES[code];
  return {
    code,
    severity: entry.severity,
    message,
    hint: hint ?? entry.hint,
    ...(place ? { place } : {}),
  };
}
