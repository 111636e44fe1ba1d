// The audit chain's vocabulary: what can be recorded, and what each change requires of the role that
// signed it. Verification replays these rules row by row (core/audit/verify.ts).
import type { Action } from './user';

export const ENTITIES = [
  'case_file',
  'settings',
  'user',
  'user_key',
  'perkara',
  'perkara_stage',
  'person',
  'party',
  'arrest',
  'detention',
  'document',
  'charge',
  'rule_set',
  'evidence',
  'custody_event',
  'attachment',
  'dossier_export',
] as const;
export type Entity = (typeof ENTITIES)[number];

/**
 * For each action: the entity it changes and what the signer needs. `self`: any role, on their own
 * user record; `recovery`: only the recovery key may sign it.
 */
export const AUDIT_ACTIONS = {
  'case_file.create': { entity: 'case_file', needs: 'manageUsers' },
  'keys.rekey': { entity: 'case_file', needs: 'manageUsers' },
  'settings.create': { entity: 'settings', needs: 'editSettings' },
  'settings.update': { entity: 'settings', needs: 'editSettings' },
  'user.add': { entity: 'user', needs: 'manageUsers' },
  'user.remove': { entity: 'user', needs: 'manageUsers' },
  'user.passphrase': { entity: 'user', needs: 'self' },
  'user.recovery': { entity: 'user', needs: 'recovery' },
  'session.signin': { entity: 'user', needs: 'self' },
  'user_key.add': { entity: 'user_key', needs: 'manageUsers' },
  'user_key.recovery': { entity: 'user_key', needs: 'recovery' },
  'perkara.create': { entity: 'perkara', needs: 'editCases' },
  'perkara.update': { entity: 'perkara', needs: 'editCases' },
  'perkara.delete': { entity: 'perkara', needs: 'editCases' },
  'perkara_stage.create': { entity: 'perkara_stage', needs: 'editCases' },
  'perkara_stage.delete': { entity: 'perkara_stage', needs: 'editCases' },
  'person.create': { entity: 'person', needs: 'editCases' },
  'person.update': { entity: 'person', needs: 'editCases' },
  'person.delete': { entity: 'person', needs: 'editCases' },
  'party.create': { entity: 'party', needs: 'editCases' },
  'party.update': { entity: 'party', needs: 'editCases' },
  'party.delete': { entity: 'party', needs: 'editCases' },
  'arrest.create': { entity: 'arrest', needs: 'editCases' },
  'arrest.update': { entity: 'arrest', needs: 'editCases' },
  'arrest.delete': { entity: 'arrest', needs: 'editCases' },
  'detention.create': { entity: 'detention', needs: 'editCases' },
  'detention.update': { entity: 'detention', needs: 'editCases' },
  'detention.delete': { entity: 'detention', needs: 'editCases' },
  'document.create': { entity: 'document', needs: 'editCases' },
  'document.update': { entity: 'document', needs: 'editCases' },
  'document.delete': { entity: 'document', needs: 'editCases' },
  'charge.create': { entity: 'charge', needs: 'editCases' },
  'charge.update': { entity: 'charge', needs: 'editCases' },
  'rule_set.create': { entity: 'rule_set', needs: 'editSettings' },
  'evidence.create': { entity: 'evidence', needs: 'editCases' },
  'evidence.update': { entity: 'evidence', needs: 'editCases' },
  'evidence.delete': { entity: 'evidence', needs: 'editCases' },
  'custody.create': { entity: 'custody_event', needs: 'editCases' },
  'attachment.create': { entity: 'attachment', needs: 'editCases' },
  'attachment.update': { entity: 'attachment', needs: 'editCases' },
  'attachment.delete': { entity: 'attachment', needs: 'editCases' },
  'dossier.export': { entity: 'dossier_export', needs: 'editCases' },
} as const satisfies Record<string, { entity: Entity; needs: Action | 'self' | 'recovery' }>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(name: string): name is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, name);
}

/** One row as `audit log` shows it. */
export type AuditEntry = {
  seq: number;
  at: string;
  userId: string | null;
  userLogin: string | null;
  perkaraId: string | null;
  action: string;
  entity: string;
  entityId: string;
  hash: string;
};

/** What `audit verify` can find wrong; the CLI words them (i18n/audit-messages.ts). */
export type AuditFinding =
  | { kind: 'row_changed'; seq: number }
  | { kind: 'chain_broken'; seq: number }
  | { kind: 'bad_signature'; seq: number }
  | { kind: 'key_not_valid'; seq: number; keyId: number }
  | { kind: 'role_not_allowed'; seq: number; role: string; action: string }
  | { kind: 'unknown_action'; seq: number; action: string }
  | { kind: 'bad_genesis'; seq: number }
  | { kind: 'record_changed'; entity: string; entityId: string; seq: number }
  | { kind: 'record_unaudited'; entity: string; entityId: string }
  | { kind: 'record_deleted'; entity: string; entityId: string; seq: number }
  | { kind: 'anchor_missing'; anchor: string };

export type AuditReport = { ok: boolean; rows: number; head: string | null; findings: AuditFinding[] };
