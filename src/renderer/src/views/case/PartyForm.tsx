// Adding a person in a role, or changing one. Identity is the person's (everywhere they appear);
// confidentiality, the network role, a child's guardian and notes are the role's in this case. A
// NIK already on record offers that person instead of a duplicate. Whether someone is a child is
// previewed from the birth date and the first day of the offence; the core decides on save.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_ROLES, type PartyRole } from '../../../../shared/domain/person';
import { CheckboxField } from '../../components/CheckboxField';
import { FormProblems } from '../../components/FormProblems';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useCaseTools } from './case-context';
import { FormActions } from './FormActions';
import { GuardianFields } from './GuardianFields';
import { NikMatch } from './NikMatch';
import { PersonFields } from './PersonFields';
import {
  childPreview, emptyPartyForm, nikKey, PERSON_FIELDS, partyFormOf, partyInput, partyPatch, personInput, personPatch, sameForm, shownConfidential,
  type PartyForm as Form, type PersonForm,
} from './person-form';
import type { PartyView, PerkaraView, PersonView } from './record-types';
import { focusField, useSave } from './useSave';
import { useFormGuard } from './useFormGuard';

const FIELDS = [...PERSON_FIELDS, 'guardian.name', 'guardian.relation', 'guardian.phone', 'confidential', 'notes'];
const ALIASES = { guardian: 'guardian.name' };

type Props = { role: PartyRole; perkara: PerkaraView; party?: PartyView; onClose: () => void; onSaved: () => Promise<void> };

