// A case found: its LP number, title and stage; opens at the summary.
import type { CaseHit } from '../../../../shared/domain/search';
import { StageBadge } from '../cases/StageBadge';
import { LpShort } from './LpShort';
import type { OpenCase } from './search-model';

export function CaseHitItem({ hit, onOpen }: { hit: CaseHit; onOpen: OpenCase }) {
  return (
    <li>
      <button type="button" className="find__row" onClick={() => onOpen(hit.perkaraId, 'ringkasan')}>
        <span className="find__main">
          <LpShort lpNumber={hit.lpNumber} />
          <span className="find__text" title={hit.title}>
            {hit.title}
          </span>
        </span>
        <StageBadge stage={hit.stage} />
      </button>
    </li>
  );
}
