// The berkas perkara's contents, in the order of domain/TPPO.md: sampul, daftar isi, resume, laporan
// polisi, administrasi penyidikan and berita acara, daftar saksi, daftar tersangka, daftar barang
// bukti with each item's custody log, then the photos. Each section starts on a new page, as the
// parts of a paper berkas are separated.
import type { DossierAttachment, DossierData, DossierEvidence, DossierParty } from './gather';
import { createFlow, PAGE_HEIGHT, MARGIN, type Anchor, type Faces, type Flow, type Page } from './layout';
import {
  CATEGORY_WORDS,
  DETENTION_WORDS,
  DISPOSITION_WORDS,
  DOCUMENT_WORDS,
  EXPLOITATION_WORDS,
  MODUS_WORDS,
  NETWORK_WORDS,
  PURPOSE_WORDS,
  RESUME_WORDS,
  ROLE_WORDS,
  SEX_WORDS,
  STAGE_WORDS,
  STATUS_WORDS,
  rupiah,
  tanggal,
  ukuran,
  waktu,
  waktuLokal,
} from './words';

/** A photo ready to draw: its index among the embedded images and its upright size. */
export type PhotoSlot = { attachment: DossierAttachment; evidence: DossierEvidence; image: { index: number; width: number; height: number } | null; reason: string };

export type Composition = { pages: Page[]; anchors: Anchor[] };

export type CoverFacts = { exportNumber: string; exportedAt: Date };

const SECTION = {
  toc: 'DAFTAR ISI',
  resume: 'RESUME',
  lp: 'LAPORAN POLISI',
  documents: 'ADMINISTRASI PENYIDIKAN DAN BERITA ACARA',
  witnesses: 'DAFTAR SAKSI',
  suspects: 'DAFTAR TERSANGKA',
  evidence: 'DAFTAR BARANG BUKTI',
  photos: 'LAMPIRAN: FOTO BARANG BUKTI',
  redactions: 'CATATAN PENYAMARAN IDENTITAS',
} as const;

/** Where the law requires a person's identity be kept out of what leaves the justice chain. */
const LAW = {
  korban: 'UU 21/2007 Pasal 44',
  child: 'UU 11/2012 Pasal 19',
} as const;

const WITHHELD_WORDS = {
  pindaian_dokumen: 'pindaian dokumen tidak disertakan dalam salinan tanpa identitas',
  orang_dilindungi: 'menampilkan orang yang identitasnya dilindungi; tidak disertakan dalam salinan tanpa identitas',
} as const;

const none = (text: string): string => (text.trim() === '' ? '-' : text);

/** "(Belum ada … yang dicatat.)": a part with nothing in it says so rather than stay blank. */
const emptyNote = (flow: Flow, text: string): void => flow.paragraph(`(${text})`, 'catatan', { font: 'italic', gray: 0.35 });

/** "Pasal 2 ayat (1) UU 21/2007" for each charge. */
function chargeLines(data: DossierData): string[] {
  return data.charges.map((c) => `${c.article} ${c.law}`);
}

function nameOf(p: DossierParty): string {
  return p.person.alias ? `${p.person.fullName} alias ${p.person.alias}` : p.person.fullName;
}

function partyName(data: DossierData, id: string | null): string {
  if (!id) return '';
  const p = data.parties.find((x) => x.id === id);
  return p ? p.person.fullName : '';
}

function documentTitle(data: DossierData, id: string | null): string {
  if (!id) return '-';
  const d = data.documents.find((x) => x.id === id);
  if (!d) return '-';
  return [DOCUMENT_WORDS[d.type], d.number && `Nomor ${d.number}`, d.date && `tanggal ${tanggal(d.date)}`].filter(Boolean).join(', ');
}

