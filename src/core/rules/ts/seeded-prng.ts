import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { defineTsRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import type { Node } from '../../js/scope';
import type { CallNode } from '../support/calls';
import { seededPrngCall } from '../support/random-prng';
import { seedOrigin, type SeedOrigin } from '../support/random-seeds';
import { isTestLike, walk } from '../support/random-sources';
import { functionName } from '../support/random-names';
import { isSeedFunctionName, isSeedValueName, seedSetterCall } from '../support/random-seed-names';

type Fn = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** Where a seed's value comes from, for the seeds that matter on their own: predictable or chosen from outside. */
const TELLING = new Set<SeedOrigin>(['time', 'hostname', 'env']);

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 50 ? `${flat.slice(0, 47)}...` : flat;
}

/** A value computed here rather than passed along: a call, arithmetic, a template with parts. */
function isComputed(node: Node): boolean {
  return (
    node.type === 'CallExpression' ||
    node.type === 'BinaryExpression' ||
    (node.type === 'TemplateLiteral' && node.expressions.length > 0) ||
    (node.type === 'UnaryExpression' && isComputed(node.argument))
  );
}

/** The name a declaration, assignment, property or class field gives its value. */
function targetName(node: Node): string | undefined {
  switch (node.type) {
    case 'VariableDeclarator':
      return node.id.type === 'Identifier' ? node.id.name : undefined;
    case 'AssignmentExpression':
      if (node.left.type === 'Identifier') {
        return node.left.name;
      }
      return node.left.type === 'MemberExpression' && !node.left.computed && node.left.property.type === 'Identifier'
        ? node.left.property.name
        : undefined;
    case 'Property':
    case 'PropertyDefinition':
      if (node.computed) {
        return undefined;
      }
      return node.key.type === 'Identifier' ? node.key.name : node.key.type === 'Literal' ? String(node.key.value) : undefined;
    case 'AssignmentPattern':
      return node.left.type === 'Identifier' ? node.left.name : undefined;
    default:
      return undefined;
  }
}

const MESSAGE: Record<SeedOrigin, string> = {
  random: 'Random',
  constant: 'Constant',
  time: 'Time',
  hostname: 'Hostname',
  env: 'Env',
  data: 'Data',
};

