/**
 * For ts/global-override: what replacing a global slot means. `Math.random` and `crypto` are
 * left to ts/random-source-patch; `process.env.X = ...` and new application globals are ordinary.
 */
import type { Severity } from '../../model/finding';
import type { RefValue } from '../../js/values';

/** Globals whose replacement changes how every module talks to the network, time, or the language. */
const HIGH_GLOBALS = new Set(
  (
    'fetch XMLHttpRequest WebSocket EventSource Request Response Headers setTimeout setInterval setImmediate ' +
    'clearTimeout clearInterval queueMicrotask Promise JSON Object Array Function eval Reflect Proxy Symbol String ' +
    'Number Boolean RegExp Map Set WeakMap Date require process Buffer URL atob btoa structuredClone TextEncoder ' +
    'TextDecoder importScripts postMessage WebAssembly Intl Atomics localStorage sessionStorage indexedDB navigator'
  ).split(' '),
);

/** Namespaces whose members are the language or platform: `JSON.parse`, `Object.keys`, `Promise.all`. */
const HIGH_NAMESPACES = new Set(
  'JSON Object Array Promise Reflect Function String Number Symbol Buffer Atomics WebAssembly Intl Math URL Proxy'.split(' '),
);

const PROCESS_HIGH = new Set(
  'exit kill abort reallyExit binding _linkedBinding dlopen emit nextTick cwd chdir mainModule setuid setgid'.split(' '),
);
const PROCESS_MEDIUM = new Set('env stdout stderr stdin argv execArgv platform arch version versions emitWarning hrtime'.split(' '));

/** Commonly replaced by test doubles: not flagged in test files. */
export const MOCKED_IN_TESTS: ReadonlySet<string> = new Set(
  (
    'fetch XMLHttpRequest WebSocket EventSource setTimeout setInterval setImmediate clearTimeout clearInterval ' +
    'queueMicrotask console Date performance process navigator localStorage sessionStorage requestAnimationFrame'
  ).split(' '),
);

/** Members of Node's `Module` class that make up the loader. */
const MODULE_HOOKS = new Set(
  '_resolveFilename _load _findPath _nodeModulePaths _extensions wrap wrapper _compile prototype globalPaths _initPaths runMain'.split(' '),
);

export type SlotKind = 'builtin' | 'console' | 'process' | 'time' | 'cache' | 'loader';

export interface Slot {
  kind: SlotKind;
  severity: Severity;
  name: string;
}

function slot(kind: SlotKind, severity: Severity, name: string): Slot {
  return { kind, severity, name };
}

function requireSlot(p: readonly string[], name: string): Slot | undefined {
  if (p.length === 1) {
    return slot('builtin', 'high', name);
  }
  if (p[1] === 'extensions') {
    return slot('loader', 'high', name);
  }
  return p[1] === 'cache' ? slot('cache', 'medium', name) : undefined;
}

function processSlot(p: readonly string[], name: string): Slot | undefined {
  if (p.length === 1 || PROCESS_HIGH.has(p[1])) {
    return slot('process', 'high', name);
  }
  if (p.length === 2 && PROCESS_MEDIUM.has(p[1])) {
    return slot('process', 'medium', name);
  }
  const stream = p[1] === 'stdout' || p[1] === 'stderr';
  return p.length === 3 && stream && p[2] === 'write' ? slot('process', 'medium', name) : undefined;
}

function errorSlot(p: readonly string[], name: string): Slot | undefined {
  if (p.length === 1 || p[1] === 'captureStackTrace') {
    return slot('builtin', 'high', name);
  }
  // `Error.stackTraceLimit = 50` is ordinary; `prepareStackTrace` rewrites every stack trace.
  return p[1] === 'prepareStackTrace' ? slot('builtin', 'medium', name) : undefined;
}

function globalSlot(p: readonly string[], name: string): Slot | undefined {
  switch (p[0]) {
    case 'require':
      return requireSlot(p, name);
    case 'module':
      return p.length === 2 && p[1] === 'require' ? slot('loader', 'high', name) : undefined;
    case 'console':
      return p.length <= 2 ? slot('console', 'medium', name) : undefined;
    case 'process':
      return processSlot(p, name);
    case 'Error':
      return errorSlot(p, name);
    case 'crypto':
      return undefined;
    case 'Math':
      return p.length === 2 && p[1] !== 'random' ? slot('builtin', 'high', name) : undefined;
    case 'Date':
    case 'performance':
      if (p.length === 2 && p[1] === 'now') {
        return slot('time', 'medium', name);
      }
      break;
    default:
      break;
  }
  if (p.length === 1) {
    return HIGH_GLOBALS.has(p[0]) ? slot('builtin', 'high', name) : undefined;
  }
  return p.length === 2 && HIGH_NAMESPACES.has(p[0]) && p[1] !== 'prototype' ? slot('builtin', 'high', name) : undefined;
}

/** What replacing a slot (a global path, or a member of Node's `Module`) means, or undefined when it is ordinary. */
export function slotKind(ref: RefValue): Slot | undefined {
  const p = ref.path;
  const name = p.join('.').replace(/\.\*/g, '[...]');
  if (ref.module === 'module') {
    // `import { Module } from 'module'` and `mod.default` are the module itself.
    const hook = p[0] === 'Module' || p[0] === 'default' ? p.slice(1) : p;
    const hookName = hook.join('.').replace(/\.\*/g, '[...]');
    return hook.length > 0 && MODULE_HOOKS.has(hook[0]) ? slot('loader', 'high', `Module.${hookName}`) : undefined;
  }
  return ref.module === undefined && p.length > 0 ? globalSlot(p, name) : undefined;
}
