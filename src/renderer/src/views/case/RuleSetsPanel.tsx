// Which rule set the deadlines follow: for adult tersangka (chosen from the LP date when the case
// names none) and for children. A set whose periods nobody has checked against the law yet (UU
// 20/2025) says so, since every deadline on this case leans on it.
import { useTranslation } from 'react-i18next';
import type { RuleSet } from '../../../../shared/rules/rulesets';
import { findRuleSet, ruleSetRefFor } from './custody-form';
import { Panel } from './Panel';
import type { PerkaraView } from './record-types';

function RuleSetLine({ label, set, fromDate }: { label: string; set: RuleSet | null; fromDate: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="facts__row facts__row--wide">
      <dt>{label}</dt>
      <dd>
        <span className="ruleset">
          {set ? set.name : '—'}
          {set && !set.confirmed && <span className="chip chip--warning">{t('caseDetail.summary.unconfirmed')}</span>}
          {fromDate && <span className="ruleset__how">({t('caseDetail.summary.rulesFromDate')})</span>}
        </span>
        {set && <span className="ruleset__law">{set.law}</span>}
        {set && !set.confirmed && <span className="ruleset__note">{t('caseDetail.summary.unconfirmedNote')}</span>}
      </dd>
    </div>
  );
}

export function RuleSetsPanel({ perkara, ruleSets }: { perkara: PerkaraView; ruleSets: readonly RuleSet[] }) {
  const { t } = useTranslation();
  const adult = findRuleSet(ruleSets, ruleSetRefFor(perkara, { child: false }));
  const child = findRuleSet(ruleSets, ruleSetRefFor(perkara, { child: true }));
  return (
    <Panel title={t('caseDetail.summary.rulesCard')}>
      <dl className="facts">
        <RuleSetLine label={t('caseDetail.summary.adultRules')} set={adult} fromDate={perkara.adultRules === null} />
        <RuleSetLine label={t('caseDetail.summary.childRules')} set={child} fromDate={false} />
      </dl>
    </Panel>
  );
}
