// One running deadline: how long is left, what it is, whose, its last day (an arrest to the minute,
// with the zone), the case, and the extension still available. The LP number is the row's button;
// a click anywhere on the row does the same (DeadlineTable).
import { useTranslation } from 'react-i18next';
import type { DeadlineView } from '../../../../shared/ipc/records';
import type { TimeZone } from '../../../../shared/domain/settings';
import type { Formats } from '../../i18n/format';
import { splitLpNumber } from '../cases/lp-number';
import type { LongDates } from '../workspace/dates';
import { DaysLeft } from './DaysLeft';
import { kindWord, urgencyOfDeadline } from './deadline-words';

type Props = { deadline: DeadlineView; index: number; zone: TimeZone; formats: Formats; dates: LongDates; onOpen: (perkaraId: string) => void };

export function DeadlineRow({ deadline: d, index, zone, formats, dates, onOpen }: Props) {
  const { t } = useTranslation();
  const lp = splitLpNumber(d.lpNumber);
  let due = dates.date(d.due);
  if (d.dueAt) {
    const at = dates.moment(d.dueAt);
    due = t('workspace.deadlines.dueAt', { date: at.date, time: at.time, zone });
  }
  let next = '—';
  if (d.kind === 'detention') next = d.nextStep ? t(`workspace.deadlines.kinds.${d.nextStep}`) : t('workspace.deadlines.noneLeft');
  return (
    <tr className={`dl__row dl__row--${urgencyOfDeadline(d, Date.now())}`} data-index={index}>
      <td className="dl__td dl__td--left">
        <DaysLeft daysLeft={d.daysLeft} dueAt={d.dueAt} formats={formats} />
      </td>
      <td className="dl__td dl__td--what">{t(`workspace.deadlines.kinds.${kindWord(d)}`)}</td>
      <td className="dl__td">{d.subject ?? <span className="muted">—</span>}</td>
      <td className="dl__td dl__td--due">{due}</td>
      <td className="dl__td dl__td--lp">
        <button type="button" className="dl__open" title={t('workspace.deadlines.open', { lp: d.lpNumber })} onClick={() => onOpen(d.perkaraId)}>
          <span className="lp__head">
            {lp.head}
            {lp.tail && <span className="visually-hidden">/</span>}
          </span>
          {lp.tail && <span className="lp__tail">{lp.tail}</span>}
        </button>
      </td>
      <td className={d.kind === 'detention' ? 'dl__td' : 'dl__td muted'}>{next}</td>
    </tr>
  );
}