function birth(p: DossierParty): string {
  const place = p.person.birthPlace;
  const date = p.person.birthDate ? tanggal(p.person.birthDate) : '';
  const age = p.ageAtOffence === null ? '' : `(${p.ageAtOffence} tahun saat kejadian)`;
  return [[place, date].filter(Boolean).join(', '), age].filter(Boolean).join(' ') || '-';
}

function kedudukan(p: DossierParty): string {
  const words = [ROLE_WORDS[p.role]];
  if (p.child) words.push(p.role === 'tersangka' ? 'anak berkonflik dengan hukum' : 'anak');
  if (p.confidential) words.push('identitas dirahasiakan');
  return words.join('; ');
}

// ---- sections ----

function cover(flow: Flow, data: DossierData, facts: CoverFacts): void {
  const s = data.settings;
  const letterhead = s.letterhead.length > 0 ? s.letterhead : ['KEPOLISIAN NEGARA REPUBLIK INDONESIA', s.polda, s.unitName || s.satker].filter((l) => l.trim() !== '');
  flow.newPage();
  letterhead.forEach((line, i) => flow.paragraph(line, `kop surat baris ${i + 1}`, { font: 'bold', size: 10, leading: 1.2 }));
  flow.space(28);
  flow.paragraph('PRO JUSTITIA', 'PRO JUSTITIA', { font: 'bold', size: 12, align: 'right' });
  flow.space(60);
  flow.paragraph('BERKAS PERKARA', 'judul', { font: 'bold', size: 22, align: 'center' });
  flow.space(8);
  flow.paragraph('TINDAK PIDANA PERDAGANGAN ORANG', 'judul', { font: 'bold', size: 12, align: 'center' });
  if (data.profile === 'deidentified') {
    flow.space(14);
    flow.paragraph('SALINAN TANPA IDENTITAS', 'profil', { font: 'bold', size: 13, align: 'center' });
    flow.paragraph(
      `Identitas korban, pelapor, anak dan saksi yang dilindungi diganti dengan kode (${LAW.korban}; ${LAW.child}). Pindaian dokumen dan foto yang menampilkan mereka tidak disertakan. Bukan berkas untuk penuntutan.`,
      'profil',
      { font: 'italic', size: 9.5, align: 'center' },
    );
  }
  flow.space(40);
  const suspects = data.parties.filter((p) => p.role === 'tersangka');
  flow.facts(
    [
      ['Nomor Laporan Polisi', data.perkara.lpNumber, 'nomor LP'],
      ['Tanggal Laporan Polisi', tanggal(data.perkara.lpDate), 'tanggal LP'],
      ['Perkara', data.perkara.title, 'judul perkara'],
      ['Atas nama tersangka', suspects.length ? suspects.map((p, i) => `${i + 1}. ${nameOf(p)}`).join('\n') : '-', 'nama tersangka'],
      ['Disangka melanggar', chargeLines(data).join('\n') || '-', 'pasal sangkaan'],
      ['Kesatuan', [s.unitName || s.satker, s.polda].filter(Boolean).join(', ') || '-', 'kesatuan'],
    ],
    140,
  );
  flow.space(40);
  flow.facts(
    [
      ['Nomor ekspor', facts.exportNumber, 'nomor ekspor'],
      ['Profil', data.profile === 'full' ? 'Lengkap (untuk penuntut umum)' : 'Tanpa identitas', 'profil'],
      ['Waktu ekspor', waktu(facts.exportedAt, s.timeZone), 'waktu ekspor'],
    ],
    140,
  );
}

