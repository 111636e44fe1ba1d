import { describe, expect, it } from 'vitest';
import type { CustodyView, EvidenceView } from '../../../../shared/ipc/evidence';
import { correctionOf, custodyInput, missingFields, newCustody } from './custody-event-form';
import { emptyEvidence, evidenceFormOf, evidenceInput, evidencePatch, formProblems, rupiah } from './evidence-form';

const item: EvidenceView = {
  id: 'bb1',
  perkaraId: 'p',
  number: 1,
  description: '1 unit HP Samsung A14 hitam',
  category: 'digital',
  amount: null,
  seizedFrom: 'Rudi Hartono',
  seizedFromParty: null,
  seizedPlace: 'Jl. Jenderal Sudirman, Balikpapan',
  seizedAt: '2026-11-20T06:30:00.000Z',
  seizureDocument: null,
  permissionDocument: null,
  sealNumber: 'SEGEL/17/XI/2026',
  storage: 'Lemari BB 2',
  disposition: '',
  dispositionNote: '',
  status: 'disimpan',
  holder: 'Petugas BB',
  createdAt: '',
  updatedAt: '',
};

describe('the barang bukti form', () => {
  it('shows the seizure on the unit clock and sends it back with the zone offset', () => {
    const f = evidenceFormOf(item, 'WITA');
    expect([f.seizedDate, f.seizedTime]).toEqual(['2026-11-20', '14:30']);
    expect(evidenceInput(f, 'WITA').seizedAt).toBe('2026-11-20T14:30:00+08:00');
    expect(evidenceInput({ ...f, seizedTime: '' }, 'WITA').seizedAt).toBe('2026-11-20T00:00:00+08:00');
    expect(evidenceInput({ ...f, seizedDate: '', seizedTime: '' }, 'WITA').seizedAt).toBeNull();
  });

  it('reads rupiah as people type them, only for money', () => {
    expect(rupiah('Rp 1.500.000')).toBe(1_500_000);
    expect(rupiah('')).toBeNull();
    expect(rupiah('1,5 juta')).toBeNaN();
    const money = { ...emptyEvidence(), description: 'Uang tunai', category: 'uang' as const, amount: '2.000.000' };
    expect(evidenceInput(money, 'WIB').amount).toBe(2_000_000);
    expect(evidenceInput({ ...money, category: 'fisik' }, 'WIB').amount).toBeNull();
    expect(formProblems({ ...money, amount: 'dua juta' }, 'WIB')).toEqual(['amount']);
    expect(formProblems({ ...emptyEvidence(), seizedTime: '10:00' }, 'WIB')).toEqual(['description', 'seizedAt']);
  });

  it('sends only what changed', () => {
    const before = evidenceFormOf(item, 'WITA');
    expect(evidencePatch(before, before, 'WITA')).toEqual({});
    expect(evidencePatch(before, { ...before, storage: ' Lemari BB 3 ', seizedFromParty: 'party-1' }, 'WITA')).toEqual({ storage: 'Lemari BB 3', seizedFromParty: 'party-1' });
  });
});

describe('the custody form', () => {
  const event: CustodyView = {
    id: 'c2',
    evidenceId: 'bb1',
    seq: 2,
    releasedBy: 'Petugas BB',
    receivedBy: 'Labfor',
    at: '2026-11-25T01:00:00.000Z',
    purpose: 'pemeriksaan_lab',
    location: 'Labfor Polda Kaltim',
    sealIntact: true,
    note: 'dikirim untuk ekstraksi',
    corrects: null,
    correctedBy: null,
    createdAt: '',
  };

  it('starts a new handover now, on the unit clock', () => {
    const f = newCustody(new Date('2026-11-28T02:05:00Z'), 'WITA');
    expect([f.date, f.time, f.purpose, f.seal]).toEqual(['2026-11-28', '10:05', 'penyimpanan', 'yes']);
    expect(missingFields(f, 'WITA', false)).toEqual(['releasedBy', 'receivedBy']);
  });

  it('starts a correction as a copy of the event it corrects, and asks for the reason', () => {
    const f = correctionOf(event, 'WITA');
    expect(f).toMatchObject({ releasedBy: 'Petugas BB', receivedBy: 'Labfor', date: '2026-11-25', time: '09:00', seal: 'yes', note: '' });
    expect(missingFields(f, 'WITA', true)).toEqual(['note']);
    expect(custodyInput({ ...f, receivedBy: 'Labfor Polri', note: 'nama penerima salah' }, 'WITA', 'c2')).toEqual({
      releasedBy: 'Petugas BB',
      receivedBy: 'Labfor Polri',
      at: '2026-11-25T09:00:00+08:00',
      purpose: 'pemeriksaan_lab',
      location: 'Labfor Polda Kaltim',
      sealIntact: true,
      note: 'nama penerima salah',
      corrects: 'c2',
    });
    expect(custodyInput({ ...f, seal: 'unchecked' }, 'WITA', null).sealIntact).toBeNull();
  });
});
