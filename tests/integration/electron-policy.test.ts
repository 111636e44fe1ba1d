// The Electron security settings, checked without Electron (its binary cannot be downloaded here):
// the policy modules, the literal window options at the call site, the preload's surface, the CSP,
// the packaging configuration and fuses, and Doyensec's Electronegativity over the sources.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { allowNavigation, allowNewWindow, allowPermission } from '../../src/main/policy/navigation';
import { isTrustedSender, resolveAppFile } from '../../src/main/policy/protocol';
import { REQUIRED_WEB_PREFERENCES } from '../../src/main/policy/web-preferences';
import { CSP, CSP_META } from '../../src/shared/security/csp';
import { ROOT } from '../helpers';

const require = createRequire(import.meta.url);

/** The object literal passed to `new BrowserWindow({...})` in a source file, as plain values. */
function literalWebPreferences(file: string): Record<string, unknown> {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  let found: Record<string, unknown> | null = null;
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && node.expression.getText() === 'BrowserWindow') {
      const options = node.arguments?.[0];
      const prefs = options && ts.isObjectLiteralExpression(options) ? options.properties.find((p) => p.name?.getText() === 'webPreferences') : undefined;
      if (prefs && ts.isPropertyAssignment(prefs) && ts.isObjectLiteralExpression(prefs.initializer)) {
        found = Object.fromEntries(
          prefs.initializer.properties.filter(ts.isPropertyAssignment).map((p) => {
            const v = p.initializer;
            const value = v.kind === ts.SyntaxKind.TrueKeyword ? true : v.kind === ts.SyntaxKind.FalseKeyword ? false : ts.isStringLiteral(v) ? v.text : `<${v.getText()}>`;
            return [p.name.getText(), value];
          }),
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!found) throw new Error(`no new BrowserWindow({ webPreferences: {...} }) in ${file}`);
  return found;
}

describe('window options', () => {
  it('are written literally at the new BrowserWindow call and equal the policy', () => {
    const literal = literalWebPreferences('src/main/window.ts');
    const { preload, devTools, ...security } = literal;
    expect(security).toEqual(REQUIRED_WEB_PREFERENCES);
    expect(preload).toBe("<join(import.meta.dirname, '../preload/index.cjs')>");
    // DevTools only in development builds.
    expect(devTools).toBe('<!app.isPackaged>');
  });

  it('every window the app opens goes through that one call', () => {
    const sources = ['src/main/index.ts', 'src/main/ipc.ts', 'src/main/window.ts'].map((f) => readFileSync(join(ROOT, f), 'utf8'));
    expect(sources.join('\n').match(/new BrowserWindow\(/g)).toHaveLength(1);
  });
});

describe('navigation, windows and permissions', () => {
  it('deny everything: the app is one page and asks the OS for nothing', () => {
    for (const url of ['https://example.com', 'file:///etc/passwd', 'berkas://app/index.html', 'javascript:alert(1)']) {
      expect(allowNavigation(url)).toBe(false);
      expect(allowNewWindow(url)).toBe(false);
    }
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'pointerLock', 'hid', 'serial', 'usb']) {
      expect(allowPermission(permission)).toBe(false);
    }
  });
});

