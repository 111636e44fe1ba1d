// Editing the team as rows (name, rank, NRP, ketua/anggota), added and removed in place. A refusal
// names its row ('team.1.nrp'), and the message appears under that row's input.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionIcon } from '../../components/ActionIcon';
import { FormProblems } from '../../components/FormProblems';
import { useCaseTools } from './case-context';
import { FormActions } from './FormActions';
import type { PerkaraView } from './record-types';
import { newRowKey, sameTeam, teamInput, teamRows, type TeamRow } from './summary-form';
import { focusField, useSave } from './useSave';
import { useFormGuard } from './useFormGuard';

type Props = { perkara: PerkaraView; onClose: () => void; onSaved: (p: PerkaraView) => void };

const fieldsOf = (rows: readonly TeamRow[]): string[] => rows.flatMap((_, i) => ['name', 'rank', 'nrp', 'role'].map((f) => `team.${i}.${f}`));

export function TeamForm({ perkara, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { api } = useCaseTools();
  const [rows, setRows] = useState(() => teamRows(perkara.team));
  const team = teamInput(rows);
  const dirty = !sameTeam(team, perkara.team);
  const guard = useFormGuard(dirty, onClose);
  const ref = useRef<HTMLFormElement>(null);
  const save = useSave(fieldsOf(rows), { form: ref });

  const update = (key: string, patch: Partial<TeamRow>): void => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = (): void => {
    setRows((rs) => [...rs, { key: newRowKey(), name: '', rank: '', nrp: '', role: rs.length === 0 ? 'ketua' : 'anggota' }]);
    // The new row's name input, once it exists.
    requestAnimationFrame(() => focusField(ref.current, `team.${rows.length}.name`));
  };

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const blank = rows.flatMap((r, i) => (r.name.trim() === '' ? [`team.${i}.name`] : []));
    if (blank.length > 0) return save.setMissing(blank);
    if (!dirty) return onClose();
    const saved = await save.submit(() => api.call('perkara:update', { id: perkara.id, patch: { team } }));
    if (saved) onSaved(saved);
  };

  const l = (k: 'teamName' | 'teamRank' | 'teamNrp' | 'teamRole'): string => t(`caseDetail.summary.${k}`);
  return (
    <form ref={ref} className="record-form" onSubmit={(e) => void submit(e)} onKeyDown={guard.onKeyDown} noValidate>
      <FormProblems problems={save.problems} onFocusField={(f) => focusField(ref.current, f)} />
      {rows.length > 0 && (
        <div className="team-rows" role="table" aria-label={t('caseDetail.summary.teamCard')}>
          <div className="team-rows__row team-rows__head" role="row">
            <span role="columnheader">{l('teamName')}</span>
            <span role="columnheader">{l('teamRank')}</span>
            <span role="columnheader">{l('teamNrp')}</span>
            <span role="columnheader">{l('teamRole')}</span>
            <span role="columnheader" className="visually-hidden">
              {t('caseDetail.remove')}
            </span>
          </div>
          {rows.map((r, i) => {
            const n = i + 1;
            const cell = (f: 'name' | 'rank' | 'nrp') => {
              const error = save.at(`team.${i}.${f}`);
              return (
                <span role="cell" className="team-rows__cell">
                  <input
                    className={error ? 'input input--invalid' : 'input'}
                    value={r[f]}
                    onChange={(e) => update(r.key, { [f]: e.target.value })}
                    aria-label={`${l(f === 'name' ? 'teamName' : f === 'rank' ? 'teamRank' : 'teamNrp')}, ${t('caseDetail.summary.member', { n })}`}
                    aria-invalid={error ? true : undefined}
                    inputMode={f === 'nrp' ? 'numeric' : undefined}
                    data-field={`team.${i}.${f}`}
                    // The form opens with the focus in it, so Esc and Enter work at once.
                    autoFocus={i === 0 && f === 'name'}
                  />
                  {error && <span className="field__error">{error}</span>}
                </span>
              );
            };
            return (
              <div key={r.key} className="team-rows__row" role="row">
                {cell('name')}
                {cell('rank')}
                {cell('nrp')}
                <span role="cell">
                  <select
                    className="input select"
                    value={r.role}
                    onChange={(e) => update(r.key, { role: e.target.value === 'ketua' ? 'ketua' : 'anggota' })}
                    aria-label={`${l('teamRole')}, ${t('caseDetail.summary.member', { n })}`}
                  >
                    <option value="ketua">{t('caseDetail.summary.ketua')}</option>
                    <option value="anggota">{t('caseDetail.summary.anggota')}</option>
                  </select>
                </span>
                <span role="cell">
                  <button
                    type="button"
                    className="btn btn--icon"
                    onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                    aria-label={t('caseDetail.summary.removeMember', { n })}
                    title={t('caseDetail.summary.removeMember', { n })}
                  >
                    <ActionIcon name="trash" size={16} />
                  </button>
                </span>
              </div>
            );
          })}
        </div>
      )}
      <button type="button" className="btn btn--quiet record-form__add" onClick={add}>
        <ActionIcon name="plus" size={16} />
        {t('caseDetail.summary.addMember')}
      </button>
      <FormActions busy={save.busy} onCancel={() => void guard.cancel()} />
    </form>
  );
}
