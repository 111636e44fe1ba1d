// A document found: its type in words, number and date, and the case it belongs to; opens the case
// at its documents.
import { useTranslation } from 'react-i18next';
import type { DocumentHit } from '../../../../shared/domain/search';
import type { Formats } from '../../i18n/format';
import { LpShort } from './LpShort';
import type { OpenCase } from './search-model';

type Props = { hit: DocumentHit; formats: Formats; onOpen: OpenCase };

export function DocumentHitItem({ hit, formats, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <li>
      <button type="button" className="find__row" onClick={() => onOpen(hit.perkaraId, 'dokumen')}>
        <span className="find__main">
          <span className="find__strong">{t(`records.documentType.${hit.type}`)}</span>
          <span className="find__text" title={hit.number || undefined}>
            {hit.number || t('workspace.search.noNumber')}
          </span>
        </span>
        <span className="find__side">
          {hit.date && <span className="find__date">{formats.date(hit.date)}</span>}
          <LpShort lpNumber={hit.lpNumber} />
        </span>
      </button>
    </li>
  );
}
