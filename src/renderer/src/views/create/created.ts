// What the create screen hands to the recovery-key screen.
import type { TimeZone } from '../../../../shared/domain/settings';
import type { SessionState } from '../../../../shared/ipc/contract';

export type Created = {
  dir: string;
  title: string;
  login: string;
  zone: TimeZone;
  recoveryKey: string;
  /** The signed-in session, or null when the automatic sign-in after creating failed. */
  session: SessionState | null;
  settingsSaved: boolean;
};
