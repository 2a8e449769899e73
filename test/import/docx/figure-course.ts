/**
 * A course with figures for the load, render, format, build and end-to-end tests: a Kazakh
 * Word document (made by ./make-docx.ts) imported the way `coursepack import` does, with a
 * photo wider than any phone, plus an empty quiz folder.
 */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { importDocx, writeImport } from '../../../src/import';
import { makeDocx, png } from './make-docx';

/** The wide image's bytes (1600 × 300: wider than every screen). */
export const WIDE_IMAGE = png(1600, 300, [180, 30, 30]);
export const SQUARE_IMAGE = png(200, 200, [20, 120, 60]);

const PARAGRAPH = 'Қазақстан мен Өзбекстан арасындағы ынтымақтастық аймақтың тұрақтылығына әсер етеді. '.repeat(6).trim();

/** Writes the course into `dir/course` (and `dir/quizzes`) and returns the course folder. */
export async function writeFigureCourse(dir: string): Promise<string> {
  const docx = await makeDocx([
    { heading: 1, text: '1 ОРТАЛЫҚ АЗИЯ' },
    { heading: 2, text: '1.1 Интеграция' },
    { text: PARAGRAPH },
    { image: WIDE_IMAGE, alt: 'Орталық Азия елдерінің картасы' },
    { text: 'Сурет 1 – Аймақ картасы', caption: true },
    { text: PARAGRAPH },
    { heading: 2, text: '1.2 Су мәселесі' },
    { text: PARAGRAPH, footnote: 1 },
    { image: SQUARE_IMAGE, alt: 'Су қоймаларының сызбасы' },
    { text: 'Сурет 2 – Су қоймалары', caption: true },
  ], { 1: 'Ескертпе мәтіні.' });
  const result = await importDocx(docx, { sourceName: 'figures.docx', courseId: 'figures', language: 'kk' });
  if (result.diagnostics.length > 0) throw new Error(`figure course import: ${JSON.stringify(result.diagnostics)}`);
  const courseDir = path.join(dir, 'course');
  await writeImport(result, courseDir);
  mkdirSync(path.join(dir, 'quizzes'), { recursive: true });
  return courseDir;
}
