// Tim penyidik: name, rank and NRP of each investigator, the ketua first as the paperwork lists them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditButton } from './EditButton';
import { Panel } from './Panel';
import type { PerkaraView } from './record-types';
import { TeamForm } from './TeamForm';

export function TeamPanel({ perkara, onSaved }: { perkara: PerkaraView; onSaved: (p: PerkaraView) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const title = t('caseDetail.summary.teamCard');
  const team = [...perkara.team].sort((a, b) => (a.role === b.role ? 0 : a.role === 'ketua' ? -1 : 1));

  return (
    <Panel title={title} actions={!editing && <EditButton what={title} onClick={() => setEditing(true)} />}>
      {editing ? (
        <TeamForm
          perkara={perkara}
          onClose={() => setEditing(false)}
          onSaved={(p) => {
            onSaved(p);
            setEditing(false);
          }}
        />
      ) : team.length === 0 ? (
        <p className="panel__empty">{t('caseDetail.summary.teamNone')}</p>
      ) : (
        <ul className="team">
          {team.map((m, i) => (
            <li key={`${m.nrp}-${i}`} className="team__member">
              <span className="team__name">
                {m.rank && <span className="team__rank">{m.rank} </span>}
                {m.name}
              </span>
              <span className="team__nrp">{m.nrp && `${t('caseDetail.summary.teamNrp')} ${m.nrp}`}</span>
              <span className={m.role === 'ketua' ? 'chip chip--accent' : 'chip'}>{t(`caseDetail.summary.${m.role}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
