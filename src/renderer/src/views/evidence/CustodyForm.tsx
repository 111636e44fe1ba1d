// A hand-over of the item (released by, received by, when on the unit's clock, why, where, the
// seal), or a correction of one: the same form filled with the event it corrects, saying that the
// original stays as it was, and asking why it is corrected.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTODY_PURPOSES } from '../../../../shared/domain/evidence';
import type { CustodyView } from '../../../../shared/ipc/evidence';
import { DateTimeField } from '../../components/DateTimeField';
import { FormProblems } from '../../components/FormProblems';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useCaseTools } from '../case/case-context';
import { FormActions } from '../case/FormActions';
import { focusField, useSave } from '../case/useSave';
import { useFormGuard } from '../case/useFormGuard';
import { correctionOf, custodyInput, missingFields, newCustody, type CustodyForm as Form, type SealAnswer } from './custody-event-form';

type Props = { evidenceId: string; corrects?: CustodyView; onClose: () => void; onSaved: () => Promise<void> };

const SEAL: readonly SealAnswer[] = ['yes', 'no', 'unchecked'];

export function CustodyForm({ evidenceId, corrects, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { api, zone } = useCaseTools();
  const [initial] = useState<Form>(() => (corrects ? correctionOf(corrects, zone) : newCustody(new Date(), zone)));
  const [form, setForm] = useState(initial);
  const guard = useFormGuard(JSON.stringify(form) !== JSON.stringify(initial), onClose);
  const ref = useRef<HTMLFormElement>(null);
  const save = useSave(['releasedBy', 'receivedBy', 'at', 'purpose', 'location', 'sealIntact', 'note', 'corrects'], { form: ref });
  const set = <K extends keyof Form>(key: K, value: Form[K]): void => setForm((f) => ({ ...f, [key]: value }));
  const title = corrects ? t('evidence.custody.correctTitle', { seq: corrects.seq }) : t('evidence.custody.newTitle');

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const missing = missingFields(form, zone, corrects !== undefined);
    if (missing.length > 0) return save.setMissing(missing);
    const event = custodyInput(form, zone, corrects?.id ?? null);
    if (await save.submit(() => api.call('custody:add', { evidenceId, event }))) await onSaved();
  };

  return (
    <form ref={ref} className="record-form record-form--boxed" onSubmit={(e) => void submit(e)} onKeyDown={guard.onKeyDown} noValidate aria-label={title}>
      <h3 className="record-form__title">{title}</h3>
      {corrects && <p className="notice">{t('evidence.custody.correctHint', { seq: corrects.seq })}</p>}
      <FormProblems problems={save.problems} onFocusField={(f) => focusField(ref.current, f)} />
      <div className="form-grid">
        <TextField label={t('evidence.custody.releasedBy')} value={form.releasedBy} onChange={(e) => set('releasedBy', e.target.value)} error={save.at('releasedBy')} data-field="releasedBy" required autoFocus={!corrects} />
        <TextField label={t('evidence.custody.receivedBy')} value={form.receivedBy} onChange={(e) => set('receivedBy', e.target.value)} error={save.at('receivedBy')} data-field="receivedBy" required />
        <DateTimeField label={t('evidence.custody.at')} zone={zone} date={form.date} time={form.time} onDate={(v) => set('date', v)} onTime={(v) => set('time', v)} error={save.at('at')} field="at" required />
        <SelectField
          label={t('evidence.custody.purpose')}
          value={form.purpose}
          onChange={(e) => set('purpose', CUSTODY_PURPOSES.find((p) => p === e.target.value) ?? form.purpose)}
          options={CUSTODY_PURPOSES.map((p) => ({ value: p, label: t(`evidence.purpose.${p}`) }))}
          data-field="purpose"
        />
        <TextField label={t('evidence.custody.location')} value={form.location} onChange={(e) => set('location', e.target.value)} error={save.at('location')} data-field="location" optional />
        <SelectField
          label={t('evidence.custody.seal')}
          value={form.seal}
          onChange={(e) => set('seal', SEAL.find((s) => s === e.target.value) ?? form.seal)}
          options={SEAL.map((s) => ({ value: s, label: t(`evidence.custody.sealAnswer.${s}`) }))}
          data-field="sealIntact"
        />
        <TextAreaField
          className="form-grid__wide"
          label={corrects ? t('evidence.custody.reason') : t('evidence.custody.note')}
          value={form.note}
          onChange={(e) => set('note', e.target.value)}
          error={save.at('note')}
          rows={2}
          data-field="note"
          optional={!corrects}
          required={corrects !== undefined}
          autoFocus={corrects !== undefined}
        />
      </div>
      <FormActions busy={save.busy} onCancel={() => void guard.cancel()} />
    </form>
  );
}
