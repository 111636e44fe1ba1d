// An LP number as a result names it: the part that tells reports apart ("LP/B/417/XI/2025"); the
// unit's part, the same for every report of the station, only in the tooltip.
import { splitLpNumber } from '../cases/lp-number';

export function LpShort({ lpNumber }: { lpNumber: string }) {
  return (
    <span className="find__lp" title={lpNumber}>
      {splitLpNumber(lpNumber).head}
    </span>
  );
}
