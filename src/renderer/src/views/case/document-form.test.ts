import { describe, expect, it } from 'vitest';
import { allowedParties, documentInput, documentPatch, emptyDocument, withType } from './document-form';

const parties = [
  { id: 't1', role: 'tersangka' as const },
  { id: 'k1', role: 'korban' as const },
  { id: 's1', role: 'saksi' as const },
  { id: 'p1', role: 'pelapor' as const },
];

describe('document form', () => {
  it('offers only the roles a type may concern', () => {
    expect(allowedParties('bap_korban', parties).map((p) => p.id)).toEqual(['k1']);
    expect(allowedParties('bap_saksi', parties).map((p) => p.id)).toEqual(['s1', 'p1']);
    expect(allowedParties('sprindik', parties)).toHaveLength(4);
  });

  it('drops chosen people a new type does not allow', () => {
    const f = { ...emptyDocument('lainnya'), parties: ['t1', 'k1', 's1'] };
    expect(withType(f, 'bap_saksi', parties).parties).toEqual(['s1']);
    expect(withType(f, 'sprin_penahanan', parties)).toMatchObject({ type: 'sprin_penahanan', parties: ['t1'] });
  });

  it('sends null for no date and only what changed', () => {
    const f = emptyDocument('sprindik');
    expect(documentInput({ ...f, number: ' SP.Sidik/1 ' })).toEqual({ type: 'sprindik', number: 'SP.Sidik/1', date: null, signatory: '', summary: '', parties: [] });
    expect(documentPatch(f, f)).toEqual({});
    expect(documentPatch(f, { ...f, date: '2026-10-06', parties: ['t1'] })).toEqual({ date: '2026-10-06', parties: ['t1'] });
  });
});
