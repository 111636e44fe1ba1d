// The create form's checks, before anything is sent: the core's own rules (login pattern,
// passphrase length, passphrase not the login), worded with the core's sentences, plus the two
// that only a form has (required fields, the repeated passphrase).
import { LOGIN_PATTERN, normalizeLogin, PASSPHRASE_MIN_LENGTH } from '../../api/core-rules';
import { passphraseLength } from '../../components/passphrase-strength';

export type CreateFields = {
  dir: string;
  title: string;
  unitName: string;
  login: string;
  displayName: string;
  passphrase: string;
  confirm: string;
};

export type FieldProblem =
  | { kind: 'required' }
  | { kind: 'mismatch' }
  | { kind: 'core'; code: 'LOGIN_INVALID' | 'PASSPHRASE_TOO_SHORT' | 'PASSPHRASE_IS_LOGIN'; params: Record<string, string | number> };

export type Problems = Partial<Record<keyof CreateFields, FieldProblem>>;

export function validateCreate(f: CreateFields): Problems {
  const problems: Problems = {};
  if (!f.dir.trim()) problems.dir = { kind: 'required' };
  if (!f.title.trim()) problems.title = { kind: 'required' };
  const login = normalizeLogin(f.login);
  if (!login) problems.login = { kind: 'required' };
  else if (!LOGIN_PATTERN.test(login)) problems.login = { kind: 'core', code: 'LOGIN_INVALID', params: { login: f.login.trim() } };
  const length = passphraseLength(f.passphrase);
  if (length === 0) problems.passphrase = { kind: 'required' };
  else if (length < PASSPHRASE_MIN_LENGTH) {
    problems.passphrase = { kind: 'core', code: 'PASSPHRASE_TOO_SHORT', params: { min: PASSPHRASE_MIN_LENGTH, length } };
  } else if (f.passphrase.normalize('NFC').trim().toLowerCase() === login) {
    problems.passphrase = { kind: 'core', code: 'PASSPHRASE_IS_LOGIN', params: {} };
  }
  if (!problems.passphrase && f.confirm !== f.passphrase) problems.confirm = f.confirm ? { kind: 'mismatch' } : { kind: 'required' };
  return problems;
}
