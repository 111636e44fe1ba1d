// A tersangka's penangkapan and penahanan, under their card. The detention offered next is the one
// the rule set allows after the periods already ordered (src/shared/rules/detention.ts), with its
// days and start filled in; when none is left, the reason is said instead of a disabled button.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/ipc/contract';
import type { RuleSet } from '../../../../shared/rules/rulesets';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ArrestForm } from './ArrestForm';
import { ArrestItem } from './ArrestItem';
import { useCaseTools } from './case-context';
import { detentionPlan, findRuleSet, ruleSetRefFor } from './custody-form';
import { DetentionForm } from './DetentionForm';
import { DetentionItem } from './DetentionItem';
import { EditButton } from './EditButton';
import type { ArrestView, DetentionView, PartyView, PerkaraView } from './record-types';

type Props = { party: PartyView; perkara: PerkaraView; ruleSets: readonly RuleSet[] };

export function SuspectCustody({ party, perkara, ruleSets }: Props) {
  const { t } = useTranslation();
  const { api } = useCaseTools();
  const [arrests, setArrests] = useState<ArrestView[] | null>(null);
  const [detentions, setDetentions] = useState<DetentionView[] | null>(null);
  const [error, setError] = useState<WireError | null>(null);
  const [adding, setAdding] = useState<'arrest' | 'detention' | null>(null);

  const load = useCallback(async () => {
    const [a, d] = await Promise.all([api.call('arrests:list', { partyId: party.id }), api.call('detentions:list', { partyId: party.id })]);
    if (a.ok) setArrests(a.value);
    if (d.ok) setDetentions(d.value);
    setError(!a.ok ? a.error : !d.ok ? d.error : null);
  }, [api, party.id]);

  useEffect(() => {
    void load();
  }, [load]);

  const ruleSet = findRuleSet(ruleSets, ruleSetRefFor(perkara, party));
  // A period ended early (released, or changed to house arrest) is not extended: nothing is offered.
  const released = detentions?.at(-1)?.endedOn != null;
  const plan = ruleSet && detentions && !released ? detentionPlan(ruleSet, detentions, perkara.threatYears) : null;
  const saved = async (): Promise<void> => {
    setAdding(null);
    await load();
  };

  return (
    <div className="custody">
      <ErrorAlert error={error} />
      <section className="custody__part" aria-label={t('caseDetail.custody.arrests')}>
        <div className="custody__head">
          <h4 className="custody__title">{t('caseDetail.custody.arrests')}</h4>
          {adding === null && <EditButton icon="plus" label={t('caseDetail.custody.addArrest')} onClick={() => setAdding('arrest')} />}
        </div>
        {adding === 'arrest' && <ArrestForm partyId={party.id} onClose={() => setAdding(null)} onSaved={saved} />}
        {arrests && arrests.length === 0 && <p className="custody__none">{t('caseDetail.custody.noArrests')}</p>}
        {arrests && arrests.length > 0 && (
          <ul className="custody__list">
            {arrests.map((a) => (
              <ArrestItem key={a.id} arrest={a} onChanged={load} />
            ))}
          </ul>
        )}
      </section>
      <section className="custody__part" aria-label={t('caseDetail.custody.detentions')}>
        <div className="custody__head">
          <h4 className="custody__title">{t('caseDetail.custody.detentions')}</h4>
          {adding === null && plan?.kind === 'next' && (
            <EditButton icon="plus" label={t('caseDetail.custody.addDetention', { kind: t(`records.detentionKind.${plan.next.kind}`) })} onClick={() => setAdding('detention')} />
          )}
        </div>
        {ruleSet && (
          <p className="custody__rules">
            {t('caseDetail.custody.rules', { name: ruleSet.name })}
            {!ruleSet.confirmed && <span className="chip chip--warning">{t('caseDetail.summary.unconfirmed')}</span>}
          </p>
        )}
        {adding === 'detention' && ruleSet && plan?.kind === 'next' && (
          <DetentionForm partyId={party.id} next={plan.next} ruleSet={ruleSet} arrests={arrests ?? []} onClose={() => setAdding(null)} onSaved={saved} />
        )}
        {detentions && detentions.length === 0 && <p className="custody__none">{t('caseDetail.custody.noDetentions')}</p>}
        {detentions && detentions.length > 0 && (
          <ul className="custody__list">
            {detentions.map((d, i) => (
              <DetentionItem key={d.id} detention={d} last={i === detentions.length - 1} onChanged={load} />
            ))}
          </ul>
        )}
        {plan?.kind === 'noneLeft' && ruleSet && <p className="custody__none">{t('caseDetail.custody.noneLeft', { ruleSet: ruleSet.name })}</p>}
        {plan?.kind === 'threatTooLow' && ruleSet && (
          <p className="custody__none">
            {t('caseDetail.custody.threatTooLow', {
              kind: t(`records.detentionKind.${plan.blocked.kind}`),
              min: ruleSet.detention.find((r) => r.kind === plan.blocked.kind)?.minThreatYears ?? 0,
              years: perkara.threatYears,
            })}
          </p>
        )}
      </section>
    </div>
  );
}
