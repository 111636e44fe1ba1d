// One hand-over of the timeline: the version that stands (who released it to whom, when, why,
// where, the seal), and beneath it every version it replaced, struck through where a fact changed,
// so what was first written stays readable next to its correction.
import { useTranslation } from 'react-i18next';
import type { CustodyView } from '../../../../shared/ipc/evidence';
import { EditButton } from '../case/EditButton';
import { useCaseTools } from '../case/case-context';
import { writtenInstant } from '../case/when';
import type { CustodyFact, TimelineEntry } from './timeline';

type Props = { entry: TimelineEntry; latest: boolean; onCorrect?: () => void };

export function CustodyEntry({ entry, latest, onCorrect }: Props) {
  const { t } = useTranslation();
  const { formats, zone } = useCaseTools();
  const { current, replaced } = entry;
  const sealText = (v: boolean | null): string => t(`evidence.custody.sealAnswer.${v === null ? 'unchecked' : v ? 'yes' : 'no'}`);
  const factText = (e: CustodyView, f: CustodyFact): string => {
    switch (f) {
      case 'at':
        return writtenInstant(e.at, formats, zone);
      case 'purpose':
        return t(`evidence.purpose.${e.purpose}`);
      case 'sealIntact':
        return sealText(e.sealIntact);
      default:
        return e[f] || '—';
    }
  };
  const factLabel: Record<CustodyFact, string> = {
    at: t('evidence.custody.at'),
    purpose: t('evidence.custody.purpose'),
    releasedBy: t('evidence.custody.releasedBy'),
    receivedBy: t('evidence.custody.receivedBy'),
    location: t('evidence.custody.location'),
    sealIntact: t('evidence.custody.seal'),
  };
  const corrected = replaced[0];

  return (
    <li className={latest ? 'ctl__entry ctl__entry--latest' : 'ctl__entry'} data-testid="custody-entry">
      <span className="ctl__dot" aria-hidden="true" />
      <div className="ctl__body">
        <div className="ctl__head">
          <span className="ctl__seq">{t('evidence.custody.eventNo', { seq: current.seq })}</span>
          <span className="ctl__purpose">{t(`evidence.purpose.${current.purpose}`)}</span>
          <span className="ctl__date">{writtenInstant(current.at, formats, zone)}</span>
          {corrected && <span className="chip chip--warning">{t('evidence.custody.correctionOf', { seq: corrected.event.seq })}</span>}
          {onCorrect && (
            <span className="ctl__action">
              <EditButton label={t('evidence.custody.correct')} what={t('evidence.custody.correctWhat', { seq: current.seq })} onClick={onCorrect} />
            </span>
          )}
        </div>
        <p className="ctl__handover">{t('evidence.custody.handover', { from: current.releasedBy, to: current.receivedBy })}</p>
        <p className="ctl__meta">
          {[current.location, sealText(current.sealIntact)].filter(Boolean).join(' · ')}
        </p>
        {current.note && <p className="ctl__note">{current.note}</p>}
        {replaced.map((r) => (
          <div key={r.event.id} className="ctl__replaced" data-testid="custody-replaced">
            <p className="ctl__replaced-title">{t('evidence.custody.replaced', { seq: r.event.seq, by: r.by.seq })}</p>
            {r.changed.length === 0 ? (
              <p className="ctl__meta">{t('evidence.custody.unchanged')}</p>
            ) : (
              <dl className="ctl__changes">
                {r.changed.map((f) => (
                  <div key={f} className="ctl__change">
                    <dt>{factLabel[f]}</dt>
                    <dd>
                      <del>{factText(r.event, f)}</del> → <ins>{factText(r.by, f)}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
            {r.event.note && <p className="ctl__note ctl__note--old">{r.event.note}</p>}
          </div>
        ))}
        <p className="ctl__recorded">{t('evidence.custody.recorded', { when: writtenInstant(current.createdAt, formats, zone) })}</p>
      </div>
    </li>
  );
}
