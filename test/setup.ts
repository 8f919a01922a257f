/**
 * Mocha root hooks: the Python parser is WebAssembly loaded asynchronously, once for the whole run.
 * Caches (findings, critiques, the CLI's V8 code cache) go to a temporary folder, never the user's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadPythonParser } from '../src/node/python';

const cacheHome = mkdtempSync(path.join(os.tmpdir(), 'airlock-test-xdg-cache-'));
process.env.XDG_CACHE_HOME = cacheHome;
process.on('exit', () => rmSync(cacheHome, { recursive: true, force: true }));

export const mochaHooks = {
  async beforeAll(): Promise<void> {
    await loadPythonParser();
  },
};
