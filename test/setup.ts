/** Mocha root hooks: the Python parser is WebAssembly loaded asynchronously, once for the whole run. */
import { loadPythonParser } from '../src/node/python';

export const mochaHooks = {
  async beforeAll(): Promise<void> {
    await loadPythonParser();
  },
};
