/**
 * Objects that contain themselves must not overflow or hang name resolution: spreads of the
 * object being defined, Object.assign cycles, a Proxy returning itself, maps of themselves,
 * nested `with`, getters and static fields defined by each other, generators yielding themselves,
 * and long chains of each. Every rule must still run (no internal-error finding).
 */
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/engine/analyze';
import { RULES } from '../../src/core/rules/index';

const CASES: Record<string, string> = {
  'an object spread into itself': 'const a = { ...a, x: eval }; a.x(s); let b = {}; b = { ...b, ...b }; b.y(s);',
  'Object.assign cycles': 'const a = {}; Object.assign(a, a, b); const b = Object.assign({}, a); a.q(s); b.q(s);',
  'a Proxy that returns itself':
    'const p = new Proxy({}, { get: () => p }); p.a.b.c.d(s); const q = new Proxy(q, { get(t, k) { return q[k]; } }); q.x(s);',
  'a Map holding itself': 'const m = new Map(); m.set("a", m); m.get("a").get("a").get("a")(s); m.set(k, m.get(k));',
  'nested with blocks on each other': 'with (a) { with (b) { with (a) { x(s); } } } var a = { x: eval }, b = a;',
  'a symbol-keyed object holding itself': 'const S = Symbol(); const o = { [S]: o }; o[S][S][S](s);',
  'a getter returning itself': 'const o = {}; Object.defineProperty(o, "g", { get() { return o.g; } }); o.g(s);',
  'static fields defined by each other': 'class A { static x = A.y; static y = A.x; static get z() { return A.z; } } A.x(s); A.z(s);',
  'a generator yielding itself': 'function* g() { yield* g(); yield g; } for (const f of g()) f(s);',
  '2,000 objects each spreading the previous one': `${Array.from({ length: 2000 }, (_, i) => `const o${i} = { ...o${Math.max(i - 1, 0)}, k${i}: 1 };`).join('\n')}\no1999.k0(s);`,
  'globals defined by each other': 'globalThis.a = globalThis.b; globalThis.b = globalThis.a; a(s);',
};

describe('adversarial: objects that contain themselves', () => {
  for (const [name, code] of Object.entries(CASES)) {
    it(name, () => {
      const result = analyzeText('src/a.js', code, { rules: RULES, mode: 'scan' });
      assert.deepEqual(
        result.findings.filter((f) => f.ruleId.startsWith('airlock/')).map((f) => f.message),
        [],
      );
    });
  }

  it('still sees the capability an object spread into itself holds', () => {
    const result = analyzeText('src/a.js', 'const a = { ...a, x: eval };\na.x(s);\n', { rules: RULES, mode: 'scan' });
    assert.ok(result.findings.some((f) => f.ruleId === 'ts/eval' && f.line === 2));
  });
});
