// The dossier export's vocabulary, shared by the core that makes it and the screens that ask for it
// (docs/dossier-format.md).

/** `full`: for the prosecutor, every record; `deidentified`: no protected person, for copies that leave the justice chain. */
export const DOSSIER_PROFILES = ['full', 'deidentified'] as const;
export type DossierProfile = (typeof DOSSIER_PROFILES)[number];

/** The export's steps, in order: reading the photos, laying out the pages, copying attachments (a package only). */
export const DOSSIER_STEPS = ['photos', 'pages', 'attachments'] as const;
export type DossierStep = (typeof DOSSIER_STEPS)[number];