function resume(flow: Flow, data: DossierData): void {
  flow.heading(SECTION.resume, 1, { key: 'resume' });
  flow.paragraph(`Perkara ${data.perkara.title}, Laporan Polisi Nomor ${data.perkara.lpNumber} tanggal ${tanggal(data.perkara.lpDate)}.`, 'judul perkara', { align: 'center', size: 10 });
  flow.space(6);
  (Object.keys(RESUME_WORDS) as (keyof typeof RESUME_WORDS)[]).forEach((key, i) => {
    const title = `${['I', 'II', 'III', 'IV', 'V'][i]}. ${RESUME_WORDS[key]}`;
    flow.heading(title, 2, { key: `resume-${key}`, title: RESUME_WORDS[key], toc: false });
    const body = data.perkara.resume[key];
    if (body.trim() === '') flow.paragraph('(belum diisi)', `resume: ${RESUME_WORDS[key]}`, { font: 'italic', gray: 0.35 });
    else flow.paragraph(body, `resume: ${RESUME_WORDS[key]}`);
  });
}

function laporanPolisi(flow: Flow, data: DossierData): void {
  const p = data.perkara;
  flow.heading(SECTION.lp, 1, { key: 'laporan-polisi' });
  const reporters = data.parties.filter((x) => x.role === 'pelapor').map(nameOf);
  flow.facts([
    ['Nomor', p.lpNumber, 'nomor LP'],
    ['Tanggal', tanggal(p.lpDate), 'tanggal LP'],
    ['Model', p.model === 'A' ? 'A (ditemukan oleh anggota Polri)' : p.model === 'B' ? 'B (dilaporkan oleh masyarakat)' : '-', 'model LP'],
    ['Satuan kerja', none(p.satker), 'satker'],
    ['Pelapor', reporters.join('\n') || '-', 'pelapor'],
    ['Tempat kejadian', none(p.place), 'tempat kejadian'],
    ['Waktu kejadian', p.offenceEnd && p.offenceEnd !== p.offenceStart ? `${waktuLokal(p.offenceStart)} s.d. ${waktuLokal(p.offenceEnd)}` : waktuLokal(p.offenceStart), 'waktu kejadian'],
    ['Modus operandi', MODUS_WORDS[p.modus], 'modus'],
    ['Bentuk eksploitasi', EXPLOITATION_WORDS[p.exploitation], 'eksploitasi'],
    ['Sarana perekrutan', none(p.recruitmentChannel), 'sarana perekrutan'],
    ['Pasal sangkaan', data.charges.map((c) => `${c.article} ${c.law}: ${c.title}`).join('\n') || '-', 'pasal sangkaan'],
    ['Tahap perkara', STAGE_WORDS[p.stage], 'tahap'],
    ['Tim penyidik', p.team.map((m, i) => `${i + 1}. ${[m.rank, m.name].filter(Boolean).join(' ')}${m.nrp ? `, NRP ${m.nrp}` : ''}`).join('\n') || '-', 'tim penyidik'],
  ]);
}

function documents(flow: Flow, data: DossierData): void {
  flow.heading(SECTION.documents, 1, { key: 'administrasi' });
  if (data.documents.length === 0) emptyNote(flow, 'Belum ada dokumen yang dicatat.');
  data.documents.forEach((d, i) => {
    const title = `${i + 1}. ${DOCUMENT_WORDS[d.type]}${d.number ? ` Nomor ${d.number}` : ''}`;
    flow.heading(title, 2, { key: `dokumen-${i + 1}` });
    const concerns = d.parties.map((id) => {
      const p = data.parties.find((x) => x.id === id);
      return p ? `${p.person.fullName} (${ROLE_WORDS[p.role]})` : '';
    });
    flow.facts([
      ['Jenis', DOCUMENT_WORDS[d.type], `dokumen ${i + 1}: jenis`],
      ['Nomor', none(d.number), `dokumen ${i + 1}: nomor`],
      ['Tanggal', tanggal(d.date), `dokumen ${i + 1}: tanggal`],
      ['Penanda tangan', none(d.signatory), `dokumen ${i + 1}: penanda tangan`],
      ['Menyangkut', concerns.filter(Boolean).join('\n') || '-', `dokumen ${i + 1}: pihak`],
      ['Ringkasan', none(d.summary), `dokumen ${i + 1}: ringkasan`],
    ]);
    if (d.attachments.length > 0) attachmentTable(flow, d.attachments, `dokumen ${i + 1}`);
  });
}

