// The results, grouped by kind in a fixed order: people first (what investigators most often look
// up), then cases, documents and barang bukti. Groups with no hits are left out.
import type { SearchResults } from '../../../../shared/domain/search';
import type { Formats } from '../../i18n/format';
import { CaseHitItem } from './CaseHitItem';
import { DocumentHitItem } from './DocumentHitItem';
import { EvidenceHitItem } from './EvidenceHitItem';
import { HitGroup } from './HitGroup';
import { PersonHitItem } from './PersonHitItem';
import type { OpenCase } from './search-model';

type Props = { results: SearchResults; formats: Formats; onOpen: OpenCase };

export function SearchHits({ results, formats, onOpen }: Props) {
  const { persons, cases, documents, evidence } = results;
  return (
    <div className="find__groups">
      {persons.length > 0 && (
        <HitGroup group="persons" count={persons.length} formats={formats}>
          {persons.map((hit) => (
            <PersonHitItem key={hit.personId} hit={hit} onOpen={onOpen} />
          ))}
        </HitGroup>
      )}
      {cases.length > 0 && (
        <HitGroup group="cases" count={cases.length} formats={formats}>
          {cases.map((hit) => (
            <CaseHitItem key={hit.perkaraId} hit={hit} onOpen={onOpen} />
          ))}
        </HitGroup>
      )}
      {documents.length > 0 && (
        <HitGroup group="documents" count={documents.length} formats={formats}>
          {documents.map((hit) => (
            <DocumentHitItem key={hit.documentId} hit={hit} formats={formats} onOpen={onOpen} />
          ))}
        </HitGroup>
      )}
      {evidence.length > 0 && (
        <HitGroup group="evidence" count={evidence.length} formats={formats}>
          {evidence.map((hit) => (
            <EvidenceHitItem key={hit.evidenceId} hit={hit} onOpen={onOpen} />
          ))}
        </HitGroup>
      )}
    </div>
  );
}
