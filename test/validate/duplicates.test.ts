/**
 * Unique ids and orders: the places of the values are looked up only for values used twice, so a
 * course without duplicates never has its front matter parsed again with positions (issue 18).
 */
import type { CourseDraft, LessonFileDraft } from '../../src/load/draft';
import type { YamlSource } from '../../src/load/yaml-source';
import { parseYaml } from '../../src/load/yaml-source';
import { checkDuplicateLessonIds, checkDuplicateOrders } from '../../src/validate/duplicates';

/** A lesson whose YAML positions count how often they are asked for. */
function lesson(file: string, text: string, asked: { count: number }): LessonFileDraft {
  const parsed = parseYaml(text, file);
  const source: YamlSource = {
    file,
    text,
    lineOffset: 1,
    get doc() { asked.count += 1; return parsed.source.doc; },
    get lineCounter() { return parsed.source.lineCounter; },
  };
  const data = parsed.data as { id: string; title: string; order: number };
  return { entry: { file: file.split('/').pop() as string } as unknown as LessonFileDraft['entry'], file, relativePath: file.slice('/course/'.length), yaml: source, data: data as unknown as LessonFileDraft['data'] };
}

function draft(lessons: LessonFileDraft[]): CourseDraft {
  return { dir: '/course', lessons, allLessonsRead: true } as unknown as CourseDraft;
}

describe('duplicate lesson ids and orders', () => {
  it('asks for no place when every value is used once', () => {
    const asked = { count: 0 };
    const course = draft([lesson('/course/a.md', 'id: a\ntitle: A\norder: 1\n', asked), lesson('/course/b.md', 'id: b\ntitle: B\norder: 2\n', asked)]);
    expect(checkDuplicateLessonIds(course)).toEqual([]);
    expect(checkDuplicateOrders(course)).toEqual([]);
    expect(asked.count).toBe(0);
  });

  it('names where each copy is written, from either end', () => {
    const asked = { count: 0 };
    const course = draft([lesson('/course/a.md', 'id: same\ntitle: A\norder: 1\n', asked), lesson('/course/b.md', 'title: B\nid: same\norder: 2\n', asked)]);
    const found = checkDuplicateLessonIds(course);
    expect(found.map((d) => [d.code, d.message, d.place?.file, d.place?.line])).toEqual([
      ['lesson/duplicate-id', 'lesson id "same" is also used in b.md:3:5', '/course/a.md', 2],
      ['lesson/duplicate-id', 'lesson id "same" is also used in a.md:2:5', '/course/b.md', 3],
    ]);
  });
});