function attachmentTable(flow: Flow, attachments: readonly DossierAttachment[], owner: string): void {
  flow.table(
    [
      { title: 'No', width: 5, align: 'right' },
      { title: 'Lampiran', width: 26 },
      { title: 'Ukuran', width: 10, align: 'right' },
      { title: 'SHA-256', width: 46, font: 'mono' },
    ],
    attachments.map((a, i) => [
      { text: String(i + 1), field: owner },
      { text: a.withheld ? `[${WITHHELD_WORDS[a.withheld]}]` : a.name, field: `${owner}: nama lampiran` },
      { text: a.withheld ? '-' : ukuran(a.size), field: owner },
      { text: a.withheld ? '-' : a.sha256, field: owner },
    ]),
    8,
  );
}

function witnesses(flow: Flow, data: DossierData): void {
  flow.heading(SECTION.witnesses, 1, { key: 'daftar-saksi' });
  const order = ['korban', 'pelapor', 'saksi', 'ahli'] as const;
  const rows = order.flatMap((role) => data.parties.filter((p) => p.role === role));
  if (rows.length === 0) {
    emptyNote(flow, 'Belum ada saksi yang dicatat.');
    return;
  }
  flow.table(
    [
      { title: 'No', width: 5, align: 'right' },
      { title: 'Nama', width: 17 },
      { title: 'Kedudukan', width: 14 },
      { title: 'Tempat, tanggal lahir / umur', width: 17 },
      { title: 'Jenis kelamin', width: 11 },
      { title: 'Pekerjaan', width: 12 },
      { title: 'Alamat', width: 20 },
    ],
    rows.map((p, i) => {
      const f = `${ROLE_WORDS[p.role]} ${p.person.fullName}`;
      return [
        { text: String(i + 1), field: f },
        { text: nameOf(p), field: `${f}: nama` },
        { text: kedudukan(p), field: f },
        { text: birth(p), field: `${f}: tempat lahir` },
        { text: p.person.sex ? SEX_WORDS[p.person.sex] : '-', field: f },
        { text: none(p.person.occupation), field: `${f}: pekerjaan` },
        { text: p.code ? 'dirahasiakan' : none(p.person.address), field: `${f}: alamat` },
      ];
    }),
  );
}

function custodyText(p: DossierParty, zone: DossierData['settings']['timeZone']): string {
  const lines = [
    ...p.arrests.map((a) => `Ditangkap ${waktu(a.at, zone)}${a.warrantNumber ? ` (${a.warrantNumber})` : ''}`),
    ...p.detentions.map((d) => `${DETENTION_WORDS[d.kind]}: ${tanggal(d.startDate)} s.d. ${tanggal(d.endDate)} (${d.days} hari)${d.endedOn ? `, berakhir ${tanggal(d.endedOn)}` : ''}`),
  ];
  return lines.join('\n') || 'Tidak ditahan';
}

function suspects(flow: Flow, data: DossierData): void {
  flow.heading(SECTION.suspects, 1, { key: 'daftar-tersangka' });
  const rows = data.parties.filter((p) => p.role === 'tersangka');
  if (rows.length === 0) {
    emptyNote(flow, 'Belum ada tersangka yang dicatat.');
    return;
  }
  flow.table(
    [
      { title: 'No', width: 5, align: 'right' },
      { title: 'Nama / NIK', width: 21 },
      { title: 'Tempat, tanggal lahir / umur', width: 15 },
      { title: 'Jenis kelamin, agama, pekerjaan', width: 14 },
      { title: 'Alamat', width: 15 },
      { title: 'Peran', width: 10 },
      { title: 'Penangkapan / penahanan', width: 22 },
    ],
    rows.map((p, i) => {
      const f = `tersangka ${p.person.fullName}`;
      return [
        { text: String(i + 1), field: f },
        { text: `${nameOf(p)}${p.person.nik ? `\nNIK ${p.person.nik}` : ''}${p.child ? '\n(anak berkonflik dengan hukum)' : ''}`, field: `${f}: nama` },
        { text: birth(p), field: `${f}: tempat lahir` },
        { text: [p.person.sex ? SEX_WORDS[p.person.sex] : '', p.person.religion, p.person.occupation].filter(Boolean).join(', ') || '-', field: `${f}: pekerjaan` },
        { text: none(p.person.address), field: `${f}: alamat` },
        { text: p.networkRole ? NETWORK_WORDS[p.networkRole] : '-', field: f },
        { text: custodyText(p, data.settings.timeZone), field: `${f}: penahanan` },
      ];
    }),
  );
}

