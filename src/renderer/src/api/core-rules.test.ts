import { describe, expect, it } from 'vitest';
import * as shared from '../../../shared/domain/user';
import { LOGIN_PATTERN, normalizeLogin, PASSPHRASE_MIN_LENGTH } from './core-rules';

describe("the renderer's copies of the core's rules", () => {
  it('equal the shared originals', () => {
    expect(LOGIN_PATTERN.source).toBe(shared.LOGIN_PATTERN.source);
    expect(LOGIN_PATTERN.flags).toBe(shared.LOGIN_PATTERN.flags);
    expect(PASSPHRASE_MIN_LENGTH).toBe(shared.PASSPHRASE_MIN_LENGTH);
    for (const raw of ['  Budi.Santoso ', 'E\u0301lodie', 'ÉLODIE', '']) expect(normalizeLogin(raw)).toBe(shared.normalizeLogin(raw));
  });
});