describe('the berkas:// protocol and the IPC sender check', () => {
  const dir = '/opt/berkas/out/renderer';
  it('serves only files inside the renderer folder', () => {
    expect(resolveAppFile(dir, 'berkas://app/index.html')).toBe(`${dir}/index.html`);
    expect(resolveAppFile(dir, 'berkas://app/')).toBe(`${dir}/index.html`);
    expect(resolveAppFile(dir, 'berkas://app/assets/index-abc.js')).toBe(`${dir}/assets/index-abc.js`);
    // Dot segments are either folded by URL parsing (and stay inside) or refused.
    for (const dots of ['berkas://app/../../etc/passwd', 'berkas://app/%2e%2e/%2e%2e/etc/passwd', 'berkas://app/..%2f..%2fetc/passwd', 'berkas://app/assets/..%5c..%5c..%5cetc']) {
      const file = resolveAppFile(dir, dots);
      expect(file === null || file.startsWith(`${dir}/`), `${dots} → ${file}`).toBe(true);
    }
    for (const other of ['berkas://other/index.html', 'file:///etc/passwd', 'http://app/index.html', 'not a url']) {
      expect(resolveAppFile(dir, other)).toBeNull();
    }
  });

  it('answers IPC only from our own page in the top frame', () => {
    expect(isTrustedSender({ url: 'berkas://app/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'berkas://app/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'file:///opt/berkas/out/renderer/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('the preload', () => {
  it('exposes invoke, on and getPathForFile, nothing else, and is CommonJS', () => {
    const text = readFileSync(join(ROOT, 'src/preload/index.ts'), 'utf8');
    const source = ts.createSourceFile('preload.ts', text, ts.ScriptTarget.Latest, true);
    const exposed: string[][] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.getText() === 'contextBridge.exposeInMainWorld') {
        const api = node.arguments[1];
        if (api && ts.isObjectLiteralExpression(api)) exposed.push(api.properties.map((p) => p.name?.getText() ?? '?'));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(exposed).toEqual([['invoke', 'on', 'getPathForFile']]);
    const built = readFileSync(join(ROOT, 'out/preload/index.cjs'), 'utf8');
    expect(built).toMatch(/require\("electron"\)/);
    expect(built).not.toMatch(/^import /m);
  });
});

describe('the Content-Security-Policy', () => {
  it('allows no inline or eval script and nothing from outside; the <meta> repeats it', () => {
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).toContain("object-src 'none'");
    expect(CSP).toBe(`${CSP_META}; frame-ancestors 'none'`);
    const html = readFileSync(join(ROOT, 'src/renderer/index.html'), 'utf8');
    expect(/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]).toBe(CSP_META);
  });
});

describe('packaging (electron-builder 26.0.12; cannot run here, checked statically)', () => {
  const config = require(join(ROOT, 'electron-builder.config.cjs'));
  const { FUSES } = require(join(ROOT, 'build/fuses.cjs'));
  const { FuseV1Options } = require('@electron/fuses');

  it('builds AppImage and deb for Linux and NSIS for Windows, in an asar, without rebuilding on install', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
    expect(config.afterPack).toBe('build/after-pack.cjs');
    // The dossier's fonts travel beside the app, with their licence.
    expect(config.extraResources).toEqual([{ from: 'resources/fonts', to: 'fonts' }]);
    expect(readdirSync(join(ROOT, 'resources/fonts')).filter((f) => /\.ttf$|LICENSE/.test(f)).length).toBeGreaterThanOrEqual(5);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(JSON.stringify(pkg.scripts)).not.toMatch(/install-app-deps|electron-rebuild/);
  });

  it('flips the fuses: no RunAsNode, NODE_OPTIONS or inspect; asar integrity and only-load-from-asar on', () => {
    expect(FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });
});

// Electronegativity reads code, not the running app. PRELOAD_JS_CHECK flags every preload as
// "review the use of preload scripts" (MEDIUM, informational): the review is the preload test above,
// which pins its surface to invoke, on and getPathForFile.
const REVIEWED = [{ issue: 'PRELOAD_JS_CHECK', file: 'main/window.ts' }];

describe("Doyensec's Electronegativity", () => {
  it('finds nothing HIGH or MEDIUM in src (Electron 45)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'berkas-en-')), 'report.csv');
    const electronVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version;
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', 'src', '-o', out, '-r', '-v', 'false', '-e', electronVersion], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(0); // it ran and reported (the CSP check is always listed)
    const serious = rows
      .map((line) => line.split(','))
      .map(([issue = '', severity = '', , file = '']) => ({ issue, severity: severity.replace(/"/g, ''), file: file.replace(/"/g, '') }))
      .filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM')
      .filter((f) => !REVIEWED.some((r) => r.issue === f.issue && r.file === f.file));
    expect(serious).toEqual([]);
  }, 200_000);
});