function evidenceList(flow: Flow, data: DossierData): void {
  flow.heading(SECTION.evidence, 1, { key: 'daftar-barang-bukti' });
  if (data.evidence.length === 0) {
    emptyNote(flow, 'Belum ada barang bukti yang dicatat.');
    return;
  }
  flow.table(
    [
      { title: 'No', width: 5, align: 'right' },
      { title: 'Uraian', width: 30 },
      { title: 'Jenis', width: 11 },
      { title: 'Disita dari', width: 16 },
      { title: 'Nomor segel', width: 12 },
      { title: 'Status / pemegang', width: 18 },
      { title: 'Lamp.', width: 6, align: 'right' },
    ],
    data.evidence.map((e) => {
      const f = `barang bukti ${e.number}`;
      return [
        { text: String(e.number), field: f },
        { text: e.description + (e.category === 'uang' ? `\n${rupiah(e.amount)}` : ''), field: `${f}: uraian` },
        { text: CATEGORY_WORDS[e.category], field: f },
        { text: none(e.seizedFrom || partyName(data, e.seizedFromParty)), field: `${f}: disita dari` },
        { text: none(e.sealNumber), field: `${f}: nomor segel` },
        { text: `${STATUS_WORDS[e.status]}${e.holder ? `\n${e.holder}` : ''}`, field: `${f}: pemegang` },
        { text: String(e.attachments.length), field: f },
      ];
    }),
  );
  for (const e of data.evidence) evidenceItem(flow, data, e);
}

