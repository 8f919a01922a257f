/**
 * The red-team rows Airlock does not catch yet, each with what the engine lacks. A row listed here
 * is still run: its test asserts that the flag is still missing, so a fix that starts catching it
 * fails until the row is taken off this list (and the catch rate in `npm run bench:quality` rises).
 * Nothing here is hidden: the list is the engine's to-do list for evasion.
 */
export const KNOWN_GAPS: Readonly<Record<string, string>> = {
  // Rows of `fresh-1129.ts`, written by an author who had not read the rules: 24 of 40 were caught
  // at first look, 32 after the engine work of that session; these are the rest.
  // JS/TS
  'npmrc token read through a Proxy that maps property names to home paths':
    'a Proxy `get` trap that turns property names into file paths is not followed to the read it makes',
  'spawn taken from process.getBuiltinModule in a destructuring default':
    'a JS helper’s parameter is not followed into its return value (`builtin(id)` returning `process.getBuiltinModule("node:" + id)`)',
  'execSync registered as an event listener in one file and fired from another':
    'listeners registered on an EventEmitter are not linked to where the event is emitted, across files',
  // Python
  'functools.partial of subprocess.run with shell=True in a dispatch dict':
    'a call that hands a constant command to a wrapper of a process sink is not flagged at the call (the sink in the wrapper is)',
  'operator.methodcaller write_text applied to authorized_keys path': '`operator.methodcaller` is not followed to the method it calls',
  'class __getattr__ forwarding every attribute to subprocess': 'a class `__getattr__` that forwards to a module is not followed',
  'Popen captured as a lambda default argument':
    'a call that hands a constant command to a wrapper of a process sink is not flagged at the call (the sink in the wrapper is)',
  'protocol 0 pickle bytes literal that reduces to os.system':
    'pickle opcodes in a bytes literal are not decoded (the `pickle.loads` call is flagged as unsafe deserialization)',
};
