// English for workspace.id.ts (same keys, checked by `satisfies`).
import type { workspaceId } from './workspace.id';

export const workspaceEn = {
  workspace: {},
} satisfies typeof workspaceId;
