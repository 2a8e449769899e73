import { moodleGrading } from '../../src/cli/commands/build';

describe('the build output on grading in Moodle', () => {
  it('recommends "Learning objects" out of the number of lessons when a SCORM course zip was built', () => {
    const lines = moodleGrading(['scorm12/c.zip', 'scorm12/lessons/a.zip', 'scorm12/lessons/b.zip', 'xapi/c.zip']).join(' ');
    expect(lines).toContain('scorm12/c.zip');
    expect(lines).toContain('"Grading method: Learning objects" and "Maximum grade: 2"');
  });

  it('says nothing without a SCORM course zip', () => {
    expect(moodleGrading(['xapi/c.zip', 'cmi5/c.zip'])).toEqual([]);
  });
});
