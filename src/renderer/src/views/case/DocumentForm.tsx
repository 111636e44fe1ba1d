// A document of the investigation: type, number, date, signatory, summary, and the people it
// concerns, offered only from the roles its type allows (a BAP korban: the korban).
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_PARTY_ROLES, DOCUMENT_TYPES } from '../../../../shared/domain/document';
import { FormProblems } from '../../components/FormProblems';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useCaseTools } from './case-context';
import { allowedParties, documentFormOf, documentInput, documentPatch, emptyDocument, withType, type DocumentForm as Form } from './document-form';
import { DateInput } from './DateInput';
import { FormActions } from './FormActions';
import type { DocumentView, PartyView } from './record-types';
import { focusField, useSave } from './useSave';
import { useFormGuard } from './useFormGuard';

type Props = { perkaraId: string; document?: DocumentView; parties: readonly PartyView[]; onClose: () => void; onSaved: () => Promise<void> };

export function DocumentForm({ perkaraId, document, parties, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { api, today } = useCaseTools();
  const [initial] = useState<Form>(() => (document ? documentFormOf(document) : emptyDocument()));
  const [form, setForm] = useState(initial);
  const patch = documentPatch(initial, form);
  const guard = useFormGuard(Object.keys(patch).length > 0, onClose);
  const ref = useRef<HTMLFormElement>(null);
  const save = useSave(['number', 'date', 'signatory', 'summary', 'parties'], { form: ref });
  const set = (key: 'number' | 'date' | 'signatory' | 'summary', value: string): void => setForm((f) => ({ ...f, [key]: value }));
  const offered = allowedParties(form.type, parties);
  const roles = DOCUMENT_PARTY_ROLES[form.type];

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (document && Object.keys(patch).length === 0) return onClose();
    const done = document
      ? await save.submit(() => api.call('documents:update', { id: document.id, patch }))
      : await save.submit(() => api.call('documents:add', { perkaraId, document: documentInput(form) }));
    if (done) await onSaved();
  };

  const toggle = (id: string, on: boolean): void =>
    setForm((f) => ({ ...f, parties: on ? [...f.parties, id] : f.parties.filter((p) => p !== id) }));
  const title = document ? t('caseDetail.documents.editTitle', { type: t(`records.documentType.${document.type}`) }) : t('caseDetail.documents.newTitle');

  return (
    <form ref={ref} className="record-form record-form--card" onSubmit={(e) => void submit(e)} onKeyDown={guard.onKeyDown} noValidate aria-label={title}>
      <h3 className="record-form__title">{title}</h3>
      <FormProblems problems={save.problems} onFocusField={(f) => focusField(ref.current, f)} />
      <div className="form-grid form-grid--three">
        <div className="form-grid__span2">
          <SelectField
            label={t('caseDetail.documents.type')}
            value={form.type}
            onChange={(e) => setForm((f) => withType(f, DOCUMENT_TYPES.find((d) => d === e.target.value) ?? f.type, parties))}
            options={DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`records.documentType.${d}`) }))}
            autoFocus
          />
        </div>
        <DateInput label={t('caseDetail.documents.date')} max={today} value={form.date} onChange={(e) => set('date', e.target.value)} error={save.at('date')} data-field="date" optional />
        <TextField className="form-grid__span2" label={t('caseDetail.documents.number')} value={form.number} onChange={(e) => set('number', e.target.value)} error={save.at('number')} data-field="number" optional />
        <TextField label={t('caseDetail.documents.signatory')} value={form.signatory} onChange={(e) => set('signatory', e.target.value)} error={save.at('signatory')} data-field="signatory" optional />
        <TextAreaField className="form-grid__wide" label={t('caseDetail.documents.summary')} value={form.summary} onChange={(e) => set('summary', e.target.value)} error={save.at('summary')} rows={3} data-field="summary" optional />
        <fieldset className="form-grid__wide checklist checklist--inline" data-field="parties" tabIndex={-1}>
          <legend className="field__label">
            {t('caseDetail.documents.parties')} <span className="field__optional">({t('common.optional')})</span>
          </legend>
          {roles && <p className="field__hint">{t('caseDetail.documents.partiesFor', { roles: roles.map((r) => t(`records.partyRole.${r}`)).join(', ') })}</p>}
          {save.at('parties') && <p className="field__error">{save.at('parties')}</p>}
          {offered.length === 0 && <p className="field__hint">{t('caseDetail.documents.noParties')}</p>}
          {offered.map((p) => (
            <label key={p.id} className="checklist__item">
              <input type="checkbox" checked={form.parties.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
              <span className="checklist__text">
                <span className="checklist__title">{p.person.fullName}</span>
                <span className="checklist__ref">{t(`records.partyRole.${p.role}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </div>
      <FormActions busy={save.busy} onCancel={() => void guard.cancel()} />
    </form>
  );
}
