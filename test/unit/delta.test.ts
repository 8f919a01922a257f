import * as assert from 'node:assert/strict';
import { DeltaBuilder } from '../../src/core/review/delta';
import type { EngineFinding } from '../../src/core/engine/analyze';
import type { Category } from '../../src/core/model/finding';

function finding(path: string, line: number, category: Category, messageId = 'x'): EngineFinding {
  return {
    ruleId: `ts/${category}`,
    category,
    severity: 'medium',
    message: 'm',
    path,
    line,
    column: 1,
    endLine: line,
    endColumn: 5,
    snippet: '',
    fingerprint: '',
    source: 'static',
    code: '',
    messageId,
  };
}

describe('capability delta', () => {
  it('groups what a change adds, weakens and hides, with counts and files', () => {
    const delta = new DeltaBuilder();
    delta.addFile('src/a.ts', ['network', 'network', 'evaluation-tampering'], new Set());
    delta.addFile('test/a.test.ts', ['evaluation-tampering', 'obfuscation'], new Set());
    delta.addFile('src/b.ts', ['process', 'network'], new Set<Category>(['process']));
    const built = delta.build();
    assert.equal(built.summary, 'this change adds: network; weakens: tests; hides: obfuscation');
    assert.deepEqual(built.adds, [
      { category: 'network', kind: 'adds', label: 'network', findings: 3, files: ['src/a.ts', 'src/b.ts'] },
      { category: 'obfuscation', kind: 'hides', label: 'obfuscation', findings: 1, files: ['test/a.test.ts'] },
      { category: 'evaluation-tampering', kind: 'weakens', label: 'tests', findings: 2, files: ['src/a.ts', 'test/a.test.ts'] },
    ]);
    assert.deepEqual(built.flows, []);
  });

  it('calls out secrets or file reads sent over the network, and links the findings both ways', () => {
    const secret = finding('src/env.ts', 3, 'secrets');
    const read = finding('src/files.ts', 7, 'filesystem', 'read');
    const write = finding('src/files.ts', 9, 'filesystem', 'write');
    const send = finding('src/send.ts', 12, 'network');
    const delta = new DeltaBuilder();
    delta.addFile('src/env.ts', ['secrets'], new Set());
    delta.addFile('src/files.ts', ['filesystem', 'filesystem'], new Set());
    delta.addFile('src/send.ts', ['network'], new Set());
    const built = delta.build([secret, read, write, send]);
    assert.deepEqual(built.flows, [
      {
        description: 'reads secrets and files and sends network requests',
        sources: ['secrets', 'filesystem'],
        files: ['src/env.ts', 'src/files.ts', 'src/send.ts'],
      },
    ]);
    assert.match(built.summary, /\(reads secrets and files and sends network requests\)$/);
    assert.deepEqual(
      send.related?.map((r) => `${r.path}:${r.line}`),
      ['src/env.ts:3', 'src/files.ts:7'],
    );
    assert.deepEqual(
      secret.related?.map((r) => `${r.path}:${r.line} ${r.message}`),
      ['src/send.ts:12 network: sent over the network in the same change'],
    );
    assert.equal(write.related, undefined, 'a file write is not a source of data');
  });

  it('has no flow without a network finding', () => {
    const secret = finding('src/env.ts', 3, 'secrets');
    const delta = new DeltaBuilder();
    delta.addFile('src/env.ts', ['secrets'], new Set());
    assert.deepEqual(delta.build([secret]).flows, []);
    assert.equal(secret.related, undefined);
  });
});
