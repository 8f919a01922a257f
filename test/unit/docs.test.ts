import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { rulesDoc, withTable } from '../../scripts/lib/rules-docs';

const root = path.join(__dirname, '..', '..');

describe('generated docs', () => {
  it('README rules table matches the rules (run npm run rules:docs)', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    assert.equal(readme, withTable(readme));
  });
  it('docs/rules.md matches the rules (run npm run rules:docs)', () => {
    assert.equal(readFileSync(path.join(root, 'docs', 'rules.md'), 'utf8'), rulesDoc());
  });
});
