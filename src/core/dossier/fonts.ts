// The fonts the dossier embeds (DESIGN.md §5): DejaVu Serif Condensed for the text, its bold and
// italic, and DejaVu Sans Mono for digests and stamps. They ship in resources/fonts with their
// licence. A character none of them covers fails the export by name (text.ts): an empty box in a
// court document would hide what the record says.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import { AppError } from '../../shared/errors';

export const FONT_FILES = {
  serif: 'DejaVuSerifCondensed.ttf',
  bold: 'DejaVuSerifCondensed-Bold.ttf',
  italic: 'DejaVuSerifCondensed-Italic.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;
export type FontKey = keyof typeof FONT_FILES;
export const FONT_KEYS = Object.keys(FONT_FILES) as FontKey[];

export type FontData = { key: FontKey; bytes: Uint8Array; codePoints: ReadonlySet<number> };

/**
 * The folder holding the fonts: BERKAS_RESOURCES (the packaged app sets it to its resources), else
 * the nearest resources/fonts above this module (the repository, in development, tests and the
 * bundled CLI alike).
 */
export function fontsDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BERKAS_RESOURCES) return join(env.BERKAS_RESOURCES, 'fonts');
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, FONT_FILES.serif))) return candidate;
    const up = resolve(dir, '..');
    if (up === dir) throw new AppError('INTERNAL', { detail: 'the dossier fonts (resources/fonts) were not found' });
    dir = up;
  }
}

const loaded = new Map<string, FontData>();

/** Each font's bytes and the code points it has glyphs for; read once per process. */
export function loadFonts(dir = fontsDir()): Record<FontKey, FontData> {
  const out = {} as Record<FontKey, FontData>;
  for (const key of FONT_KEYS) {
    const path = join(dir, FONT_FILES[key]);
    let font = loaded.get(path);
    if (!font) {
      const bytes = new Uint8Array(readFileSync(path));
      const parsed = fontkit.create(Buffer.from(bytes));
      font = { key, bytes, codePoints: new Set(parsed.characterSet) };
      loaded.set(path, font);
    }
    out[key] = font;
  }
  return out;
}
