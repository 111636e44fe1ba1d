// Draws a composed dossier with pdf-lib: the pages' operations, the running footer on every page
// ("Halaman X dari Y" and the stamp <case code>-<NNNN>), the outline, and the metadata. Nothing here
// reads the clock or a random number: the same input gives the same bytes.
import fontkit from '@pdf-lib/fontkit';
import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  beginText,
  concatTransformationMatrix,
  drawObject,
  endText,
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
  setFontAndSize,
  setLineWidth,
  setStrokingGrayscaleColor,
  setTextMatrix,
  showText,
  stroke,
  type PDFImage,
  type PDFOperator,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { lpCaseCode } from '../../shared/rules/lp';
import { appVersion } from '../store/create';
import { compose, type CoverFacts, type PhotoSlot } from './compose';
import { FONT_FILES, FONT_KEYS, loadFonts, type FontKey } from './fonts';
import type { DossierAttachment, DossierData, DossierEvidence } from './gather';
import { MANIFEST_NAME } from './manifest';
import { addSealPlaceholder, applySeal } from './seal';
import { orientationMatrix, prepareImage, quarterTurn } from './images';
import { MARGIN, PAGE_HEIGHT, PAGE_WIDTH, type Anchor, type Faces, type Op } from './layout';
import { makeFace, textWidth } from './text';

/** A photo to print: its record, and a way to read its content when its turn comes. */
export type PhotoSource = { attachment: DossierAttachment; evidence: DossierEvidence; read: () => Promise<Uint8Array | null> };

export type RenderOptions = {
  facts: CoverFacts;
  /** The manifest (manifest.ts), embedded as the attachment `manifest.json` under the seal. */
  manifest?: Uint8Array;
  photos: readonly PhotoSource[];
  fontsDir?: string;
  onProgress?: (step: 'photos' | 'pages', done: number, total: number) => void;
};

export type Rendered = { bytes: Uint8Array; pages: number; caseCode: string };

/** The stamp's case code: from the LP number (LP-B-517-X-2026), else from the case id. */
export function caseCodeOf(perkara: { lpNumber: string; id: string }): string {
  return lpCaseCode(perkara.lpNumber) ?? `PERKARA-${perkara.id.slice(0, 8).toUpperCase()}`;
}

/** The running stamp of page `n` (from 1), like Bates numbering: LP-B-517-X-2026-0007. */
export const pageStamp = (caseCode: string, n: number): string => `${caseCode}-${String(n).padStart(4, '0')}`;

