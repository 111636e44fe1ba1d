// The running clocks of one case, or of every case: the records read from the database and handed
// to the pure arithmetic of src/shared/rules/deadlines.ts.
import { caseDeadlines, type Deadline } from '../../shared/rules/deadlines';
import { all, sql, type ReadableDb } from '../store/db';
import { getPerkara } from './cases';
import { findRuleSet } from './catalog';
import { listDetentions, listArrests, rulesFor } from './detentions';
import { listDocuments } from './documents';
import { listParties } from './parties';
import { getSettings } from './settings';
import { AppError } from '../../shared/errors';

export function perkaraDeadlines(db: ReadableDb, perkaraId: string, now: Date): Deadline[] {
  const perkara = getPerkara(db, perkaraId);
  const adultRuleSet = findRuleSet(db, perkara.adultRules ?? 'kuhap-1981');
  if (!adultRuleSet) throw new AppError('DB_DAMAGED', { detail: `rule set ${perkara.adultRules} is missing` });
  const suspects = listParties(db, perkaraId)
    .filter((p) => p.role === 'tersangka')
    .map((p) => ({
      partyId: p.id,
      name: p.person.fullName,
      ruleSet: rulesFor(db, p),
      threatYears: perkara.threatYears,
      arrests: listArrests(db, p.id).map((a) => ({ at: a.at, endedAt: a.endedAt })),
      detentions: listDetentions(db, p.id).map((d) => ({ kind: d.kind, start: d.startDate, days: d.days, endedOn: d.endedOn })),
    }));
  return caseDeadlines(
    {
      perkaraId,
      lpNumber: perkara.lpNumber,
      zone: getSettings(db).timeZone,
      stage: perkara.stage,
      stages: perkara.stages.map((s) => ({ stage: s.stage, date: s.date })),
      documents: listDocuments(db, perkaraId).map((d) => ({ type: d.type, date: d.date })),
      suspects,
      adultRuleSet,
    },
    now,
  );
}

/** Every running deadline across the case file, soonest first. */
export function allDeadlines(db: ReadableDb, now: Date): Deadline[] {
  // Cases handed over (tahap II) or stopped (SP3) have no running clock.
  const ids = all<{ id: string }>(db, sql`SELECT id FROM perkara WHERE stage NOT IN ('tahap_2', 'sp3')`).map((r) => r.id);
  return ids
    .flatMap((id) => perkaraDeadlines(db, id, now))
    .sort((a, b) => a.daysLeft - b.daysLeft || a.due.localeCompare(b.due) || (a.dueAt ?? '').localeCompare(b.dueAt ?? '') || a.lpNumber.localeCompare(b.lpNumber));
}
