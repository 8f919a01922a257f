/**
 * The red-team rows Airlock does not catch yet, each with what the engine lacks. A row listed here
 * is still run: its test asserts that the flag is still missing, so a fix that starts catching it
 * fails until the row is taken off this list (and the catch rate in `npm run bench:quality` rises).
 * Nothing here is hidden: the list is the engine's to-do list for evasion.
 */
export const KNOWN_GAPS: Readonly<Record<string, string>> = {};