function evidenceItem(flow: Flow, data: DossierData, e: DossierEvidence): void {
  const f = `barang bukti ${e.number}`;
  flow.heading(`Barang Bukti ${e.number}: ${e.description}`, 2, { key: `bb-${e.number}` });
  const zone = data.settings.timeZone;
  flow.facts([
    ['Jenis', CATEGORY_WORDS[e.category], f],
    ...(e.category === 'uang' ? ([['Jumlah', rupiah(e.amount), `${f}: jumlah`]] as const) : []),
    ['Disita dari', none([e.seizedFrom, partyName(data, e.seizedFromParty)].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(' / ')), `${f}: disita dari`],
    ['Tempat penyitaan', none(e.seizedPlace), `${f}: tempat penyitaan`],
    ['Waktu penyitaan', waktu(e.seizedAt, zone), `${f}: waktu penyitaan`],
    ['Dasar penyitaan', documentTitle(data, e.seizureDocument), `${f}: dasar penyitaan`],
    ['Izin / persetujuan PN', documentTitle(data, e.permissionDocument), `${f}: izin penyitaan`],
    ['Nomor segel', none(e.sealNumber), `${f}: nomor segel`],
    ['Tempat penyimpanan', none(e.storage), `${f}: penyimpanan`],
    ['Status', STATUS_WORDS[e.status], f],
    ['Pemegang sekarang', none(e.holder), `${f}: pemegang`],
    ['Penetapan status', [DISPOSITION_WORDS[e.disposition] ?? '-', e.dispositionNote].filter((x) => x && x !== '-').join('. ') || '-', `${f}: penetapan`],
  ]);
  flow.heading('Riwayat penguasaan (chain of custody)', 3);
  if (e.custody.length === 0) emptyNote(flow, 'Belum ada serah terima yang dicatat.');
  else {
    const seqOf = new Map(e.custody.map((c) => [c.id, c.seq]));
    flow.table(
      [
        { title: 'No', width: 5, align: 'right' },
        { title: 'Waktu', width: 15 },
        { title: 'Diserahkan oleh', width: 15 },
        { title: 'Diterima oleh', width: 15 },
        { title: 'Keperluan', width: 14 },
        { title: 'Lokasi', width: 14 },
        { title: 'Segel', width: 7 },
        { title: 'Catatan', width: 16 },
      ],
      e.custody.map((c) => {
        const cf = `${f}: serah terima ${c.seq}`;
        const notes = [
          c.corrects ? `Koreksi atas catatan no. ${seqOf.get(c.corrects) ?? '?'}.` : '',
          c.correctedBy ? `Dikoreksi oleh catatan no. ${seqOf.get(c.correctedBy) ?? '?'}.` : '',
          c.note,
        ].filter(Boolean);
        return [
          { text: String(c.seq), field: cf },
          { text: waktu(c.at, zone), field: cf },
          { text: c.releasedBy, field: `${cf}: diserahkan oleh` },
          { text: c.receivedBy, field: `${cf}: diterima oleh` },
          { text: PURPOSE_WORDS[c.purpose], field: cf },
          { text: none(c.location), field: `${cf}: lokasi` },
          { text: c.sealIntact === null ? '-' : c.sealIntact ? 'Utuh' : 'Tidak utuh', field: cf },
          { text: notes.join(' ') || '-', field: `${cf}: catatan` },
        ];
      }),
      8,
    );
  }
  if (e.attachments.length > 0) {
    flow.heading('Lampiran', 3);
    attachmentTable(flow, e.attachments, f);
  }
}

/** Height left for a photo under its heading and above its caption. */
const PHOTO_MAX_HEIGHT = PAGE_HEIGHT - MARGIN.top - MARGIN.bottom - 140;

function photos(flow: Flow, slots: readonly PhotoSlot[]): void {
  if (slots.length === 0) return;
  flow.heading(SECTION.photos, 1, { key: 'lampiran-foto' });
  slots.forEach((slot, i) => {
    const a = slot.attachment;
    const title = `Foto ${i + 1}: Barang Bukti ${slot.evidence.number}, ${a.name}`;
    if (i > 0) flow.newPage();
    flow.heading(title, 2, { key: `foto-${i + 1}`, toc: false }, slot.image ? 200 : 40);
    if (a.withheld) flow.paragraph(`[Foto ${WITHHELD_WORDS[a.withheld]}.]`, `foto ${i + 1}`, { font: 'italic', gray: 0.35 });
    else if (slot.image) flow.image(slot.image.index, slot.image.width, slot.image.height, PHOTO_MAX_HEIGHT);
    else flow.paragraph(`[Foto tidak dapat ditampilkan: ${slot.reason}. Berkas aslinya tersimpan dalam berkas kasus dengan SHA-256 di bawah.]`, `foto ${i + 1}`, { font: 'italic', gray: 0.35 });
    flow.facts(
      [
        ['Barang bukti', `Nomor ${slot.evidence.number}, ${slot.evidence.description}`, `foto ${i + 1}: barang bukti`],
        ['Nama file', a.name, `foto ${i + 1}: nama file`],
        ['SHA-256 file asli', a.withheld ? '-' : a.sha256, `foto ${i + 1}`],
      ],
      110,
    );
    if (!a.withheld) flow.paragraph('Foto dicetak tanpa metadata (EXIF/GPS); SHA-256 di atas adalah sidik berkas aslinya sebagaimana tersimpan dalam berkas kasus.', `foto ${i + 1}`, { font: 'italic', size: 8.5, gray: 0.35 });
  });
}

