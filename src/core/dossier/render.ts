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
  concatTransformationMatrix,
  drawObject,
  grayscale,
  popGraphicsState,
  pushGraphicsState,
  type PDFImage,
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
import { MARGIN, PAGE_HEIGHT, PAGE_WIDTH, type Anchor, type Faces, type Page } from './layout';
import { makeFace, textWidth } from './text';

/** A photo to print: its record, and a way to read its content when its turn comes. */
export type PhotoSource = { attachment: DossierAttachment; evidence: DossierEvidence; read: () => Promise<Uint8Array | null> };

export type RenderOptions = {
  facts: CoverFacts;
  /** The manifest (manifest.ts), embedded as the attachment `manifest.json` under the seal. */
  manifest?: Uint8Array;
  photos: readonly PhotoSource[];
  fontsDir?: string;
  onProgress?: (step: string, done: number, total: number) => void;
};

export type Rendered = { bytes: Uint8Array; pages: number; caseCode: string };

/** The stamp's case code: from the LP number (LP-B-517-X-2026), else from the case id. */
export function caseCodeOf(data: DossierData): string {
  return lpCaseCode(data.perkara.lpNumber) ?? `PERKARA-${data.perkara.id.slice(0, 8).toUpperCase()}`;
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
  const caseCode = caseCodeOf(data);
  const total = composed.pages.length;
  const pageRefs: PDFRef[] = [];
  composed.pages.forEach((page, i) => {
    const pdfPage = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    pageRefs.push(pdfPage.ref);
    draw(pdfPage, page, faces, images);
    footer(pdfPage, faces, data, caseCode, i + 1, total);
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

function draw(pdfPage: PDFPage, page: Page, faces: Faces, images: readonly { image: PDFImage; orientation: number }[]): void {
  for (const op of page.ops) {
    switch (op.t) {
      case 'text':
        pdfPage.drawText(op.text, { x: op.x, y: op.y, size: op.size, font: faces[op.font].pdf, color: grayscale(op.gray) });
        break;
      case 'rule':
        pdfPage.drawLine({ start: { x: op.x1, y: op.y1 }, end: { x: op.x2, y: op.y2 }, thickness: op.width, color: grayscale(op.gray) });
        break;
      case 'box':
        pdfPage.drawRectangle({ x: op.x, y: op.y, width: op.w, height: op.h, color: grayscale(op.gray) });
        break;
      case 'image': {
        const entry = images[op.image];
        if (!entry) break;
        const name = pdfPage.node.newXObject('Image', entry.image.ref);
        pdfPage.pushOperators(pushGraphicsState(), concatTransformationMatrix(...orientationMatrix(entry.orientation, op.x, op.y, op.w, op.h)), drawObject(name), popGraphicsState());
        break;
      }
    }
  }
}

/** The running header and footer: case, page X of Y, and the page's stamp. */
function footer(pdfPage: PDFPage, faces: Faces, data: DossierData, caseCode: string, n: number, total: number): void {
  const gray = grayscale(0.25);
  const small = 8;
  const right = PAGE_WIDTH - MARGIN.right;
  const text = (s: string, x: number, y: number, font: FontKey, size: number): void => {
    pdfPage.drawText(s, { x, y, size, font: faces[font].pdf, color: gray });
  };
  if (n > 1) {
    const head = `Berkas Perkara ${data.perkara.lpNumber}`;
    text(head, MARGIN.left, PAGE_HEIGHT - 40, 'italic', small);
    pdfPage.drawLine({ start: { x: MARGIN.left, y: PAGE_HEIGHT - 46 }, end: { x: right, y: PAGE_HEIGHT - 46 }, thickness: 0.4, color: gray });
  }
  pdfPage.drawLine({ start: { x: MARGIN.left, y: 52 }, end: { x: right, y: 52 }, thickness: 0.4, color: gray });
  text(`Halaman ${n} dari ${total}`, MARGIN.left, 38, 'serif', 9);
  const stamp = pageStamp(caseCode, n);
  text(stamp, right - textWidth(faces.mono, stamp, 9), 38, 'mono', 9);
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
