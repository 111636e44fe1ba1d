// A barang bukti found: its number in the case (BB-3), description and case. It opens the case at
// its Barang bukti section.
import { useTranslation } from 'react-i18next';
import type { EvidenceHit } from '../../../../shared/domain/search';
import { LpShort } from './LpShort';
import type { OpenCase } from './search-model';

export function EvidenceHitItem({ hit, onOpen }: { hit: EvidenceHit; onOpen: OpenCase }) {
  const { t } = useTranslation();
  return (
    <li>
      <button type="button" className="find__row" onClick={() => onOpen(hit.perkaraId, 'barang_bukti')}>
        <span className="find__main">
          <span className="find__strong">{t('workspace.search.evidenceNumber', { n: hit.number })}</span>
          <span className="find__text" title={hit.description}>
            {hit.description}
          </span>
        </span>
        <LpShort lpNumber={hit.lpNumber} />
      </button>
    </li>
  );
}
