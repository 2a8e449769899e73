import { parseYaml, placeOfKey, placeOfValue } from '../../src/load/yaml-source';

describe('parseYaml', () => {
  it('reports broken YAML at its line, shifted for front matter, with the parser reason', () => {
    const parsed = parseYaml('id: a\ntitle: "open\n', '/c/a.md', 1);
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: 'yaml/syntax', message: 'broken YAML: missing closing "quote', place: { file: '/c/a.md', line: 4, column: 1 } }),
    ]);
  });

  it('names a repeated key and where it was first written', () => {
    const parsed = parseYaml('settings:\n  screen:\n    minWords: 1\n    minWords: 2\n', '/c/course.yaml');
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({
        code: 'yaml/duplicate-key',
        message: 'key "minWords" is written twice in the same mapping (first on line 3)',
        place: { file: '/c/course.yaml', line: 4, column: 5 },
      }),
    ]);
  });
});

describe('places in YAML', () => {
  const { source } = parseYaml('title:\nlessons:\n  - a.md\n  - b.md\nsettings:\n  screen: {minWords: 3}\n', '/c/course.yaml');
  const at = (place: { line: number; column: number }) => `${place.line}:${place.column}`;

  it('finds values in sequences and flow mappings', () => {
    expect(at(placeOfValue(source, ['lessons', 1]))).toBe('4:5');
    expect(at(placeOfValue(source, ['settings', 'screen', 'minWords']))).toBe('6:22');
  });
  it('points an empty value at its key, not at the next line', () => {
    expect(at(placeOfValue(source, ['title']))).toBe('1:1');
  });
  it('falls back to the nearest ancestor for a path that is not written', () => {
    expect(at(placeOfValue(source, ['settings', 'screen', 'maxWords']))).toBe('6:11');
  });
  it('finds keys', () => {
    expect(at(placeOfKey(source, ['settings', 'screen']))).toBe('6:3');
  });
});
