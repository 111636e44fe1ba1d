// A person found: name and alias, then each case they appear in as a button ("korban di LP/B/…")
// that opens that case where the role is listed. The name of a confidential person is shown (this is
// the investigators' own tool), with the Dirahasiakan mark they must see before reading it aloud.
import { useTranslation } from 'react-i18next';
import type { PersonHit } from '../../../../shared/domain/search';
import { ActionIcon } from '../../components/ActionIcon';
import { splitLpNumber } from '../cases/lp-number';
import { ROLE_SECTION, type OpenCase } from './search-model';

export function PersonHitItem({ hit, onOpen }: { hit: PersonHit; onOpen: OpenCase }) {
  const { t } = useTranslation();
  return (
    <li className="find__person">
      <p className="find__name">
        {hit.name}
        {hit.alias && <span className="find__alias">{t('workspace.search.alias', { alias: hit.alias })}</span>}
      </p>
      {hit.roles.length === 0 ? (
        <p className="find__muted">{t('workspace.search.noRoles')}</p>
      ) : (
        <ul className="find__roles">
          {hit.roles.map((r) => (
            <li key={`${r.perkaraId}:${r.role}`}>
              <button type="button" className="find__role" onClick={() => onOpen(r.perkaraId, ROLE_SECTION[r.role])}>
                <span title={r.lpNumber}>
                  {t('workspace.search.roleIn', { role: t(`records.partyRole.${r.role}`), lp: splitLpNumber(r.lpNumber).head })}
                </span>
                {r.confidential && (
                  <span className="badge badge--secret">
                    <ActionIcon name="shield" size={14} />
                    {t('workspace.search.confidential')}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
