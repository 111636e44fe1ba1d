// Perkara: create, change, delete, read, and the stage with its history. Every change is checked
// (LP structure, dates, pasal) and lands in the audit chain in its own transaction.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { PerkaraId } from '../../shared/domain/ids';
import {
  NEXT_STAGES,
  PerkaraFields,
  Stage,
  StageChange,
  type Perkara,
  type PerkaraInput,
  type PerkaraPatch,
  type PerkaraSummary,
  type StageEntry,
  type StoredFinding,
} from '../../shared/domain/case';
import { datePart } from '../../shared/domain/fields';
import { checkLp, lpSortKey, normalizeLp, parseLp } from '../../shared/rules/lp';
import { ruleSetFor } from '../../shared/rules/rulesets';
import { ageOn } from '../../shared/rules/age';
import { audit } from '../audit/append';
import { all, get, run, sql, transaction, type ReadableDb } from '../store/db';
import type { WriteSession } from '../store/session';
import { requireRole } from './access';
import { findCharge, findRuleSet, listCharges, ruleSetRef } from './catalog';
import { acceptFindings, mergePatch, parseFields, rejectFuture, unitToday } from './record-input';
import { getSettings } from './settings';

type PerkaraRow = {
  id: string;
  lp_number: string;
  lp_date: string | null;
  title: string;
  stage: string;
  created_at: string;
  updated_at: string;
  model: 'A' | 'B' | null;
  satker: string;
  place: string;
  offence_start: string | null;
  offence_end: string | null;
  modus: string;
  exploitation: string;
  recruitment_channel: string;
  charges: string;
  team: string;
  resume: string;
  adult_rules: string | null;
  child_rules: string | null;
  warnings: string;
};

