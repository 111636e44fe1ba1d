// The exports the station has recorded for this case, newest first, with the SHA-256 its audit chain
// holds for each: what an investigator compares with a file a prosecutor says they received.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/ipc/contract';
import type { RecordedExportView } from '../../../../shared/ipc/dossier';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCaseTools } from '../case/case-context';
import { Panel } from '../case/Panel';

/** `version` changes after each export here, to read the list again. */
export function IssuedExports({ perkaraId, version }: { perkaraId: string; version: number }) {
  const { t } = useTranslation();
  const { api, formats, zone } = useCaseTools();
  const [rows, setRows] = useState<RecordedExportView[] | null>(null);
  const [error, setError] = useState<WireError | null>(null);

  useEffect(() => {
    let current = true;
    void api.call('dossier:list', { perkaraId }).then((r) => {
      if (!current) return;
      if (r.ok) setRows(r.value);
      else setError(r.error);
    });
    return () => {
      current = false;
    };
  }, [api, perkaraId, version]);

  return (
    <Panel title={t('dossier.issued.title')} className="dossier-issued" level={3}>
      <p className="panel__lead">{t('dossier.issued.lead')}</p>
      <ErrorAlert error={error} />
      {rows !== null && rows.length === 0 && <p className="field__hint">{t('dossier.issued.empty')}</p>}
      {rows !== null && rows.length > 0 && (
        <table className="rtable" data-testid="dossier-issued">
          <thead>
            <tr>
              <th scope="col">{t('dossier.issued.number')}</th>
              <th scope="col">{t('dossier.issued.profile')}</th>
              <th scope="col">{t('dossier.issued.at', { zone })}</th>
              <th scope="col">{t('dossier.issued.pages')}</th>
              <th scope="col">{t('dossier.issued.sha256')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="dossier-issued__number">{r.exportNumber}</td>
                <td>{t(`dossier.profileName.${r.profile}`)}</td>
                <td className="rtable__time">{formats.dateTime(r.exportedAt)}</td>
                <td>{r.pages}</td>
                <td>
                  <code className="dossier-issued__sha">{r.sha256}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