export function PartyForm({ role, perkara, party, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { api, today } = useCaseTools();
  const [base, setBase] = useState<Form>(() => (party ? partyFormOf(party) : emptyPartyForm()));
  const [form, setForm] = useState<Form>(base);
  const [match, setMatch] = useState<PersonView | null>(null);
  const [linked, setLinked] = useState<PersonView | null>(null);
  const dirty = !sameForm(base, form) || linked !== null;
  const guard = useFormGuard(dirty, onClose);
  const ref = useRef<HTMLFormElement>(null);
  const save = useSave(FIELDS, { form: ref, aliases: ALIASES });

  const birthDate = linked ? (linked.birthDate ?? '') : form.person.birthDate;
  const preview = childPreview(birthDate, perkara.offenceStart);
  const child = preview ? preview.child : party?.child === true;
  const showGuardian = child || form.guardian.name !== '' || party?.guardian != null;
  const setPerson = <K extends keyof PersonForm>(key: K, value: PersonForm[K]): void => setForm((f) => ({ ...f, person: { ...f.person, [key]: value } }));

  const lookUpNik = async (): Promise<void> => {
    const nik = nikKey(form.person.nik);
    if (nik === '' || nik === nikKey(base.person.nik)) return setMatch(null);
    const r = await api.call('persons:findByNik', { nik });
    setMatch(r.ok && r.value && r.value.id !== party?.person.id ? r.value : null);
  };

  const linkPerson = (person: PersonView): void => {
    setLinked(person);
    setMatch(null);
  };

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!linked && form.person.fullName.trim() === '') return save.setMissing(['fullName']);
    if (showGuardian && form.guardian.name.trim() === '' && (form.guardian.relation !== '' || form.guardian.phone !== '')) return save.setMissing(['guardian.name']);
    if (!party) {
      const person = linked ? { personId: linked.id } : personInput(form.person);
      const added = await save.submit(() => api.call('parties:add', { perkaraId: perkara.id, party: partyInput(role, form), person }));
      if (added) await onSaved();
      return;
    }
    const identity = personPatch(base.person, form.person);
    if (Object.keys(identity).length > 0) {
      const saved = await save.submit(() => api.call('persons:update', { id: party.person.id, perkaraId: perkara.id, patch: identity }));
      if (!saved) return;
      // Saved, even if the role's part below is refused: it is not sent twice.
      setBase((b) => ({ ...b, person: form.person }));
    }
    const rolePatch = partyPatch(role, base, form);
    if (Object.keys(rolePatch).length > 0 && !(await save.submit(() => api.call('parties:update', { id: party.id, patch: rolePatch })))) return;
    await onSaved();
  };

  const confidentialHint = child
    ? t('caseDetail.person.confidentialChild')
    : role === 'korban'
      ? t('caseDetail.person.confidentialKorban')
      : role === 'pelapor'
        ? t('caseDetail.person.confidentialPelapor')
        : t('caseDetail.person.confidentialOther');
  const ageNote = preview
    ? t(preview.child ? 'caseDetail.person.childPreview' : 'caseDetail.person.agePreview', { age: preview.age })
    : birthDate && !perkara.offenceStart
      ? t('caseDetail.person.ageNoOffence')
      : null;
  const title = party ? t('caseDetail.person.editTitle', { name: party.person.fullName }) : t(`caseDetail.person.newTitle.${role}`);

  return (
    <form ref={ref} className="record-form record-form--card" onSubmit={(e) => void submit(e)} onKeyDown={guard.onKeyDown} noValidate aria-label={title}>
      <h3 className="record-form__title">{title}</h3>
      <FormProblems problems={save.problems} onFocusField={(f) => focusField(ref.current, f)} />
      <fieldset className="form-section">
        <legend className="form-section__title">{t('caseDetail.person.identity')}</legend>
        {linked ? (
          <div className="linked">
            <p className="linked__text">{t('caseDetail.person.linked', { name: linked.fullName })}</p>
            <button type="button" className="btn btn--quiet" onClick={() => setLinked(null)}>
              {t('caseDetail.person.unlink')}
            </button>
          </div>
        ) : (
          <>
            {party && <p className="field__hint subform__hint">{t('caseDetail.person.everywhere')}</p>}
            <PersonFields
              value={form.person}
              onChange={setPerson}
              at={save.at}
              today={today}
              onNikBlur={() => void lookUpNik()}
              nikNotice={match && <NikMatch person={match} onUse={party ? undefined : () => linkPerson(match)} />}
              agePreview={ageNote && <p className={child ? 'age-note age-note--child' : 'age-note'}>{ageNote}</p>}
            />
          </>
        )}
        {linked && ageNote && <p className={child ? 'age-note age-note--child' : 'age-note'}>{ageNote}</p>}
      </fieldset>
      {showGuardian && <GuardianFields value={form.guardian} onChange={(guardian) => setForm((f) => ({ ...f, guardian }))} at={save.at} />}
      <fieldset className="form-section">
        <legend className="form-section__title">{t('caseDetail.person.roleSection')}</legend>
        <div className="form-grid">
          {role === 'tersangka' && (
            <SelectField
              label={t('caseDetail.person.networkRole')}
              value={form.networkRole}
              onChange={(e) => setForm((f) => ({ ...f, networkRole: NETWORK_ROLES.find((r) => r === e.target.value) ?? '' }))}
              options={[{ value: '', label: t('caseDetail.person.networkRoleNone') }, ...NETWORK_ROLES.map((r) => ({ value: r, label: t(`records.networkRole.${r}`) }))]}
            />
          )}
          <TextField
            label={t('caseDetail.person.notes')}
            value={form.notes}
            onChange={(e) => setForm((f) => ({ ...f, notes: e.target.value }))}
            error={save.at('notes')}
            data-field="notes"
            optional
          />
          <div className="form-grid__wide">
            <CheckboxField
              label={t('caseDetail.person.confidential')}
              checked={shownConfidential(role, form, child)}
              disabled={child}
              onChange={(e) => setForm((f) => ({ ...f, confidential: e.target.checked }))}
              hint={confidentialHint}
              error={save.at('confidential')}
              data-field="confidential"
            />
          </div>
        </div>
      </fieldset>
      <FormActions busy={save.busy} onCancel={() => void guard.cancel()} />
    </form>
  );
}
