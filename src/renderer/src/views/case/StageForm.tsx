// Moving the case on: only the stages that may follow this one (NEXT_STAGES), the date (today in the
// unit's zone by default) and a note, which for a returned berkas is the prosecutor's petunjuk.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NEXT_STAGES, type Stage } from '../../../../shared/domain/case';
import { FormProblems } from '../../components/FormProblems';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useCaseTools } from './case-context';
import { DateInput } from './DateInput';
import { FormActions } from './FormActions';
import type { PerkaraView } from './record-types';
import { focusField, useSave } from './useSave';
import { useFormGuard } from './useFormGuard';

type Props = { perkara: PerkaraView; onClose: () => void; onSaved: (p: PerkaraView) => void };

export function StageForm({ perkara, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { api, today } = useCaseTools();
  const options = NEXT_STAGES[perkara.stage];
  const [stage, setStage] = useState<Stage | undefined>(options[0]);
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const guard = useFormGuard(note !== '' || date !== today || stage !== options[0], onClose);
  // A refused stage has no message slot under its select: it goes to the top of the form.
  const ref = useRef<HTMLFormElement>(null);
  const save = useSave(['date', 'note'], { form: ref });

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!stage) return;
    if (date === '') return save.setMissing(['date']);
    const saved = await save.submit(() => api.call('perkara:stage', { id: perkara.id, stage, date, note: note.trim() }));
    if (saved) onSaved(saved);
  };

  return (
    <form ref={ref} className="record-form record-form--boxed" onSubmit={(e) => void submit(e)} onKeyDown={guard.onKeyDown} noValidate>
      <FormProblems problems={save.problems} onFocusField={(f) => focusField(ref.current, f)} />
      <div className="form-grid">
        <SelectField
          label={t('caseDetail.summary.nextStage')}
          value={stage}
          onChange={(e) => setStage(options.find((s) => s === e.target.value))}
          options={options.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
          data-field="stage"
          autoFocus
        />
        <DateInput label={t('caseDetail.summary.stageDate')} value={date} max={today} onChange={(e) => setDate(e.target.value)} error={save.at('date')} data-field="date" />
        <TextAreaField
          className="form-grid__wide"
          label={stage === 'dikembalikan' ? t('caseDetail.summary.p19Note') : t('caseDetail.summary.stageNote')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={save.at('note')}
          rows={stage === 'dikembalikan' ? 4 : 2}
          optional
          data-field="note"
        />
      </div>
      <FormActions busy={save.busy} onCancel={() => void guard.cancel()} saveLabel={t('caseDetail.summary.changeStage')} />
    </form>
  );
}
