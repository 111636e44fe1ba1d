import { describe, expect, it } from 'vitest';
import { validateCreate, type CreateFields } from './validate';

const good: CreateFields = {
  dir: '/tmp/tppo',
  title: 'Perkara TPPO 2026',
  unitName: '',
  login: 'budi',
  displayName: '',
  passphrase: 'kuda-lari-cepat-sekali',
  confirm: 'kuda-lari-cepat-sekali',
};

describe('create form checks', () => {
  it('passes a complete form; unit and display name are optional', () => {
    expect(validateCreate(good)).toEqual({});
  });

  it('applies the core rules with their parameters', () => {
    expect(validateCreate({ ...good, login: '9budi' }).login).toEqual({ kind: 'core', code: 'LOGIN_INVALID', params: { login: '9budi' } });
    expect(validateCreate({ ...good, passphrase: 'pendek', confirm: 'pendek' }).passphrase).toEqual({
      kind: 'core',
      code: 'PASSPHRASE_TOO_SHORT',
      params: { min: 12, length: 6 },
    });
    expect(validateCreate({ ...good, login: 'budi.santoso', passphrase: 'Budi.Santoso', confirm: 'Budi.Santoso' }).passphrase?.kind).toBe('core');
  });

  it('asks for the repeated passphrase to match, and for required fields', () => {
    expect(validateCreate({ ...good, confirm: 'kuda-lari-cepat-sekalI' }).confirm).toEqual({ kind: 'mismatch' });
    expect(Object.keys(validateCreate({ ...good, dir: ' ', title: '', login: '' })).sort()).toEqual(['dir', 'login', 'title']);
  });
});
