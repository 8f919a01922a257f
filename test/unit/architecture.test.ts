/**
 * The dependency direction of the house: cli -> node -> core, extension -> node -> core.
 * core is pure (no vscode, no Node I/O, no openai); only src/extension imports vscode; only
 * src/node/openai* imports openai.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const SRC = path.join(__dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Real import specifiers (TypeScript's scanner: strings that merely mention require() do not count). */
function imports(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

const NODE_BUILTINS = /^(node:|fs$|path$|os$|child_process$|net$|http$|https$|crypto$|worker_threads$|util$|stream$|url$)/;

/** Which top-level src folders each folder may import from. */
const ALLOWED: Record<string, string[]> = {
  core: ['core'],
  node: ['node', 'core'],
  cli: ['cli', 'node', 'core'],
  extension: ['extension', 'node', 'core', 'shared'],
  webview: ['webview', 'shared'],
  shared: ['shared'],
};

describe('architecture', () => {
  const all = files(SRC);

  it('finds the source files', () => {
    assert.ok(all.length > 20);
  });

  for (const file of all) {
    const rel = path.relative(SRC, file).split(path.sep).join('/');
    const layer = rel.split('/')[0];
    it(`${rel} respects the dependency direction`, () => {
      const problems: string[] = [];
      for (const spec of imports(file)) {
        if (spec.startsWith('.')) {
          const target = path
            .relative(SRC, path.resolve(path.dirname(file), spec))
            .split(path.sep)
            .join('/');
          const targetLayer = target.split('/')[0];
          if (target.startsWith('..')) {
            if (!(layer === 'cli' && target === '../package.json')) {
              problems.push(`imports outside src: ${spec}`);
            }
          } else if (!(ALLOWED[layer] ?? []).includes(targetLayer)) {
            problems.push(`${layer} must not import ${targetLayer}: ${spec}`);
          }
          continue;
        }
        if (spec === 'vscode' && layer !== 'extension') {
          problems.push('only src/extension may import vscode');
        }
        if (spec === 'openai' && !(layer === 'node' && /\/openai[^/]*\.ts$/.test(rel))) {
          problems.push('only src/node/openai*.ts may import openai');
        }
        if ((layer === 'core' || layer === 'webview' || layer === 'shared') && NODE_BUILTINS.test(spec)) {
          problems.push(`${layer} must stay pure: it imports ${spec}`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }
});
