import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering of DESIGN.md is only real if lint refuses violations. Each case lints a one-line
// file as if it sat at the given path and asserts which import rule fires.
const root = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering enforced by lint', () => {
  it('keeps shared/ free of our other layers and of any platform', async () => {
    expect(await importErrors('shared/x.ts', "import '../electron/log';")).toHaveLength(1);
    expect(await importErrors('shared/x.ts', "import '../renderer/app';")).toHaveLength(1);
    expect(await importErrors('shared/x.ts', "import 'node:fs';")).toHaveLength(1);
    expect(await importErrors('shared/x.ts', "import 'electron';")).toHaveLength(1);
    expect(await importErrors('shared/x.ts', "import 'react';")).toHaveLength(1);
    expect(await importErrors('shared/x.ts', "import { z } from 'zod';")).toEqual([]);
  });

  it('lets renderer/ import only shared/', async () => {
    expect(await importErrors('renderer/x.ts', "import '../electron/log';")).toHaveLength(1);
    expect(await importErrors('renderer/x.ts', "import 'electron';")).toHaveLength(1);
    expect(await importErrors('renderer/x.ts', "import 'node:path';")).toHaveLength(1);
    expect(await importErrors('renderer/x.ts', "import '../shared/index';")).toEqual([]);
  });

  it('never lets electron/ import renderer/', async () => {
    expect(await importErrors('electron/services/x.ts', "import '../../renderer/app';")).toHaveLength(1);
    expect(await importErrors('electron/main.ts', "import '../renderer/app';")).toHaveLength(1);
  });

  it('lets only main, preload and *-electron adapters load electron, types excepted', async () => {
    expect(await importErrors('electron/services/x.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(await importErrors('electron/services/x.ts', "import type { App } from 'electron';")).toEqual([]);
    expect(await importErrors('electron/main.ts', "import { app } from 'electron';")).toEqual([]);
    expect(await importErrors('electron/preload.ts', "import { ipcRenderer } from 'electron';")).toEqual([]);
    expect(await importErrors('electron/vault/keychain-electron.ts', "import { app } from 'electron';")).toEqual([]);
  });
});
