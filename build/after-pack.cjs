// electron-builder afterPack hook: flip the fuses of the packaged Electron binary.
const { join } = require('node:path');
const { flipFuses } = require('@electron/fuses');
const { FUSES } = require('./fuses.cjs');

exports.default = async function afterPack(context) {
  const name = context.packager.appInfo.productFilename;
  const executable =
    context.electronPlatformName === 'win32'
      ? join(context.appOutDir, `${name}.exe`)
      : context.electronPlatformName === 'darwin'
        ? join(context.appOutDir, `${name}.app`)
        : join(context.appOutDir, context.packager.executableName);
  await flipFuses(executable, { ...FUSES, resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' });
};
