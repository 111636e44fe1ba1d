// Packaging with electron-builder 26.0.12 (`npm run package`). It downloads Electron and its headers
// from outside the npm registry, so it cannot run on the machines this project is built on:
// tests/integration/electron-policy.test.ts checks this configuration statically instead.
module.exports = {
  appId: 'id.polri.berkas',
  productName: 'Berkas',
  directories: { output: 'dist', buildResources: 'resources' },
  files: ['out/**/*', 'package.json', '!out/cli/**', '!out/preview/**', '!out/test/**', '!out/bench/**'],
  asar: true,
  // The dossier's fonts and their licence, outside the asar: src/core/dossier/fonts.ts reads them
  // from BERKAS_RESOURCES/fonts, which the main process points at process.resourcesPath.
  extraResources: [{ from: 'resources/fonts', to: 'fonts' }],
  asarUnpack: ['**/*.node'],
  // Native modules are rebuilt for Electron by scripts/package.mjs, never on `npm install` (that
  // would break them under Node for the CLI and the tests).
  npmRebuild: false,
  // Flips the fuses of build/fuses.cjs in the packaged binary.
  afterPack: 'build/after-pack.cjs',
  linux: { target: ['AppImage', 'deb'], category: 'Office', maintainer: 'Berkas' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: true, allowToChangeInstallationDirectory: true },
};
