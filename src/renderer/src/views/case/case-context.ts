// What every part of the case screen needs, given once by CaseDetail rather than passed through
// each layer: the API (guarded, in the page's language), the unit's zone and today there, the
// formats, whether this role may edit, the confirm dialog, and where forms report unsaved changes.
import { createContext, useContext } from 'react';
import type { TimeZone } from '../../../../shared/domain/settings';
import type { Lang } from '../../../../shared/i18n/error-messages';
import type { Api } from '../../api/client';
import type { Confirm } from '../../components/useConfirm';
import type { Formats } from '../../i18n/format';

export type CaseTools = {
  api: Api;
  lang: Lang;
  zone: TimeZone;
  /** The calendar day in the unit's zone, for default dates. */
  today: string;
  formats: Formats;
  /** False for a pembaca: every section is shown read-only. */
  canEdit: boolean;
  confirm: Confirm;
  /** A form says it holds unsaved changes (or no longer does). */
  setDirty: (key: string, dirty: boolean) => void;
};

export const CaseContext = createContext<CaseTools | null>(null);

export function useCaseTools(): CaseTools {
  const tools = useContext(CaseContext);
  if (!tools) throw new Error('useCaseTools outside CaseDetail');
  return tools;
}
