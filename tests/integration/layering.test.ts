// The layers of DESIGN.md §1 are enforced by lint rules, not by memory: an import that crosses a
// line fails `npm run lint`.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

const eslint = new ESLint({ cwd: ROOT });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering', () => {
  it('core may not import electron or react', async () => {
    expect(await restrictedImports('src/core/services/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await restrictedImports('src/core/services/x.ts', "import { useState } from 'react';\nexport const a = useState;\n")).toHaveLength(1);
  });

  it('shared may not import Node modules or the core', async () => {
    expect(await restrictedImports('src/shared/domain/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toHaveLength(1);
    expect(await restrictedImports('src/shared/domain/x.ts', "import { sql } from '../../core/store/db';\nexport const a = sql;\n")).toHaveLength(1);
  });

  it('the renderer reaches the core only through the IPC contract', async () => {
    expect(await restrictedImports('src/renderer/src/x.ts', "import { openCaseFile } from '../../core/store/open';\nexport const a = openCaseFile;\n")).toHaveLength(1);
    expect(await restrictedImports('src/renderer/src/x.ts', "import { join } from 'node:path';\nexport const a = join;\n")).toHaveLength(1);
    expect(await restrictedImports('src/renderer/src/x.ts', "import { AppError } from '../../shared/errors';\nexport const a = AppError;\n")).toEqual([]);
  });
});
