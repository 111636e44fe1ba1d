// The resume (berita acara pendapat) under its five headings, in the order the dossier prints them.
// An editor, not a view with an edit mode: the text is long and worked on over days, so it is
// always open for a role that may edit; save sends only the headings that changed. Ctrl+S saves,
// Esc asks to throw the changes away. A pembaca reads it as text.
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RESUME_HEADINGS, type Resume } from '../../../../shared/domain/case';
import { FormProblems } from '../../components/FormProblems';
import { TextAreaField } from '../../components/TextAreaField';
import { useCaseTools } from './case-context';
import { Panel } from './Panel';
import type { PerkaraView } from './record-types';
import { focusField, useSave } from './useSave';
import { useFormGuard } from './useFormGuard';

type Heading = (typeof RESUME_HEADINGS)[number];

const FIELDS = RESUME_HEADINGS.map((h) => `resume.${h}`);
// The dossier numbers the five parts A to E.
const LETTERS = ['A', 'B', 'C', 'D', 'E'];

export function ResumeSection({ perkara, onSaved }: { perkara: PerkaraView; onSaved: (p: PerkaraView) => void }) {
  const { t } = useTranslation();
  const { api, canEdit } = useCaseTools();
  const [text, setText] = useState<Resume>(perkara.resume);
  const changed = RESUME_HEADINGS.filter((h) => text[h] !== perkara.resume[h]);
  const dirty = changed.length > 0;
  const ref = useRef<HTMLFormElement>(null);
  const save = useSave(FIELDS, { form: ref });
  const guard = useFormGuard(dirty, () => {
    setText(perkara.resume);
    save.clear();
  });

  const submit = async (e?: FormEvent): Promise<void> => {
    e?.preventDefault();
    if (!dirty || save.busy) return;
    // The whole resume object: the core checks it as one field of the perkara.
    const saved = await save.submit(() => api.call('perkara:update', { id: perkara.id, patch: { resume: text } }));
    if (saved) {
      onSaved(saved);
      setText(saved.resume);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>): void => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void submit();
      return;
    }
    guard.onKeyDown(e);
  };

  if (!canEdit) {
    return (
      <Panel title={t('caseDetail.sections.resume')}>
        <p className="panel__lead">{t('caseDetail.resume.lead')}</p>
        {RESUME_HEADINGS.map((h, i) => (
          <section key={h} className="resume-read">
            <h3 className="resume-read__heading">
              <span className="resume__number">{LETTERS[i]}.</span> {t(`caseDetail.resume.headings.${h}`)}
            </h3>
            <p className={perkara.resume[h] ? 'resume-read__text' : 'resume-read__text facts__none'}>{perkara.resume[h] || t('caseDetail.resume.empty')}</p>
          </section>
        ))}
      </Panel>
    );
  }

  const setHeading = (h: Heading, value: string): void => setText((r) => ({ ...r, [h]: value }));
  return (
    <form ref={ref} className="resume" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} noValidate aria-label={t('caseDetail.sections.resume')}>
      <Panel title={t('caseDetail.sections.resume')}>
        <p className="panel__lead">{t('caseDetail.resume.lead')}</p>
        <FormProblems problems={save.problems} onFocusField={(f) => focusField(ref.current, f)} />
        {RESUME_HEADINGS.map((h, i) => (
          <TextAreaField
            key={h}
            className="resume__part"
            label={
              <>
                <span className="resume__number">{LETTERS[i]}.</span> {t(`caseDetail.resume.headings.${h}`)}
              </>
            }
            value={text[h]}
            onChange={(e) => setHeading(h, e.target.value)}
            error={save.at(`resume.${h}`)}
            rows={4}
            data-field={`resume.${h}`}
          />
        ))}
      </Panel>
      <div className={dirty ? 'resume__bar resume__bar--dirty' : 'resume__bar'}>
        <span className="resume__state" role="status">
          {dirty ? t('caseDetail.resume.unsavedNote') : ''}
        </span>
        <span className="form-actions__hint">{t('caseDetail.resume.shortcut')}</span>
        {/* aria-disabled, not disabled: a save must not drop the focus out of the editor. */}
        <button type="button" className="btn btn--secondary" onClick={() => {
            if (dirty) void guard.cancel();
          }} aria-disabled={!dirty || undefined}>
          {t('caseDetail.resume.revert')}
        </button>
        <button type="submit" className="btn btn--primary" aria-disabled={!dirty || save.busy || undefined}>
          {save.busy && <span className="spinner spinner--small" aria-hidden="true" />}
          {save.busy ? t('caseDetail.saving') : t('caseDetail.save')}
        </button>
      </div>
    </form>
  );
}
