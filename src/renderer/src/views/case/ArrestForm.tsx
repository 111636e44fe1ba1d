// A new penangkapan: when (date and time on the unit's clock, sent with the zone's offset), where,
// the warrant, and when it ended if it already has. The 24 hours run from `at` (see Tenggat).
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTimeField } from '../../components/DateTimeField';
import { FormProblems } from '../../components/FormProblems';
import { TextField } from '../../components/TextField';
import { useCaseTools } from './case-context';
import { instantText } from './custody-form';
import { DateInput } from './DateInput';
import { FormActions } from './FormActions';
import { focusField, useSave } from './useSave';
import { useFormGuard } from './useFormGuard';

const EMPTY = { date: '', time: '', endDate: '', endTime: '', place: '', warrantNumber: '', warrantDate: '' };

export function ArrestForm({ partyId, onClose, onSaved }: { partyId: string; onClose: () => void; onSaved: () => Promise<void> }) {
  const { t } = useTranslation();
  const { api, zone, today } = useCaseTools();
  const [form, setForm] = useState(EMPTY);
  const guard = useFormGuard(JSON.stringify(form) !== JSON.stringify(EMPTY), onClose);
  const ref = useRef<HTMLFormElement>(null);
  const save = useSave(['at', 'endedAt', 'place', 'warrantNumber', 'warrantDate'], { form: ref });
  const set = (key: keyof typeof EMPTY, value: string): void => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const at = instantText(form.date, form.time, zone);
    const ended = form.endDate === '' && form.endTime === '' ? null : instantText(form.endDate, form.endTime, zone);
    const missing = [...(at ? [] : ['at']), ...(ended === null && (form.endDate !== '' || form.endTime !== '') ? ['endedAt'] : [])];
    if (!at || missing.length > 0) return save.setMissing(missing);
    const arrest = { at, endedAt: ended, place: form.place.trim(), warrantNumber: form.warrantNumber.trim(), warrantDate: form.warrantDate === '' ? null : form.warrantDate };
    if (await save.submit(() => api.call('arrests:add', { partyId, arrest }))) await onSaved();
  };

  return (
    <form ref={ref} className="record-form record-form--boxed" onSubmit={(e) => void submit(e)} onKeyDown={guard.onKeyDown} noValidate aria-label={t('caseDetail.custody.newArrest')}>
      <FormProblems problems={save.problems} onFocusField={(f) => focusField(ref.current, f)} />
      <div className="form-grid">
        <DateTimeField
          label={t('caseDetail.custody.at')}
          zone={zone}
          date={form.date}
          time={form.time}
          onDate={(v) => set('date', v)}
          onTime={(v) => set('time', v)}
          error={save.at('at')}
          field="at"
          required
          autoFocus
        />
        <DateTimeField
          label={t('caseDetail.custody.endedAt')}
          zone={zone}
          date={form.endDate}
          time={form.endTime}
          onDate={(v) => set('endDate', v)}
          onTime={(v) => set('endTime', v)}
          error={save.at('endedAt')}
          hint={t('caseDetail.custody.endedAtHint')}
          field="endedAt"
          optional
        />
        <TextField className="form-grid__wide" label={t('caseDetail.custody.place')} value={form.place} onChange={(e) => set('place', e.target.value)} error={save.at('place')} data-field="place" optional />
        <TextField label={t('caseDetail.custody.warrantNumber')} value={form.warrantNumber} onChange={(e) => set('warrantNumber', e.target.value)} error={save.at('warrantNumber')} data-field="warrantNumber" optional />
        <DateInput label={t('caseDetail.custody.warrantDate')} max={today} value={form.warrantDate} onChange={(e) => set('warrantDate', e.target.value)} error={save.at('warrantDate')} data-field="warrantDate" optional />
      </div>
      <FormActions busy={save.busy} onCancel={() => void guard.cancel()} />
    </form>
  );
}
