// The open section of a case. Each section reads the shared records and asks for them again after
// it changes something; the deadlines and the history are fetched fresh each time they open.
import type { PerkaraView } from './record-types';
import type { CaseRecords } from './useCaseRecords';
import type { Section } from './sections';
import { DeadlinesSection } from './DeadlinesSection';
import { DocumentsSection } from './DocumentsSection';
import { DossierSection } from '../dossier/DossierSection';
import { EvidenceSection } from '../evidence/EvidenceSection';
import { HistorySection } from './HistorySection';
import { PartiesSection } from './PartiesSection';
import { ResumeSection } from './ResumeSection';
import { SummarySection } from './SummarySection';

export function CaseSection({ section, perkara, records }: { section: Section; perkara: PerkaraView; records: CaseRecords }) {
  // A change to people or documents can change derived facts of the perkara (its warnings, the
  // deadlines), so those reload the perkara as well.
  const peopleChanged = async (): Promise<void> => {
    await Promise.all([records.reloadParties(), records.reloadPerkara()]);
  };
  switch (section) {
    case 'ringkasan':
      return <SummarySection perkara={perkara} charges={records.charges} ruleSets={records.ruleSets} onSaved={records.setPerkara} />;
    case 'resume':
      return <ResumeSection perkara={perkara} onSaved={records.setPerkara} />;
    case 'tersangka':
    case 'korban':
    case 'saksi':
    case 'pelapor':
      return (
        <PartiesSection
          key={section}
          section={section}
          perkara={perkara}
          parties={records.parties}
          ruleSets={records.ruleSets}
          onChanged={peopleChanged}
        />
      );
    case 'dokumen':
      return <DocumentsSection perkaraId={perkara.id} documents={records.documents} parties={records.parties ?? []} onChanged={records.reloadDocuments} />;
    case 'barang_bukti':
      return <EvidenceSection perkaraId={perkara.id} parties={records.parties ?? []} documents={records.documents ?? []} />;
    case 'tenggat':
      return <DeadlinesSection perkara={perkara} ruleSets={records.ruleSets} />;
    case 'berkas_perkara':
      return <DossierSection perkara={perkara} />;
    case 'riwayat':
      return <HistorySection perkaraId={perkara.id} parties={records.parties ?? []} documents={records.documents ?? []} />;
  }
}
