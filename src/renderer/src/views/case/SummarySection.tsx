// Ringkasan: what the case is and who works it (the LP and the offence, the team: the wide forms)
// on the left; where it stands, what it charges and under which rules on the right.
import type { RuleSet } from '../../../../shared/rules/rulesets';
import { ChargesPanel } from './ChargesPanel';
import { OffencePanel } from './OffencePanel';
import type { ChargeView, PerkaraView } from './record-types';
import { RuleSetsPanel } from './RuleSetsPanel';
import { StagePanel } from './StagePanel';
import { TeamPanel } from './TeamPanel';

type Props = { perkara: PerkaraView; charges: readonly ChargeView[]; ruleSets: readonly RuleSet[]; onSaved: (p: PerkaraView) => void };

export function SummarySection({ perkara, charges, ruleSets, onSaved }: Props) {
  return (
    <div className="summary-grid">
      <div className="summary-grid__column">
        <OffencePanel perkara={perkara} onSaved={onSaved} />
        <TeamPanel perkara={perkara} onSaved={onSaved} />
      </div>
      <div className="summary-grid__column">
        <StagePanel perkara={perkara} onSaved={onSaved} />
        <ChargesPanel perkara={perkara} charges={charges} onSaved={onSaved} />
        <RuleSetsPanel perkara={perkara} ruleSets={ruleSets} />
      </div>
    </div>
  );
}
