/**
 * The studio page's script and styles: src/studio/client bundled by esbuild when the studio
 * starts (a few tens of milliseconds), served from memory. Nothing is loaded from elsewhere.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { findPackageRoot } from '../assets/player-sources';

export interface ClientBundle {
  readonly js: string;
  readonly css: string;
}

export function clientDir(): string {
  return path.join(findPackageRoot(), 'src', 'studio', 'client');
}

export async function bundleClient(): Promise<ClientBundle> {
  const esbuild = await import('esbuild');
  const dir = clientDir();
  const [script, css] = await Promise.all([
    esbuild.build({ entryPoints: [path.join(dir, 'main.ts')], bundle: true, write: false, format: 'iife', target: 'es2020', charset: 'utf8', logLevel: 'silent' }),
    readFile(path.join(dir, 'studio.css'), 'utf8'),
  ]);
  return { js: script.outputFiles[0]!.text, css };
}
