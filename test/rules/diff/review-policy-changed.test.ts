import rule from '../../../src/core/rules/diff/review-policy-changed';
import { added, deleted, modified, renamed } from '../../../src/core/rules/support/changes';
import { diffRuleTester } from '../../ruleTester';

const LEDGER = '.airlock/ledger.jsonl';
const r1 = '{"id":1,"sig":"aa"}';
const r2 = '{"id":2,"sig":"bb"}';
const r3 = '{"id":3,"sig":"cc"}';

diffRuleTester(rule, {
  valid: [
    { name: 'ledger append', change: modified(LEDGER, `${r1}\n`, `${r1}\n${r2}\n`) },
    { name: 'ledger append several', change: modified(LEDGER, `${r1}\n${r2}\n`, `${r1}\n${r2}\n${r3}\n{"id":4}\n`) },
    { name: 'ledger append to a file without final newline', change: modified(LEDGER, r1, `${r1}\n${r2}\n`) },
    { name: 'ledger created', change: added(LEDGER, `${r1}\n`) },
    { name: 'ledger blank line appended', change: modified(LEDGER, `${r1}\n`, `${r1}\n\n`) },
    { name: 'settings elsewhere', change: modified('src/settings.json', '{}\n', '{ "airlock.enabled": false }\n') },
    {
      name: 'unchanged settings reformatted',
      change: modified('.vscode/settings.json', '{ "editor.tabSize": 2 }\n', '{\n  "editor.tabSize": 2\n}\n'),
    },
    { name: 'not a vscode file', change: modified('.vscode/notes.md', 'a\n', 'b\n') },
    { name: 'airlock-like name outside the folder', change: modified('docs/airlock/policy.json', '{}\n', '{"a":1}\n') },
  ],
  invalid: [
    {
      name: 'policy edited',
      change: modified('.airlock/policy.json', '{"failOn":"medium"}\n', '{"failOn":"high"}\n'),
      errors: [
        { messageId: 'policy', severity: 'high', line: 1 },
        { messageId: 'policyLineRemoved', side: 'removed', severity: 'high', line: 1 },
      ],
    },
    {
      name: 'policy entry removed, nothing added',
      change: modified('.airlock/policy.yml', 'review:\n  - "src/auth.ts"\n  - "src/db.ts"\n', 'review:\n  - "src/db.ts"\n'),
      errors: [
        {
          messageId: 'policyLineRemoved',
          side: 'removed',
          severity: 'high',
          message: 'Airlock configuration `.airlock/policy.yml` lost `- "src/auth.ts"`: the change removes a rule it is reviewed by.',
        },
      ],
    },
    {
      name: 'reviewers edited',
      change: modified('.airlock/reviewers.yml', 'min: 2\n', 'min: 2\nskip: [ai]\n'),
      errors: [{ messageId: 'policy', line: 2 }],
    },
    { name: 'policy added', change: added('.airlock/config.json', '{}\n'), errors: [{ messageId: 'policy' }] },
    {
      name: 'policy deleted',
      change: deleted('.airlock/policy.json', '{"failOn":"medium"}\n'),
      errors: [{ messageId: 'policyDeleted', side: 'removed' }],
    },
    {
      name: 'policy renamed away',
      change: renamed('.airlock/policy.json', 'old/policy.json', '{}\n', '{}\n'),
      errors: [{ messageId: 'policyDeleted' }],
    },
    {
      name: 'ledger record edited',
      change: modified(LEDGER, `${r1}\n${r2}\n`, `${r1}\n{"id":2,"sig":"forged"}\n`),
      errors: [
        {
          messageId: 'ledgerEdited',
          side: 'removed',
          severity: 'high',
          line: 2,
          message:
            'An existing review-ledger record was changed or deleted: `{"id":2,"sig":"bb"}`. The ledger only ever grows by appending.',
        },
      ],
    },
    {
      name: 'ledger record deleted',
      change: modified(LEDGER, `${r1}\n${r2}\n${r3}\n`, `${r1}\n${r3}\n`),
      errors: [{ messageId: 'ledgerEdited', side: 'removed' }],
    },
    {
      name: 'ledger truncated',
      change: modified(LEDGER, `${r1}\n${r2}\n`, ''),
      errors: [{ messageId: 'ledgerEdited' }, { messageId: 'ledgerEdited' }],
    },
    {
      name: 'ledger record inserted in the middle',
      change: modified(LEDGER, `${r1}\n${r3}\n`, `${r1}\n${r2}\n${r3}\n`),
      errors: [{ messageId: 'ledgerInserted', line: 2 }],
    },
    {
      name: 'ledger record prepended',
      change: modified(LEDGER, `${r2}\n`, `${r1}\n${r2}\n`),
      errors: [{ messageId: 'ledgerInserted', line: 1 }],
    },
    { name: 'ledger deleted', change: deleted(LEDGER, `${r1}\n`), errors: [{ messageId: 'ledgerDeleted', side: 'removed' }] },
    {
      name: 'airlock setting',
      change: modified('.vscode/settings.json', '{}\n', '{\n  "airlock.enabled": false\n}\n'),
      errors: [{ messageId: 'codeSetting', severity: 'high', line: 2 }],
    },
    {
      name: 'interpreter path',
      change: modified(
        '.vscode/settings.json',
        '{ "editor.tabSize": 2 }\n',
        '{ "editor.tabSize": 2, "python.defaultInterpreterPath": "./tools/py" }\n',
      ),
      errors: [{ messageId: 'codeSetting' }],
    },
    {
      name: 'terminal env',
      change: modified('.vscode/settings.json', '{}\n', '{ "terminal.integrated.env.linux": { "PATH": "./bin:${env:PATH}" } }\n'),
      errors: [{ messageId: 'codeSetting' }],
    },
    {
      name: 'executablePath',
      change: modified('.vscode/settings.json', '{}\n', '{ "php.validate.executablePath": "./php" }\n'),
      errors: [{ messageId: 'codeSetting' }],
    },
    {
      name: 'git.path',
      change: modified('.vscode/settings.json', '{ "git.path": "/usr/bin/git" }\n', '{ "git.path": "./git" }\n'),
      errors: [{ messageId: 'codeSetting' }],
    },
    {
      name: 'airlock setting removed',
      change: modified('.vscode/settings.json', '{\n  "airlock.failOn": "low"\n}\n', '{}\n'),
      errors: [{ messageId: 'settingRemoved', side: 'removed' }],
    },
    {
      name: 'other settings medium',
      change: modified(
        '.vscode/settings.json',
        '{\n  "editor.tabSize": 2\n}\n',
        '{\n  "editor.tabSize": 4,\n  "files.exclude": { "src/x": true }\n}\n',
      ),
      errors: [{ messageId: 'vscode', severity: 'medium', line: 2 }],
    },
    {
      name: 'settings jsonc',
      change: modified('.vscode/settings.json', '{\n  // tabs\n  "editor.tabSize": 2,\n}\n', '{\n  // tabs\n  "editor.tabSize": 4,\n}\n'),
      errors: [{ messageId: 'vscode' }],
    },
    { name: 'settings unreadable', change: modified('.vscode/settings.json', '{}\n', '{ "a": \n'), errors: [{ messageId: 'vscode' }] },
    {
      name: 'tasks edited',
      change: modified('.vscode/tasks.json', '{ "tasks": [] }\n', '{ "tasks": [{ "label": "b" }] }\n'),
      errors: [{ messageId: 'vscodeFile', severity: 'medium' }],
    },
    {
      name: 'task runs on folder open',
      change: added(
        '.vscode/tasks.json',
        '{\n  "tasks": [{\n    "command": "node x",\n    "runOptions": { "runOn": "folderOpen" }\n  }]\n}\n',
      ),
      errors: [{ messageId: 'autoRun', severity: 'high', line: 4 }],
    },
    {
      name: 'launch edited',
      change: modified('.vscode/launch.json', '{}\n', '{ "configurations": [] }\n'),
      errors: [{ messageId: 'vscodeFile' }],
    },
    {
      name: 'extensions edited',
      change: modified('.vscode/extensions.json', '{}\n', '{ "recommendations": ["x.y"] }\n'),
      errors: [{ messageId: 'vscodeFile' }],
    },
  ],
});
