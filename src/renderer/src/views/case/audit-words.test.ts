import { describe, expect, it } from 'vitest';
import { auditActionKey, newestFirst } from './audit-words';

describe('audit rows in words', () => {
  it('finds the words of an action, or none', () => {
    expect(auditActionKey('perkara_stage.create')).toBe('perkara_stage_create');
    expect(auditActionKey('party.delete')).toBe('party_delete');
    expect(auditActionKey('dossier.export')).toBe('dossier_export');
    expect(auditActionKey('dossier.burn')).toBeNull();
  });

  it('lists the newest first', () => {
    expect(newestFirst([{ seq: 2 }, { seq: 9 }, { seq: 5 }]).map((r) => r.seq)).toEqual([9, 5, 2]);
  });
});
