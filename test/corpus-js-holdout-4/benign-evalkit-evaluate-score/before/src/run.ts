import fs from 'node:fs';
import YAML from 'yaml';
import { computeScore, type Sample } from './score';

const file = process.argv[2] ?? 'samples.yaml';
const samples = YAML.parse(fs.readFileSync(file, 'utf8')) as Sample[];
console.log(`accuracy: ${(computeScore(samples) * 100).toFixed(1)}%`);
