// Regenerates the README rules table and docs/rules.md from rule metadata.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { rulesDoc, withTable } from './lib/rules-docs';

const root = path.join(__dirname, '..');
const readme = path.join(root, 'README.md');
writeFileSync(readme, withTable(readFileSync(readme, 'utf8')));
writeFileSync(path.join(root, 'docs', 'rules.md'), rulesDoc());
console.log('README.md rules table and docs/rules.md regenerated');
