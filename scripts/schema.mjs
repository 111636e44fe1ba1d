// Writes docs/import-format.schema.json, the JSON Schema of the exchange file (`berkas import`,
// `berkas export-json`), generated from the zod schemas so the document cannot say something the
// code does not check. Run it after changing src/shared/domain/*.ts: `node scripts/schema.mjs`.
// src/shared/domain/exchange.test.ts fails while the committed file differs from what this writes.
//
// The TypeScript sources are bundled with esbuild (as scripts/build-node.mjs does) into a module
// that keeps zod external, so the schemas and `z` below are the same zod instance.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

const root = new URL('..', import.meta.url);
const outDir = mkdtempSync(join(tmpdir(), 'berkas-schema-'));
const outfile = join(outDir, 'exchange.mjs');
try {
  await build({
    entryPoints: [new URL('src/shared/domain/exchange.ts', root).pathname],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Resolved from this project's node_modules, not from the temp folder the bundle lands in.
    plugins: [{ name: 'zod-here', setup: (b) => b.onResolve({ filter: /^zod$/ }, () => ({ path: import.meta.resolve('zod'), external: true })) }],
    logLevel: 'warning',
  });
  const { ExchangeFile } = await import(pathToFileURL(outfile).href);
  // io 'input': the file as a person or program writes it (defaults may be left out), not as the
  // core holds it after parsing. Checks JSON Schema cannot express (calendar dates, Roman months)
  // become plain strings; the import still applies them.
  const schema = z.toJSONSchema(ExchangeFile, { io: 'input', unrepresentable: 'any' });
  const target = new URL('docs/import-format.schema.json', root);
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${target.pathname}`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
