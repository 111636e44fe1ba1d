// Strings of the unlocked workspace around the case list: navigation, the deadlines view, the new
// case form, search. Spread into id.ts; workspace.en.ts must have the same keys.
export const workspaceId = {
  workspace: {},
};