export async function renderDossier(data: DossierData, options: RenderOptions): Promise<Rendered> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const fonts = loadFonts(options.fontsDir);
  const faces = {} as Faces;
  for (const key of FONT_KEYS) {
    // A fixed subset tag instead of pdf-lib's random one, so two exports are byte-identical.
    const pdf = await doc.embedFont(fonts[key].bytes, { subset: true, customName: `BERKAS+${FONT_FILES[key].replace(/\.ttf$/, '')}` });
    faces[key] = makeFace(fonts[key], pdf);
  }

  // Photos one at a time: read, stripped or converted, embedded; only the embedded copy is kept.
  const images: { image: PDFImage; orientation: number }[] = [];
  const slots: PhotoSlot[] = [];
  let done = 0;
  for (const source of options.photos) {
    options.onProgress?.('photos', done, options.photos.length);
    const bytes = await source.read();
    const prepared = bytes ? await prepareImage(bytes, source.attachment.mediaType) : null;
    if (prepared) {
      const image = await doc.embedJpg(prepared.jpeg);
      images.push({ image, orientation: prepared.orientation });
      const turned = quarterTurn(prepared.orientation);
      slots.push({
        attachment: source.attachment,
        evidence: source.evidence,
        image: { index: images.length - 1, width: turned ? prepared.height : prepared.width, height: turned ? prepared.width : prepared.height },
        reason: '',
      });
    } else {
      slots.push({ attachment: source.attachment, evidence: source.evidence, image: null, reason: bytes ? 'formatnya tidak dapat dibaca' : 'berkasnya tidak dapat dibaca' });
    }
    done++;
  }
  options.onProgress?.('photos', done, options.photos.length);

  const composed = compose(faces, data, options.facts, slots);
  const caseCode = caseCodeOf(data.perkara);
  const total = composed.pages.length;
  const pageRefs: PDFRef[] = [];
  composed.pages.forEach((page, i) => {
    const pdfPage = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    pageRefs.push(pdfPage.ref);
    draw(pdfPage, [...page.ops, ...furniture(faces, data, caseCode, i + 1, total)], faces, images);
    if (i % 20 === 0) options.onProgress?.('pages', i, total);
  });
  options.onProgress?.('pages', total, total);

  outline(doc, composed.anchors, pageRefs);
  const version = appVersion();
  doc.setTitle(`Berkas Perkara ${data.perkara.lpNumber}`, { showInWindowTitleBar: true });
  doc.setAuthor(data.settings.unitName || data.settings.satker || 'Berkas');
  doc.setSubject(data.perkara.title);
  doc.setCreator(`Berkas ${version}`);
  doc.setProducer(`Berkas ${version}`);
  doc.setLanguage('id-ID');
  doc.setCreationDate(options.facts.exportedAt);
  doc.setModificationDate(options.facts.exportedAt);
  if (options.manifest) {
    await doc.attach(options.manifest, MANIFEST_NAME, {
      mimeType: 'application/json',
      description: 'Manifes ekspor Berkas (docs/dossier-format.md)',
      creationDate: options.facts.exportedAt,
      modificationDate: options.facts.exportedAt,
    });
  }
  // Last: nothing may be added after the placeholder, and the file is sealed once saved.
  addSealPlaceholder(doc);
  const bytes = await doc.save({ addDefaultPage: false });
  applySeal(bytes);
  return { bytes, pages: total, caseCode };
}

/**
 * Draws a page's operations: rules, boxes and images first, then all its text in one text object,
 * with a font resource per face and the font, size and grey set only when they change. This writes
 * less than pdf-lib's drawText (which wraps each line in its own graphics state and adds a font
 * resource at every switch of font) and draws the same glyphs at the same places.
 */
function draw(pdfPage: PDFPage, ops: readonly Op[], faces: Faces, images: readonly { image: PDFImage; orientation: number }[]): void {
  const out: PDFOperator[] = [];
  for (const op of ops) {
    switch (op.t) {
      case 'rule':
        out.push(pushGraphicsState(), setStrokingGrayscaleColor(op.gray), setLineWidth(op.width), moveTo(op.x1, op.y1), lineTo(op.x2, op.y2), stroke(), popGraphicsState());
        break;
      case 'box':
        out.push(pushGraphicsState(), setFillingGrayscaleColor(op.gray), rectangle(op.x, op.y, op.w, op.h), fill(), popGraphicsState());
        break;
      case 'image': {
        const entry = images[op.image];
        if (!entry) break;
        const name = pdfPage.node.newXObject('Image', entry.image.ref);
        out.push(pushGraphicsState(), concatTransformationMatrix(...orientationMatrix(entry.orientation, op.x, op.y, op.w, op.h)), drawObject(name), popGraphicsState());
        break;
      }
      case 'text':
        break;
    }
  }
  const keys = new Map<FontKey, PDFName>();
  let font: FontKey | null = null;
  let size = 0;
  let gray = -1;
  out.push(beginText());
  for (const op of ops) {
    if (op.t !== 'text') continue;
    const face = faces[op.font].pdf;
    if (op.font !== font || op.size !== size) {
      let key = keys.get(op.font);
      if (!key) {
        key = pdfPage.node.newFontDictionary(face.name, face.ref);
        keys.set(op.font, key);
      }
      out.push(setFontAndSize(key, op.size));
      font = op.font;
      size = op.size;
    }
    if (op.gray !== gray) {
      out.push(setFillingGrayscaleColor(op.gray));
      gray = op.gray;
    }
    out.push(setTextMatrix(1, 0, 0, 1, op.x, op.y), showText(face.encodeText(op.text)));
  }
  out.push(endText());
  // In slices: a call with tens of thousands of arguments would overflow the stack.
  for (let i = 0; i < out.length; i += 4096) pdfPage.pushOperators(...out.slice(i, i + 4096));
}

