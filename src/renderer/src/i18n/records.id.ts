// Strings of the case detail screen and the forms of every case record. Spread into id.ts;
// records.en.ts must have the same keys.
export const recordsId = {
  caseDetail: {},
};
