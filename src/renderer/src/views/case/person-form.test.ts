import { describe, expect, it } from 'vitest';
import type { PartyView } from '../../../../shared/ipc/records';
import {
  childPreview,
  defaultConfidential,
  emptyPartyForm,
  guardianInput,
  nikKey,
  partyFormOf,
  partyInput,
  partyPatch,
  personInput,
  personPatch,
  shownConfidential,
} from './person-form';

const party = {
  id: 'p1', perkaraId: 'c1', role: 'korban', confidential: true, confidentialFlag: true, ageAtOffence: 16, child: true,
  networkRole: null, guardian: { name: 'Sri', relation: 'ibu kandung', phone: '0812' }, notes: '', createdAt: '', updatedAt: '',
  person: {
    id: 'x', fullName: 'Melati', alias: '', nik: '6471015403100002', birthPlace: 'Balikpapan', birthDate: '2010-03-14', sex: 'P',
    nationality: 'Indonesia', address: 'Jl. Rekaan', religion: 'Islam', occupation: 'Pelajar', education: 'SMA', phone: '',
    warnings: [], createdAt: '', updatedAt: '',
  },
} satisfies PartyView;

describe('person form', () => {
  it('turns empty optional inputs into nulls', () => {
    const f = emptyPartyForm();
    expect(personInput({ ...f.person, fullName: ' Dewi ' })).toMatchObject({ fullName: 'Dewi', nik: null, birthDate: null, sex: null, nationality: 'Indonesia' });
  });

  it('sends only the identity fields that changed', () => {
    const before = partyFormOf(party).person;
    expect(personPatch(before, before)).toEqual({});
    expect(personPatch(before, { ...before, phone: '0813', nik: '' })).toEqual({ phone: '0813', nik: null });
  });

  it('previews the age on the first day of the offence', () => {
    expect(childPreview('2010-03-14', '2026-08-10')).toEqual({ age: 16, child: true });
    expect(childPreview('2008-08-10', '2026-08-10T20:00')).toEqual({ age: 18, child: false });
    expect(childPreview('2008-08-11', '2026-08-10')).toEqual({ age: 17, child: true });
    expect(childPreview('', '2026-08-10')).toBeNull();
    expect(childPreview('2010-03-14', null)).toBeNull();
  });

  it('defaults confidentiality as the core does, and keeps a child confidential', () => {
    expect(defaultConfidential('korban', false)).toBe(true);
    expect(defaultConfidential('pelapor', false)).toBe(true);
    expect(defaultConfidential('saksi', false)).toBe(false);
    expect(defaultConfidential('tersangka', true)).toBe(true);
    const f = emptyPartyForm();
    expect(shownConfidential('saksi', f, false)).toBe(false);
    expect(shownConfidential('saksi', { ...f, confidential: true }, false)).toBe(true);
    expect(shownConfidential('korban', { ...f, confidential: false }, true)).toBe(true);
  });

  it('leaves an untouched checkbox to the core, and a blank guardian out', () => {
    const f = emptyPartyForm();
    expect(partyInput('saksi', { ...f, networkRole: 'mucikari' })).toEqual({ role: 'saksi', confidential: null, networkRole: null, guardian: null, notes: '' });
    expect(partyInput('tersangka', { ...f, networkRole: 'mucikari' }).networkRole).toBe('mucikari');
    expect(guardianInput({ name: ' ', relation: '', phone: '' })).toBeNull();
    expect(guardianInput({ name: ' Sri ', relation: 'ibu', phone: '' })).toEqual({ name: 'Sri', relation: 'ibu', phone: '' });
  });

  it('patches only the role fields that changed', () => {
    const before = partyFormOf(party);
    expect(partyPatch('korban', before, before)).toEqual({});
    expect(partyPatch('korban', before, { ...before, guardian: { ...before.guardian, phone: '0899' }, notes: 'x' })).toEqual({
      guardian: { name: 'Sri', relation: 'ibu kandung', phone: '0899' },
      notes: 'x',
    });
  });

  it('compares NIKs as the core does', () => {
    expect(nikKey('6471.0154-0310 0002')).toBe('6471015403100002');
  });
});
