// One detention period: its kind, "1 Maret 2026 s/d 20 Maret 2026 (20 hari)", the warrant and
// place, and an early end (penangguhan, pengalihan, release). Only the last period can be removed:
// every extension depends on the one before.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/ipc/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCaseTools } from './case-context';
import { DateInput } from './DateInput';
import { EditButton } from './EditButton';
import { problemOf } from './field-errors';
import type { DetentionView } from './record-types';
import { useFormGuard } from './useFormGuard';

type Props = { detention: DetentionView; last: boolean; onChanged: () => Promise<void> };

export function DetentionItem({ detention: d, last, onChanged }: Props) {
  const { t } = useTranslation();
  const { api, confirm, formats, lang, today } = useCaseTools();
  const [ending, setEnding] = useState(false);
  const [endedOn, setEndedOn] = useState('');
  const [error, setError] = useState<WireError | null>(null);
  const guard = useFormGuard(ending && endedOn !== '', () => setEnding(false));
  const kind = t(`records.detentionKind.${d.kind}`);

  const remove = async (): Promise<void> => {
    const yes = await confirm({
      title: t('caseDetail.custody.removeDetentionTitle', { kind }),
      text: t('caseDetail.custody.removeText'),
      confirmLabel: t('caseDetail.removeAsk.confirm'),
      cancelLabel: t('caseDetail.removeAsk.keep'),
      danger: true,
    });
    if (!yes) return;
    const r = await api.call('detentions:remove', { id: d.id });
    if (r.ok) await onChanged();
    else setError(r.error);
  };

  const end = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (endedOn === '') return;
    const r = await api.call('detentions:update', { id: d.id, patch: { endedOn } });
    if (!r.ok) return setError(r.error);
    setEnding(false);
    await onChanged();
  };

  const warrant = [d.warrantNumber && t('caseDetail.custody.warrant', { number: d.warrantNumber }), d.warrantDate && formats.longDate(d.warrantDate)].filter(Boolean).join(', ');
  const endError = error && ending ? problemOf(error, lang, { endedOn: 'endedOn' }) : null;
  return (
    <li className={d.endedOn ? 'custody__item custody__item--ended' : 'custody__item'}>
      <div className="custody__main">
        <span className="custody__what">{kind}</span>
        <span className="custody__period">
          {t('caseDetail.custody.period', { from: formats.longDate(d.startDate), to: formats.longDate(d.endDate) })}{' '}
          <span className="custody__days">({t('caseDetail.custody.periodDays', { count: d.days })})</span>
        </span>
        {d.endedOn && <span className="custody__ended">{t('caseDetail.custody.endedEarly', { date: formats.longDate(d.endedOn) })}</span>}
        {(warrant || d.place) && <span className="custody__detail">{[warrant, d.place].filter(Boolean).join(' · ')}</span>}
        {ending && (
          <form className="end-early" onSubmit={(e) => void end(e)} onKeyDown={guard.onKeyDown} noValidate>
            <DateInput
              label={t('caseDetail.custody.endedOn')}
              min={d.startDate}
              max={d.endDate < today ? d.endDate : today}
              value={endedOn}
              onChange={(e) => setEndedOn(e.target.value)}
              hint={t('caseDetail.custody.endedOnHint')}
              error={endError?.message}
              autoFocus
            />
            <div className="end-early__actions">
              <button type="button" className="btn btn--secondary" onClick={() => void guard.cancel()}>
                {t('caseDetail.cancel')}
              </button>
              <button type="submit" className="btn btn--primary" disabled={endedOn === ''}>
                {t('caseDetail.custody.endEarly')}
              </button>
            </div>
          </form>
        )}
        {!ending && <ErrorAlert error={error} />}
      </div>
      <div className="custody__actions">
        {last && !d.endedOn && !ending && <EditButton icon="stop" label={t('caseDetail.custody.endEarly')} what={kind} onClick={() => setEnding(true)} />}
        {last && !ending && <EditButton icon="trash" label={t('caseDetail.remove')} what={kind} onClick={() => void remove()} />}
      </div>
    </li>
  );
}
