/**
 * The `airlock` bin: a small launcher for the CLI bundle (`cli-main.js`, next to it). Compiling
 * the 5 MB bundle is most of a short run's start-up, so the launcher keeps V8's code cache for it
 * in the user's cache directory (`airlock/v8`), never in a workspace. V8 checks cached data
 * against the source and its own version and flags, and rejects what does not match; a missing,
 * stale or corrupt cache only costs the compile it would have saved. Any failure of the cache
 * path falls back to a plain `require`.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { makeDirsSync, userCacheDir } from '../node/cache-dir';

const MAIN = path.join(__dirname, 'cli-main.js');

interface NodeModule {
  exports: unknown;
  filename: string;
  paths: string[];
  loaded: boolean;
  require(id: string): unknown;
}
type ModuleClass = typeof Module & {
  new (id: string, parent?: unknown): NodeModule;
  wrap(source: string): string;
  _nodeModulePaths(dir: string): string[];
  _resolveFilename(request: string, parent: unknown): string;
};

/** The cache file for this bundle and this Node: a rebuilt bundle or another Node gets a new one. */
function cacheFile(): string {
  const stat = statSync(MAIN);
  const key = `${process.version}-${process.arch}-${stat.size}-${Math.round(stat.mtimeMs)}`;
  return path.join(userCacheDir(process.env, 'v8'), `cli-main-${key}.bin`);
}

/** Compiles the bundle with the cached code, or undefined when that cannot be done here. */
function compileCached(): (() => void) | undefined {
  let file: string;
  let script: vm.Script;
  let cachedData: Buffer | undefined;
  try {
    file = cacheFile();
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    script = new vm.Script((Module as ModuleClass).wrap(readFileSync(MAIN, 'utf8')), {
      filename: MAIN,
      cachedData,
      // The tree-sitter runtime imports two Node built-ins dynamically.
      importModuleDynamically: ((specifier: string) => import(specifier)) as unknown as vm.ScriptOptions['importModuleDynamically'],
    });
  } catch {
    return undefined;
  }
  if (cachedData === undefined || script.cachedDataRejected === true) {
    // Written at exit, so the cache also holds the functions this run compiled lazily.
    process.once('exit', () => {
      try {
        makeDirsSync(path.dirname(file));
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
        renameSync(temp, file);
      } catch {
        /* a cache that cannot be written is only slower next time */
      }
    });
  }
  return () => {
    const ModuleCtor = Module as ModuleClass;
    const mod = new ModuleCtor(MAIN, module);
    mod.filename = MAIN;
    mod.paths = ModuleCtor._nodeModulePaths(__dirname);
    const requireFromMain = Object.assign((id: string) => mod.require(id), {
      resolve: (request: string) => ModuleCtor._resolveFilename(request, mod),
      cache: require.cache,
      main: require.main,
    });
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    // The bundle's `__filename` is this launcher: installed git hooks call the bin by that path.
    run.call(mod.exports, mod.exports, requireFromMain, mod, __filename, __dirname);
    mod.loaded = true;
  };
}

const launch = compileCached();
if (launch) {
  launch();
} else {
  module.require(MAIN);
}
