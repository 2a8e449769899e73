import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from '../../src/load/front-matter';
import { isSimpleYaml } from '../../src/load/simple-yaml';
import { parseYaml, parseYamlLazily, placeOfKey, placeOfValue } from '../../src/load/yaml-source';

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

describe('parseYamlLazily (question banks)', () => {
  const bankDirs = [path.resolve(__dirname, '../fixtures/quiz-bank/lint'), path.resolve(__dirname, '../../quizzes')];
  const yamlFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? yamlFiles(path.join(dir, entry.name)) : entry.name.endsWith('.yaml') ? [path.join(dir, entry.name)] : [],
    );
  const banks = bankDirs.flatMap(yamlFiles);
  const samples: [string, string][] = [
    ...banks.map((file): [string, string] => [file, readFileSync(file, 'utf8')]),
    ['empty', ''],
    ['only a comment', '# nothing yet\n'],
    ['repeated key', 'lesson: a\nlesson: b\n'],
    ['tab indent', 'items:\n\t- id: a\n'],
    ['a date and a merge key stay text', 'lesson: 2021-09-17\nbase: &b {x: 1}\nmore: {<<: *b}\n'],
    ['numbers and booleans as YAML 1.2 reads them', 'a: 0o17\nb: 0x1F\nc: yes\nd: .inf\ne: 1_000\nf: 012\ng: true\n'],
    // Where js-yaml alone would read other data, or accept what `yaml` refuses (found in review):
    ['numbers js-yaml types otherwise', 'a: 0b101\nb: +0x1F\nc: -0\nd: !!float 1\ne: 0b23666db9e60634\nf: 1e3\n'],
    ['complex and empty keys', '? [a, b]\n: 1\n? {a: 1}\n: 2\n{: a}\n'],
    ['a YAML 1.1 directive', '%YAML 1.1\n---\na: yes\nb: 012\nc: 2021-09-17\n'],
    ['a quoted value wrapped onto a line not indented', 'items:\n  - stem: "long\ntext"\n    kind: choice\n'],
    ['a single-quoted value wrapped the same way', "items:\n  - stem: 'long\ntext'\n"],
    ['a flow list wrapped under its key', 'items:\n  - id: a\n    options: [x, y,\n    z]\n    answer: 3\n'],
    ['a comment glued to a quoted value', 'stem: "Who?"# todo\n'],
    ['a key longer than 1024 characters', `${'k'.repeat(1100)}: 1\n`],
    ['carriage returns alone as line ends', 'a: 1\rb: 2\r'],
    ['an entry indented out of line', 'items:\n  - id: a\n     kind: choice\n    status: draft\n'],
    ['a plain value continued on the next line', 'stem: one two\n  three four\nkind: choice\n'],
    ['aliases', 'a: &x [1, 2]\nb: *x\n'],
    ['the course glossary', readFileSync(path.resolve(__dirname, '../../course/glossary.yaml'), 'utf8')],
    ['names in flow mappings', 'entities:\n  - id: x\n    names: {kk: [Қазақстан, Қ. Тоқаев], ru: [Казахстан]}   # note\n    initials: [Е., -x]\n    distractor: false\n'],
    ['a key repeated in a flow mapping', 'names: {kk: [a], kk: [b]}\n'],
    ['flow scalars some reader types otherwise', 'a: [0b101, 1e3, .inf, 012, +1]\nb: {kk: 0x1F}\n'],
    ['flow scalars that are words, booleans and nulls alike', 'a: [true, null, ~, yes, no, on, 2021-09-17, a b  c]\nb: {kk: "x, y", ru: \'z]\'}\n'],
    ['flow plain scalars with a colon, a hash or a quote inside', "a: [x:y, b#c, O'Brien]\nb: {k: [a: b]}\n"],
    ['control and format characters in flow scalars', 'a: [x\u200by, a\u0085b]\nb: {kk: [c\u2028d]}\n'],
    ['a flow mapping wrapped onto the next line', 'names: {kk: [a],\n  ru: [b]}\n'],
    ['front matter with its title wrapped, as yaml.stringify writes it', 'id: s3-2-x1\nnumber: "3.2"\ntitle: Практикалық тәжірибені көпаспектілік талдау негізінде Орталық Азиядағы\n  тұтастандыру үдерістеріне сипаттама (сауалнама нәтижелері) (2)\nchapter: ch3\norder: 10009\nsource:\n  file: a.txt\n  lines:\n    - 604\n    - 870\n'],
    ['plain values continued over lines, nested and in a list item', 'k:\n  - a: b\n    c: d [e] {f} "g" %h @i\n      e\n      f\n  - g: 12\n    h: 34\n      56\n'],
    ['a plain value continued after a blank line', 'a: x\n\n  y\n'],
    ['a quoted value continued', 'a: "x"\n  y\n'],
    ['a value with a comment continued', 'a: x # c\n  y\n'],
    ['a continuation that opens a mapping', 'a: x\n  y: z\n'],
    ['a list item\'s plain value continued', '- a\n  b\n'],
    ['front matter as the importer writes it', 'id: s1-1\nnumber: "1.1"\ntitle: "Тақырып: екі бөлім"\norder: 2\nsource:\n  file: a.txt\n  lines: [126, 186]\n'],
  ];

  it.each(samples)('reads %s exactly as parseYaml does: the same data and the same diagnostics', (file, text) => {
    const lazy = parseYamlLazily(text, file);
    const full = parseYaml(text, file);
    expect(lazy.data).toEqual(full.data);
    expect(lazy.diagnostics).toEqual(full.diagnostics);
  });

  it('takes the fast way for every bank and front matter of the course, which are in the simple form', () => {
    const frontMatter = readdirSync(path.resolve(__dirname, '../../course/chapters')).map((name) => {
      const split = splitFrontMatter(readFileSync(path.resolve(__dirname, '../../course/chapters', name), 'utf8'));
      if (split.kind !== 'split') throw new Error(`${name} has no front matter`);
      return split.yaml;
    });
    const courseBanks = banks.filter((file) => file.includes(`${path.sep}quizzes${path.sep}`));
    expect(courseBanks.length).toBeGreaterThan(10);
    for (const text of [...courseBanks.map((file) => readFileSync(file, 'utf8')), ...frontMatter]) expect(isSimpleYaml(text)).toBe(true);
    // Where the readers differ, the text is not in the simple form, so `yaml` reads it.
    const differing = ['numbers js-yaml types otherwise', 'complex and empty keys', 'a YAML 1.1 directive', 'a quoted value wrapped onto a line not indented',
      'a single-quoted value wrapped the same way', 'a flow list wrapped under its key', 'a comment glued to a quoted value', 'a key longer than 1024 characters',
      'carriage returns alone as line ends', 'aliases', 'a plain value continued after a blank line', 'a quoted value continued',
      'a value with a comment continued', 'a list item\'s plain value continued',
      'flow scalars some reader types otherwise', 'flow plain scalars with a colon, a hash or a quote inside', 'a flow mapping wrapped onto the next line',
      'control and format characters in flow scalars'];
    // Flow collections of words, as glossary.yaml writes names, are in it.
    // So are plain values wrapped over deeper lines, as YAML writers wrap long titles (both readers fold them alike).
    for (const name of ['the course glossary', 'names in flow mappings', 'flow scalars that are words, booleans and nulls alike', 'a plain value continued on the next line',
      'front matter with its title wrapped, as yaml.stringify writes it', 'plain values continued over lines, nested and in a list item']) {
      expect([name, isSimpleYaml(samples.find(([sample]) => sample === name)![1])]).toEqual([name, true]);
    }
    for (const name of differing) expect([name, isSimpleYaml(samples.find(([sample]) => sample === name)![1])]).toEqual([name, false]);
  });

  it('finds the same places in a file the fast reader could misread', () => {
    const text = 'items:\n  - id: a\n    options: [x, y,\n    z]\n    answer: 3\n';
    const lazy = parseYamlLazily(text, '/q/a.quiz.yaml');
    expect(placeOfValue(lazy.source, ['items', 0, 'answer'])).toEqual(placeOfValue(parseYaml(text, '/q/a.quiz.yaml').source, ['items', 0, 'answer']));
    expect(lazy.diagnostics.length).toBeGreaterThan(0);
  });

  it('finds the same places in a correct file, its positions parsed only when asked', () => {
    const text = readFileSync(banks.find((file) => file.endsWith('s1-2.quiz.yaml'))!, 'utf8');
    const lazy = parseYamlLazily(text, '/q/s1-2.quiz.yaml');
    const full = parseYaml(text, '/q/s1-2.quiz.yaml');
    for (const place of [['lesson'], ['items', 3, 'id'], ['items', 7, 'source', 'line'], ['items', 0, 'options', 1, 'text']]) {
      expect(placeOfValue(lazy.source, place)).toEqual(placeOfValue(full.source, place));
    }
    expect(lazy.source.text).toBe(text);
  });
});
