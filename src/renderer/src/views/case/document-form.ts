// The document form's state and what it sends. A document of some types concerns only some roles
// (a BAP korban a korban: DOCUMENT_PARTY_ROLES), so the form offers only those people, and drops a
// choice the new type no longer allows rather than letting the core refuse the whole save.
import { DOCUMENT_PARTY_ROLES, type DocumentInput, type DocumentPatch, type DocumentType } from '../../../../shared/domain/document';
import type { PartyRole } from '../../../../shared/domain/person';

export type DocumentForm = { type: DocumentType; number: string; date: string; signatory: string; summary: string; parties: string[] };

type Party = { id: string; role: PartyRole };

export function emptyDocument(type: DocumentType = 'sprindik'): DocumentForm {
  return { type, number: '', date: '', signatory: '', summary: '', parties: [] };
}

export function documentFormOf(d: { type: DocumentType; number: string; date: string | null; signatory: string; summary: string; parties: string[] }): DocumentForm {
  return { type: d.type, number: d.number, date: d.date ?? '', signatory: d.signatory, summary: d.summary, parties: [...d.parties] };
}

/** The people a document of this type may concern (everyone, for a type without a rule). */
export function allowedParties<P extends Party>(type: DocumentType, parties: readonly P[]): P[] {
  const roles = DOCUMENT_PARTY_ROLES[type];
  return roles ? parties.filter((p) => roles.includes(p.role)) : [...parties];
}

/** The form with a new type, keeping only the chosen people that type allows. */
export function withType(form: DocumentForm, type: DocumentType, parties: readonly Party[]): DocumentForm {
  const allowed = new Set(allowedParties(type, parties).map((p) => p.id));
  return { ...form, type, parties: form.parties.filter((id) => allowed.has(id)) };
}

export function documentInput(f: DocumentForm): DocumentInput {
  return { type: f.type, number: f.number.trim(), date: f.date === '' ? null : f.date, signatory: f.signatory.trim(), summary: f.summary, parties: f.parties };
}

export function documentPatch(before: DocumentForm, after: DocumentForm): DocumentPatch {
  const a = documentInput(before);
  const b = documentInput(after);
  const patch: DocumentPatch = {};
  if (a.type !== b.type) patch.type = b.type;
  if (a.number !== b.number) patch.number = b.number;
  if (a.date !== b.date) patch.date = b.date;
  if (a.signatory !== b.signatory) patch.signatory = b.signatory;
  if (a.summary !== b.summary) patch.summary = b.summary;
  if (JSON.stringify(a.parties) !== JSON.stringify(b.parties)) patch.parties = b.parties;
  return patch;
}
