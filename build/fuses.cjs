// Electron fuses flipped in every packaged build (electron-builder's afterPack hook below).
// Tests read this list (tests/integration/electron-policy.test.ts).
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

const FUSES = {
  version: FuseVersion.V1,
  // Packaged Berkas must never run as a plain Node (ELECTRON_RUN_AS_NODE), take NODE_OPTIONS, or
  // accept --inspect: each would hand a local user the keys of an unlocked case file.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Only the signed-off app.asar, checked against its embedded hash, is loaded.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  // The renderer comes from berkas://app/, so file:// needs no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

module.exports = { FUSES };
