import rule from '../../../src/core/rules/diff/quality-gate-lowered';
import { added, modified } from '../../../src/core/rules/support/changes';
import { diffRuleTester } from '../../ruleTester';

const YAML =
  'data:\n  path: data/churn.parquet\nsplit:\n  seed: 7\n  test_size: 0.2\neval:\n  min_auc: 0.78\n  max_calibration_error: 0.05\n';

diffRuleTester(rule, {
  valid: [
    { name: 'gate raised', change: modified('configs/default.yaml', YAML, YAML.replace('min_auc: 0.78', 'min_auc: 0.80')) },
    { name: 'error ceiling tightened', change: modified('configs/default.yaml', YAML, YAML.replace('0.05', '0.03')) },
    {
      name: 'a seed or a split size is no gate',
      change: modified('configs/default.yaml', YAML, YAML.replace('seed: 7', 'seed: 3').replace('0.2', '0.1')),
    },
    {
      name: 'sizes and lengths are no gates',
      change: modified('src/search.py', 'MIN_MATCH_LENGTH = 4\nMIN_WIDTH = 320\n', 'MIN_MATCH_LENGTH = 3\nMIN_WIDTH = 280\n'),
    },
    { name: 'training settings', change: modified('train.yaml', 'lr: 0.001\nmax_epochs: 10\n', 'lr: 0.0005\nmax_epochs: 20\n') },
    { name: 'a new file has nothing to lower', change: added('configs/eval.yaml', 'min_auc: 0.5\n') },
    {
      name: 'a similarity threshold is a setting of the feature, not a gate',
      change: modified('rag.py', 'SIMILARITY_THRESHOLD = 0.8\n', 'SIMILARITY_THRESHOLD = 0.7\n'),
    },
    {
      name: 'a gate moved to the environment with the same default',
      change: modified('evals/run.py', 'PASS_RATE = 0.85\n', 'PASS_RATE = float(os.environ.get("ASKDOCS_PASS_RATE", "0.85"))\n'),
    },
  ],
  invalid: [
    {
      name: 'a gate moved to the environment with a lower default',
      change: modified(
        'evals/run.py',
        'import json\nPASS_RATE = 0.85\n',
        'import json\nimport os\nPASS_RATE = float(os.environ.get("ASKDOCS_PASS_RATE", "0.6"))\n',
      ),
      errors: [
        {
          messageId: 'lowered',
          line: 3,
          category: 'evaluation-tampering',
          message: 'The quality gate `PASS_RATE` goes from 0.85 to 0.6: results that failed the check before now pass it.',
        },
      ],
    },
    {
      name: 'the same in JavaScript',
      change: modified('scripts/eval.mjs', 'const MIN_SCORE = 0.9;\n', 'const MIN_SCORE = Number(process.env.MIN_SCORE ?? 0.7);\n'),
      errors: [{ messageId: 'lowered', line: 1 }],
    },
    {
      name: 'YAML gate lowered under a comment',
      change: modified(
        'configs/default.yaml',
        YAML,
        YAML.replace('  min_auc: 0.78\n', '  # grouped split: the old gate was inflated\n  min_auc: 0.62\n'),
      ),
      errors: [
        {
          messageId: 'lowered',
          line: 8,
          severity: 'medium',
          category: 'evaluation-tampering',
          message: 'The quality gate `min_auc` goes from 0.78 to 0.62: results that failed the check before now pass it.',
        },
      ],
    },
    {
      name: 'allowed error raised',
      change: modified('configs/default.yaml', YAML, YAML.replace('max_calibration_error: 0.05', 'max_calibration_error: 0.2')),
      errors: [{ messageId: 'lowered', line: 8 }],
    },
    {
      name: 'Python constants with type annotations, JS constants, JSON keys',
      change: modified(
        'eval/gate.py',
        'ACCURACY_THRESHOLD: float = 0.9\nMAX_REGRESSION = 0.01\n',
        'ACCURACY_THRESHOLD: float = 0.85\nMAX_REGRESSION = 0.05\n',
      ),
      errors: [
        { messageId: 'lowered', line: 1 },
        { messageId: 'lowered', line: 2 },
      ],
    },
    {
      name: 'a TypeScript constant',
      change: modified('src/eval/config.ts', 'export const MIN_PASS_RATE = 0.95;\n', 'export const MIN_PASS_RATE = 0.8;\n'),
      errors: [{ messageId: 'lowered', line: 1 }],
    },
    {
      name: 'a JSON key in camel case',
      change: modified('eval/thresholds.json', '{\n  "minF1": 0.7,\n  "name": "x"\n}\n', '{\n  "minF1": 0.5,\n  "name": "x"\n}\n'),
      errors: [{ messageId: 'lowered', line: 2 }],
    },
    {
      name: 'a command-line gate in CI',
      change: modified(
        '.github/workflows/ci.yml',
        'jobs:\n  test:\n    steps:\n      - run: pytest --cov --cov-fail-under=90\n',
        'jobs:\n  test:\n    steps:\n      - run: pytest --cov --cov-fail-under=60\n',
      ),
      errors: [
        {
          messageId: 'lowered',
          line: 4,
          message: 'The quality gate `cov_fail_under` goes from 90 to 60: results that failed the check before now pass it.',
        },
      ],
    },
  ],
});
