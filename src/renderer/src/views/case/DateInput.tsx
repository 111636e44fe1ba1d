// A calendar date input that also says the date in words under it ("5 Oktober 2026"): the native
// picker writes dates in the workstation's locale, and 10/05/2026 on an en-US machine is the kind
// of ambiguity a detention order cannot afford.
import { TextField, type TextFieldProps } from '../../components/TextField';
import { isIsoDate } from '../../../../shared/rules/dates';
import { useCaseTools } from './case-context';

export function DateInput({ hint, value, ...props }: Omit<TextFieldProps, 'type' | 'value'> & { value: string }) {
  const { formats } = useCaseTools();
  const written = isIsoDate(value) ? formats.longDate(value) : null;
  return <TextField {...props} type="date" value={value} hint={[written, hint].filter(Boolean).join(' · ') || undefined} />;
}
