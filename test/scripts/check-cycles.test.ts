import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ENTRIES, valueImportCycles } from '../../scripts/check-cycles';
import { ROOT } from '../helpers/local-server';

/** Writes modules into a fresh folder: `{name: source}`. */
function modules(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'spring-cycles-'));
  for (const [name, source] of Object.entries(files)) writeFileSync(path.join(dir, name), source);
  return dir;
}

describe('the import-cycle check of npm run lint', () => {
  it('finds a cycle of value imports', async () => {
    const dir = modules({
      'a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });

    expect(await valueImportCycles(['a.ts'], dir)).toEqual([['a.ts', 'b.ts']]);
  });

  it('allows a cycle made only of type imports', async () => {
    const dir = modules({
      'c.ts': "import type { D } from './d';\nexport type C = { d?: D };\nexport const c = 1;\n",
      'd.ts': "import type { C } from './c';\nexport type D = { c?: C };\nexport const d = 2;\n",
    });

    expect(await valueImportCycles(['c.ts'], dir)).toEqual([]);
  });

  it('finds none in the project', async () => {
    expect(await valueImportCycles(ENTRIES, ROOT)).toEqual([]);
  });
});
