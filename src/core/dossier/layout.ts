// A small layout layer over pdf-lib: text flows down A4 pages in a body column, tables split across
// pages with their header repeated, headings stay with what follows, images scale to fit. It does
// not draw: it produces pages of drawing operations (a display list), so the daftar isi can be laid
// out after the pages it points to, and "Halaman X dari Y" written once Y is known (render.ts).
import type { FontKey } from './fonts';
import { checkCoverage, cleanText, textWidth, wrapText, type Face } from './text';

export const PAGE_WIDTH = 595.28; // A4, in points
export const PAGE_HEIGHT = 841.89;
/** The body column. The left margin is wider: a berkas is bound on the left. */
export const MARGIN = { top: 72, bottom: 78, left: 78, right: 56 } as const;
export const BODY_WIDTH = PAGE_WIDTH - MARGIN.left - MARGIN.right;
const BODY_TOP = PAGE_HEIGHT - MARGIN.top;

export type Op =
  | { t: 'text'; x: number; y: number; text: string; font: FontKey; size: number; gray: number }
  | { t: 'rule'; x1: number; y1: number; x2: number; y2: number; width: number; gray: number }
  | { t: 'box'; x: number; y: number; w: number; h: number; gray: number }
  | { t: 'image'; image: number; x: number; y: number; w: number; h: number };

export type Page = { ops: Op[] };

/** A place in the flow the daftar isi and the outline point to. */
export type Anchor = {
  key: string;
  title: string;
  level: number;
  page: number;
  y: number;
  /** Listed in the daftar isi (every anchor is in the outline). */
  toc: boolean;
};

export type TextStyle = { font?: FontKey; size?: number; gray?: number; align?: 'left' | 'center' | 'right'; indent?: number; leading?: number };
export type Column = { title: string; width: number; font?: FontKey; align?: 'left' | 'right' | 'center' };
/** A cell's text and the field it came from (named if a character cannot be printed). */
export type Cell = { text: string; field: string };

export type Faces = Record<FontKey, Face>;

const BODY_SIZE = 10.5;
const lineHeight = (size: number, leading = 1.3): number => size * leading;
const CELL_PAD = 3.5;

export type Flow = ReturnType<typeof createFlow>;

