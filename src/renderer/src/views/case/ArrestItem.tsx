// One arrest as a line: when (on the unit's clock), where, the warrant, when it ended.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/ipc/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCaseTools } from './case-context';
import { EditButton } from './EditButton';
import type { ArrestView } from './record-types';
import { writtenInstant } from './when';

export function ArrestItem({ arrest, onChanged }: { arrest: ArrestView; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const { api, confirm, formats, zone } = useCaseTools();
  const [error, setError] = useState<WireError | null>(null);
  const when = writtenInstant(arrest.at, formats, zone);

  const remove = async (): Promise<void> => {
    const yes = await confirm({
      title: t('caseDetail.custody.removeArrestTitle', { when }),
      text: t('caseDetail.custody.removeText'),
      confirmLabel: t('caseDetail.removeAsk.confirm'),
      cancelLabel: t('caseDetail.removeAsk.keep'),
      danger: true,
    });
    if (!yes) return;
    const r = await api.call('arrests:remove', { id: arrest.id });
    if (r.ok) await onChanged();
    else setError(r.error);
  };

  const warrant = arrest.warrantNumber
    ? arrest.warrantDate
      ? t('caseDetail.custody.warrantOf', { number: arrest.warrantNumber, date: formats.longDate(arrest.warrantDate) })
      : t('caseDetail.custody.warrant', { number: arrest.warrantNumber })
    : '';
  return (
    <li className="custody__item">
      <div className="custody__main">
        <span className="custody__what">{t('caseDetail.custody.arrested', { when })}</span>
        {arrest.endedAt && <span className="custody__detail">{t('caseDetail.custody.arrestEnded', { when: writtenInstant(arrest.endedAt, formats, zone) })}</span>}
        {arrest.place && <span className="custody__detail">{arrest.place}</span>}
        {warrant && <span className="custody__detail">{warrant}</span>}
        <ErrorAlert error={error} />
      </div>
      <EditButton icon="trash" label={t('caseDetail.remove')} what={t('caseDetail.custody.arrested', { when })} onClick={() => void remove()} />
    </li>
  );
}
