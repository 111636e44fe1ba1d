// The export form of a case's dossier: for whom (profile), one PDF or a package, where to, and
// Export; then the progress with Cancel, and the result or the refusal in plain words. The form
// stays on screen (locked while an export runs) so a second profile is one choice away.
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierDestination, DossierProfileName } from '../../../../shared/ipc/dossier';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { PerkaraView } from '../case/record-types';
import { ChoiceCards } from './ChoiceCards';
import { DestinationField } from './DestinationField';
import { cleanPath, defaultPackageName, defaultPdfName } from './dossier-names';
import { ExportProgress } from './ExportProgress';
import { ExportResult } from './ExportResult';
import { useDossierExport } from './useDossierExport';

type Kind = DossierDestination['kind'];

/** `onExported`: told each export that finished, so the list of recorded exports reads again. */
export function ExportPanel({ perkara, onExported }: { perkara: PerkaraView; onExported: () => void }) {
  const { t } = useTranslation();
  const { state, start, cancel } = useDossierExport(perkara.id);
  const finished = state.kind === 'done' ? state.result.id : null;
  useEffect(() => {
    if (finished) onExported();
  }, [finished, onExported]);
  const [profile, setProfile] = useState<DossierProfileName>('full');
  const [kind, setKind] = useState<Kind>('file');
  const [path, setPath] = useState('');
  const [missing, setMissing] = useState(false);
  const busy = state.kind === 'running';

  const pdfName = defaultPdfName(perkara.lpNumber, profile);
  const placeholder = kind === 'file' ? `/home/…/${pdfName}` : `/home/…/${defaultPackageName(perkara.lpNumber, profile)}`;

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const target = cleanPath(path);
    setMissing(target === '');
    if (target === '' || busy) return;
    void start(profile, { kind, path: target });
  };

  return (
    <div className="dossier-export">
      <form className="dossier-form" aria-label={t('dossier.formLabel')} onSubmit={submit} noValidate>
        <ChoiceCards
          legend={t('dossier.profile.legend')}
          value={profile}
          onChange={setProfile}
          disabled={busy}
          options={[
            { value: 'full', label: t('dossier.profile.full'), text: t('dossier.profile.fullText') },
            { value: 'deidentified', label: t('dossier.profile.deidentified'), text: t('dossier.profile.deidentifiedText') },
          ]}
        />
        <ChoiceCards
          legend={t('dossier.kind.legend')}
          value={kind}
          onChange={(k) => {
            setKind(k);
            setPath('');
          }}
          disabled={busy}
          options={[
            { value: 'file', label: t('dossier.kind.file'), text: t('dossier.kind.fileText') },
            { value: 'package', label: t('dossier.kind.package'), text: t('dossier.kind.packageText') },
          ]}
        />
        <DestinationField
          kind={kind}
          value={path}
          onValue={(p) => {
            setPath(p);
            if (p.trim() !== '') setMissing(false);
          }}
          defaultName={pdfName}
          placeholder={placeholder}
          error={missing ? t('dossier.destination.needed') : null}
          disabled={busy}
        />
        <div className="dossier-form__actions">
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {t('dossier.export')}
          </button>
        </div>
      </form>
      {state.kind === 'running' && <ExportProgress progress={state.progress} cancelling={state.cancelling} onCancel={() => void cancel()} />}
      {state.kind === 'cancelled' && (
        <p className="notice" role="status" data-testid="dossier-cancelled">
          {t('dossier.cancelled')}
        </p>
      )}
      {state.kind === 'failed' && <ErrorAlert error={state.error} />}
      {state.kind === 'done' && <ExportResult key={state.result.id} result={state.result} />}
    </div>
  );
}
