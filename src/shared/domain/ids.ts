// Branded ids: a UserId cannot be passed where a PerkaraId is expected, though both are strings.
import { z } from 'zod';

export const UserId = z.uuid().brand<'UserId'>();
export type UserId = z.infer<typeof UserId>;

export const PerkaraId = z.uuid().brand<'PerkaraId'>();
export type PerkaraId = z.infer<typeof PerkaraId>;

export const CaseFileId = z.uuid().brand<'CaseFileId'>();
export type CaseFileId = z.infer<typeof CaseFileId>;
