// Users of a case file: listing, adding, removing, and changing a passphrase (one's own, or anyone's
// with the recovery key). Each slot change follows the order in store/slots.ts, and each database
// change is audited in its own transaction.
import { AppError } from '../../shared/errors';
import { UserId } from '../../shared/domain/ids';
import { DisplayName, Role, type User } from '../../shared/domain/user';
import { audit } from '../audit/append';
import { randomKey, zero } from '../store/crypto';
import { all, get, run, sql, transaction, type ReadableDb } from '../store/db';
import { makeSlot } from '../store/keys';
import { checkLogin, checkNewPassphrase } from '../store/passphrase';
import type { WriteSession } from '../store/session';
import { addSlot, pruneSlots, userKek } from '../store/slots';
import { insertKey, insertUser } from '../store/user-rows';
import { requireRole } from './access';

type UserRow = {
  id: string;
  login: string;
  display_name: string;
  role: Role;
  created_at: string;
  removed_at: string | null;
};

function toUser(r: UserRow): User {
  return {
    id: UserId.parse(r.id),
    login: r.login,
    displayName: r.display_name,
    role: r.role,
    createdAt: r.created_at,
    removedAt: r.removed_at,
  };
}

export function listUsers(db: ReadableDb): User[] {
  return all<UserRow>(db, sql`SELECT id, login, display_name, role, created_at, removed_at FROM users ORDER BY created_at, login`).map(toUser);
}

export function findUserByLogin(db: ReadableDb, login: string): User | null {
  const row = get<UserRow>(db, sql`SELECT id, login, display_name, role, created_at, removed_at FROM users WHERE login = ${login}`);
  return row ? toUser(row) : null;
}

function activeUser(db: ReadableDb, loginInput: string): User {
  const login = checkLogin(loginInput);
  const user = findUserByLogin(db, login);
  if (!user) throw new AppError('UNKNOWN_USER', { login });
  if (user.removedAt) throw new AppError('USER_REMOVED', { login });
  return user;
}

export type AddUserInput = { login: string; displayName?: string; role: string; passphrase: Uint8Array };

export async function addUser(session: WriteSession, input: AddUserInput): Promise<User> {
  requireRole(session, 'manageUsers');
  const login = checkLogin(input.login);
  const role = Role.safeParse(input.role);
  if (!role.success) throw new AppError('INVALID_INPUT', { detail: `role must be one of ${Role.options.join(', ')}` });
  const displayName = DisplayName.safeParse(input.displayName ?? login);
  if (!displayName.success) throw new AppError('INVALID_INPUT', { detail: 'display name' });
  if (findUserByLogin(session.db, login)) throw new AppError('LOGIN_TAKEN', { login });
  checkNewPassphrase(login, input.passphrase);

  const kek = await userKek(session, login, input.passphrase);
  const signingSeed = randomKey();
  try {
    const slot = makeSlot(kek, session.dek, signingSeed);
    addSlot(session, slot);
    const now = session.clock().toISOString();
    transaction(session.db, () => {
      const added = insertUser(session.db, { login, displayName: displayName.data, role: role.data, slotId: slot.id, signingSeed, now });
      audit(session, { action: 'user.add', entityId: added.userId });
      audit(session, { action: 'user_key.add', entityId: String(added.keyId) });
    });
  } finally {
    zero(kek, signingSeed);
  }
  return activeUser(session.db, login);
}

/**
 * Removes a user: their slot leaves keys.json and they can no longer sign in. Their rows stay, so
 * the audit chain still names who did what. A copy of the old keys.json would still open the old
 * data key: `rekey` closes that.
 */
export function removeUser(session: WriteSession, loginInput: string): User {
  const actor = requireRole(session, 'manageUsers');
  const user = activeUser(session.db, loginInput);
  if (user.id === actor.id) throw new AppError('INVALID_INPUT', { detail: 'you cannot remove yourself' });
  const atasan = all<{ id: string }>(session.db, sql`SELECT id FROM users WHERE role = 'atasan' AND removed_at IS NULL`);
  if (user.role === 'atasan' && atasan.length <= 1) throw new AppError('INVALID_INPUT', { detail: 'the last atasan cannot be removed' });
  const now = session.clock().toISOString();
  transaction(session.db, () => {
    run(session.db, sql`UPDATE users SET removed_at = ${now}, slot_id = NULL WHERE id = ${user.id}`);
    audit(session, { action: 'user.remove', entityId: user.id });
  });
  pruneSlots(session);
  return { ...user, removedAt: now };
}

/** The acting user's new passphrase: a new slot holding the same data key and signing key. */
export async function changeOwnPassphrase(session: WriteSession, newPassphrase: Uint8Array): Promise<void> {
  const user = session.user;
  if (!user) throw new AppError('FORBIDDEN', { role: 'recovery-key', action: 'manageUsers' });
  checkNewPassphrase(user.login, newPassphrase);
  const kek = await userKek(session, user.login, newPassphrase);
  try {
    const slot = makeSlot(kek, session.dek, session.signingSeed);
    addSlot(session, slot);
    transaction(session.db, () => {
      run(session.db, sql`UPDATE users SET slot_id = ${slot.id} WHERE id = ${user.id}`);
      audit(session, { action: 'user.passphrase', entityId: user.id });
    });
    session.slotId = slot.id;
  } finally {
    zero(kek);
  }
  pruneSlots(session);
}

/**
 * With the recovery key: a new passphrase for `login`, signed by the recovery key. The user also
 * gets a new signing key, since the old one was only ever held in the slot being replaced; older
 * rows still verify against the old key, kept in user_keys.
 */
export async function resetPassphraseWithRecoveryKey(session: WriteSession, loginInput: string, newPassphrase: Uint8Array): Promise<void> {
  if (session.user) throw new AppError('INTERNAL', { detail: 'not a recovery-key session' });
  const user = activeUser(session.db, loginInput);
  checkNewPassphrase(user.login, newPassphrase);
  const kek = await userKek(session, user.login, newPassphrase);
  const signingSeed = randomKey();
  try {
    const slot = makeSlot(kek, session.dek, signingSeed);
    addSlot(session, slot);
    const now = session.clock().toISOString();
    transaction(session.db, () => {
      const keyId = insertKey(session.db, user.id, signingSeed, 'recovery', now);
      audit(session, { action: 'user_key.recovery', entityId: String(keyId) });
      run(session.db, sql`UPDATE users SET slot_id = ${slot.id} WHERE id = ${user.id}`);
      audit(session, { action: 'user.recovery', entityId: user.id });
    });
  } finally {
    zero(kek, signingSeed);
  }
  pruneSlots(session);
}
