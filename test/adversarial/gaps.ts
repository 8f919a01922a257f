/**
 * The red-team rows Airlock does not catch yet, each with what the engine lacks. A row listed here
 * is still run: its test asserts that the flag is still missing, so a fix that starts catching it
 * fails until the row is taken off this list (and the catch rate in `npm run bench:quality` rises).
 * Nothing here is hidden: the list is the engine's to-do list for evasion.
 */
export const KNOWN_GAPS: Readonly<Record<string, string>> = {
  // JS/TS: folding
  'spread of a reversed string joined into a module name': 'spreading a string into an array (`[...s]`) is not folded',
  'static class field holds the joined Function name': '`Class.staticField` does not resolve to its initializer',
  'spread char code array for the module name':
    '`String.fromCharCode(...CODES)` folds only an inline array literal, not a constant holding one',
  // JS/TS: indirection
  'eval copied into an api object by object spread': 'object spread (`{ ...tools }`) is not followed into the new object',
  'Function constructor merged into a toolkit with Object.assign': '`Object.assign` results are not modelled',
  'execSync stored in a Map under a constant key and fetched back': '`Map.set`/`Map.get` with constant keys are not tracked',
  'eval stored under a Symbol key and called through it': 'computed keys holding a `const` Symbol are not resolved',
  'eval defined onto an object with Object.defineProperty': "`Object.defineProperty`'s `value:` is not treated as a property write",
  'spawn built into an object with Object.fromEntries': '`Object.fromEntries` of constant pairs is not modelled',
  'execSync held in a static class field': '`Class.member` does not resolve to a static field initializer',
  'eval held in a private instance field': '`this.#field` does not resolve to the field initializer',
  'static class getter returning the Function constructor': 'class getters are not evaluated (object-literal getters are)',
  'closure factory returns a command runner that is called later':
    'a closure returned by a factory is not followed to its later call with run-time data (the sink inside is flagged)',
  'Function.prototype.bind.call binds eval into a new name':
    '`bind.call(eval, ...)` is not treated like `eval.bind(...)` (eval passed as a value is flagged)',
  'Proxy get trap returns eval for every property': 'what a `Proxy` get trap returns is not modelled',
  'Proxy get trap forwards property reads to child_process':
    'what a `Proxy` get trap returns is not modelled (the computed read is flagged)',
  'with statement puts child_process members in scope as bare names': 'names inside `with (obj)` are not resolved against `obj`',
  'eval parked on globalThis in one file and called as a bare global in another':
    'writes to the global object are not linked across the files of a change',
  'helper module exports a shell wrapper and a sibling passes user input':
    'wrapper functions are not linked across files (re-exported capabilities are); the sink in the helper is flagged',
  'async generator yields eval and the consumer calls what it gets': '`yield` and `for await` values are not followed',
  'promise resolves with exec and the then callback calls it':
    'values are not followed through `Promise.resolve(x).then(cb)` into the callback',
  // JS/TS: hiding places
  'Function body assembled from an array of code lines': 'a code string joined from an array of lines is not analyzed as code',
  'JSON hooks file holds code that a loader passes to eval':
    'data files read at run time are not linked to the `eval` that runs them (the eval is flagged)',
  'YAML task file holds a script string compiled with the Function constructor':
    'data files read at run time are not linked to the `Function` that compiles them',
  'locale message with a template placeholder that runs a command': 'data files compiled as templates are not analyzed as code',
  'data file with a harmless extension compiled by module._compile':
    'a file passed to `module._compile` is not analyzed as JavaScript (the call is flagged)',
  'require.extensions hook for .txt then a .txt file holding JavaScript':
    'files required under a non-JS extension are not parsed as JavaScript (the hook is flagged)',
  'require of a .tpl file that Node loads as JavaScript': 'a `require`d file with an unknown extension is not parsed as JavaScript',
  'base64 blob decoded to a temp file and required':
    'a decoded blob written to disk is not analyzed as code (the decode and the require are flagged)',
  'generated module written from a string and imported back': 'a string written to a `.js`/`.mjs` file is not analyzed as code',
  'inline script in an HTML page evaluates a base64 payload': '`<script>` blocks in `.html` files are not analyzed',
  'code kept in a block comment and pulled out with Function.prototype.toString':
    'comment text read through `fn.toString()` is not analyzed as code (the eval is flagged)',
  'Vue single-file component script block spawns a process on the server': '`.vue` script blocks are not analyzed',
  'husky pre-commit hook pipes a download into sh on every commit': 'shell scripts and git hooks are not analyzed',
  // Python
  'operator.attrgetter fetches os.system': '`operator.attrgetter(name)(obj)` is not modelled',
  'subprocess fetched through a dict of module names': 'a function return value does not follow the call site’s arguments',
  'globals().update injects a name bound to os.system': '`globals().update(name=...)` is not treated as binding a name',
  'conftest makereport hook forces the outcome with setattr and a split attribute name':
    '`setattr(report, "outcome", ...)` is not recognized as forcing a test outcome',
  'extra index url moved into a nested requirements file under deps/':
    'requirement files outside the usual names are not recognized, and `-r` includes are not followed',
  'YAML config holds code that a loader execs at run time':
    'data files read at run time are not linked to the `exec` that runs them (the exec is flagged)',
  'noxfile session.run pipes a download into bash': "nox's `session.run` is not known as a process API",
  // Text
  'Cyrillic i in a curl host inside README install instructions':
    'homoglyphs in prose, URLs and host names inside text files are not detected (identifiers are)',
};
