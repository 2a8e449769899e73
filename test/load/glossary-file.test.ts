import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadCourse } from '../../src/load/index';
import { parseGlossary } from '../../src/load/glossary-file';
import { parseYaml, placeOfValue } from '../../src/load/yaml-source';
import { withGlossary } from '../../src/quiz/text/entities/catalogue';

const FILE = '/course/glossary.yaml';
const problems = (text: string) => parseGlossary(FILE, text).diagnostics.map((d) => `${d.place?.line}:${d.place?.column} ${d.code} ${d.message}`);

describe('course/glossary.yaml', () => {
  it('adds new entities and more spellings of gazetteer ones, and marks the course topic', () => {
    const { glossary, diagnostics } = parseGlossary(FILE, [
      'topic: [central-asia]',
      'entities:',
      '  - id: person-laumulin',
      '    type: person',
      '    group: scholar',
      '    names: {kk: [Лаумулин], ru: [Лаумулин]}',
      '    initials: [М.Т.]',
      '  - id: kyrgyzstan',
      '    variants: {kk: [Қызғызстан]}',
      '',
    ].join('\n'));
    expect(diagnostics).toEqual([]);
    const catalogue = withGlossary(glossary);
    expect(catalogue.byId.get('person-laumulin')).toMatchObject({ type: 'person', group: 'scholar', source: 'glossary', initials: ['М.Т.'] });
    expect(catalogue.byId.get('kyrgyzstan')!.variants?.kk).toContain('Қызғызстан');
    expect(catalogue.byId.get('kyrgyzstan')!.names.kk).toContain('Қырғызстан');
    expect(catalogue.byId.get('central-asia')!.topic).toBe(true);
  });

  it('gives each entry the place where it is written, looked up only when read (issue 18: a build never asks)', () => {
    const file = path.resolve(__dirname, '../../course/glossary.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const { glossary, diagnostics } = parseGlossary(file, text);
    expect(diagnostics).toEqual([]);
    const entities = glossary!.entities;
    expect(entities.length).toBeGreaterThan(10);
    expect(entities.every((entry) => typeof Object.getOwnPropertyDescriptor(entry, 'place')?.get === 'function')).toBe(true);
    const full = parseYaml(text, file);
    entities.forEach((entry, index) => expect(entry.place).toEqual(placeOfValue(full.source, ['entities', index])));
    expect(Object.getOwnPropertyDescriptor(entities[0], 'place')).toMatchObject({ value: entities[0].place, enumerable: true });
    expect(JSON.parse(JSON.stringify(entities[1])).place).toEqual(placeOfValue(full.source, ['entities', 1]));
  });

  it('loads with the course, and a course without one has none', async () => {
    const { course } = await loadCourse(path.join(__dirname, '../../course'));
    expect(course!.glossary!.entities.some((entry) => entry.id === 'person-mackinder')).toBe(true);
    const { course: plain } = await loadCourse(path.join(__dirname, '../fixtures/quiz-rules/ru'));
    expect(plain!.glossary).toBeUndefined();
  });

  // must-fail: each problem at its line and column
  it('reports a misspelt key, a type it does not know and a list where names belong', () => {
    expect(problems('entities:\n  - id: x\n    type: river\n    nmes: {kk: [X]}\n')).toEqual([
      '3:11 schema/invalid-value entities[0].type "river" is not supported: use country, city, region, water, facility, organisation, treaty or person',
      '4:5 schema/unknown-key unknown key "nmes" in entities[0] (did you mean "names"?)',
    ]);
    expect(problems('entities:\n  - id: x\n    type: city\n    names: [X]\n')).toEqual([
      '4:12 schema/wrong-type entities[0].names must be a mapping of languages (kk, ru, en) to text',
    ]);
  });

  it('reports a new entity without type or names, an id listed twice and a topic nobody knows', () => {
    expect(problems([
      'topic: [central-asai]',
      'entities:',
      '  - id: person-x',
      '    names: {kk: [Икс]}',
      '  - id: kazakhstan',
      '    variants: {kk: [Қзақстан]}',
      '  - id: kazakhstan',
      '    variants: {kk: [Қазақастан]}',
      '',
    ].join('\n'))).toEqual([
      '3:9 glossary/incomplete-entity entity "person-x" is not in the gazetteer, so it needs type',
      '7:9 glossary/duplicate-id entity "kazakhstan" is listed twice',
      '1:9 glossary/unknown-topic topic "central-asai" is neither in the gazetteer nor an entity of the glossary',
    ]);
  });

  it('stops the course from loading, with the glossary file named', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-'));
    fs.cpSync(path.join(__dirname, '../fixtures/quiz-rules/ru'), dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'glossary.yaml'), 'entities:\n  - id: new-river\n');
    const { course, diagnostics } = await loadCourse(dir);
    expect(course).toBeNull();
    expect(diagnostics.map((d) => [path.basename(d.place!.file), d.place!.line, d.code])).toEqual([['glossary.yaml', 2, 'glossary/incomplete-entity']]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
