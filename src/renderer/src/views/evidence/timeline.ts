// The chain of custody as the detail screen shows it: one entry per handover, newest first, and in
// each the version that stands with the versions it replaced beneath it. Events are never edited
// (the core refuses), so a correction is a later event naming an earlier one; the earlier one stays
// on screen, struck through, because the court may ask what was first written and who changed it.
import type { CustodyView } from '../../../../shared/ipc/evidence';

/** The facts of a handover a correction can change, in the order the screen lists them. */
export const CUSTODY_FACTS = ['at', 'purpose', 'releasedBy', 'receivedBy', 'location', 'sealIntact'] as const;
export type CustodyFact = (typeof CUSTODY_FACTS)[number];

export type Replaced = {
  event: CustodyView;
  /** The event that corrected this one. */
  by: CustodyView;
  /** The facts the correction changed. */
  changed: CustodyFact[];
};

export type TimelineEntry = {
  /** The version that stands: the last correction of the chain, or the event itself. */
  current: CustodyView;
  /** What it replaced, the most recent first, back to the first record of the handover. */
  replaced: Replaced[];
};

/** Facts that differ between an event and its correction (the note holds the reason: not compared). */
export function changedFacts(original: CustodyView, correction: CustodyView): CustodyFact[] {
  return CUSTODY_FACTS.filter((f) => (f === 'at' ? Date.parse(original.at) !== Date.parse(correction.at) : original[f] !== correction[f]));
}

/** Newest handover first (by the time that stands), then the one recorded last. */
export function custodyTimeline(events: readonly CustodyView[]): TimelineEntry[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  // A chain starts at an event that corrects nothing (or whose target is not in the list).
  const starts = events.filter((e) => e.corrects === null || !byId.has(e.corrects));
  const entries = starts.map((start) => {
    const chain = [start];
    const seen = new Set([start.id]);
    let next = start.correctedBy ? byId.get(start.correctedBy) : undefined;
    while (next && !seen.has(next.id)) {
      chain.push(next);
      seen.add(next.id);
      next = next.correctedBy ? byId.get(next.correctedBy) : undefined;
    }
    const current = chain.at(-1) ?? start;
    const replaced: Replaced[] = [];
    for (let i = chain.length - 2; i >= 0; i--) {
      const event = chain[i];
      const by = chain[i + 1];
      if (event && by) replaced.push({ event, by, changed: changedFacts(event, by) });
    }
    return { current, replaced };
  });
  return entries.sort((a, b) => Date.parse(b.current.at) - Date.parse(a.current.at) || b.current.seq - a.current.seq);
}
