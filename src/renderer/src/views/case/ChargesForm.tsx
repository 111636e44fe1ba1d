// Choosing pasal sangkaan from the case file's catalogue, grouped by law. Articles the unit hid are
// left out, except one this case already charges: unticking it must be a choice, not a side effect.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblems } from '../../components/FormProblems';
import { useCaseTools } from './case-context';
import { FormActions } from './FormActions';
import type { ChargeView, PerkaraView } from './record-types';
import { orderedCharges } from './summary-form';
import { focusField, useSave } from './useSave';
import { useFormGuard } from './useFormGuard';

type Props = { perkara: PerkaraView; catalog: readonly ChargeView[]; onClose: () => void; onSaved: (p: PerkaraView) => void };

export function ChargesForm({ perkara, catalog, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { api } = useCaseTools();
  const [chosen, setChosen] = useState(() => new Set(perkara.charges));
  const next = orderedCharges(chosen, catalog);
  const dirty = JSON.stringify(next) !== JSON.stringify(orderedCharges(new Set(perkara.charges), catalog));
  const guard = useFormGuard(dirty, onClose);
  const ref = useRef<HTMLFormElement>(null);
  const save = useSave(['charges'], { form: ref });
  const shown = catalog.filter((c) => !c.hidden || perkara.charges.includes(c.id));
  const laws = [...new Set(shown.map((c) => c.law))];

  const toggle = (id: string, on: boolean): void =>
    setChosen((s) => {
      const copy = new Set(s);
      if (on) copy.add(id);
      else copy.delete(id);
      return copy;
    });

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!dirty) return onClose();
    const saved = await save.submit(() => api.call('perkara:update', { id: perkara.id, patch: { charges: next } }));
    if (saved) onSaved(saved);
  };

  return (
    <form ref={ref} className="record-form" onSubmit={(e) => void submit(e)} onKeyDown={guard.onKeyDown} noValidate>
      <FormProblems problems={save.problems} onFocusField={(f) => focusField(ref.current, f)} />
      <fieldset className="checklist" data-field="charges" tabIndex={-1}>
        <legend className="field__label">
          {t('caseDetail.summary.chargesPick')} <span className="field__optional">({t('caseDetail.summary.chargesChosen', { count: next.length })})</span>
        </legend>
        {save.at('charges') && <p className="field__error">{save.at('charges')}</p>}
        {laws.map((law) => (
          <div key={law} className="checklist__group">
            <p className="checklist__law">{law}</p>
            {shown
              .filter((c) => c.law === law)
              .map((c, i) => (
                <label key={c.id} className="checklist__item">
                  <input type="checkbox" checked={chosen.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} autoFocus={i === 0 && law === laws[0]} />
                  <span className="checklist__text">
                    <span className="checklist__ref">{c.article}</span>
                    <span className="checklist__title">
                      {c.title}
                      {c.hidden && <em className="checklist__hidden"> ({t('caseDetail.summary.hiddenCharge')})</em>}
                    </span>
                  </span>
                </label>
              ))}
          </div>
        ))}
      </fieldset>
      <FormActions busy={save.busy} onCancel={() => void guard.cancel()} />
    </form>
  );
}
