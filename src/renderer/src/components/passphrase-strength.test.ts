import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './passphrase-strength';

describe('passphrase strength', () => {
  it('calls anything under the core minimum short, counting code points as the core does', () => {
    expect(passphraseStrength('').level).toBe('empty');
    expect(passphraseStrength('Abc-123-xyz').level).toBe('short');
    expect(passphraseStrength('ééééééééééé').length).toBe(11);
  });

  it('rates length and variety', () => {
    expect(passphraseStrength('kudalaricepa').level).toBe('weak');
    expect(passphraseStrength('kuda lari cepat').level).toBe('fair');
    expect(passphraseStrength('kuda-lari-cepat-sekali').level).toBe('good');
    expect(passphraseStrength('Kuda-lari-cepat-7-sekali').level).toBe('strong');
  });

  it('does not reward repetition', () => {
    expect(passphraseStrength('aaaaaaaaaaaaaaaaaaaaaaaa').level).toBe('weak');
    expect(passphraseStrength('abababababababababababab').level).toBe('weak');
  });

  it('suggests one improvement at a time', () => {
    expect(passphraseStrength('kudalaricepa').tip).toBe('tipLonger');
    expect(passphraseStrength('kudalaricepatsekalilari').tip).toBe('tipVariety');
    expect(passphraseStrength('Kuda-lari-cepat-7-sekali').tip).toBeNull();
  });
});
