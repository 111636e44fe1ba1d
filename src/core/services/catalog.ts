// The two lists a case file can edit: pasal sangkaan (built in, plus additions and edits stored in
// the case file) and the deadline rule sets (built-in versions, plus versions saved here). A saved
// rule-set version never changes: cases record the version they use.
import { AppError } from '../../shared/errors';
import { BUILTIN_CHARGES, ChargeFields, type Charge, type ChargeInput } from '../../shared/domain/charge';
import { BUILTIN_RULE_SETS, RuleSet } from '../../shared/rules/rulesets';
import { audit } from '../audit/append';
import { all, get, run, sql, transaction, type ReadableDb } from '../store/db';
import type { WriteSession } from '../store/session';
import { requireRole } from './access';
import { parseFields } from './record-input';

type ChargeRow = { id: string; law: string; article: string; title: string; max_years: number; source: string; hidden: number };

function fromRow(r: ChargeRow, builtin: boolean): Charge {
  return { id: r.id, law: r.law, article: r.article, title: r.title, maxYears: r.max_years, source: r.source, hidden: r.hidden === 1, builtin, edited: builtin };
}

/** Every pasal: built-in ones (as edited here, if they were) in their order, then additions. */
export function listCharges(db: ReadableDb): Charge[] {
  const stored = new Map(all<ChargeRow>(db, sql`SELECT * FROM charge ORDER BY rowid`).map((r) => [r.id, r]));
  const builtinIds = new Set(BUILTIN_CHARGES.map((c) => c.id));
  const builtins = BUILTIN_CHARGES.map((c) => {
    const row = stored.get(c.id);
    return row ? fromRow(row, true) : { ...c, builtin: true, edited: false };
  });
  const added = [...stored.values()].filter((r) => !builtinIds.has(r.id)).map((r) => fromRow(r, false));
  return [...builtins, ...added];
}

export function findCharge(db: ReadableDb, id: string): Charge | null {
  return listCharges(db).find((c) => c.id === id) ?? null;
}

/** Adds a pasal, or stores an edit of one (built-in or added). */
export function saveCharge(session: WriteSession, input: ChargeInput): Charge {
  requireRole(session, 'editCases');
  const c = parseFields(ChargeFields, input, `pasal ${String((input as { id?: unknown }).id ?? '')}`);
  const now = session.clock().toISOString();
  const exists = get(session.db, sql`SELECT 1 FROM charge WHERE id = ${c.id}`) !== undefined;
  transaction(session.db, () => {
    if (exists) {
      run(session.db, sql`UPDATE charge SET law = ${c.law}, article = ${c.article}, title = ${c.title}, max_years = ${c.maxYears},
                            source = ${c.source}, hidden = ${c.hidden ? 1 : 0}, updated_at = ${now} WHERE id = ${c.id}`);
    } else {
      run(session.db, sql`INSERT INTO charge (id, law, article, title, max_years, source, hidden, created_at, updated_at)
                          VALUES (${c.id}, ${c.law}, ${c.article}, ${c.title}, ${c.maxYears}, ${c.source}, ${c.hidden ? 1 : 0}, ${now}, ${now})`);
    }
    audit(session, { action: exists ? 'charge.update' : 'charge.create', entityId: c.id });
  });
  const saved = findCharge(session.db, c.id);
  if (!saved) throw new AppError('INTERNAL', { detail: 'charge not saved' });
  return saved;
}

// ---- rule sets ----

function storedRuleSets(db: ReadableDb): RuleSet[] {
  return all<{ definition: string }>(db, sql`SELECT definition FROM rule_set ORDER BY id, version`).map((r) =>
    RuleSet.parse(JSON.parse(r.definition)),
  );
}

/** Every version of every rule set, built-in first. */
export function listRuleSets(db: ReadableDb): RuleSet[] {
  return [...Object.values(BUILTIN_RULE_SETS), ...storedRuleSets(db)];
}

export function ruleSetRef(r: Pick<RuleSet, 'id' | 'version'>): string {
  return `${r.id}@${r.version}`;
}

/** A rule set by 'id@version', or by id alone for its latest version. */
export function findRuleSet(db: ReadableDb, ref: string): RuleSet | null {
  const [id, version] = ref.split('@');
  const matching = listRuleSets(db).filter((r) => r.id === id && (version === undefined || r.version === Number(version)));
  return matching.reduce<RuleSet | null>((best, r) => (!best || r.version > best.version ? r : best), null);
}

/** Saves an edited rule set as the next version of its id. */
export function saveRuleSet(session: WriteSession, input: unknown): RuleSet {
  requireRole(session, 'editSettings');
  const parsed = parseFields(RuleSet, input, `aturan ${String((input as { id?: unknown } | null)?.id ?? '')}`);
  const latest = findRuleSet(session.db, parsed.id);
  const next: RuleSet = { ...parsed, version: (latest?.version ?? 0) + 1 };
  transaction(session.db, () => {
    run(session.db, sql`INSERT INTO rule_set (id, version, definition, created_at)
                        VALUES (${next.id}, ${next.version}, ${JSON.stringify(next)}, ${session.clock().toISOString()})`);
    audit(session, { action: 'rule_set.create', entityId: ruleSetRef(next) });
  });
  return next;
}

/** Stores a rule-set version carried by an import, unless the same one is already here. */
export function ensureRuleSet(session: WriteSession, rules: RuleSet, record: string): void {
  const here = findRuleSet(session.db, ruleSetRef(rules));
  if (here) {
    if (JSON.stringify(RuleSet.parse(here)) !== JSON.stringify(RuleSet.parse(rules))) {
      throw new AppError('INVALID_FIELD', { record, field: 'ruleSets', rule: 'RULE_SET_DIFFERS', ruleSet: ruleSetRef(rules) });
    }
    return;
  }
  requireRole(session, 'editSettings');
  run(session.db, sql`INSERT INTO rule_set (id, version, definition, created_at)
                      VALUES (${rules.id}, ${rules.version}, ${JSON.stringify(rules)}, ${session.clock().toISOString()})`);
  audit(session, { action: 'rule_set.create', entityId: ruleSetRef(rules) });
}
