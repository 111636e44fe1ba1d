// Text for the page: cleaned, checked against the fonts, measured and broken into lines. Widths are
// cached per font and word: fontkit lays out every string it measures, which is the slow part of
// drawing text with a TrueType font in pdf-lib (STACK.md).
import type { PDFFont } from 'pdf-lib';
import { AppError } from '../../shared/errors';
import type { FontData, FontKey } from './fonts';

/** A font as layout uses it: pdf-lib's embedded font, its code points and a width cache. */
export type Face = { key: FontKey; pdf: PDFFont; codePoints: ReadonlySet<number>; widths: Map<string, number> };

export function makeFace(font: FontData, pdf: PDFFont): Face {
  return { key: font.key, pdf, codePoints: font.codePoints, widths: new Map() };
}

/**
 * The text as it will be printed: NFC (a name typed with combining accents prints as one glyph),
 * line ends as \n, tabs as spaces, other control characters and zero-width marks dropped (they print
 * as nothing either way, and some fonts lack them).
 */
export function cleanText(raw: string): string {
  let out = '';
  for (const ch of raw.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '    ')) {
    if (!invisible(ch.codePointAt(0) ?? 0)) out += ch;
  }
  return out;
}

/** C0 and C1 controls other than the line end, zero-width marks, line and paragraph separators. */
function invisible(cp: number): boolean {
  return (cp < 0x20 && cp !== 0x0a) || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0x2028 || cp === 0x2029 || cp === 0x2060 || cp === 0xfeff;
}

/**
 * Fails the export when a character of `text` has no glyph in `face`, naming the field and the
 * character: an empty box in a court document would hide what the record says.
 */
export function checkCoverage(text: string, face: Face, field: string): void {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0x0a || cp === 0x20) continue;
    if (!face.codePoints.has(cp)) {
      throw new AppError('UNPRINTABLE_CHARACTER', { field, char: ch, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` });
    }
  }
}

/** Width of `text` at size 1, from the cache. */
function unitWidth(face: Face, text: string): number {
  let w = face.widths.get(text);
  if (w === undefined) {
    w = face.pdf.widthOfTextAtSize(text, 1);
    face.widths.set(text, w);
  }
  return w;
}

/**
 * Width of a line at `size`. pdf-lib draws glyphs by their advance widths without kerning, so the
 * width of words and the spaces between them add up exactly.
 */
export function textWidth(face: Face, text: string, size: number): number {
  let w = 0;
  let first = true;
  for (const word of text.split(' ')) {
    if (!first) w += unitWidth(face, ' ');
    first = false;
    if (word !== '') w += unitWidth(face, word);
  }
  return w * size;
}

/**
 * Splits a word wider than the line into pieces that fit (a digest, a URL, a long number). When the
 * word lays out as its characters side by side (no ligature or contextual form: its width is the sum
 * of theirs), a piece's width is a sum of character widths; otherwise each piece is measured whole.
 * The fast path saves a layout per character: 64 for every SHA-256 printed.
 */
function breakWord(face: Face, word: string, size: number, width: number): string[] {
  const chars = [...word];
  const widths = chars.map((ch) => unitWidth(face, ch) * size);
  const whole = unitWidth(face, word) * size;
  const additive = Math.abs(widths.reduce((a, b) => a + b, 0) - whole) <= 1e-9 * Math.max(1, whole);
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  chars.forEach((ch, i) => {
    const w = widths[i] ?? 0;
    const next = additive ? pieceWidth + w : textWidth(face, piece + ch, size);
    if (piece !== '' && next > width) {
      pieces.push(piece);
      piece = ch;
      pieceWidth = w;
    } else {
      piece += ch;
      pieceWidth = next;
    }
  });
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * The lines `text` takes in a column `width` points wide. Paragraph breaks (\n) are kept, an empty
 * line stays an empty line, and a word too long for a line is broken wherever it must be.
 */
export function wrapText(face: Face, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  const space = unitWidth(face, ' ') * size;
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(' ').filter((w) => w !== '');
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const w = unitWidth(face, word) * size;
      if (line === '' && w <= width) {
        line = word;
        lineWidth = w;
      } else if (line !== '' && lineWidth + space + w <= width) {
        line += ' ' + word;
        lineWidth += space + w;
      } else if (w <= width) {
        lines.push(line);
        line = word;
        lineWidth = w;
      } else {
        if (line !== '') lines.push(line);
        const pieces = breakWord(face, word, size, width);
        lines.push(...pieces.slice(0, -1));
        line = pieces[pieces.length - 1] ?? '';
        lineWidth = textWidth(face, line, size);
      }
    }
    lines.push(line);
  }
  return lines;
}
