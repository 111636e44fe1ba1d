// A choice between a few options, each with one sentence saying what it means: native radio
// buttons in a fieldset (arrow keys move between them), drawn as cards side by side. A radio is
// named by its label alone and described by its sentence, so a screen reader says both, once each.
import { useId } from 'react';

type Option<V extends string> = { value: V; label: string; text: string };

type Props<V extends string> = {
  legend: string;
  options: readonly Option<V>[];
  value: V;
  onChange: (value: V) => void;
  disabled?: boolean;
};

export function ChoiceCards<V extends string>({ legend, options, value, onChange, disabled }: Props<V>) {
  const name = useId();
  return (
    <fieldset className="dossier-choices" disabled={disabled}>
      <legend className="dossier-choices__legend">{legend}</legend>
      <div className="dossier-choices__list">
        {options.map((o) => {
          const labelId = `${name}-${o.value}-label`;
          const textId = `${name}-${o.value}-text`;
          return (
            <label key={o.value} className={o.value === value ? 'dossier-choice dossier-choice--on' : 'dossier-choice'}>
              <input
                type="radio"
                className="dossier-choice__input"
                name={name}
                value={o.value}
                checked={o.value === value}
                onChange={() => onChange(o.value)}
                aria-labelledby={labelId}
                aria-describedby={textId}
              />
              <span className="dossier-choice__label" id={labelId}>
                {o.label}
              </span>
              <span className="dossier-choice__text" id={textId}>
                {o.text}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
