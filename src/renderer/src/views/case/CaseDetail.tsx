// One case, with its sections. (A stub: the case-detail work replaces it.)
import type { SessionState } from '../../../../shared/ipc/contract';

export type CaseDetailProps = {
  perkaraId: string;
  session: SessionState;
  /** Back to where the person came from (the list, the deadlines view, search). */
  onBack: () => void;
  /** A section to open at first, e.g. 'tenggat' from the deadlines view. */
  initialSection?: string;
};

export function CaseDetail({ perkaraId }: CaseDetailProps) {
  return <p data-testid="case-detail">{perkaraId}</p>;
}
