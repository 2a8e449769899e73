/**
 * The importer on the real text the first course is built from. The corpus lives outside the
 * repository (/work/shared/corpus, or $COURSEPACK_CORPUS); without it this suite is skipped.
 */
import * as fs from 'node:fs';
import { parse } from 'yaml';
import { importText } from '../../src/import';
import { CORPUS_FILE } from '../harness/shared-dir';

const CORPUS = CORPUS_FILE;
const SOURCE = 'kz-uz-central-asia-dissertation.kk.txt';
const describeWithCorpus = fs.existsSync(CORPUS) ? describe : describe.skip;

interface FrontMatter {
  id: string; number?: string; title: string; chapter?: string; order: number;
  source: { file: string; lines: [number, number] };
}

describeWithCorpus('import of the dissertation corpus', () => {
  const text = fs.existsSync(CORPUS) ? fs.readFileSync(CORPUS, 'utf8') : '';
  const result = importText(text, { sourceName: SOURCE, courseId: 'security-central-asia', language: 'kk' });
  const course = parse(String(result.files.find((f) => f.path === 'course.yaml')?.content)) as {
    chapters: { id: string; number: string; title: string; overview?: string }[]; lessons: string[];
  };
  const lessons = course.lessons.map((file) => {
    const content = String(result.files.find((f) => f.path === file)?.content);
    return parse(content.split('---\n')[1]!) as FrontMatter;
  });

  it('reports no problem', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it('makes 11 lessons: introduction, nine sections, conclusion', () => {
    expect(lessons.map((l) => [l.order, l.id, l.number, l.chapter])).toEqual([
      [1, 'kirispe', undefined, undefined],
      [2, 's1-1', '1.1', 'ch1'], [3, 's1-2', '1.2', 'ch1'], [4, 's1-3', '1.3', 'ch1'],
      [5, 's2-1', '2.1', 'ch2'], [6, 's2-2', '2.2', 'ch2'], [7, 's2-3', '2.3', 'ch2'],
      [8, 's3-1', '3.1', 'ch3'], [9, 's3-2', '3.2', 'ch3'], [10, 's3-3', '3.3', 'ch3'],
      [11, 'qorytyndy', undefined, undefined],
    ]);
    expect(lessons[0]!.title).toBe('КІРІСПЕ');
    expect(lessons[1]!.title).toBe('Орталық Азияны зерттеудің негізгі теориялары мен тұжырымдамалары');
    expect(lessons[8]!.title).toBe('Практикалық тәжірибені көпаспектілік талдау негізінде Орталық Азиядағы тұтастандыру үдерістеріне сипаттама (сауалнама нәтижелері)');
    expect(lessons[10]!.title).toBe('ҚОРЫТЫНДЫ');
  });

  it('makes 3 chapters with their titles (whitespace runs collapsed) and lead texts', () => {
    expect(course.chapters.map((c) => [c.id, c.number])).toEqual([['ch1', '1'], ['ch2', '2'], ['ch3', '3']]);
    expect(course.chapters[0]!.title).toBe('ҚАЗАҚСТАН МЕН ӨЗБЕКСТАННЫҢ ЫҚПАЛДАСТЫҚ ЖАҒДАЙЫНДАҒЫ ОРТАЛЫҚ АЗИЯНЫҢ ТҰТАСТЫҒЫН ЗЕРТТЕУДІҢ ТЕОРИЯЛЫҚ ЖӘНЕ ӘДІСНАМАЛЫҚ НЕГІЗДЕРІ');
    expect(course.chapters[2]!.title).toBe('ОРТАЛЫҚ АЗИЯ - ТҰТАСТАНДЫРУ ЖОЛЫНДА');
    for (const chapter of course.chapters) expect(chapter.overview?.split(' ').length).toBeGreaterThan(50);
  });

  it('covers every line with text exactly once: lessons plus the chapter heading and lead between them', () => {
    const lines = text.split('\n');
    const ranges = lessons.map((l) => l.source.lines);
    ranges.forEach(([first, last], k) => {
      expect(first).toBeLessThanOrEqual(last);
      if (k > 0) expect(first).toBeGreaterThan(ranges[k - 1]![1]);
    });
    const lastWithText = lines.reduce((found, line, i) => (line.trim() ? i + 1 : found), 0);
    expect(ranges[0]![0]).toBe(1);
    expect(ranges[ranges.length - 1]![1]).toBe(lastWithText);
    // Text between two lessons is a chapter's heading and lead: it starts with the chapter number.
    for (let k = 1; k < ranges.length; k++) {
      const gap = lines.slice(ranges[k - 1]![1], ranges[k]![0] - 1).filter((line) => line.trim());
      if (gap.length === 0) continue;
      const chapter = course.chapters.find((c) => gap[0]!.trim().startsWith(c.number));
      expect(chapter).toBeDefined();
      expect(lessons[k]!.chapter).toBe(chapter!.id);
    }
  });

  it('rebuilds the two survey tables and the six figures, and repairs glued sentences', () => {
    const bodies = result.files.filter((f) => f.path.startsWith('chapters/')).map((f) => String(f.content)).join('\n');
    expect(bodies.match(/^::: table Кесте \d – /gm)).toHaveLength(2);
    expect(bodies.match(/^::: figure Сурет \d – /gm)).toHaveLength(6);
    expect(bodies).toContain('сипаттамасы. Диссертациялық');
    expect(bodies).toContain('Қ.К. Тоқаев');
    expect(bodies).not.toMatch(/\p{Ll}{2}\.\p{Lu}\p{Ll}/u);
    expect(result.stats?.gluedSentencesRepaired).toBeGreaterThanOrEqual(40);
  });
});