/** The running header and footer as operations: the case, page X of Y, and the page's stamp. */
function furniture(faces: Faces, data: DossierData, caseCode: string, n: number, total: number): Op[] {
  const gray = 0.25;
  const right = PAGE_WIDTH - MARGIN.right;
  const ops: Op[] = [];
  if (n > 1) {
    ops.push({ t: 'text', x: MARGIN.left, y: PAGE_HEIGHT - 40, text: `Berkas Perkara ${data.perkara.lpNumber}`, font: 'italic', size: 8, gray });
    ops.push({ t: 'rule', x1: MARGIN.left, y1: PAGE_HEIGHT - 46, x2: right, y2: PAGE_HEIGHT - 46, width: 0.4, gray });
  }
  ops.push({ t: 'rule', x1: MARGIN.left, y1: 52, x2: right, y2: 52, width: 0.4, gray });
  ops.push({ t: 'text', x: MARGIN.left, y: 38, text: `Halaman ${n} dari ${total}`, font: 'serif', size: 9, gray });
  const stamp = pageStamp(caseCode, n);
  ops.push({ t: 'text', x: right - textWidth(faces.mono, stamp, 9), y: 38, text: stamp, font: 'mono', size: 9, gray });
  return ops;
}

/**
 * The document outline (bookmarks): an entry for every anchor, nested by level. pdf-lib has no API
 * for it, so the dictionaries are built by hand (STACK.md). Entries with children start closed.
 */
function outline(doc: PDFDocument, anchors: readonly Anchor[], pageRefs: readonly PDFRef[]): void {
  type Node = { anchor: Anchor; ref: PDFRef; children: Node[] };
  const ctx = doc.context;
  const root: Node[] = [];
  const stack: Node[] = [];
  for (const anchor of anchors) {
    const node: Node = { anchor, ref: ctx.nextRef(), children: [] };
    while (stack.length > 0 && (stack[stack.length - 1]?.anchor.level ?? 0) >= anchor.level) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : root).push(node);
    stack.push(node);
  }
  const outlinesRef = ctx.nextRef();
  const write = (nodes: readonly Node[], parentRef: PDFRef): void => {
    nodes.forEach((node, i) => {
      const pageRef = pageRefs[node.anchor.page];
      if (!pageRef) return;
      const dict = ctx.obj({
        Title: PDFHexString.fromText(node.anchor.title),
        Parent: parentRef,
        Dest: [pageRef, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round(node.anchor.y)), PDFNull],
      });
      const prev = nodes[i - 1];
      const next = nodes[i + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev.ref);
      if (next) dict.set(PDFName.of('Next'), next.ref);
      const first = node.children[0];
      const last = node.children[node.children.length - 1];
      if (first && last) {
        dict.set(PDFName.of('First'), first.ref);
        dict.set(PDFName.of('Last'), last.ref);
        dict.set(PDFName.of('Count'), PDFNumber.of(-node.children.length));
        write(node.children, node.ref);
      }
      ctx.assign(node.ref, dict);
    });
  };
  write(root, outlinesRef);
  const first = root[0];
  const last = root[root.length - 1];
  if (!first || !last) return;
  ctx.assign(outlinesRef, ctx.obj({ Type: 'Outlines', First: first.ref, Last: last.ref, Count: PDFNumber.of(root.length) }));
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
