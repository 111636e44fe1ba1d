// `npm run package`: builds Berkas installers (Linux AppImage and deb, Windows NSIS) on a machine
// that can reach Electron's download servers. The native SQLCipher module is rebuilt for Electron
// here, in a copy of node_modules' build, and only here: `npm install` keeps it built for Node.
import { spawnSync } from 'node:child_process';

function run(command, args) {
  const r = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const electronVersion = JSON.parse((await import('node:fs')).readFileSync('node_modules/electron/package.json', 'utf8')).version;
run('npm', ['run', 'build']);
run('npx', ['--yes', '@electron/rebuild@3.7.2', '--version', electronVersion, '--only', 'better-sqlite3-multiple-ciphers', '--force']);
const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['--linux', '--win'];
const r = spawnSync('npx', ['--yes', 'electron-builder@26.0.12', ...targets, '--config', 'electron-builder.config.cjs'], { stdio: 'inherit' });
// Put the module back as Node builds it, so the CLI and the tests keep working.
run('npm', ['rebuild', 'better-sqlite3-multiple-ciphers']);
process.exit(r.status ?? 1);