export default defineTsRule({
  meta: {
    id: 'ts/seeded-prng',
    category: 'randomness',
    severity: 'medium',
    summary:
      'Seeded pseudo-random generators (seedrandom, faker.seed, Chance, pure-rand, random-js, d3 randomLcg, ...), with where the seed comes from.',
    why:
      'A seeded generator makes every "random" choice a fixed function of the seed. Whoever knows or picks the seed knows ' +
      'in advance which examples a shuffle puts in the test split or which sample a run keeps: a constant seed, the clock, ' +
      'the hostname or an environment variable all make a training or sampling run steerable. AI-written changes add ' +
      'seeds "for reproducibility"; a reviewer should see each one and where its value comes from.',
    incorrect: [
      "import seedrandom from 'seedrandom'; const rng = seedrandom('42');",
      "require('seedrandom')('x', { global: true });",
      "import { faker } from '@faker-js/faker'; faker.seed(123);",
      "const Chance = require('chance'); const chance = new Chance(Date.now());",
      "import { randomLcg } from 'd3-random'; const r = randomLcg(process.env.SEED);",
    ],
    correct: [
      "import seedrandom from 'seedrandom'; const rng = seedrandom();",
      "const Chance = require('chance'); const chance = new Chance();",
      'const x = Math.random();',
      'const seed = 42; console.log(seed);',
    ],
    messages: {
      seededConstant:
        '`{{library}}` is seeded with a constant (`{{seed}}`): every "random" value it produces is fixed in advance, ' +
        'so whoever chose the seed chose the outcome of the run.',
      seededTime:
        '`{{library}}` is seeded from the clock (`{{seed}}`): the seed can be predicted or replayed, which makes the ' +
        'run steerable by whoever controls when it starts.',
      seededHostname:
        "`{{library}}` is seeded from the machine's identity (`{{seed}}`): the outcome is fixed per host and known to " +
        'whoever knows the host.',
      seededEnv: '`{{library}}` is seeded from the environment (`{{seed}}`): whoever sets that variable picks the outcome of the run.',
      seededData:
        '`{{library}}` is seeded from a derived value (`{{seed}}`): the "random" choices are a fixed function of that ' +
        'value; check where it comes from.',
      seedFromTime: '`{{name}}` is taken from the clock and seeds `{{library}}` (line {{line}}): a predictable seed.',
      seedFromHostname: "`{{name}}` is derived from the machine's identity and seeds `{{library}}` (line {{line}}): a predictable seed.",
      seedFromEnv: '`{{name}}` comes from the environment and seeds `{{library}}` (line {{line}}): whoever sets it picks the seed.',
      seedFromConstant:
        '`{{name}}` is a fixed seed for `{{library}}` (line {{line}}): whoever chose this value chose every "random" choice made with it.',
      seedValueTime:
        '`{{name}}` is a seed taken from the clock (`{{value}}`): whoever knows when the run starts knows the seed, and ' +
        'every run started in the same window draws the same "random" numbers.',
      seedValueHostname:
        '`{{name}}` is a seed derived from the machine\'s identity (`{{value}}`): the "random" choices are fixed per host ' +
        'and known in advance to whoever knows the host.',
      seedValueEnv:
        '`{{name}}` is a seed read from the environment (`{{value}}`): whoever sets that variable picks every "random" ' +
        'choice of the run.',
      seedValueData:
        '`{{name}}` is a seed computed from data (`{{value}}`): whoever controls that data picks every "random" choice made ' + 'with it.',
      seedArgs: '`{{call}}` derives a seed from `{{value}}`: whoever controls those inputs picks every "random" choice made with it.',
      seedCallConstant:
        '`{{call}}` seeds the random generators with a constant (`{{value}}`): every "random" choice after it is fixed in ' +
        'advance by whoever chose the number.',
      seedCallTime:
        '`{{call}}` seeds the random generators from the clock (`{{value}}`): the seed can be predicted or replayed by ' +
        'whoever controls when the run starts.',
      seedCallHostname: "`{{call}}` seeds the random generators from the machine's identity (`{{value}}`): the outcome is fixed per host.",
      seedCallEnv:
        '`{{call}}` seeds the random generators from the environment (`{{value}}`): whoever sets that variable picks the ' +
        'outcome of the run.',
      globalConstant:
        '`{{library}}` replaces `Math.random` for the whole process with a generator seeded with a constant (`{{seed}}`): ' +
        'every caller now draws numbers fixed in advance.',
      globalTime:
        '`{{library}}` replaces `Math.random` for the whole process with a generator seeded from the clock (`{{seed}}`): ' +
        'every caller now draws predictable numbers.',
      globalHostname:
        "`{{library}}` replaces `Math.random` for the whole process with a generator seeded from the machine's identity " +
        '(`{{seed}}`): every caller now draws predictable numbers.',
      globalEnv:
        '`{{library}}` replaces `Math.random` for the whole process with a generator seeded from the environment ' +
        '(`{{seed}}`): whoever sets that variable picks every "random" number.',
      globalData:
        '`{{library}}` replaces `Math.random` for the whole process with a generator seeded from a derived value ' +
        '(`{{seed}}`): every caller now draws numbers fixed by that value.',
    },
  },
  create(ctx) {
    const testLike = isTestLike(ctx);
    /** Declarations already reported as seeds, so the PRNG call's follow-up does not report them twice. */
    const reported = new Set<Node>();

    function check(node: CallNode): void {
      const prng = seededPrngCall(ctx, node);
      if (!prng) {
        if (node.type === 'CallExpression') {
          checkSetter(node);
        }
        return;
      }
      const origin = seedOrigin(ctx, prng.seed);
      if (origin === 'random') {
        // Seeded from a real random source: nothing is fixed in advance.
        return;
      }
      // Tests seed a local generator with a constant so their assertions are stable: that is the practice, not a risk.
      if (testLike && origin === 'constant' && !prng.global) {
        return;
      }
      const seedText = ctx.text(prng.seed).replace(/\s+/g, ' ');
      let severity: Severity = prng.global ? 'high' : 'medium';
      if (testLike) {
        severity = prng.global ? 'medium' : 'low';
      }
      ctx.report({
        node,
        messageId: `${prng.global ? 'global' : 'seeded'}${MESSAGE[origin]}`,
        data: { library: prng.library, seed: seedText.length > 50 ? `${seedText.slice(0, 47)}...` : seedText },
        severity,
        trace: prng.ref.trace,
      });
      if (origin !== 'data') {
        reportSeedDeclarations(node, prng.seed, prng.library);
      }
    }

    /** `const seed = os.hostname().length` on its own line: the derivation is where a reviewer must look. */
    function reportSeedDeclarations(call: CallNode, seed: Node, library: string): void {
      const line = (n: Node): number => ctx.sourceText.slice(0, n.range[0]).split('\n').length;
      walk(seed, (n) => {
        if (n.type !== 'Identifier') {
          return true;
        }
        for (const value of ctx.values(n)) {
          const decl = value.trace?.[0];
          if (decl?.type !== 'VariableDeclarator' || !decl.init || line(decl) === line(call) || reported.has(decl)) {
            continue;
          }
          const origin = seedOrigin(ctx, decl.init);
          const name = decl.id.type === 'Identifier' ? decl.id.name : ctx.text(decl.id);
          // A constant is only worth its own finding when it is named as the seed: `const SEED = 1337`.
          if (TELLING.has(origin) || (origin === 'constant' && isSeedValueName(name))) {
            reported.add(decl);
            ctx.report({ node: decl, messageId: `seedFrom${MESSAGE[origin]}`, data: { name, library, line: line(call) }, severity: 'low' });
          }
        }
        return false;
      });
    }

    /** `makeSeed(user.id)`, `seedFrom([host(), app()])`: a seed computed from inputs, where it is computed. */
    function checkSeedFunctionCall(node: TSESTree.CallExpression): void {
      const name = node.callee.type === 'Identifier' ? node.callee.name : undefined;
      if (
        !name ||
        name === 'seed' ||
        !isSeedFunctionName(name) ||
        seedSetterCall(ctx, node) ||
        node.arguments.length === 0 ||
        reported.has(node)
      ) {
        return;
      }
      const parts = node.arguments.flatMap((arg) => (arg.type === 'ArrayExpression' ? arg.elements : [arg]));
      const fixed = parts.every((part) => {
        if (!part || part.type === 'SpreadElement') {
          return false;
        }
        const origin = seedOrigin(ctx, part);
        return origin === 'random' || (origin === 'constant' && ctx.values(part).every((v) => v.kind === 'num' || v.kind === 'str'));
      });
      if (fixed) {
        return;
      }
      reported.add(node);
      ctx.report({
        node,
        messageId: 'seedArgs',
        data: { call: name, value: clip(node.arguments.map((a) => ctx.text(a)).join(', ')) },
        severity: testLike ? 'low' : 'medium',
      });
    }

    /** `seedEverything(Number(process.env.SEED))`, `setSeed(42)`, `rng.seed(Date.now())`. */
    function checkSetter(node: TSESTree.CallExpression): void {
      checkSeedFunctionCall(node);
      const call = seedSetterCall(ctx, node);
      const arg = node.arguments[0];
      if (!call || !arg || arg.type === 'SpreadElement') {
        return;
      }
      const origin = seedOrigin(ctx, arg);
      const constant = origin === 'constant' && ctx.values(arg).every((v) => v.kind === 'num' || v.kind === 'str');
      if (!TELLING.has(origin) && !(constant && !testLike)) {
        return;
      }
      const severity = testLike || constant ? 'low' : 'medium';
      ctx.report({ node, messageId: `seedCall${MESSAGE[origin]}`, data: { call, value: clip(ctx.text(arg)) }, severity });
    }

    /** A value named as a seed (`const seed = ...`, `this.seed = ...`, `{ seed: ... }`) taken from a telling source. */
    function checkSeedValue(node: Node, value: Node | null | undefined, name: string | undefined, named = false): void {
      if (!value || !name || !(named || isSeedValueName(name)) || reported.has(node)) {
        return;
      }
      let inner = value;
      while (inner.type === 'AwaitExpression' || inner.type === 'TSAsExpression' || inner.type === 'TSNonNullExpression') {
        inner = inner.type === 'AwaitExpression' ? inner.argument : inner.expression;
      }
      if ((inner.type === 'Identifier' && isSeedValueName(inner.name)) || (inner.type === 'CallExpression' && seedSetterCall(ctx, inner))) {
        return;
      }
      if ((inner.type === 'CallExpression' || inner.type === 'NewExpression') && seededPrngCall(ctx, inner)) {
        return;
      }
      // `seed = (seed + 0x6d2b79f5) | 0`: a generator stepping its own state with constants, not a seed taken from anywhere.
      const references: string[] = [];
      walk(inner, (n) => {
        const parent = n.parent;
        if (
          n.type === 'Identifier' &&
          !(parent?.type === 'MemberExpression' && parent.property === n && !parent.computed) &&
          !(parent?.type === 'Property' && parent.key === n && !parent.computed)
        ) {
          references.push(n.name);
        }
      });
      if (references.includes(name) && references.every((r) => r === name || r === 'Math')) {
        return;
      }
      const origin = seedOrigin(ctx, value);
      // Data counts when the seed is computed from it (a hash, arithmetic, a template), not merely passed along
      // (`opts.seed ?? 1`): the value is named as a seed, so whatever it is computed from controls the run.
      if (!TELLING.has(origin) && !(origin === 'data' && isComputed(inner))) {
        return;
      }
      reported.add(node);
      ctx.report({
        node,
        messageId: `seedValue${MESSAGE[origin]}`,
        data: { name, value: clip(ctx.text(value)) },
        severity: testLike ? 'low' : 'medium',
      });
    }

    /** `function defaultSeed() { return hash(hostname()); }`: what a seed-named function returns. */
    function checkReturn(fn: Fn, value: Node): void {
      const name = functionName(fn);
      if (name && isSeedFunctionName(name)) {
        checkSeedValue(value, value, name, true);
      }
    }

    function enclosingFn(node: Node): Fn | undefined {
      const fn = ctx.enclosingFunction(node);
      return fn.type === 'Program' ? undefined : (fn as Fn);
    }

    return {
      CallExpression: check,
      NewExpression: check,
      VariableDeclarator(node: TSESTree.VariableDeclarator) {
        checkSeedValue(node, node.init, targetName(node));
      },
      AssignmentExpression(node: TSESTree.AssignmentExpression) {
        if (node.operator === '=' || node.operator === '??=' || node.operator === '||=') {
          checkSeedValue(node, node.right, targetName(node));
        }
      },
      Property(node: TSESTree.Property) {
        if (node.parent?.type === 'ObjectExpression' && node.value.type !== 'FunctionExpression') {
          checkSeedValue(node, node.value, targetName(node));
        }
      },
      PropertyDefinition(node: TSESTree.PropertyDefinition) {
        checkSeedValue(node, node.value, targetName(node));
      },
      AssignmentPattern(node: TSESTree.AssignmentPattern) {
        checkSeedValue(node, node.right, targetName(node));
      },
      ReturnStatement(node: TSESTree.ReturnStatement) {
        const fn = enclosingFn(node);
        if (fn && node.argument) {
          checkReturn(fn, node.argument);
        }
      },
      ArrowFunctionExpression(node: TSESTree.ArrowFunctionExpression) {
        if (node.expression) {
          checkReturn(node, node.body);
        }
      },
    };
  },
});
