// Users of a case file and what their roles allow. The rules are enforced in the core; screens only
// hide what a role may not do.
import { z } from 'zod';
import { UserId } from './ids';

export const ROLES = ['atasan', 'penyidik', 'pembaca'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** What a change needs. Reading a case file is open to every role. */
export const ACTIONS = ['manageUsers', 'editSettings', 'editCases'] as const;
export type Action = (typeof ACTIONS)[number];

// atasan (Kanit, Kasat) manage the case file and may also edit cases; penyidik edit cases;
// pembaca only read.
const ALLOWED: Record<Role, readonly Action[]> = {
  atasan: ['manageUsers', 'editSettings', 'editCases'],
  penyidik: ['editCases'],
  pembaca: [],
};

export function roleAllows(role: Role, action: Action): boolean {
  return ALLOWED[role].includes(action);
}

// Login names are compared as typed after NFC and lower-casing; they go into the key derivation, so
// the rule must stay stable (docs/case-file-format.md).
export const LOGIN_PATTERN = /^[a-z][a-z0-9._-]{1,31}$/;

export function normalizeLogin(raw: string): string {
  return raw.normalize('NFC').trim().toLowerCase();
}

export const Login = z.string().transform(normalizeLogin).pipe(z.string().regex(LOGIN_PATTERN));

export const DisplayName = z.string().trim().min(1).max(120);

export const PASSPHRASE_MIN_LENGTH = 12;

export const User = z.strictObject({
  id: UserId,
  login: z.string(),
  displayName: z.string(),
  role: Role,
  createdAt: z.string(),
  removedAt: z.string().nullable(),
});
export type User = z.infer<typeof User>;
