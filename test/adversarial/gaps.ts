/**
 * The red-team rows Airlock does not catch yet, each with what the engine lacks. A row listed here
 * is still run: its test asserts that the flag is still missing, so a fix that starts catching it
 * fails until the row is taken off this list (and the catch rate in `npm run bench:quality` rises).
 * Nothing here is hidden: the list is the engine's to-do list for evasion.
 */
export const KNOWN_GAPS: Readonly<Record<string, string>> = {
  // JS/TS: indirection
  'closure factory returns a command runner that is called later':
    'a closure returned by a factory is not followed to its later call with run-time data (the sink inside is flagged)',
  'helper module exports a shell wrapper and a sibling passes user input':
    'wrapper functions are not linked across files (re-exported capabilities are); the sink in the helper is flagged',
  // JS/TS: hiding places
  'base64 blob decoded to a temp file and required':
    'a decoded blob written to disk is not analyzed as code (the decode and the require are flagged)',
  'generated module written from a string and imported back': 'a string written to a `.js`/`.mjs` file is not analyzed as code',
  'code kept in a block comment and pulled out with Function.prototype.toString':
    'comment text read through `fn.toString()` is not analyzed as code (the eval is flagged)',
  // Python
  'subprocess fetched through a dict of module names': 'a function return value does not follow the call site’s arguments',
};
