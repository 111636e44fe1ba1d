// The LP number cell: the report's own part in bold, the unit's part below it, smaller. Its text
// is still the whole number (the slash between the parts is there, unseen), for copying and for
// screen readers.
import { splitLpNumber } from './lp-number';

export function LpNumberCell({ lpNumber }: { lpNumber: string }) {
  const { head, tail } = splitLpNumber(lpNumber);
  return (
    <div role="cell" className="ptable__td ptable__td--lp" title={lpNumber}>
      <span className="lp__head">
        {head}
        {tail && <span className="visually-hidden">/</span>}
      </span>
      {tail && <span className="lp__tail">{tail}</span>}
    </div>
  );
}