/** The de-identified profile's log: each code, what was replaced, and the article requiring it. */
function redactionLog(flow: Flow, data: DossierData): void {
  if (data.profile !== 'deidentified') return;
  flow.heading(SECTION.redactions, 1, { key: 'penyamaran' });
  flow.paragraph(
    'Dalam salinan ini identitas orang yang dilindungi diganti dengan kode dan inisial, di setiap bagian berkas: resume, ringkasan dokumen, uraian dan catatan barang bukti, serta nama file. Daftar ini menyebut kode, bukan nama.',
    'catatan penyamaran',
    { size: 10 },
  );
  flow.space(6);
  if (data.redactions.length === 0) {
    emptyNote(flow, 'Tidak ada orang yang identitasnya dilindungi dalam perkara ini.');
    return;
  }
  flow.table(
    [
      { title: 'Kode', width: 14 },
      { title: 'Kedudukan', width: 15 },
      { title: 'Yang disamarkan', width: 34 },
      { title: 'Penggantian dalam teks', width: 15, align: 'right' },
      { title: 'Dasar', width: 22 },
    ],
    data.redactions.map((r) => [
      { text: r.code, field: 'kode' },
      { text: `${ROLE_WORDS[r.role]}${r.child ? ' (anak)' : ''}`, field: 'kedudukan' },
      { text: r.kinds.join(', '), field: 'unsur' },
      { text: String(r.replacements), field: 'jumlah' },
      { text: r.child ? `${LAW.korban}; ${LAW.child}` : LAW.korban, field: 'dasar' },
    ]),
  );
}

/** The daftar isi into `flow`: one line per anchor listed in it, with its page number. */
function toc(flow: Flow, anchors: readonly Anchor[], tocPage: number, pageOf: (a: Anchor) => string): void {
  flow.heading(SECTION.toc, 1);
  flow.tocLine('Daftar Isi', String(tocPage), 1, 'daftar isi');
  for (const a of anchors) if (a.toc) flow.tocLine(a.title, pageOf(a), a.level, a.title);
}

/**
 * Lays out the whole dossier. The daftar isi is laid out twice: first with placeholder numbers to
 * learn how many pages it takes (its entries and their wrapping do not depend on the numbers, whose
 * column has a fixed width), then with the real ones.
 */
export function compose(faces: Faces, data: DossierData, facts: CoverFacts, slots: readonly PhotoSlot[]): Composition {
  const body = createFlow(faces);
  resume(body, data);
  laporanPolisi(body, data);
  documents(body, data);
  witnesses(body, data);
  suspects(body, data);
  evidenceList(body, data);
  photos(body, slots);
  redactionLog(body, data);

  // A cover runs on to a second page only for a case with very many tersangka or pasal.
  const coverFlow = createFlow(faces);
  cover(coverFlow, data, facts);
  const coverPages = coverFlow.pages.length;

  const draft = createFlow(faces);
  toc(draft, body.anchors, 0, () => '0000');
  const tocPages = draft.pages.length;
  const offset = coverPages + tocPages;
  const tocFlow = createFlow(faces);
  toc(tocFlow, body.anchors, coverPages + 1, (a) => String(a.page + offset + 1));
  if (tocFlow.pages.length !== tocPages) throw new Error('daftar isi changed length between its passes');

  const anchors: Anchor[] = [
    { key: 'sampul', title: 'Sampul', level: 1, page: 0, y: PAGE_HEIGHT, toc: false },
    { key: 'daftar-isi', title: 'Daftar Isi', level: 1, page: coverPages, y: PAGE_HEIGHT, toc: false },
    ...body.anchors.map((a) => ({ ...a, page: a.page + offset })),
  ];
  return { pages: [...coverFlow.pages, ...tocFlow.pages, ...body.pages], anchors };
}
