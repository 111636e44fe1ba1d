// One case, with its sections: the header (LP, title, stage, model, back) over a tab list and the
// open section. Every call goes through the guarded API in the page's language. Forms report
// unsaved changes here, so switching section, going back and closing the window ask first.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../../shared/ipc/contract';
import { localDate } from '../../../../shared/rules/dates';
import { useApi } from '../../api/context';
import { guardedApi, reloadToUnlock } from '../../api/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useConfirm } from '../../components/useConfirm';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLang } from '../../i18n';
import { useFormats } from '../../i18n/format';
import { withLang } from './case-api';
import { CaseContext, type CaseTools } from './case-context';
import { CaseHeader } from './CaseHeader';
import { CaseSection } from './CaseSection';
import { SectionTabs } from './SectionTabs';
import { sectionOf, type Section } from './sections';
import { allowUnload, unloadAllowed } from '../../api/unload-guard';
import { useCaseRecords } from './useCaseRecords';

export type CaseDetailProps = {
  perkaraId: string;
  session: SessionState;
  /** Back to where the person came from (the list, the deadlines view, search). */
  onBack: () => void;
  /** A section to open at first, e.g. 'tenggat' from the deadlines view. */
  initialSection?: string;
  /**
   * Filled with the question this screen asks before it is left with unsaved forms, so that the
   * workspace's navigation asks it too (resolves true when the person may leave).
   */
  leaveGuard?: { current: (() => Promise<boolean>) | null };
};

// The core locked the case file behind the page's back: back to sign-in, unsaved forms or not.
function lockedMeanwhile(): void {
  allowUnload();
  reloadToUnlock();
}

export function CaseDetail({ perkaraId, session, onBack, initialSection, leaveGuard }: CaseDetailProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const raw = useApi();
  // The language is read at call time, so switching it does not refetch the whole case.
  const langRef = useRef(lang);
  useEffect(() => {
    langRef.current = lang;
  }, [lang]);
  const api = useMemo(() => withLang(guardedApi(raw, lockedMeanwhile), () => langRef.current), [raw]);
  const zone = session.timeZone ?? 'WITA';
  const formats = useFormats(zone);
  const canEdit = session.user !== null && session.user.role !== 'pembaca';
  const { request, confirm, answer } = useConfirm();
  const records = useCaseRecords(api, perkaraId);
  const [section, setSection] = useState<Section>(() => sectionOf(initialSection));

  const dirty = useRef(new Set<string>());
  const [dirtyCount, setDirtyCount] = useState(0);
  const setDirty = useCallback((key: string, on: boolean) => {
    const forms = dirty.current;
    if (on === forms.has(key)) return;
    if (on) forms.add(key);
    else forms.delete(key);
    setDirtyCount(forms.size);
  }, []);

  useEffect(() => {
    if (dirtyCount === 0) return;
    const onBeforeUnload = (e: BeforeUnloadEvent): void => {
      if (!unloadAllowed()) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirtyCount]);

  useEffect(() => {
    setSection(sectionOf(initialSection));
  }, [perkaraId, initialSection]);

  useDocumentTitle(records.perkara?.lpNumber ?? t('caseDetail.loading'));

  const mayLeave = async (): Promise<boolean> =>
    dirty.current.size === 0 ||
    confirm({
      title: t('caseDetail.unsaved.title'),
      text: t('caseDetail.unsaved.leaveText'),
      confirmLabel: t('caseDetail.unsaved.leave'),
      cancelLabel: t('caseDetail.unsaved.stay'),
      danger: true,
    });

  useEffect(() => {
    if (!leaveGuard) return;
    leaveGuard.current = mayLeave;
    return () => {
      leaveGuard.current = null;
    };
  });

  const open = async (next: Section): Promise<void> => {
    if (next !== section && (await mayLeave())) setSection(next);
  };
  const back = async (): Promise<void> => {
    if (await mayLeave()) onBack();
  };

  const today = localDate(new Date(), zone);
  const tools = useMemo<CaseTools>(
    () => ({ api, lang, zone, today, formats, canEdit, confirm, setDirty }),
    [api, lang, zone, today, formats, canEdit, confirm, setDirty],
  );

  const { perkara } = records;
  return (
    <CaseContext.Provider value={tools}>
      <div className="case" data-testid="case-detail">
        <CaseHeader perkara={perkara} onBack={() => void back()} onExport={canEdit ? () => void open('berkas_perkara') : undefined} />
        {!perkara ? (
          <div className="case__status">
            {records.error ? (
              <ErrorAlert error={records.error} />
            ) : (
              <p className="list-loading" role="status">
                <span className="spinner" aria-hidden="true" />
                {t('caseDetail.loading')}
              </p>
            )}
          </div>
        ) : (
          <div className="case__body">
            <SectionTabs current={section} parties={records.parties} documents={records.documents} onOpen={(s) => void open(s)} />
            <div className="case__panel" role="tabpanel" id={`case-panel-${section}`} aria-labelledby={`case-tab-${section}`} tabIndex={-1}>
              {!canEdit && <p className="notice case__readonly">{t('caseDetail.readOnly')}</p>}
              <ErrorAlert error={records.error} />
              <CaseSection section={section} perkara={perkara} records={records} />
            </div>
          </div>
        )}
        <ConfirmDialog request={request} onAnswer={answer} />
      </div>
    </CaseContext.Provider>
  );
}