export function toSummary(r: Pick<PerkaraRow, 'id' | 'lp_number' | 'lp_date' | 'title' | 'stage' | 'created_at' | 'updated_at'>): PerkaraSummary {
  return {
    id: PerkaraId.parse(r.id),
    lpNumber: r.lp_number,
    lpDate: r.lp_date,
    title: r.title,
    stage: Stage.parse(r.stage),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** How error messages name a case. */
export const perkaraLabel = (lp: unknown): string => `perkara ${typeof lp === 'string' ? lp : ''}`.trim();

/** Checks a whole set of fields and works out what follows from them (model, rule sets, warnings). */
function checkPerkara(session: WriteSession, f: PerkaraFields, current: PerkaraRow | null) {
  const record = perkaraLabel(f.lpNumber);
  const settings = getSettings(session.db);
  const { today } = unitToday(session);
  const warnings: StoredFinding[] = acceptFindings(checkLp(f.lpNumber, f.lpDate, settings), record);
  rejectFuture({ lpDate: f.lpDate, offenceStart: f.offenceStart, offenceEnd: f.offenceEnd }, today, record);
  if (f.offenceStart && f.offenceEnd && f.offenceEnd < f.offenceStart) {
    throw new AppError('INVALID_FIELD', { record, field: 'offenceEnd', rule: 'END_BEFORE_START' });
  }
  if (f.offenceStart && f.lpDate < datePart(f.offenceStart)) warnings.push({ field: 'lpDate', code: 'LP_BEFORE_OFFENCE' });
  const seen = new Set<string>();
  for (const id of f.charges) {
    if (seen.has(id)) throw new AppError('INVALID_FIELD', { record, field: 'charges', rule: 'DUPLICATE_VALUE', value: id });
    if (!findCharge(session.db, id)) throw new AppError('INVALID_FIELD', { record, field: 'charges', rule: 'CHARGE_UNKNOWN', value: id });
    seen.add(id);
  }
  // Detention is procedure: the KUHAP in force when the case was reported (the LP date) governs it,
  // so a case reported in 2025 keeps KUHAP 1981 after UU 20/2025 took effect. The case records its
  // choice; an investigator can set another.
  const adult = f.adultRules ?? current?.adult_rules ?? ruleSetFor(f.lpDate, false);
  const adultRules = findRuleSet(session.db, adult);
  if (!adultRules) throw new AppError('INVALID_FIELD', { record, field: 'adultRules', rule: 'RULE_SET_UNKNOWN', value: adult });
  const childRules = current?.child_rules ?? ruleSetRef(findRuleSet(session.db, ruleSetFor(f.lpDate, true)) ?? { id: 'sppa-2012', version: 1 });
  const model = parseLp(f.lpNumber)?.model ?? null;
  return { warnings, model, adultRules: ruleSetRef(adultRules), childRules, satker: f.satker || settings.satker };
}

function refuseTakenLp(session: WriteSession, lpNumber: string, exceptId: string | null): void {
  const other = get<{ id: string }>(session.db, sql`SELECT id FROM perkara WHERE lp_number = ${lpNumber}`);
  if (other && other.id !== exceptId) throw new AppError('LP_TAKEN', { lpNumber });
}

/**
 * A new case. It starts in penyelidikan on the LP date, unless `history` (from an import) gives the
 * stages it has been through, oldest first.
 */
export function createPerkara(session: WriteSession, input: PerkaraInput, history: StageChange[] = []): Perkara {
  requireRole(session, 'editCases');
  const raw = parseFields(PerkaraFields, input, perkaraLabel(input?.lpNumber));
  const f = { ...raw, lpNumber: normalizeLp(raw.lpNumber) };
  const derived = checkPerkara(session, f, null);
  refuseTakenLp(session, f.lpNumber, null);
  const stages = checkHistory(session, history.length ? history : [{ stage: 'penyelidikan', date: f.lpDate }], perkaraLabel(f.lpNumber));
  const id = randomUUID();
  const now = session.clock().toISOString();
  transaction(session.db, () => {
    run(session.db, sql`INSERT INTO perkara (id, lp_number, lp_date, title, created_at, updated_at, model, satker, place, offence_start,
                          offence_end, modus, exploitation, recruitment_channel, charges, team, resume, adult_rules, child_rules, warnings, lp_sort)
                        VALUES (${id}, ${f.lpNumber}, ${f.lpDate}, ${f.title}, ${now}, ${now}, ${derived.model}, ${derived.satker}, ${f.place},
                          ${f.offenceStart}, ${f.offenceEnd}, ${f.modus}, ${f.exploitation}, ${f.recruitmentChannel}, ${JSON.stringify(f.charges)},
                          ${JSON.stringify(f.team)}, ${JSON.stringify(f.resume)}, ${derived.adultRules}, ${derived.childRules},
                          ${JSON.stringify(derived.warnings)}, ${lpSortKey(f.lpNumber)})`);
    audit(session, { action: 'perkara.create', entityId: id, perkaraId: id });
    for (const s of stages) addStageRow(session, id, s);
    const last = stages.at(-1);
    if (last && last.stage !== 'penyelidikan') {
      run(session.db, sql`UPDATE perkara SET stage = ${last.stage} WHERE id = ${id}`);
      audit(session, { action: 'perkara.update', entityId: id, perkaraId: id });
    }
  });
  return getPerkara(session.db, id);
}

function rowOf(db: ReadableDb, id: string): PerkaraRow {
  const row = get<PerkaraRow>(db, sql`SELECT * FROM perkara WHERE id = ${id}`);
  if (!row) throw new AppError('NOT_FOUND', { record: 'perkara', id });
  return row;
}

export function updatePerkara(session: WriteSession, id: string, patch: PerkaraPatch): Perkara {
  requireRole(session, 'editCases');
  const current = rowOf(session.db, id);
  const record = perkaraLabel(current.lp_number);
  const merged = parseFields(PerkaraFields, mergePatch(fieldsOf(current), patch, Object.keys(PerkaraFields.shape), record), record);
  const f = { ...merged, lpNumber: normalizeLp(merged.lpNumber) };
  const derived = checkPerkara(session, f, current);
  refuseTakenLp(session, f.lpNumber, id);
  const now = session.clock().toISOString();
  transaction(session.db, () => {
    run(session.db, sql`UPDATE perkara SET lp_number = ${f.lpNumber}, lp_date = ${f.lpDate}, title = ${f.title}, updated_at = ${now},
                          model = ${derived.model}, satker = ${derived.satker}, place = ${f.place}, offence_start = ${f.offenceStart},
                          offence_end = ${f.offenceEnd}, modus = ${f.modus}, exploitation = ${f.exploitation},
                          recruitment_channel = ${f.recruitmentChannel}, charges = ${JSON.stringify(f.charges)}, team = ${JSON.stringify(f.team)},
                          resume = ${JSON.stringify(f.resume)}, adult_rules = ${derived.adultRules}, child_rules = ${derived.childRules},
                          warnings = ${JSON.stringify(derived.warnings)}, lp_sort = ${lpSortKey(f.lpNumber)}
                        WHERE id = ${id}`);
    audit(session, { action: 'perkara.update', entityId: id, perkaraId: id });
    if (f.offenceStart !== current.offence_start) markNewChildren(session, id, f.offenceStart);
  });
  return getPerkara(session.db, id);
}

/**
 * A new first day of the offence can make someone a child in this case: their stored
 * confidentiality flag is turned on, as it would have been had the date been known at the start.
 */
function markNewChildren(session: WriteSession, perkaraId: string, offenceStart: string | null): void {
  if (!offenceStart) return;
  const rows = all<{ id: string; birth_date: string | null }>(
    session.db,
    sql`SELECT party.id, person.birth_date FROM party JOIN person ON person.id = party.person_id
        WHERE party.perkara_id = ${perkaraId} AND party.confidential = 0`,
  );
  for (const r of rows) {
    if (!r.birth_date || ageOn(r.birth_date, datePart(offenceStart)) >= 18) continue;
    run(session.db, sql`UPDATE party SET confidential = 1, updated_at = ${session.clock().toISOString()} WHERE id = ${r.id}`);
    audit(session, { action: 'party.update', entityId: r.id, perkaraId });
  }
}

/** The editable fields of a stored row, as input (for merging a patch). */
function fieldsOf(r: PerkaraRow): PerkaraInput {
  return {
    lpNumber: r.lp_number,
    lpDate: r.lp_date ?? r.created_at.slice(0, 10),
    title: r.title,
    satker: r.satker,
    place: r.place,
    offenceStart: r.offence_start,
    offenceEnd: r.offence_end,
    modus: r.modus as PerkaraInput['modus'],
    exploitation: r.exploitation as PerkaraInput['exploitation'],
    recruitmentChannel: r.recruitment_channel,
    charges: JSON.parse(r.charges),
    team: JSON.parse(r.team),
    resume: JSON.parse(r.resume),
    adultRules: r.adult_rules,
  };
}

function addStageRow(session: WriteSession, perkaraId: string, change: { stage: Stage; date: string; note: string }): void {
  const id = randomUUID();
  run(session.db, sql`INSERT INTO perkara_stage (id, perkara_id, stage, date, note, created_at)
                      VALUES (${id}, ${perkaraId}, ${change.stage}, ${change.date}, ${change.note}, ${session.clock().toISOString()})`);
  audit(session, { action: 'perkara_stage.create', entityId: id, perkaraId });
}

/** A stage history read from outside: each step allowed from the one before, dates in order, none in the future. */
function checkHistory(session: WriteSession, history: StageChange[], record: string): Array<{ stage: Stage; date: string; note: string }> {
  const { today } = unitToday(session);
  const out: Array<{ stage: Stage; date: string; note: string }> = [];
  for (const [i, input] of history.entries()) {
    const change = parseFields(StageChange, input, `${record} stages[${i}]`);
    const prev = out.at(-1);
    if (prev && !NEXT_STAGES[prev.stage].includes(change.stage)) {
      throw new AppError('INVALID_FIELD', { record: `${record} stages[${i}]`, field: 'stage', rule: 'STAGE_NOT_NEXT', from: prev.stage, to: change.stage });
    }
    if (prev && change.date < prev.date) {
      throw new AppError('INVALID_FIELD', { record: `${record} stages[${i}]`, field: 'date', rule: 'STAGE_BEFORE_PREVIOUS', previousDate: prev.date });
    }
    rejectFuture({ date: change.date }, today, `${record} stages[${i}]`);
    out.push(change);
  }
  return out;
}

/** Moves a case to its next stage (domain/TPPO.md), keeping the history. */
export function changeStage(session: WriteSession, id: string, input: { stage: Stage; date: string; note?: string }): Perkara {
  requireRole(session, 'editCases');
  const current = rowOf(session.db, id);
  const record = perkaraLabel(current.lp_number);
  const change = parseFields(StageChange, input, record);
  const from = Stage.parse(current.stage);
  if (!NEXT_STAGES[from].includes(change.stage)) {
    throw new AppError('INVALID_FIELD', { record, field: 'stage', rule: 'STAGE_NOT_NEXT', from, to: change.stage });
  }
  rejectFuture({ date: change.date }, unitToday(session).today, record);
  const last = stagesOf(session.db, id).at(-1);
  if (last && change.date < last.date) {
    throw new AppError('INVALID_FIELD', { record, field: 'date', rule: 'STAGE_BEFORE_PREVIOUS', previousDate: last.date });
  }
  transaction(session.db, () => {
    addStageRow(session, id, change);
    run(session.db, sql`UPDATE perkara SET stage = ${change.stage}, updated_at = ${session.clock().toISOString()} WHERE id = ${id}`);
    audit(session, { action: 'perkara.update', entityId: id, perkaraId: id });
  });
  return getPerkara(session.db, id);
}

export function stagesOf(db: ReadableDb, perkaraId: string): StageEntry[] {
  return all<{ id: string; stage: string; date: string; note: string }>(
    db,
    sql`SELECT id, stage, date, note FROM perkara_stage WHERE perkara_id = ${perkaraId} ORDER BY date, rowid`,
  ).map((r) => ({ id: r.id, stage: Stage.parse(r.stage), date: r.date, note: r.note }));
}

export function getPerkara(db: ReadableDb, id: string): Perkara {
  const r = rowOf(db, id);
  const charges: string[] = JSON.parse(r.charges);
  const catalog = new Map(listCharges(db).map((c) => [c.id, c.maxYears]));
  const stages = stagesOf(db, id);
  return {
    ...toSummary(r),
    // A case from before schema 3 has no stage history: it has been in its stage since it was created.
    stages: stages.length ? stages : [{ id: `${id}-initial`, stage: Stage.parse(r.stage), date: r.lp_date ?? r.created_at.slice(0, 10), note: '' }],
    model: r.model,
    satker: r.satker,
    place: r.place,
    offenceStart: r.offence_start,
    offenceEnd: r.offence_end,
    modus: r.modus as Perkara['modus'],
    exploitation: r.exploitation as Perkara['exploitation'],
    recruitmentChannel: r.recruitment_channel,
    charges,
    team: JSON.parse(r.team),
    resume: JSON.parse(r.resume),
    adultRules: r.adult_rules,
    childRules: r.child_rules,
    threatYears: Math.max(0, ...charges.map((c) => catalog.get(c) ?? 0)),
    warnings: JSON.parse(r.warnings),
  };
}

/** A perkara by its id or its LP number, as a person types either. */
export function findPerkara(db: ReadableDb, idOrLp: string): PerkaraSummary | null {
  const row = get<PerkaraRow>(db, sql`SELECT * FROM perkara WHERE id = ${idOrLp} OR lp_number = ${normalizeLp(idOrLp)}`);
  return row ? toSummary(row) : null;
}

export function listPerkara(db: ReadableDb): PerkaraSummary[] {
  return all<PerkaraRow>(db, sql`SELECT * FROM perkara ORDER BY created_at DESC, lp_number`).map(toSummary);
}
