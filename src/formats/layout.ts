/**
 * The file layout every package shares (docs/page-contract.md): lesson pages two folders
 * deep, the player in `assets/`. Render and formats both rely on it, so it lives in one place.
 */
import type { OutputFile } from '../model/files';
import type { PlayerAssets } from './format';

export const PLAYER_JS_PATH = 'assets/player.js';
export const PLAYER_CSS_PATH = 'assets/player.css';

/** How a lesson page reaches `assets/` (passed to the renderer as `assetBase`). */
export const LESSON_ASSET_BASE = '../../assets/';

export function lessonPagePath(lessonId: string): string {
  return `lessons/${lessonId}/index.html`;
}

export function playerFiles(player: PlayerAssets): readonly OutputFile[] {
  return [
    { path: PLAYER_JS_PATH, content: player.js },
    { path: PLAYER_CSS_PATH, content: player.css },
  ];
}
