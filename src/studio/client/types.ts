/** The JSON the studio server sends (src/studio/views), as the page reads it. */
export interface Option { id: string; text: string }
export interface Pair { id: string; left: string; right: string }
export interface Item {
  id: string; kind: string; status: 'draft' | 'approved' | 'rejected'; rule: string; stem: string; feedback: string;
  source: { lesson: string; line: number; text: string }; fingerprint: string; stale?: true;
  options?: Option[]; answer?: string | boolean; answers?: string[]; steps?: Option[]; pairs?: Pair[];
}
export interface Problem { code: string; severity: 'error' | 'warning'; message: string; line: number }
export interface Highlight { paragraph: number; start?: number; end?: number }
export interface ItemView { item: Item; problems: Problem[]; highlight: Highlight | null; edited: boolean }
export interface Paragraph { line: number; lastLine: number; text: string }
export interface Progress { reviewed: number; total: number }
export interface DiagnosticView { severity: 'error' | 'warning'; code: string; message: string; hint?: string; where?: string }
export interface ReviewView {
  lesson: { id: string; title: string; file: string };
  lessons: { id: string; title: string }[];
  bank: { file: string; version: string; problems: DiagnosticView[] };
  items: ItemView[];
  paragraphs: Paragraph[];
  progress: Progress;
  checks: string[];
}
export interface KindRow { kind?: string; generated: number; dropped: number; kept: number; draft: number; approved: number; rejected: number; usable: number }
export interface LessonRow { id: string; title: string; file: string; words: number; screens: number; kinds: KindRow[]; total: KindRow; shortfalls?: string[]; dropped?: number }
export interface MapView {
  course: { id: string; title: string; language: string } | null;
  chapters: { id: string; title: string; lessons: LessonRow[] }[];
  progress: Progress;
  diagnostics: DiagnosticView[];
  validated: boolean;
  reportRun: boolean;
}
export interface StudioEvent { kind: 'course' | 'bank' | 'diagnostics'; lesson?: string; file?: string; version?: string }
