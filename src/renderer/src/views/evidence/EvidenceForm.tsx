// A barang bukti as the berita acara penyitaan describes it: what it is, its kind (an amount for
// money), from whom, where and when it was seized, under which warrant and court permission, its
// seal and where it is kept. Adding and editing share the form; an edit sends only what changed.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DISPOSITIONS, EVIDENCE_CATEGORIES } from '../../../../shared/domain/evidence';
import type { EvidenceView } from '../../../../shared/ipc/evidence';
import { DateTimeField } from '../../components/DateTimeField';
import { FormProblems } from '../../components/FormProblems';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useCaseTools } from '../case/case-context';
import { FormActions } from '../case/FormActions';
import type { DocumentView, PartyView } from '../case/record-types';
import { focusField, useSave } from '../case/useSave';
import { useFormGuard } from '../case/useFormGuard';
import { emptyEvidence, evidenceFormOf, evidenceInput, evidencePatch, formProblems, type EvidenceForm as Form } from './evidence-form';

type Props = {
  perkaraId: string;
  evidence?: EvidenceView;
  parties: readonly PartyView[];
  documents: readonly DocumentView[];
  onClose: () => void;
  onSaved: (saved: EvidenceView) => Promise<void>;
};

const FIELDS = ['description', 'category', 'amount', 'seizedFrom', 'seizedFromParty', 'seizedPlace', 'seizedAt', 'seizureDocument', 'permissionDocument', 'sealNumber', 'storage', 'disposition', 'dispositionNote'];

export function EvidenceForm({ perkaraId, evidence, parties, documents, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { api, zone } = useCaseTools();
  const [initial] = useState<Form>(() => (evidence ? evidenceFormOf(evidence, zone) : emptyEvidence()));
  const [form, setForm] = useState(initial);
  const dirty = JSON.stringify(form) !== JSON.stringify(initial);
  const guard = useFormGuard(dirty, onClose);
  const ref = useRef<HTMLFormElement>(null);
  const save = useSave(FIELDS, { form: ref });
  const set = <K extends keyof Form>(key: K, value: Form[K]): void => setForm((f) => ({ ...f, [key]: value }));
  const what = evidence ? t('evidence.numberLabel', { n: evidence.number }) : '';
  const title = evidence ? t('evidence.form.editTitle', { what }) : t('evidence.form.newTitle');
  const docOptions = [{ value: '', label: t('evidence.noDocument') }, ...documents.map((d) => ({ value: d.id, label: `${t(`records.documentType.${d.type}`)} ${d.number}`.trim() }))];

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const problems = formProblems(form, zone);
    if (problems.length > 0) return save.setMissing(problems);
    if (evidence && !dirty) return onClose();
    const saved = evidence
      ? await save.submit(() => api.call('evidence:update', { id: evidence.id, patch: evidencePatch(initial, form, zone) }))
      : await save.submit(() => api.call('evidence:add', { perkaraId, evidence: evidenceInput(form, zone) }));
    if (saved) await onSaved(saved);
  };

  return (
    <form ref={ref} className="record-form record-form--card" onSubmit={(e) => void submit(e)} onKeyDown={guard.onKeyDown} noValidate aria-label={title}>
      <h3 className="record-form__title">{title}</h3>
      <FormProblems problems={save.problems} onFocusField={(f) => focusField(ref.current, f)} />
      <div className="form-grid form-grid--three">
        <TextAreaField
          className="form-grid__wide"
          label={t('evidence.field.description')}
          value={form.description}
          onChange={(e) => set('description', e.target.value)}
          error={save.at('description')}
          rows={2}
          data-field="description"
          required
          autoFocus
        />
        <SelectField
          label={t('evidence.field.category')}
          value={form.category}
          onChange={(e) => set('category', EVIDENCE_CATEGORIES.find((c) => c === e.target.value) ?? form.category)}
          options={EVIDENCE_CATEGORIES.map((c) => ({ value: c, label: t(`evidence.category.${c}`) }))}
          data-field="category"
        />
        {form.category === 'uang' ? (
          <TextField
            className="form-grid__span2"
            label={t('evidence.field.amount')}
            hint={t('evidence.field.amountHint')}
            inputMode="numeric"
            value={form.amount}
            onChange={(e) => set('amount', e.target.value)}
            error={save.at('amount')}
            data-field="amount"
          />
        ) : (
          <TextField className="form-grid__span2" label={t('evidence.field.sealNumber')} value={form.sealNumber} onChange={(e) => set('sealNumber', e.target.value)} error={save.at('sealNumber')} data-field="sealNumber" optional />
        )}
        <TextField label={t('evidence.field.seizedFrom')} hint={t('evidence.field.seizedFromHint')} value={form.seizedFrom} onChange={(e) => set('seizedFrom', e.target.value)} error={save.at('seizedFrom')} data-field="seizedFrom" optional />
        <SelectField
          label={t('evidence.field.seizedFromParty')}
          value={form.seizedFromParty}
          onChange={(e) => set('seizedFromParty', e.target.value)}
          options={[{ value: '', label: t('evidence.noParty') }, ...parties.map((p) => ({ value: p.id, label: `${p.person.fullName} (${t(`records.partyRole.${p.role}`)})` }))]}
          data-field="seizedFromParty"
        />
        <TextField label={t('evidence.field.seizedPlace')} value={form.seizedPlace} onChange={(e) => set('seizedPlace', e.target.value)} error={save.at('seizedPlace')} data-field="seizedPlace" optional />
        <DateTimeField
          label={t('evidence.field.seizedAt')}
          zone={zone}
          date={form.seizedDate}
          time={form.seizedTime}
          onDate={(v) => set('seizedDate', v)}
          onTime={(v) => set('seizedTime', v)}
          error={save.at('seizedAt')}
          hint={t('evidence.field.seizedAtHint')}
          field="seizedAt"
          optional
        />
        <SelectField label={t('evidence.field.seizureDocument')} value={form.seizureDocument} onChange={(e) => set('seizureDocument', e.target.value)} options={docOptions} data-field="seizureDocument" />
        <SelectField label={t('evidence.field.permissionDocument')} value={form.permissionDocument} onChange={(e) => set('permissionDocument', e.target.value)} options={docOptions} data-field="permissionDocument" />
        {form.category === 'uang' && (
          <TextField label={t('evidence.field.sealNumber')} value={form.sealNumber} onChange={(e) => set('sealNumber', e.target.value)} error={save.at('sealNumber')} data-field="sealNumber" optional />
        )}
        <TextField label={t('evidence.field.storage')} value={form.storage} onChange={(e) => set('storage', e.target.value)} error={save.at('storage')} data-field="storage" optional />
        {evidence && (
          <>
            <SelectField
              label={t('evidence.field.disposition')}
              value={form.disposition}
              onChange={(e) => set('disposition', DISPOSITIONS.find((d) => d === e.target.value) ?? '')}
              options={[{ value: '', label: t('evidence.disposition.none') }, ...DISPOSITIONS.map((d) => ({ value: d, label: t(`evidence.disposition.${d}`) }))]}
              data-field="disposition"
            />
            <TextField className="form-grid__span2" label={t('evidence.field.dispositionNote')} value={form.dispositionNote} onChange={(e) => set('dispositionNote', e.target.value)} error={save.at('dispositionNote')} data-field="dispositionNote" optional />
          </>
        )}
      </div>
      <FormActions busy={save.busy} onCancel={() => void guard.cancel()} saveLabel={evidence ? undefined : t('evidence.form.save')} />
    </form>
  );
}
