/**
 * Makes a larger course from an existing one by repeating every lesson `factor` times
 * under new ids, so that the benchmark can show how cost grows with the size of the text.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/**
 * `distinct`: each copy's lesson titles say which copy it is, so that no two lesson pages are alike
 * up to their player configuration, as in a real course (otherwise the zip writer's cache would
 * deflate one page beginning for all copies of a lesson and the figures would flatter the build).
 */
export async function writeScaledCourse(courseDir: string, factor: number, outDir: string, { distinct = false }: { readonly distinct?: boolean } = {}): Promise<void> {
  const config = parse(await readFile(path.join(courseDir, 'course.yaml'), 'utf8')) as {
    lessons: string[];
    id: string;
  };
  const lessons: string[] = [];
  await mkdir(path.join(outDir, 'chapters'), { recursive: true });
  for (let copy = 0; copy < factor; copy++) {
    for (const file of config.lessons) {
      const text = await readFile(path.join(courseDir, file), 'utf8');
      const match = FRONT_MATTER.exec(text);
      if (!match) throw new Error(`${file}: no front matter`);
      const front = parse(match[1]) as { id: string; order: number; title: string };
      const scaled = { ...front, id: `${front.id}-x${copy}`, order: copy * 10000 + front.order, ...(distinct ? { title: `${front.title} (${copy + 1})` } : {}) };
      const name = `chapters/x${copy}-${path.basename(file)}`;
      await writeFile(path.join(outDir, name), `---\n${stringify(scaled)}---\n${text.slice(match[0].length)}`);
      lessons.push(name);
    }
  }
  const scaledConfig = { ...config, id: `${config.id}-x${factor}`, lessons };
  await writeFile(path.join(outDir, 'course.yaml'), stringify(scaledConfig));
}
