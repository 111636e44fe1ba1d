// The LP and the offence: read as a list of facts, changed in a form in the same place.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseTools } from './case-context';
import { EditButton } from './EditButton';
import { FieldWarnings } from './FieldWarnings';
import { OffenceForm } from './OffenceForm';
import { Panel } from './Panel';
import type { PerkaraView } from './record-types';
import { writtenLocal } from './when';

export function OffencePanel({ perkara, onSaved }: { perkara: PerkaraView; onSaved: (p: PerkaraView) => void }) {
  const { t } = useTranslation();
  const { formats, zone } = useCaseTools();
  const [editing, setEditing] = useState(false);
  const title = t('caseDetail.summary.lpCard');
  const none = <span className="facts__none">{t('caseDetail.notSet')}</span>;
  const start = writtenLocal(perkara.offenceStart, formats, zone);
  const end = writtenLocal(perkara.offenceEnd, formats, zone);
  const when = start && end ? t('caseDetail.summary.offenceRange', { from: start, to: end }) : (start ?? end);

  return (
    <Panel title={title} actions={!editing && <EditButton what={title} onClick={() => setEditing(true)} />}>
      {editing ? (
        <OffenceForm
          perkara={perkara}
          onClose={() => setEditing(false)}
          onSaved={(p) => {
            onSaved(p);
            setEditing(false);
          }}
        />
      ) : (
        <dl className="facts">
          <div className="facts__row facts__row--wide">
            <dt>{t('caseDetail.summary.lpNumber')}</dt>
            <dd>
              <span className="facts__lp">{perkara.lpNumber}</span>
              <FieldWarnings warnings={perkara.warnings} />
            </dd>
          </div>
          <div className="facts__row">
            <dt>{t('caseDetail.summary.lpDate')}</dt>
            <dd>{perkara.lpDate ? formats.longDate(perkara.lpDate) : none}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('caseDetail.summary.satker')}</dt>
            <dd>{perkara.satker || none}</dd>
          </div>
          <div className="facts__row facts__row--wide">
            <dt>{t('caseDetail.summary.place')}</dt>
            <dd>{perkara.place || none}</dd>
          </div>
          <div className="facts__row facts__row--wide">
            <dt>{t('caseDetail.summary.offence')}</dt>
            <dd>{when ?? none}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('caseDetail.summary.modus')}</dt>
            <dd>{perkara.modus ? t(`records.modus.${perkara.modus}`, { defaultValue: perkara.modus }) : none}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('caseDetail.summary.exploitation')}</dt>
            <dd>{perkara.exploitation ? t(`records.exploitation.${perkara.exploitation}`, { defaultValue: perkara.exploitation }) : none}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('caseDetail.summary.recruitmentChannel')}</dt>
            <dd>{perkara.recruitmentChannel || none}</dd>
          </div>
        </dl>
      )}
    </Panel>
  );
}
