// An LP number in two parts for the list: the part that tells reports apart
// ("LP/B/417/XI/2025") and the rest, which is the same for every report of the unit
// ("SPKT/POLRESTA BALIKPAPAN/POLDA KALIMANTAN TIMUR"). Numbers in other shapes stay whole.
const SHAPE = /^(LP\s*\/\s*[AB]\s*\/\s*[^/]+\/\s*[IVXLC]+\s*\/\s*\d{4})\s*\/(.+)$/i;

export function splitLpNumber(lp: string): { head: string; tail: string | null } {
  const m = SHAPE.exec(lp);
  return m?.[1] && m[2] ? { head: m[1], tail: m[2] } : { head: lp, tail: null };
}
