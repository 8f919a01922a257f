/**
 * What a module or a global API gives the code that reaches it, by category. Used by the rules
 * that flag how a capability is reached (imports, names built at run time), not what it is used
 * for: the specific rules grade each use.
 */
import type { Category } from '../../model/finding';
import { isRequireRef } from '../../js/evaluate';
import type { RefValue } from '../../js/values';
import { rootModule } from './imports';

export interface Capability {
  category: Category;
  /** What the capability lets code do, completing "this file can ...". */
  what: string;
}

const PROCESS: Capability = { category: 'process', what: 'start processes or threads' };
const NETWORK: Capability = { category: 'network', what: 'talk to the network' };
const DYNAMIC: Capability = { category: 'dynamic-code', what: 'run code built at run time' };
const NATIVE: Capability = { category: 'sandbox-escape', what: 'load native code or hook the module loader' };
const SEEDED: Capability = { category: 'randomness', what: 'draw "random" numbers from a seed someone chose' };

const MODULES: Record<string, Capability> = {
  child_process: PROCESS,
  worker_threads: PROCESS,
  cluster: PROCESS,
  execa: PROCESS,
  shelljs: PROCESS,
  'cross-spawn': PROCESS,
  zx: PROCESS,
  tinyexec: PROCESS,
  'nano-spawn': PROCESS,
  'node-pty': PROCESS,
  'child-process-promise': PROCESS,
  'promisify-child-process': PROCESS,
  net: NETWORK,
  tls: NETWORK,
  dgram: NETWORK,
  dns: NETWORK,
  http: NETWORK,
  https: NETWORK,
  http2: NETWORK,
  ws: NETWORK,
  axios: NETWORK,
  got: NETWORK,
  'node-fetch': NETWORK,
  'cross-fetch': NETWORK,
  'isomorphic-fetch': NETWORK,
  undici: NETWORK,
  superagent: NETWORK,
  request: NETWORK,
  needle: NETWORK,
  ky: NETWORK,
  'socket.io-client': NETWORK,
  'basic-ftp': NETWORK,
  ftp: NETWORK,
  ssh2: NETWORK,
  nodemailer: NETWORK,
  vm: DYNAMIC,
  vm2: DYNAMIC,
  'isolated-vm': DYNAMIC,
  'safe-eval': DYNAMIC,
  'node-serialize': DYNAMIC,
  funcster: DYNAMIC,
  'serialize-to-js': DYNAMIC,
  cryo: DYNAMIC,
  module: NATIVE,
  ffi: NATIVE,
  'ffi-napi': NATIVE,
  'ffi-rs': NATIVE,
  koffi: NATIVE,
  'ref-napi': NATIVE,
  bindings: NATIVE,
  'node-gyp-build': NATIVE,
  'bun:ffi': NATIVE,
  inspector: NATIVE,
  seedrandom: SEEDED,
  'seed-random': SEEDED,
  'random-seed': SEEDED,
  'mersenne-twister': SEEDED,
  prando: SEEDED,
  alea: SEEDED,
  'rand-seed': SEEDED,
  'pure-rand': SEEDED,
};

const GLOBALS: Record<string, Capability> = {
  eval: DYNAMIC,
  Function: DYNAMIC,
  AsyncFunction: DYNAMIC,
  setTimeout: DYNAMIC,
  setInterval: DYNAMIC,
  setImmediate: DYNAMIC,
  execScript: DYNAMIC,
  WebAssembly: DYNAMIC,
  importScripts: DYNAMIC,
  fetch: NETWORK,
  XMLHttpRequest: NETWORK,
  WebSocket: NETWORK,
  EventSource: NETWORK,
  'navigator.sendBeacon': NETWORK,
  'process.binding': NATIVE,
  'process._linkedBinding': NATIVE,
  'process.dlopen': NATIVE,
  'process.setuid': NATIVE,
  'process.setgid': NATIVE,
  'process.kill': PROCESS,
  'Math.random': { category: 'randomness', what: 'decide every "random" number the process draws' },
  'crypto.getRandomValues': { category: 'randomness', what: 'decide the random bytes the process draws' },
  'process.env': { category: 'secrets', what: 'read the environment, where keys and tokens live' },
  'Deno.run': PROCESS,
  'Deno.Command': PROCESS,
  'Bun.spawn': PROCESS,
  'Bun.spawnSync': PROCESS,
};

export function moduleCapability(module: string): Capability | undefined {
  return MODULES[module] ?? MODULES[rootModule(module)];
}

/** The capability a ref reaches, if any: a member of a capability module, a sensitive global, or the Function constructor. */
export function refCapability(ref: RefValue): Capability | undefined {
  if (ref.via === 'constructor') {
    return { category: 'sandbox-escape', what: 'compile code through a constructor chain' };
  }
  if (ref.module !== undefined) {
    return moduleCapability(ref.module);
  }
  if (isRequireRef(ref)) {
    return { category: 'dynamic-code', what: 'load modules chosen at run time' };
  }
  if (ref.path.length === 2 && ref.path[1] === 'prototype' && (ref.path[0] === 'Object' || ref.path[0] === 'Function')) {
    // The shared prototype itself (not one of its methods): whatever is written to it, every object sees.
    return { category: 'sandbox-escape', what: 'change every object in the process through the shared prototype' };
  }
  for (let length = ref.path.length; length > 0; length--) {
    const capability = GLOBALS[ref.path.slice(0, length).join('.')];
    if (capability) {
      return capability;
    }
  }
  return undefined;
}
