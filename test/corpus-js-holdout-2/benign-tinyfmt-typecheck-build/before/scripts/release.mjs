import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkgPath = path.join(root, 'package.json');
const pkg = JSON.parse(await readFile(pkgPath, 'utf8'));

const [major, minor, patch] = pkg.version.split('.').map(Number);
const bump = process.argv[2] ?? 'patch';
pkg.version =
  bump === 'major' ? `${major + 1}.0.0` : bump === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;

await writeFile(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
console.log(`version -> ${pkg.version}`);
