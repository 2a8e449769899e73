import type { Diagnostic } from '../../src/diagnostics/diagnostic';
import { formatDiagnostics, summaryLine } from '../../src/diagnostics/format';

const SOURCE = ['id: c', 'version: 1.0.0', 'language: kk', 'settings:', '  scren: 3', 'lessons: []', 'chapters: []', ''].join('\n');

const unknownSetting: Diagnostic = {
  code: 'schema/unknown-key',
  severity: 'error',
  message: 'unknown setting "scren" in settings (did you mean "screen"?)',
  hint: 'Check the spelling.',
  place: { file: '/work/course/course.yaml', line: 5, column: 3 },
};

const readSource = (file: string) => (file === '/work/course/course.yaml' ? SOURCE : undefined);

describe('formatDiagnostics', () => {
  it('prints the place relative to cwd, a code frame with two lines of context and a caret, and the hint', () => {
    expect(formatDiagnostics([unknownSetting], { cwd: '/work', readSource })).toBe(
      [
        'course/course.yaml:5:3  error  schema/unknown-key  unknown setting "scren" in settings (did you mean "screen"?)',
        '    3 | language: kk',
        '    4 | settings:',
        '  > 5 |   scren: 3',
        '      |   ^',
        '    6 | lessons: []',
        '    7 | chapters: []',
        '  hint: Check the spelling.',
        '',
        '1 error',
      ].join('\n'),
    );
  });

  it('cuts the context at the start of the file and widens the gutter for two-digit lines', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n');
    const at = (line: number): Diagnostic => ({ ...unknownSetting, place: { file: '/f.md', line, column: 1 } });
    const text = formatDiagnostics([at(1), at(10)], { cwd: '/', readSource: () => lines });
    expect(text).toContain(['  > 1 | line 1', '      | ^', '    2 | line 2', '    3 | line 3', '  hint'].join('\n'));
    expect(text).toContain(['     8 | line 8', '     9 | line 9', '  > 10 | line 10', '       | ^', '    11 | line 11'].join('\n'));
  });

  it('keeps tabs under the caret so that it lines up with tab-indented text', () => {
    const d: Diagnostic = { ...unknownSetting, place: { file: '/f', line: 1, column: 3 } };
    expect(formatDiagnostics([d], { cwd: '/', readSource: () => '\tx: y' })).toContain('  > 1 | \tx: y\n      | \t ^');
  });

  it('shows no frame when the source cannot be read or is binary', () => {
    const unreadable = formatDiagnostics([unknownSetting], { cwd: '/work', readSource: () => undefined });
    const binary = formatDiagnostics([unknownSetting], { cwd: '/work', readSource: () => 'a\u0000b\n\n\n\n\n' });
    for (const text of [unreadable, binary]) {
      expect(text.split('\n')).toEqual([
        'course/course.yaml:5:3  error  schema/unknown-key  unknown setting "scren" in settings (did you mean "screen"?)',
        '  hint: Check the spelling.',
        '',
        '1 error',
      ]);
    }
  });

  it('prints a diagnostic without a place as its code and message', () => {
    const d: Diagnostic = { code: 'x/y', severity: 'warning', message: 'something general' };
    expect(formatDiagnostics([d], { cwd: '/' })).toBe('warning  x/y  something general\n\n1 warning');
  });

  it('colours only when asked', () => {
    expect(formatDiagnostics([unknownSetting], { cwd: '/work', readSource })).not.toContain('\u001b[');
    const coloured = formatDiagnostics([unknownSetting], { cwd: '/work', readSource, color: true });
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
  });
});

describe('summaryLine', () => {
  const error: Diagnostic = { code: 'a/b', severity: 'error', message: 'm' };
  const warning: Diagnostic = { code: 'a/c', severity: 'warning', message: 'm' };
  it.each([
    [[error, error, warning], '2 errors, 1 warning'],
    [[error], '1 error'],
    [[warning, warning], '2 warnings'],
    [[], 'no problems'],
  ])('counts errors and warnings', (diagnostics, expected) => {
    expect(summaryLine(diagnostics)).toBe(expected);
  });
});
