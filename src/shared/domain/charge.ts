// Pasal sangkaan: the articles a case charges. The built-in list below is where a case file starts;
// a case file can add articles, edit these (an edit is stored in the case file under the same id)
// and hide the ones a unit never uses. maxYears is the longest prison term the article threatens; it
// decides which detention extensions the rule set allows (KUHAP Pasal 29: 9 years or more). Check
// the numbers against the law in force: they are data, kept here with their source.
import { z } from 'zod';
import { line } from './fields';

export const ChargeFields = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,79}$/, { message: 'lower-case letters, digits, dots and hyphens' }),
  law: line(120).min(1),
  article: line(200).min(1),
  title: line(500).min(1),
  maxYears: z.number().int().min(0).max(100),
  source: line(500).default(''),
  hidden: z.boolean().default(false),
});
export type ChargeInput = z.input<typeof ChargeFields>;
export type Charge = z.output<typeof ChargeFields> & { builtin: boolean; edited: boolean };

const TPPO = 'UU No. 21 Tahun 2007 tentang Pemberantasan Tindak Pidana Perdagangan Orang';

export const BUILTIN_CHARGES: ReadonlyArray<z.output<typeof ChargeFields>> = [
  { id: 'uu21-2007-p2-1', law: 'UU 21/2007', article: 'Pasal 2 ayat (1)', title: 'Perdagangan orang: perekrutan, pengangkutan, penampungan, pengiriman, pemindahan atau penerimaan seseorang untuk tujuan eksploitasi', maxYears: 15, source: TPPO, hidden: false },
  { id: 'uu21-2007-p2-2', law: 'UU 21/2007', article: 'Pasal 2 ayat (2)', title: 'Perbuatan Pasal 2 ayat (1) yang mengakibatkan orang tereksploitasi', maxYears: 15, source: TPPO, hidden: false },
  { id: 'uu21-2007-p3', law: 'UU 21/2007', article: 'Pasal 3', title: 'Memasukkan orang ke wilayah Indonesia untuk dieksploitasi', maxYears: 15, source: TPPO, hidden: false },
  { id: 'uu21-2007-p4', law: 'UU 21/2007', article: 'Pasal 4', title: 'Membawa warga negara Indonesia ke luar wilayah Indonesia untuk dieksploitasi', maxYears: 15, source: TPPO, hidden: false },
  { id: 'uu21-2007-p5', law: 'UU 21/2007', article: 'Pasal 5', title: 'Pengangkatan anak untuk dieksploitasi', maxYears: 15, source: TPPO, hidden: false },
  { id: 'uu21-2007-p6', law: 'UU 21/2007', article: 'Pasal 6', title: 'Pengiriman anak ke dalam atau ke luar negeri yang mengakibatkan anak tereksploitasi', maxYears: 15, source: TPPO, hidden: false },
  { id: 'uu21-2007-p7-1', law: 'UU 21/2007', article: 'Pasal 7 ayat (1)', title: 'Korban menderita luka berat, gangguan jiwa berat, penyakit menular, kehamilan atau terganggunya fungsi reproduksi (ancaman ditambah 1/3)', maxYears: 20, source: TPPO, hidden: false },
  { id: 'uu21-2007-p7-2', law: 'UU 21/2007', article: 'Pasal 7 ayat (2)', title: 'Korban meninggal dunia (paling singkat 5 tahun, paling lama seumur hidup)', maxYears: 20, source: TPPO, hidden: false },
  { id: 'uu21-2007-p8-1', law: 'UU 21/2007', article: 'Pasal 8 ayat (1)', title: 'Penyelenggara negara menyalahgunakan kekuasaan (ancaman ditambah 1/3)', maxYears: 20, source: TPPO, hidden: false },
  { id: 'uu21-2007-p9', law: 'UU 21/2007', article: 'Pasal 9', title: 'Menggerakkan orang lain supaya melakukan tindak pidana perdagangan orang', maxYears: 6, source: TPPO, hidden: false },
  { id: 'uu21-2007-p10', law: 'UU 21/2007', article: 'Pasal 10', title: 'Membantu atau melakukan percobaan tindak pidana perdagangan orang', maxYears: 15, source: TPPO, hidden: false },
  { id: 'uu21-2007-p11', law: 'UU 21/2007', article: 'Pasal 11', title: 'Merencanakan atau melakukan permufakatan jahat tindak pidana perdagangan orang', maxYears: 15, source: TPPO, hidden: false },
  { id: 'uu21-2007-p12', law: 'UU 21/2007', article: 'Pasal 12', title: 'Menggunakan atau memanfaatkan korban (persetubuhan, pencabulan, mempekerjakan)', maxYears: 15, source: TPPO, hidden: false },
  { id: 'uu21-2007-p16', law: 'UU 21/2007', article: 'Pasal 16', title: 'Dilakukan oleh kelompok yang terorganisasi (ancaman ditambah 1/3)', maxYears: 20, source: TPPO, hidden: false },
  { id: 'uu21-2007-p17', law: 'UU 21/2007', article: 'Pasal 17', title: 'Dilakukan terhadap anak (ancaman ditambah 1/3)', maxYears: 20, source: TPPO, hidden: false },
  { id: 'uu35-2014-p76i-88', law: 'UU 35/2014', article: 'Pasal 76I jo Pasal 88', title: 'Eksploitasi ekonomi dan/atau seksual terhadap anak', maxYears: 10, source: 'UU No. 35 Tahun 2014 tentang Perubahan atas UU No. 23 Tahun 2002 tentang Perlindungan Anak', hidden: false },
  { id: 'uu35-2014-p76d-81', law: 'UU 35/2014', article: 'Pasal 76D jo Pasal 81', title: 'Kekerasan atau ancaman kekerasan memaksa anak melakukan persetubuhan', maxYears: 15, source: 'UU No. 35 Tahun 2014; ancaman diubah oleh UU No. 17 Tahun 2016', hidden: false },
  { id: 'uu12-2022-p12', law: 'UU 12/2022', article: 'Pasal 12', title: 'Eksploitasi seksual (Tindak Pidana Kekerasan Seksual)', maxYears: 15, source: 'UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual', hidden: false },
  { id: 'uu18-2017-p81', law: 'UU 18/2017', article: 'Pasal 81', title: 'Orang perseorangan melaksanakan penempatan Pekerja Migran Indonesia', maxYears: 10, source: 'UU No. 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia', hidden: false },
  { id: 'uu18-2017-p83', law: 'UU 18/2017', article: 'Pasal 83', title: 'Menempatkan calon Pekerja Migran Indonesia yang tidak memenuhi persyaratan', maxYears: 10, source: 'UU No. 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia', hidden: false },
  { id: 'uu11-2008-p27-1-45-1', law: 'UU 11/2008', article: 'Pasal 27 ayat (1) jo Pasal 45 ayat (1)', title: 'Mendistribusikan atau mentransmisikan informasi elektronik yang melanggar kesusilaan', maxYears: 6, source: 'UU No. 11 Tahun 2008 tentang ITE, sebagaimana diubah UU No. 19 Tahun 2016 dan UU No. 1 Tahun 2024', hidden: false },
  { id: 'kuhp-p296', law: 'KUHP (lama)', article: 'Pasal 296', title: 'Memudahkan perbuatan cabul sebagai pencarian atau kebiasaan', maxYears: 1, source: 'KUHP (Wetboek van Strafrecht); KUHP baru (UU 1/2023) berlaku 2 Januari 2026, padanannya belum dikonfirmasi', hidden: false },
  { id: 'kuhp-p506', law: 'KUHP (lama)', article: 'Pasal 506', title: 'Mucikari: menarik keuntungan dari perbuatan cabul seorang wanita', maxYears: 1, source: 'KUHP (Wetboek van Strafrecht); KUHP baru (UU 1/2023) berlaku 2 Januari 2026, padanannya belum dikonfirmasi', hidden: false },
];