/** A flow of pages. `pages` and `anchors` are read once it is done. */
export function createFlow(faces: Faces) {
  const pages: Page[] = [];
  const anchors: Anchor[] = [];
  let y = BODY_TOP;
  let page: Page | null = null;

  function current(): Page {
    return page ?? newPage();
  }
  function newPage(): Page {
    const fresh: Page = { ops: [] };
    page = fresh;
    pages.push(fresh);
    y = BODY_TOP;
    return fresh;
  }
  /** Starts a new page unless `height` still fits on this one. */
  function ensure(height: number): void {
    if (!page || y - height < MARGIN.bottom) newPage();
  }
  const atTop = (): boolean => page !== null && y === BODY_TOP;

  function prepare(text: string, font: FontKey, field: string): string {
    const clean = cleanText(text);
    checkCoverage(clean, faces[font], field);
    return clean;
  }

  function drawLine(text: string, x: number, width: number, style: Required<Pick<TextStyle, 'font' | 'size' | 'gray' | 'align'>>, baseline: number): void {
    if (text === '') return;
    let dx = 0;
    if (style.align !== 'left') {
      const w = textWidth(faces[style.font], text, style.size);
      dx = style.align === 'center' ? (width - w) / 2 : width - w;
    }
    current().ops.push({ t: 'text', x: x + dx, y: baseline, text, font: style.font, size: style.size, gray: style.gray });
  }

  /** A paragraph (\n starts a new line), split across pages line by line. */
  function paragraph(text: string, field: string, style: TextStyle = {}): void {
    const font = style.font ?? 'serif';
    const size = style.size ?? BODY_SIZE;
    const indent = style.indent ?? 0;
    const lh = lineHeight(size, style.leading);
    const lines = wrapText(faces[font], prepare(text, font, field), size, BODY_WIDTH - indent);
    for (const line of lines) {
      ensure(lh);
      y -= lh;
      drawLine(line, MARGIN.left + indent, BODY_WIDTH - indent, { font, size, gray: style.gray ?? 0, align: style.align ?? 'left' }, y + size * 0.25);
    }
  }

  function space(height: number): void {
    if (!page || atTop()) return;
    y -= height;
  }

  /**
   * A heading, kept with at least `keep` points of what follows; an anchor for the daftar isi and
   * the outline when `anchor` is given.
   */
  function heading(text: string, level: 1 | 2 | 3, anchor?: { key: string; title?: string; toc?: boolean }, keep = 4 * lineHeight(BODY_SIZE)): void {
    const size = level === 1 ? 13 : level === 2 ? 11.5 : 10.5;
    const lines = wrapText(faces.bold, prepare(text, 'bold', text), size, BODY_WIDTH);
    const lh = lineHeight(size, 1.25);
    const before = level === 1 ? 0 : level === 2 ? 10 : 6;
    const after = level === 1 ? 12 : 4;
    // A section (level 1) starts on a page of its own, as the parts of a paper berkas are separated.
    if (!page || (level === 1 && !atTop()) || y - (before + lines.length * lh + after + keep) < MARGIN.bottom) newPage();
    else space(before);
    if (anchor) anchors.push({ key: anchor.key, title: anchor.title ?? text, level, page: pages.length - 1, y: y + 4, toc: anchor.toc ?? true });
    for (const line of lines) {
      y -= lh;
      drawLine(line, MARGIN.left, BODY_WIDTH, { font: 'bold', size, gray: 0, align: level === 1 ? 'center' : 'left' }, y + size * 0.25);
    }
    y -= after;
  }

  /** Label–value pairs, the way a berita acara lists facts ("Nomor LP : ..."). */
  function facts(rows: ReadonlyArray<readonly [label: string, value: string, field: string]>, labelWidth = 150): void {
    const size = BODY_SIZE;
    const lh = lineHeight(size);
    const valueX = MARGIN.left + labelWidth + 10;
    const valueWidth = BODY_WIDTH - labelWidth - 10;
    for (const [label, value, field] of rows) {
      const labelLines = wrapText(faces.serif, prepare(label, 'serif', label), size, labelWidth - 8);
      const valueLines = wrapText(faces.serif, prepare(value === '' ? '-' : value, 'serif', field), size, valueWidth);
      const n = Math.max(labelLines.length, valueLines.length);
      // A short entry is kept whole; a long one (a summary) may run on to the next page.
      ensure(Math.min(n, 3) * lh);
      for (let i = 0; i < n; i++) {
        ensure(lh);
        y -= lh;
        const base = y + size * 0.25;
        const style = { font: 'serif', size, gray: 0, align: 'left' } as const;
        drawLine(labelLines[i] ?? '', MARGIN.left, labelWidth, style, base);
        if (i === 0) drawLine(':', MARGIN.left + labelWidth, 8, style, base);
        drawLine(valueLines[i] ?? '', valueX, valueWidth, style, base);
      }
      y -= 2;
    }
  }

  /**
   * A table with ruled cells. Column widths are fractions of the body width. It splits between rows,
   * or within a row taller than a page, and repeats its header row on every page it runs on to.
   */
  function table(columns: readonly Column[], rows: ReadonlyArray<readonly Cell[]>, size = 9): void {
    const lh = lineHeight(size, 1.25);
    const total = columns.reduce((s, c) => s + c.width, 0);
    let left = MARGIN.left;
    const cols = columns.map((c) => {
      const width = (c.width / total) * BODY_WIDTH;
      const col = { ...c, x: left, width, inner: width - 2 * CELL_PAD, font: c.font ?? 'serif', align: c.align ?? 'left' };
      left += width;
      return col;
    });
    const headerLines = cols.map((c) => wrapText(faces.bold, prepare(c.title, 'bold', c.title), size, c.inner));
    const headerHeight = Math.max(...headerLines.map((l) => l.length)) * lh + 2 * CELL_PAD;

    const drawHeader = (): void => {
      const top = y;
      current().ops.push({ t: 'box', x: MARGIN.left, y: top - headerHeight, w: BODY_WIDTH, h: headerHeight, gray: 0.9 });
      cols.forEach((c, i) =>
        (headerLines[i] ?? []).forEach((line, k) =>
          drawLine(line, c.x + CELL_PAD, c.inner, { font: 'bold', size, gray: 0, align: 'left' }, top - CELL_PAD - (k + 1) * lh + size * 0.25),
        ),
      );
      rule(top, top - headerHeight);
      y = top - headerHeight;
    };
    /** The ruling of a band of the table from `top` down to `bottom`: its verticals and both edges. */
    const rule = (top: number, bottom: number): void => {
      const ops = current().ops;
      ops.push({ t: 'rule', x1: MARGIN.left, y1: top, x2: MARGIN.left + BODY_WIDTH, y2: top, width: 0.6, gray: 0.3 });
      ops.push({ t: 'rule', x1: MARGIN.left, y1: bottom, x2: MARGIN.left + BODY_WIDTH, y2: bottom, width: 0.6, gray: 0.3 });
      for (const x of [...cols.map((c) => c.x), MARGIN.left + BODY_WIDTH]) ops.push({ t: 'rule', x1: x, y1: top, x2: x, y2: bottom, width: 0.6, gray: 0.3 });
    };

    // The header must have at least one line of a row under it on its page.
    ensure(headerHeight + lh + 2 * CELL_PAD);
    drawHeader();
    for (const row of rows) {
      const cellLines = cols.map((c, i) => {
        const cell = row[i] ?? { text: '', field: c.title };
        return wrapText(faces[c.font], prepare(cell.text, c.font, cell.field), size, c.inner);
      });
      const n = Math.max(1, ...cellLines.map((l) => l.length));
      let from = 0;
      while (from < n) {
        const room = Math.floor((y - MARGIN.bottom - 2 * CELL_PAD) / lh);
        // Keep a row whole when it fits on a fresh page; split it only when it is taller than that.
        const fitsFresh = n - from <= Math.floor((BODY_TOP - MARGIN.bottom - headerHeight - 2 * CELL_PAD) / lh);
        if (room < n - from && (fitsFresh || room < 1)) {
          newPage();
          drawHeader();
          continue;
        }
        const take = Math.min(room, n - from);
        const top = y;
        cols.forEach((c, i) => {
          const lines = cellLines[i] ?? [];
          for (let k = 0; k < take; k++) {
            const line = lines[from + k];
            if (line === undefined) break;
            drawLine(line, c.x + CELL_PAD, c.inner, { font: c.font, size, gray: 0, align: c.align }, top - CELL_PAD - (k + 1) * lh + size * 0.25);
          }
        });
        y = top - take * lh - 2 * CELL_PAD;
        rule(top, y);
        from += take;
      }
    }
    y -= 6;
  }

  /**
   * An image scaled to fit the body column and at most `maxHeight`, centred, starting a new page when
   * less than that is left; `w`/`h` are its upright size in pixels.
   */
  function image(imageIndex: number, w: number, h: number, maxHeight: number): void {
    const scale = Math.min(BODY_WIDTH / w, maxHeight / h, 1.5);
    const dw = w * scale;
    const dh = h * scale;
    ensure(dh);
    y -= dh;
    current().ops.push({ t: 'image', image: imageIndex, x: MARGIN.left + (BODY_WIDTH - dw) / 2, y, w: dw, h: dh });
    y -= 6;
  }

  /** Points left on the current page. */
  const room = (): number => (page ? y - MARGIN.bottom : BODY_TOP - MARGIN.bottom);

  /** A line of text with a right-aligned page number, dotted between (the daftar isi). */
  function tocLine(title: string, pageLabel: string, level: number, field: string): void {
    const size = level === 1 ? BODY_SIZE : BODY_SIZE - 0.5;
    const font: FontKey = level === 1 ? 'bold' : 'serif';
    const lh = lineHeight(size, 1.35);
    const indent = (level - 1) * 16;
    const numberWidth = 40;
    const width = BODY_WIDTH - indent - numberWidth - 8;
    const lines = wrapText(faces[font], prepare(title, font, field), size, width);
    ensure(lines.length * lh);
    lines.forEach((line, i) => {
      y -= lh;
      const base = y + size * 0.25;
      drawLine(line, MARGIN.left + indent, width, { font, size, gray: 0, align: 'left' }, base);
      if (i === lines.length - 1) {
        const end = MARGIN.left + indent + textWidth(faces[font], line, size) + 4;
        const dotsEnd = MARGIN.left + BODY_WIDTH - numberWidth;
        const dots = ' .'.repeat(Math.max(0, Math.floor((dotsEnd - end) / textWidth(faces.serif, ' .', size))));
        if (dots.length > 4) drawLine(dots, end, dotsEnd - end, { font: 'serif', size, gray: 0.45, align: 'right' }, base);
        drawLine(pageLabel, MARGIN.left + BODY_WIDTH - numberWidth, numberWidth, { font, size, gray: 0, align: 'right' }, base);
      }
    });
  }

  return { pages, anchors, newPage, ensure, space, paragraph, heading, facts, table, image, room, tocLine };
}
