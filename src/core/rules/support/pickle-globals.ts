/**
 * What a pickle stream would call when it is loaded, read without loading it: the functions its
 * `GLOBAL`/`INST` (protocols 0 and 1, `cos\nsystem\n`) and `STACK_GLOBAL` (protocols 2 to 5, two
 * short strings then `\x93`) opcodes name, with the first string argument pushed after each. The
 * text is the stream as a string of byte values (how the evaluator folds a bytes literal).
 */
import type { Category } from '../../model/finding';

export interface PickleCall {
  /** `os.system`, `builtins.eval`. */
  name: string;
  /** The first string the stream pushes after naming it (usually the argument), if any. */
  argument?: string;
  category: Category;
}

const IDENTIFIER = /^[A-Za-z_][\w.]*$/;

/** Longest stream read. */
const MAX_LENGTH = 1 << 20;
const MAX_CALLS = 16;

/** Protocol 0/1 `c`/`i` opcodes: module and name on two lines. */
const TEXT_GLOBAL = /(?:^|[\n(.)tRb0-9]|\x80[\x00-\x05])[ci]([A-Za-z_][\w.]*)\n([A-Za-z_][\w.]*)\n/g;
/** Strings an old-protocol stream pushes: `S'...'`, `S"..."`, `V...\n`. */
const TEXT_STRING = /S'((?:[^'\\\n]|\\.)*)'\n|S"((?:[^"\\\n]|\\.)*)"\n|V([^\n]*)\n/g;
/** Module aliases a pickle can use for the same functions. */
const ALIASES: Record<string, string> = { posix: 'os', nt: 'os', __builtin__: 'builtins', __builtins__: 'builtins' };

const PROCESS = /^(os\.(system|popen|exec\w*|spawn\w*|posix_spawn\w*)|subprocess\.\w+|commands\.\w+|pty\.spawn|platform\.popen)$/;
const CODE = /^(builtins\.(eval|exec|compile|__import__|getattr|open)|importlib\.import_module|runpy\.\w+|code\.\w+|ctypes\.\w+)$/;
const NETWORK = /^(socket|urllib(\.request)?|http\.client|requests|webbrowser|smtplib|ftplib)\.\w+/;
const FILES = /^(shutil\.\w+|os\.(remove|unlink|rmdir|removedirs|rename|chmod|chown|symlink)|pathlib\.\w+)$/;

/** What a named function does, when it is one a data pickle has no reason to call (classes that rebuild data are not). */
function categoryOf(name: string): Category | undefined {
  if (PROCESS.test(name)) {
    return 'process';
  }
  if (NETWORK.test(name)) {
    return 'network';
  }
  if (FILES.test(name)) {
    return 'filesystem';
  }
  return CODE.test(name) ? 'dynamic-code' : undefined;
}

function qualified(module: string, name: string): string {
  const head = module.split('.')[0];
  const mapped = ALIASES[head] ? ALIASES[head] + module.slice(head.length) : module;
  return `${mapped}.${name}`;
}

/** The first string pushed in `text` (old or new protocol), clipped. */
function firstString(text: string): string | undefined {
  TEXT_STRING.lastIndex = 0;
  const old = TEXT_STRING.exec(text);
  const short = /\x8c([\s\S])/.exec(text);
  const shortValue = short ? text.slice((short.index ?? 0) + 2, (short.index ?? 0) + 2 + short[1].charCodeAt(0)) : undefined;
  const oldAt = old ? old.index : Infinity;
  const shortAt = short ? short.index : Infinity;
  const value = oldAt <= shortAt ? (old?.[1] ?? old?.[2] ?? old?.[3]) : shortValue;
  return value === undefined ? undefined : value.length > 120 ? `${value.slice(0, 117)}...` : value;
}

/** The dangerous calls a pickle stream makes on load; empty when the text does not look like a pickle. */
export function pickleCalls(data: string): PickleCall[] {
  if (data.length < 8 || data.length > MAX_LENGTH || !/[.]$/.test(data)) {
    return [];
  }
  const out: PickleCall[] = [];
  TEXT_GLOBAL.lastIndex = 0;
  for (let m = TEXT_GLOBAL.exec(data); m && out.length < MAX_CALLS; m = TEXT_GLOBAL.exec(data)) {
    const name = qualified(m[1], m[2]);
    const category = categoryOf(name);
    if (category) {
      out.push({ name, argument: firstString(data.slice(m.index + m[0].length)), category });
    }
  }
  // Protocol 2+: SHORT_BINUNICODE module, (MEMOIZE), SHORT_BINUNICODE name, (MEMOIZE), STACK_GLOBAL.
  const shortString = /\x8c([\s\S])/g;
  const pushed: { value: string; end: number }[] = [];
  for (let m = shortString.exec(data); m && out.length < MAX_CALLS; m = shortString.exec(data)) {
    const start = m.index + 2;
    const end = start + m[1].charCodeAt(0);
    if (end > data.length) {
      break;
    }
    pushed.push({ value: data.slice(start, end), end });
    shortString.lastIndex = end;
    const [module, name] = pushed.slice(-2);
    if (pushed.length >= 2 && /^\x94?\x93/.test(data.slice(end, end + 2)) && IDENTIFIER.test(module.value) && IDENTIFIER.test(name.value)) {
      const qname = qualified(module.value, name.value);
      const category = categoryOf(qname);
      if (category) {
        out.push({ name: qname, argument: firstString(data.slice(end)), category });
      }
    }
  }
  return out;
}
