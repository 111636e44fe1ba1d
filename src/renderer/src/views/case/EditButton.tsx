// The "Ubah" (or "Tambah") of a panel: only for roles that may edit, and named after what it opens
// for a screen reader ("Ubah Tim penyidik"), since several sit on one screen.
import { useTranslation } from 'react-i18next';
import { ActionIcon, type ActionIconName } from '../../components/ActionIcon';
import { useCaseTools } from './case-context';

type Props = { onClick: () => void; label?: string; what?: string; icon?: ActionIconName; disabled?: boolean };

export function EditButton({ onClick, label, what, icon = 'pencil', disabled }: Props) {
  const { t } = useTranslation();
  const { canEdit } = useCaseTools();
  if (!canEdit) return null;
  const text = label ?? t('caseDetail.edit');
  return (
    <button type="button" className="btn btn--quiet" onClick={onClick} disabled={disabled} aria-label={what ? `${text}: ${what}` : undefined}>
      <ActionIcon name={icon} size={16} />
      {text}
    </button>
  );
}
