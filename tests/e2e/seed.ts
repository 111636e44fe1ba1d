// Ten thousand perkara for the end-to-end list tests, written in-process through the core's own
// createPerkara (every row audited and signed, as the app would) inside one transaction: minutes
// over HTTP, seconds this way. The clock advances per call so "last change" differs per row.
import { createPerkara } from '../../src/core/services/cases';
import { transaction } from '../../src/core/store/db';
import { closeCaseFile, openCaseFile } from '../../src/core/store/open';

const MODUS = [
  'perekrutan PMI non-prosedural ke Malaysia',
  'eksploitasi seksual melalui MiChat',
  'pengiriman ABK ke kapal ikan asing',
  'penampungan calon PRT tanpa izin',
  'eksploitasi anak di tempat hiburan malam',
  'penjualan bayi melalui media sosial',
  'kerja paksa di perkebunan sawit',
  'pengantin pesanan ke luar negeri',
];
const PLACES = ['Balikpapan Kota', 'Balikpapan Utara', 'Balikpapan Selatan', 'Balikpapan Timur', 'Balikpapan Barat', 'Balikpapan Tengah', 'Pelabuhan Semayang', 'Bandara Sepinggan'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export type SeededCase = { lpNumber: string; title: string; lpDate: string };

/** The report date of the i-th case: ten thousand spread over 1,200 days from January 2023. */
function reportDay(i: number): Date {
  return new Date(Date.UTC(2023, 0, 2) + Math.floor((i * 1200) / 10_000) * 86_400_000);
}

/** The i-th seeded case (0-based), the `countInYear`-th report of its year. */
function seededCase(i: number, countInYear: number): SeededCase {
  const day = reportDay(i);
  const year = day.getUTCFullYear();
  const lpNumber = `LP/B/${countInYear}/${ROMAN[day.getUTCMonth()]}/${year}/SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR`;
  const title = `Dugaan TPPO: ${MODUS[i % MODUS.length]}, ${PLACES[(i * 7 + 3) % PLACES.length]}`;
  // The LP date is required, and its month and year must match the LP number's.
  const lpDate = day.toISOString().slice(0, 10);
  return { lpNumber, title, lpDate };
}

export async function seedCases(dir: string, login: string, passphrase: string, count: number): Promise<SeededCase[]> {
  let tick = 0;
  const start = Date.UTC(2025, 0, 6, 1, 0);
  const clock = (): Date => new Date(start + tick++ * 47 * 60_000);
  const session = await openCaseFile(dir, { kind: 'passphrase', login, passphrase: Buffer.from(passphrase, 'utf8') }, 'write', { clock });
  const cases: SeededCase[] = [];
  try {
    const perYear = new Map<number, number>();
    for (let i = 0; i < count; i++) {
      const year = reportDay(i).getUTCFullYear();
      const n = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, n);
      cases.push(seededCase(i, n));
    }
    transaction(session.db, () => {
      for (const c of cases) createPerkara(session, c);
    });
  } finally {
    closeCaseFile(session);
  }
  return cases;
}
