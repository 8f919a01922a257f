/**
 * The red-team rows Airlock does not catch yet, each with what the engine lacks. A row listed here
 * is still run: its test asserts that the flag is still missing, so a fix that starts catching it
 * fails until the row is taken off this list (and the catch rate in `npm run bench:quality` rises).
 * Nothing here is hidden: the list is the engine's to-do list for evasion.
 */
export const KNOWN_GAPS: Readonly<Record<string, string>> = {
  // Rows of `fresh-1129.ts`, written by an author who had not read the rules: 24 of 40 were caught
  // at first look, 32 after the engine work of that session, 37 after the next, 38 after the one
  // after; these are the rest.
  // JS/TS
  'npmrc token read through a Proxy that maps property names to home paths':
    'a Proxy `get` trap that turns property names into file paths is not followed to the read it makes',
  'execSync registered as an event listener in one file and fired from another':
    'listeners registered on an EventEmitter are not linked to where the event is emitted, across files',
};
