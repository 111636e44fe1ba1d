// The exchange format as documented must be the format the code reads: the committed JSON Schema is
// regenerated here and compared (run `node scripts/schema.mjs` after changing a schema), and the
// example in docs/examples parses and is consistent with the rules it will be checked against.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import committed from '../../../docs/import-format.schema.json';
import example from '../../../docs/examples/kasus-tppo-balikpapan.json';
import { ageOn } from '../rules/age';
import { checkLp } from '../rules/lp';
import { checkNik } from '../rules/nik';
import { ExchangeFile } from './exchange';

describe('docs/import-format.schema.json', () => {
  it('is what the zod schemas generate (node scripts/schema.mjs)', () => {
    // The same call as scripts/schema.mjs; through JSON so undefined members compare as the file has them.
    const generated: unknown = JSON.parse(JSON.stringify(z.toJSONSchema(ExchangeFile, { io: 'input', unrepresentable: 'any' })));
    expect(committed).toEqual(generated);
  });
});

describe('docs/examples/kasus-tppo-balikpapan.json', () => {
  const parsed = ExchangeFile.safeParse(example);

  it('parses as an exchange file', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('is consistent: LP month and year, NIKs against birth date and sex, a child korban of 16', () => {
    const c = parsed.data?.cases[0];
    if (!c) throw new Error('no case');
    expect(checkLp(c.lpNumber, c.lpDate, { satker: 'POLRESTA BALIKPAPAN', polda: 'POLDA KALIMANTAN TIMUR' })).toEqual({ errors: [], warnings: [] });
    for (const { person } of c.parties) {
      expect(person.nik?.slice(0, 6)).toBe('647101');
      expect(checkNik(person.nik ?? '', person.birthDate, person.sex), person.fullName).toEqual({ errors: [], warnings: [] });
    }
    const start = (c.offenceStart ?? '').slice(0, 10);
    const ages = c.parties.map((p) => ({ role: p.role, age: p.person.birthDate ? ageOn(p.person.birthDate, start) : null }));
    expect(ages.filter((a) => a.age !== null && a.age < 18)).toEqual([{ role: 'korban', age: 16 }]);
    expect(c.parties.find((p) => p.guardian)?.ref).toBe('korban-anak');
  });
});
