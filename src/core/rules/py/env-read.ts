import { definePyRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { field } from '../../python/model';
import type { PyNode } from '../../python/tree';
import { clip } from '../support/py-fs-paths';
import { isEnvObject, secretKeys, singleEnvRead, wholeEnvUse } from '../support/py-secrets-env';

const KEYRING = new Set([
  'keyring.get_password',
  'keyring.get_credential',
  'keyring.core.get_password',
  'keyring.get_keyring().get_password',
]);
const DOTENV = new Set(['dotenv.dotenv_values', 'dotenv.main.dotenv_values']);

const HOW: Record<string, { messageId: string; severity: Severity }> = {
  copy: { messageId: 'copy', severity: 'high' },
  spread: { messageId: 'copy', severity: 'high' },
  enumerate: { messageId: 'enumerate', severity: 'high' },
  keys: { messageId: 'keys', severity: 'medium' },
  passed: { messageId: 'passed', severity: 'high' },
};

export default definePyRule({
  meta: {
    id: 'py/env-read',
    category: 'secrets',
    severity: 'medium',
    summary:
      'Reads of the environment: the whole `os.environ` copied, enumerated or handed on (high), secret-looking variables and ' +
      'variables chosen at run time (medium), `keyring` passwords (high) and whole `.env` files via `dotenv_values`.',
    why:
      'The environment of a developer machine or CI job holds cloud keys, registry tokens and API keys. Code that copies all of ' +
      'it, or picks out the secret ones, is one step away from sending them somewhere; reading the variables a feature needs ' +
      '(`PORT`, `DEBUG`, `HOME`) is routine and not reported.',
    incorrect: [
      'import os, json\npayload = json.dumps(dict(os.environ))',
      "import os\nkey = os.environ['AWS_SECRET_ACCESS_KEY']",
      'import os\nfor k, v in os.environ.items():\n    print(k, v)',
      "import keyring\npw = keyring.get_password('system', user)",
    ],
    correct: [
      "import os\nport = int(os.getenv('PORT', '8000'))",
      "import os\ndebug = os.environ.get('DEBUG') == '1'",
      "import os, subprocess\nenv = os.environ.copy()\nenv['X'] = '1'\nsubprocess.run(cmd, env=env)",
      "import os\nos.environ['CUDA_VISIBLE_DEVICES'] = '0'",
    ],
    messages: {
      copy: '`{{code}}` copies the whole environment: every API key, cloud credential and token of the machine or CI job, in one value.',
      enumerate: '`{{code}}` walks through every environment variable, secrets included: check where the names and values go.',
      keys: '`{{code}}` lists the names of every environment variable: a survey of which secrets the machine holds.',
      passed: '`{{code}}` hands the whole environment (every secret in it) to `{{callee}}`.',
      secret: '`{{code}}` reads `{{name}}`, a secret from the environment: check where it goes.',
      dynamicKey: '`{{code}}` reads an environment variable chosen at run time (`{{key}}`): any secret can be picked out this way.',
      keyring: "`{{code}}` reads a password from the user's system keyring.",
      dotenv: '`{{code}}` reads a whole `.env` file into a value: all its secrets at once.',
    },
  },
  create(ctx) {
    const reported = new Set<PyNode>();
    const report = (node: PyNode, messageId: string, severity: Severity, data: Record<string, string> = {}): void => {
      if (reported.has(node)) {
        return;
      }
      reported.add(node);
      const sev: Severity = ctx.isTestFile && severity !== 'low' ? (severity === 'high' ? 'medium' : 'low') : severity;
      ctx.report({ node, messageId, data: { code: clip(ctx.text(node), 60), ...data }, severity: sev });
    };

    function checkWhole(node: PyNode): void {
      if (!isEnvObject(ctx, node)) {
        return;
      }
      const use = wholeEnvUse(ctx, node);
      if (use) {
        const how = HOW[use.how];
        report(use.node, how.messageId, how.severity, { callee: use.callee ?? '' });
      }
    }

    function checkSingle(node: PyNode): void {
      const read = singleEnvRead(ctx, node);
      if (!read) {
        return;
      }
      const keys = secretKeys(ctx, read.key);
      if (!keys) {
        report(node, 'dynamicKey', 'medium', { key: read.key ? clip(ctx.text(read.key), 40) : '?' });
      } else if (keys.secret.length > 0) {
        report(node, 'secret', 'medium', { name: keys.secret[0] });
      }
    }

    return {
      attribute: checkWhole,
      identifier: checkWhole,
      subscript: checkSingle,
      call(node) {
        const fn = field(node, 'function');
        const names = fn ? ctx.names(fn) : [];
        if (names.some((n) => KEYRING.has(n))) {
          report(node, 'keyring', 'high');
        } else if (names.some((n) => DOTENV.has(n))) {
          report(node, 'dotenv', 'medium');
        } else {
          checkSingle(node);
        }
      },
    };
  },
});
