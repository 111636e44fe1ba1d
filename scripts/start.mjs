// `npm start`: builds, then runs Berkas the best way this machine allows, and says which:
//   1. Electron, when its binary is present (looked up on disk: require('electron') would try to
//      download it);
//   2. otherwise the preview server, opened in Chromium's app mode when there is a display;
//   3. otherwise the preview server alone, printing its address.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(command, args) {
  const r = spawnSync(command, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function electronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  try {
    const rel = readFileSync('node_modules/electron/path.txt', 'utf8').trim();
    const candidate = join('node_modules/electron/dist', rel);
    return existsSync(candidate) ? candidate : null;
  } catch {
    return null;
  }
}

function chromium() {
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p)) ?? null;
}

// The test suite builds once before it starts and sets BERKAS_START_NO_BUILD, so that this test
// of `npm start` does not rebuild out/ under the other tests' feet.
if (!process.env.BERKAS_START_NO_BUILD) {
  run(process.execPath, ['scripts/build-node.mjs']);
  run(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--logLevel', 'warn']);
}

const electron = electronBinary();
if (electron) {
  console.log('Berkas: starting the Electron app.');
  const app = spawn(electron, ['.'], { stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
} else {
  const preview = spawn(process.execPath, ['out/preview/main.mjs'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let announced = false;
  preview.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const url = /http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+/.exec(chunk.toString())?.[0];
    if (!url || announced) return;
    announced = true;
    const browser = chromium();
    const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
    if (browser && display) {
      console.log('Berkas: the Electron binary is not installed here; opening the preview in Chromium app mode.');
      const profile = mkdtempSync(join(tmpdir(), 'berkas-chromium-'));
      spawn(browser, [`--app=${url}`, `--user-data-dir=${profile}`, '--no-first-run', '--test-type', '--disable-background-networking', '--disable-component-update', '--disable-sync'], { stdio: 'ignore' }).on('exit', () => preview.kill('SIGTERM'));
    } else {
      console.log(`Berkas: the Electron binary is not installed here and there is no display; open the preview in a browser on this computer: ${url}`);
    }
  });
  const stop = () => preview.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  preview.on('exit', (code) => process.exit(code ?? 0));
}
