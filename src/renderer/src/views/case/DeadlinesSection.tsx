// The clocks of this case (deadlines:case), soonest first: what runs out, on which day (the arrest
// at its hour), how many days are left in the unit's zone (red below 3, marked once overdue), and
// the extension still available for a detention.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/ipc/contract';
import type { RuleSet } from '../../../../shared/rules/rulesets';
import { ActionIcon } from '../../components/ActionIcon';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCaseTools } from './case-context';
import { findRuleSet, localParts, ruleSetRefFor } from './custody-form';
import { urgencyOf } from './deadline-view';
import type { DeadlineView, PerkaraView } from './record-types';

export function DeadlinesSection({ perkara, ruleSets }: { perkara: PerkaraView; ruleSets: readonly RuleSet[] }) {
  const { t } = useTranslation();
  const { api, formats, zone } = useCaseTools();
  const [rows, setRows] = useState<DeadlineView[] | null>(null);
  const [error, setError] = useState<WireError | null>(null);

  useEffect(() => {
    let current = true;
    void api.call('deadlines:case', { perkaraId: perkara.id }).then((r) => {
      if (!current) return;
      if (r.ok) setRows(r.value);
      else setError(r.error);
    });
    return () => {
      current = false;
    };
  }, [api, perkara.id, perkara.updatedAt]);

  const adult = findRuleSet(ruleSets, ruleSetRefFor(perkara, { child: false }));
  const left = (n: number): string =>
    n < 0 ? t('caseDetail.deadlines.overdue', { count: -n }) : n === 0 ? t('caseDetail.deadlines.today') : t('caseDetail.deadlines.left', { count: n });

  return (
    <div className="deadlines-case">
      <div className="section-bar">
        <h2 className="section-bar__title">{t('caseDetail.sections.tenggat')}</h2>
      </div>
      <p className="panel__lead">{t('caseDetail.deadlines.lead', { zone })}</p>
      {adult && !adult.confirmed && (
        <p className="callout callout--slim">
          <span className="chip chip--warning">{t('caseDetail.summary.unconfirmed')}</span> {adult.name}: {t('caseDetail.summary.unconfirmedNote')}
        </p>
      )}
      <ErrorAlert error={error} />
      {rows === null ? (
        !error && (
          <p className="list-loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('caseDetail.loading')}
          </p>
        )
      ) : rows.length === 0 ? (
        <EmptyState icon="check" title={t('caseDetail.deadlines.emptyTitle')}>
          <p className="empty__text">{t('caseDetail.deadlines.emptyText')}</p>
        </EmptyState>
      ) : (
        <ul className="clocks">
          {rows.map((d, i) => {
            const urgency = urgencyOf(d.daysLeft);
            const time = d.dueAt ? localParts(d.dueAt, zone).time.replace(':', '.') : null;
            const due = time ? t('caseDetail.deadlines.dueAt', { date: formats.longDate(d.due), time, zone }) : formats.longDate(d.due);
            return (
              <li key={`${d.kind}-${d.partyId ?? ''}-${i}`} className={`clock clock--${urgency}`}>
                <span className="clock__left">
                  {urgency !== 'normal' && <ActionIcon name="clock" size={16} />}
                  {left(d.daysLeft)}
                </span>
                <div className="clock__what">
                  <span className="clock__kind">
                    {d.kind === 'detention' && d.detentionKind ? t(`records.detentionKind.${d.detentionKind}`) : t(`caseDetail.deadlines.kinds.${d.kind}`)}
                  </span>
                  {d.subject && <span className="clock__subject">{d.subject}</span>}
                </div>
                <span className="clock__due">
                  <span className="clock__label">{t('caseDetail.deadlines.due')}</span> {due}
                </span>
                {d.kind === 'detention' && (
                  <span className="clock__next">
                    {d.nextStep ? t('caseDetail.deadlines.nextStep', { kind: t(`records.detentionKind.${d.nextStep}`) }) : t('caseDetail.deadlines.noNextStep')}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
