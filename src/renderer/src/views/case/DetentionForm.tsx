// The next detention period: its kind is the one the rule set allows now (not a choice), its days
// default to the full period and may be fewer, and it starts the day after the previous period
// ends (for the first: the day of the arrest). The "s/d" line shows the period as the order will.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NextDetention } from '../../../../shared/rules/detention';
import type { RuleSet } from '../../../../shared/rules/rulesets';
import { FormProblems } from '../../components/FormProblems';
import { TextField } from '../../components/TextField';
import { useCaseTools } from './case-context';
import { defaultStart, previewEnd } from './custody-form';
import { DateInput } from './DateInput';
import { FormActions } from './FormActions';
import type { ArrestView } from './record-types';
import { focusField, useSave } from './useSave';
import { useFormGuard } from './useFormGuard';

type Props = { partyId: string; next: NextDetention; ruleSet: RuleSet; arrests: readonly ArrestView[]; onClose: () => void; onSaved: () => Promise<void> };

// The core names the period's start 'start' in its rule findings, and the days 'days'.
const ALIASES = { start: 'startDate' };

export function DetentionForm({ partyId, next, ruleSet, arrests, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { api, formats, zone, today } = useCaseTools();
  const [initial] = useState(() => ({ startDate: defaultStart(next, arrests, zone, today), days: String(next.days), warrantNumber: '', warrantDate: '', place: '' }));
  const [form, setForm] = useState(initial);
  const guard = useFormGuard(JSON.stringify(form) !== JSON.stringify(initial), onClose);
  const ref = useRef<HTMLFormElement>(null);
  const save = useSave(['startDate', 'days', 'warrantNumber', 'warrantDate', 'place'], { form: ref, aliases: ALIASES });
  const set = (key: keyof typeof initial, value: string): void => setForm((f) => ({ ...f, [key]: value }));
  const days = Number(form.days);
  const end = previewEnd(form.startDate, days);
  const kind = t(`records.detentionKind.${next.kind}`);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const missing = [...(form.startDate === '' ? ['startDate'] : []), ...(form.days === '' ? ['days'] : [])];
    if (missing.length > 0) return save.setMissing(missing);
    const detention = {
      kind: next.kind,
      startDate: form.startDate,
      days: Number.isInteger(days) ? days : null,
      warrantNumber: form.warrantNumber.trim(),
      warrantDate: form.warrantDate === '' ? null : form.warrantDate,
      place: form.place.trim(),
    };
    if (await save.submit(() => api.call('detentions:add', { partyId, detention }))) await onSaved();
  };

  return (
    <form ref={ref} className="record-form record-form--boxed" onSubmit={(e) => void submit(e)} onKeyDown={guard.onKeyDown} noValidate aria-label={kind}>
      <p className="record-form__title">{t('caseDetail.custody.newDetention', { kind })}</p>
      <FormProblems problems={save.problems} onFocusField={(f) => focusField(ref.current, f)} />
      <div className="form-grid form-grid--three">
        <DateInput label={t('caseDetail.custody.startDate')} value={form.startDate} onChange={(e) => set('startDate', e.target.value)} error={save.at('startDate')} data-field="startDate" autoFocus />
        <TextField
          label={t('caseDetail.custody.days')}
          type="number"
          min={1}
          max={next.days}
          value={form.days}
          onChange={(e) => set('days', e.target.value)}
          error={save.at('days')}
          hint={t('caseDetail.custody.daysHint', { max: next.days, ruleSet: ruleSet.name })}
          data-field="days"
        />
        <div className="field period" aria-live="polite">
          <span className="field__label">{t('caseDetail.custody.kind')}</span>
          <span className="period__kind">{kind}</span>
          <span className="period__range">{end ? t('caseDetail.custody.period', { from: formats.longDate(form.startDate), to: formats.longDate(end) }) : '—'}</span>
        </div>
        <TextField label={t('caseDetail.custody.warrantNumber')} value={form.warrantNumber} onChange={(e) => set('warrantNumber', e.target.value)} error={save.at('warrantNumber')} data-field="warrantNumber" optional />
        <DateInput label={t('caseDetail.custody.warrantDate')} max={today} value={form.warrantDate} onChange={(e) => set('warrantDate', e.target.value)} error={save.at('warrantDate')} data-field="warrantDate" optional />
        <TextField label={t('caseDetail.custody.place')} value={form.place} onChange={(e) => set('place', e.target.value)} error={save.at('place')} data-field="place" optional />
      </div>
      <FormActions busy={save.busy} onCancel={() => void guard.cancel()} />
    </form>
  );
}
