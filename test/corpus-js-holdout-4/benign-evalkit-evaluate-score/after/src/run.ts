import fs from 'node:fs';
import YAML from 'yaml';
import { evaluateScore, type Sample } from './score';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const file = args.find((a) => !a.startsWith('--')) ?? 'samples.yaml';
const samples = YAML.parse(fs.readFileSync(file, 'utf8')) as Sample[];
const result = evaluateScore(samples);

if (asJson) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`accuracy: ${(result.accuracy * 100).toFixed(1)}%`);
  if (result.failures.length) console.log(`failed: ${result.failures.join(', ')}`);
}
