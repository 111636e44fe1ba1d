// The `deidentified` profile: the same case with every protected person (DESIGN.md §5) turned into a
// code, every text of the case passed through the redaction rules (redact.ts), document scans and the
// photos marked as showing a protected person withheld. Built from the full read, so nothing the
// profile removes can reach the layout.
import type { PartyRole } from '../../shared/domain/person';
import type { DossierData, DossierParty } from './gather';
import { buildRedactor, initialsOf, redactText, type ProtectedPerson, type RedactionEntry } from './redact';

const ROLE_CODE: Record<PartyRole, string> = { korban: 'Korban', pelapor: 'Pelapor', saksi: 'Saksi', ahli: 'Ahli', tersangka: 'Tersangka' };

/** Keys whose values are ids, digests, enums or dates: never text a person wrote. */
const NOT_TEXT = /^(id|.*Id|corrects|correctedBy|sha256|sha1|md5|mediaType|createdAt|updatedAt|at|seizedAt|endedAt|.*Date|startDate|endDate|endedOn|offenceStart|offenceEnd|stage|role|category|purpose|status|kind|rules|model|modus|exploitation|profile|code|hash|childRules|adultRules|disposition|networkRole|sex)$/;

/** Every string in `value` passed through `f`, keys above aside. */
function mapText<T>(value: T, f: (s: string) => string, key = ''): T {
  if (typeof value === 'string') return (NOT_TEXT.test(key) ? value : f(value)) as T;
  if (Array.isArray(value)) return value.map((v) => mapText(v, f, key)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapText(v, f, k);
    return out as T;
  }
  return value;
}

export function deidentify(data: DossierData): DossierData {
  // One code per protected person, numbered within the role they first appear in.
  const counters = new Map<PartyRole, number>();
  const people = new Map<string, ProtectedPerson>();
  for (const party of data.parties) {
    if (!party.confidential || people.has(party.person.id)) continue;
    const n = (counters.get(party.role) ?? 0) + 1;
    counters.set(party.role, n);
    const p = party.person;
    people.set(p.id, {
      code: `${ROLE_CODE[party.role]}-${n}`,
      initials: initialsOf(p.fullName),
      role: party.role,
      child: party.child === true,
      fullName: p.fullName,
      alias: p.alias,
      nik: p.nik,
      phone: p.phone,
      address: p.address,
      birthPlace: p.birthPlace,
      birthDate: p.birthDate,
      education: p.education,
      guardianName: party.guardian?.name ?? '',
      guardianPhone: party.guardian?.phone ?? '',
    });
  }
  const list = [...people.values()];
  // Names shown as they are (tersangka, officers): kept whole even where they share a word with
  // someone protected, so "IPDA Andi Rekaan" is not cut by a child's "Rekaan".
  const protectedNames = new Set(list.map((p) => p.fullName.toLowerCase()));
  const shownByName = [
    // With and without the titles after the name ("Ratna Fiktif, S.Psi., M.Psi." and "Ratna Fiktif").
    ...data.parties.filter((p) => !people.has(p.person.id)).flatMap((p) => [p.person.fullName, p.person.fullName.split(',')[0] ?? '']),
    ...data.perkara.team.map((m) => m.name),
    ...data.documents.map((d) => d.signatory),
  ].filter((n) => !protectedNames.has(n.toLowerCase()));
  const redactor = buildRedactor(list, shownByName);
  const counts = new Map<string, number>();
  const redact = (s: string): string => redactText(s, redactor, counts);

  const parties: DossierParty[] = data.parties.map((party) => {
    const who = people.get(party.person.id);
    const texts = mapText(party, redact);
    if (!who) return texts;
    return {
      ...texts,
      code: who.code,
      person: {
        ...texts.person,
        fullName: `${who.code} (${who.initials})`,
        alias: '',
        nik: null,
        birthPlace: '',
        birthDate: null,
        address: '',
        phone: '',
        education: '',
      },
      guardian: party.guardian ? { name: `[orang tua/wali ${who.code}]`, relation: party.guardian.relation, phone: '' } : null,
    };
  });

  const out: DossierData = {
    ...data,
    perkara: mapText(data.perkara, redact),
    parties,
    // Document scans are left out: a BAP names everyone in it.
    documents: data.documents.map((d) => ({ ...mapText(d, redact), attachments: d.attachments.map((a) => ({ ...mapText(a, redact), withheld: 'pindaian_dokumen' as const })) })),
    evidence: data.evidence.map((e) => ({
      ...mapText(e, redact),
      attachments: e.attachments.map((a) => ({ ...mapText(a, redact), withheld: a.protected ? ('orang_dilindungi' as const) : null })),
    })),
    charges: data.charges,
  };
  const kinds = (p: ProtectedPerson): string[] =>
    [
      'nama',
      p.alias && 'alias',
      p.nik && 'NIK',
      (p.phone || p.guardianPhone) && 'nomor telepon',
      p.address && 'alamat',
      (p.birthPlace || p.birthDate) && 'tempat dan tanggal lahir',
      p.education && 'sekolah',
      p.guardianName && 'nama orang tua/wali',
    ].filter((k): k is string => Boolean(k));
  const redactions: RedactionEntry[] = list.map((p) => ({ code: p.code, role: p.role, child: p.child, kinds: kinds(p), replacements: counts.get(p.code) ?? 0 }));
  return { ...out, redactions };
}
