// Changing the LP and the offence. Only the fields that changed are sent (summary-form.ts); the
// core checks them and names the field it refuses, which is shown at its input.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPLOITATIONS, MODUS, RECRUITMENT_CHANNELS } from '../../../../shared/domain/case';
import { DateTimeField } from '../../components/DateTimeField';
import { FormProblems } from '../../components/FormProblems';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { Messages } from '../../i18n/id';
import { useCaseTools } from './case-context';
import { blankFields } from './field-errors';
import { DateInput } from './DateInput';
import { FieldWarnings } from './FieldWarnings';
import { FormActions } from './FormActions';
import type { PerkaraView } from './record-types';
import { offenceForm, offencePatch, timeWithoutDate, type OffenceForm as Form } from './summary-form';
import { focusField, useSave } from './useSave';
import { useFormGuard } from './useFormGuard';

type SummaryKey = keyof Messages['caseDetail']['summary'];

// Inputs with a message slot; a refusal about the selects (modus, exploitation) goes to the top.
const FIELDS = ['lpNumber', 'lpDate', 'title', 'satker', 'place', 'offenceStart', 'offenceEnd', 'recruitmentChannel'];
const REQUIRED = ['lpNumber', 'lpDate', 'title'] as const;

type Props = { perkara: PerkaraView; onClose: () => void; onSaved: (p: PerkaraView) => void };

export function OffenceForm({ perkara, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { api, zone } = useCaseTools();
  const [initial] = useState(() => offenceForm(perkara));
  const [form, setForm] = useState(initial);
  const patch = offencePatch(initial, form);
  const dirty = Object.keys(patch).length > 0;
  const guard = useFormGuard(dirty, onClose);
  const ref = useRef<HTMLFormElement>(null);
  const save = useSave(FIELDS, { form: ref });
  const set = <K extends keyof Form>(key: K, value: Form[K]): void => setForm((f) => ({ ...f, [key]: value }));
  const text = (key: 'lpNumber' | 'lpDate' | 'title' | 'satker' | 'place' | 'recruitmentChannel') => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
    error: save.at(key),
    'data-field': key,
  });

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const missing = [...blankFields(form, REQUIRED), ...timeWithoutDate(form).map((f) => (f === 'startDate' ? 'offenceStart' : 'offenceEnd'))];
    if (missing.length > 0) return save.setMissing(missing);
    if (!dirty) return onClose();
    const saved = await save.submit(() => api.call('perkara:update', { id: perkara.id, patch }));
    if (saved) onSaved(saved);
  };

  const l = (key: SummaryKey): string => t(`caseDetail.summary.${key}`);
  return (
    <form ref={ref} className="record-form" onSubmit={(e) => void submit(e)} onKeyDown={guard.onKeyDown} noValidate>
      <FormProblems problems={save.problems} onFocusField={(f) => focusField(ref.current, f)} />
      <div className="form-grid">
        <div className="form-grid__wide">
          <TextField label={l('lpNumber')} {...text('lpNumber')} autoFocus spellCheck={false} />
          <FieldWarnings warnings={perkara.warnings} field="lpNumber" />
        </div>
        <DateInput label={l('lpDate')} {...text('lpDate')} />
        <TextField label={l('satker')} {...text('satker')} optional />
        <TextField className="form-grid__wide" label={l('title')} {...text('title')} />
        <TextField className="form-grid__wide" label={l('place')} {...text('place')} optional />
        <DateTimeField
          label={l('offenceStart')}
          zone={zone}
          date={form.startDate}
          time={form.startTime}
          onDate={(v) => set('startDate', v)}
          onTime={(v) => set('startTime', v)}
          error={save.at('offenceStart')}
          field="offenceStart"
          optional
        />
        <DateTimeField
          label={l('offenceEnd')}
          zone={zone}
          date={form.endDate}
          time={form.endTime}
          onDate={(v) => set('endDate', v)}
          onTime={(v) => set('endTime', v)}
          error={save.at('offenceEnd')}
          field="offenceEnd"
          optional
        />
        <p className="field__hint form-grid__wide">{l('offenceHint')}</p>
        <SelectField
          label={l('modus')}
          value={form.modus}
          onChange={(e) => set('modus', MODUS.find((m) => m === e.target.value) ?? '')}
          options={[{ value: '', label: l('choose') }, ...MODUS.map((m) => ({ value: m, label: t(`records.modus.${m}`) }))]}
          data-field="modus"
        />
        <SelectField
          label={l('exploitation')}
          value={form.exploitation}
          onChange={(e) => set('exploitation', EXPLOITATIONS.find((x) => x === e.target.value) ?? '')}
          options={[{ value: '', label: l('choose') }, ...EXPLOITATIONS.map((x) => ({ value: x, label: t(`records.exploitation.${x}`) }))]}
          data-field="exploitation"
        />
        <TextField label={l('recruitmentChannel')} {...text('recruitmentChannel')} list="recruitment-channels" hint={l('recruitmentHint')} optional />
        <datalist id="recruitment-channels">
          {RECRUITMENT_CHANNELS.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </div>
      <FormActions busy={save.busy} onCancel={() => void guard.cancel()} />
    </form>
  );
}
