// Users of a case file: listing, adding, and changing a passphrase (one's own, or anyone's with the
// recovery key). Each change of a key slot follows the order in store/slots.ts.
import { AppError } from '../../shared/errors';
import { UserId } from '../../shared/domain/ids';
import { DisplayName, Role, type User } from '../../shared/domain/user';
import { publicKeyOfSeed, randomKey, zero } from '../store/crypto';
import { all, get, run, sql, transaction, type ReadableDb } from '../store/db';
import { insertUser } from '../store/create';
import { makeSlot } from '../store/keys';
import { checkLogin, checkNewPassphrase } from '../store/passphrase';
import type { WriteSession } from '../store/session';
import { addSlot, pruneSlots, userKek } from '../store/slots';
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
    transaction(session.db, () =>
      insertUser(session.db, { login, displayName: displayName.data, role: role.data, slotId: slot.id, signingSeed, now }),
    );
  } finally {
    zero(kek, signingSeed);
  }
  const user = findUserByLogin(session.db, login);
  if (!user) throw new AppError('INTERNAL', { detail: 'user not stored' });
  return user;
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
    transaction(session.db, () => run(session.db, sql`UPDATE users SET slot_id = ${slot.id} WHERE id = ${user.id}`));
    session.slotId = slot.id;
  } finally {
    zero(kek);
  }
  pruneSlots(session);
}

/**
 * With the recovery key: a new passphrase for `login`. The user also gets a new signing key, since
 * the old one was only ever held in the slot that is being replaced.
 */
export async function resetPassphraseWithRecoveryKey(
  session: WriteSession,
  loginInput: string,
  newPassphrase: Uint8Array,
): Promise<void> {
  if (session.user) throw new AppError('INTERNAL', { detail: 'not a recovery-key session' });
  const login = checkLogin(loginInput);
  const user = findUserByLogin(session.db, login);
  if (!user) throw new AppError('UNKNOWN_USER', { login });
  if (user.removedAt) throw new AppError('USER_REMOVED', { login });
  checkNewPassphrase(login, newPassphrase);
  const kek = await userKek(session, login, newPassphrase);
  const signingSeed = randomKey();
  try {
    const slot = makeSlot(kek, session.dek, signingSeed);
    addSlot(session, slot);
    const now = session.clock().toISOString();
    transaction(session.db, () => {
      run(session.db, sql`UPDATE users SET slot_id = ${slot.id} WHERE id = ${user.id}`);
      run(session.db, sql`INSERT INTO user_keys (user_id, public_key, valid_from, reason)
                          VALUES (${user.id}, ${publicKeyOfSeed(signingSeed)}, ${now}, 'recovery')`);
    });
  } finally {
    zero(kek, signingSeed);
  }
  pruneSlots(session);
}
