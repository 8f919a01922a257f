import { defineTsRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import type { Node } from '../../js/scope';
import type { CallNode } from '../support/calls';
import { seededPrngCall } from '../support/random-prng';
import { seedOrigin, type SeedOrigin } from '../support/random-seeds';
import { isTestLike, walk } from '../support/random-sources';

const MESSAGE: Record<SeedOrigin, string> = {
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

    function check(node: CallNode): void {
      const prng = seededPrngCall(ctx, node);
      if (!prng) {
        return;
      }
      const origin = seedOrigin(ctx, prng.seed);
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
      if (origin === 'time' || origin === 'hostname' || origin === 'env') {
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
          if (decl?.type !== 'VariableDeclarator' || !decl.init || line(decl) === line(call)) {
            continue;
          }
          const origin = seedOrigin(ctx, decl.init);
          if (origin === 'time' || origin === 'hostname' || origin === 'env') {
            const name = decl.id.type === 'Identifier' ? decl.id.name : ctx.text(decl.id);
            ctx.report({ node: decl, messageId: `seedFrom${MESSAGE[origin]}`, data: { name, library, line: line(call) }, severity: 'low' });
          }
        }
        return false;
      });
    }

    return { CallExpression: check, NewExpression: check };
  },
});
