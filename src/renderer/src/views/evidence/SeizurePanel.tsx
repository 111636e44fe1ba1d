// The seizure facts of an item as the berita acara penyitaan records them, with the form to change
// them; removing the item is offered only while nothing refers to it (no hand-over, no file).
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../../shared/ipc/contract';
import type { EvidenceView } from '../../../../shared/ipc/evidence';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCaseTools } from '../case/case-context';
import { EditButton } from '../case/EditButton';
import { Panel } from '../case/Panel';
import type { DocumentView, PartyView } from '../case/record-types';
import { writtenInstant } from '../case/when';
import { EvidenceForm } from './EvidenceForm';

type Props = {
  evidence: EvidenceView;
  parties: readonly PartyView[];
  documents: readonly DocumentView[];
  canRemove: boolean;
  onSaved: (e: EvidenceView) => void;
  onRemoved: () => void;
};

export function SeizurePanel({ evidence: e, parties, documents, canRemove, onSaved, onRemoved }: Props) {
  const { t } = useTranslation();
  const { api, confirm, formats, zone } = useCaseTools();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<WireError | null>(null);
  const what = t('evidence.numberLabel', { n: e.number });
  const party = parties.find((p) => p.id === e.seizedFromParty);
  const doc = (id: string | null): string | null => {
    const d = documents.find((x) => x.id === id);
    return d ? `${t(`records.documentType.${d.type}`)} ${d.number}`.trim() : null;
  };

  const remove = async (): Promise<void> => {
    const yes = await confirm({
      title: t('evidence.detail.removeTitle', { what }),
      text: t('evidence.detail.removeText'),
      confirmLabel: t('caseDetail.removeAsk.confirm'),
      cancelLabel: t('caseDetail.removeAsk.keep'),
      danger: true,
    });
    if (!yes) return;
    const r = await api.call('evidence:remove', { id: e.id });
    setError(r.ok ? null : r.error);
    if (r.ok) onRemoved();
  };

  if (editing) {
    return (
      <EvidenceForm
        perkaraId={e.perkaraId}
        evidence={e}
        parties={parties}
        documents={documents}
        onClose={() => setEditing(false)}
        onSaved={async (saved) => {
          setEditing(false);
          onSaved(saved);
        }}
      />
    );
  }

  const rows: [string, ReactNode][] = [
    [t('evidence.field.category'), t(`evidence.category.${e.category}`)],
    ...(e.category === 'uang' ? [[t('evidence.field.amount'), e.amount === null ? null : `Rp ${formats.number(e.amount)}`] as [string, ReactNode]] : []),
    [t('evidence.field.seizedFrom'), [e.seizedFrom, party ? `(${party.person.fullName}, ${t(`records.partyRole.${party.role}`)})` : ''].filter(Boolean).join(' ') || null],
    [t('evidence.field.seizedPlace'), e.seizedPlace || null],
    [t('evidence.field.seizedAt'), e.seizedAt ? writtenInstant(e.seizedAt, formats, zone) : null],
    [t('evidence.field.seizureDocument'), doc(e.seizureDocument)],
    [t('evidence.field.permissionDocument'), doc(e.permissionDocument)],
    [t('evidence.field.sealNumber'), e.sealNumber || null],
    [t('evidence.field.storage'), e.storage || null],
    [t('evidence.field.disposition'), t(`evidence.disposition.${e.disposition || 'none'}`) + (e.dispositionNote ? `: ${e.dispositionNote}` : '')],
  ];

  return (
    <Panel
      title={t('evidence.detail.seizure')}
      actions={
        <>
          <EditButton what={t('evidence.detail.editSeizure')} onClick={() => setEditing(true)} />
          {canRemove && <EditButton icon="trash" label={t('caseDetail.remove')} what={what} onClick={() => void remove()} />}
        </>
      }
    >
      <ErrorAlert error={error} />
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label} className="facts__row">
            <dt>{label}</dt>
            <dd>{value ?? <span className="facts__none">{t('caseDetail.notSet')}</span>}</dd>
          </div>
        ))}
      </dl>
      <p className="panel__lead">{t('evidence.detail.derivedHint')}</p>
    </Panel>
  );
}
