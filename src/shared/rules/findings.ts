// What a validation rule says about a record. Rules return codes and plain values, never sentences,
// so the same finding reads in Bahasa Indonesia or English (see i18n/finding-messages.ts) and a test
// can assert on the code instead of on wording.

export const FINDING_CODES = [
  // Laporan Polisi number (lp.ts)
  'LP_STRUCTURE',
  'LP_MONTH_MISMATCH',
  'LP_YEAR_MISMATCH',
  'LP_NO_SPKT',
  'LP_SATKER_DIFFERS',
  'LP_POLDA_DIFFERS',
  'LP_SUFFIX_PARTS',
  // NIK (nik.ts)
  'NIK_FORMAT',
  'NIK_REGION_ZERO',
  'NIK_DATE_INVALID',
  'NIK_BIRTH_DATE_MISMATCH',
  'NIK_SEX_MISMATCH',
  // Detention orders (detention.ts)
  'DETENTION_DATE_INVALID',
  'DETENTION_DAYS_INVALID',
  'DETENTION_KIND_UNKNOWN',
  'DETENTION_KIND_REPEATED',
  'DETENTION_KIND_ORDER',
  'DETENTION_NONE_LEFT',
  'DETENTION_TOO_LONG',
  'DETENTION_THREAT_TOO_LOW_FOR_KIND',
  'DETENTION_TOO_YOUNG',
  'DETENTION_THREAT_TOO_LOW',
  'DETENTION_AGE_UNKNOWN',
  'DETENTION_RULE_SET_MISMATCH',
  'DETENTION_START',
  'DETENTION_END_OUTSIDE',
  'DETENTION_NOT_LAST',
  // Any field of a record (core/services/record-input.ts)
  'FIELD_REQUIRED',
  'FIELD_TOO_LONG',
  'FIELD_OUT_OF_RANGE',
  'FIELD_FORMAT',
  'FIELD_UNKNOWN_VALUE',
  'FIELD_TYPE',
  'FIELD_UNKNOWN',
  'FIELD_TOO_MANY',
  'DATE_IN_FUTURE',
  'END_BEFORE_START',
  'DUPLICATE_VALUE',
  // Cases, people and documents (core/services)
  'LP_BEFORE_OFFENCE',
  'CHARGE_UNKNOWN',
  'CHARGE_DIFFERS',
  'RULE_SET_UNKNOWN',
  'RULE_SET_DIFFERS',
  'STAGE_NOT_NEXT',
  'STAGE_BEFORE_PREVIOUS',
  'NIK_KNOWN',
  'PERSON_DIFFERS',
  'PARTY_EXISTS',
  'CHILD_CONFIDENTIAL',
  'ONLY_TERSANGKA',
  'PARTY_NOT_IN_CASE',
  'DOCUMENT_WRONG_ROLE',
  // Barang bukti (core/services/evidence.ts, attachments.ts)
  'ONLY_MONEY',
  'DOCUMENT_NOT_IN_CASE',
  'EVENT_NOT_OF_ITEM',
  'EVENT_ALREADY_CORRECTED',
  // Import files (core/exchange)
  'REF_UNKNOWN',
  'ATTACHMENT_MISSING',
  'ATTACHMENT_DIFFERS',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export type Finding = { field: string; code: FindingCode; params?: Record<string, string | number> };

/** Errors block saving; warnings are shown and may be overridden, because records can be wrong. */
export type Checked = { errors: Finding[]; warnings: Finding[] };
