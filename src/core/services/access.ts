// The one place roles are checked. A refusal happens here, in the core, whatever the front end shows.
import { AppError } from '../../shared/errors';
import { roleAllows, type Action } from '../../shared/domain/user';
import type { Session, SessionUser } from '../store/session';

export function requireRole(session: Session, action: Action): SessionUser {
  const user = session.user;
  if (!user) throw new AppError('FORBIDDEN', { role: 'recovery-key', action });
  if (!roleAllows(user.role, action)) throw new AppError('FORBIDDEN', { role: user.role, action });
  return user;
}
