/**
 * The ledger format, reviewers and policy files, and the gate's decision (core), with real
 * Ed25519 keys from src/node/keys.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { evaluateGate, type GateFlag, type GateInput } from '../../src/core/gate/gate';
import { fingerprintOf } from '../../src/core/engine/fingerprint';
import { ConfigError, DEFAULT_POLICY, keyIdOf, matchesPattern, parsePolicy, parseReviewers } from '../../src/core/ledger/config';
import {
  canonicalJson,
  parseLedger,
  serializeRecord,
  signingPayload,
  type LedgerRecord,
  type ParsedRecord,
  type UnsignedRecord,
} from '../../src/core/ledger/record';
import {
  generateReviewerKey,
  loadKeyFile,
  parseKey,
  saveKeyFile,
  signRecord,
  verifySignature,
  type ReviewerKey,
} from '../../src/node/keys';
import { appendRecords, withLock } from '../../src/node/ledger-file';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

function flag(overrides: Partial<GateFlag> = {}): GateFlag {
  const base = {
    ruleId: 'ts/child-process',
    category: 'process' as const,
    severity: 'high' as const,
    source: 'static' as const,
    path: 'src/run.ts',
    line: 4,
    message: 'runs a command',
    snippet: 'exec(cmd);',
    codeHash: HASH_A,
    occurrence: 0,
    ...overrides,
  };
  return { fingerprint: fingerprintOf(base.ruleId, base.path, base.codeHash, base.occurrence), ...base, ...overrides };
}

let lineCounter = 0;

function record(key: ReviewerKey, f: GateFlag, over: Partial<UnsignedRecord> = {}): ParsedRecord {
  const unsigned: UnsignedRecord = {
    v: 1,
    action: 'resolve',
    fingerprint: f.fingerprint,
    ruleId: f.ruleId,
    category: f.category,
    source: f.source,
    path: f.path,
    line: f.line,
    codeHash: f.codeHash,
    verdict: 'accepted-risk',
    note: 'by design',
    reviewer: { name: key.name, email: key.email, keyId: key.keyId },
    time: '2026-01-01T00:00:00.000Z',
    ...over,
  };
  const signed = signRecord(unsigned, key);
  return { record: signed, line: ++lineCounter, timeMs: Date.parse(signed.time) };
}

describe('ledger records', () => {
  const rita = generateReviewerKey('Rita', 'rita@example.com');

  it('canonical JSON sorts keys at every level and drops undefined', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 'x' }], c: undefined } }), '{"a":{"d":[2,{"y":"x","z":1}]},"b":1}');
  });

  it('signs over everything but the signature, and a one-character change breaks the signature', () => {
    const parsed = record(rita, flag());
    assert.ok(verifySignature(rita.publicKey, signingPayload(parsed.record), parsed.record.signature));
    const tampered: LedgerRecord = { ...parsed.record, note: 'by designs' };
    assert.ok(!verifySignature(rita.publicKey, signingPayload(tampered), tampered.signature));
    const other = generateReviewerKey('Other', 'o@example.com');
    assert.ok(!verifySignature(other.publicKey, signingPayload(parsed.record), parsed.record.signature));
  });

  it('parses a ledger, reporting each bad line by number and keeping the rest', () => {
    const good = serializeRecord(record(rita, flag()).record);
    const text = [
      good,
      '',
      '{not json',
      JSON.stringify({ ...JSON.parse(good), verdict: 'lgtm' }),
      JSON.stringify({ ...JSON.parse(good), extra: 1 }),
      good,
    ].join('\n');
    const parsed = parseLedger(text, '.airlock/ledger.jsonl');
    assert.deepEqual(
      parsed.records.map((r) => r.line),
      [1, 6],
    );
    assert.deepEqual(
      parsed.errors.map((e) => [e.line, e.message.split(' ')[0]]),
      [
        [3, 'not'],
        [4, '"verdict"'],
        [5, 'unknown'],
      ],
    );
    const unsupported = parseLedger(JSON.stringify({ ...JSON.parse(good), v: 2 }), 'l');
    assert.match(unsupported.errors[0].message, /unsupported format version 2/);
  });

  it('round-trips a record through its line form with a fixed field order', () => {
    const r = record(rita, flag()).record;
    const line = serializeRecord(r);
    assert.deepEqual(JSON.parse(line), JSON.parse(JSON.stringify(r)));
    assert.ok(line.startsWith('{"v":1,"action":"resolve","fingerprint":'));
  });
});

describe('reviewers and policy files', () => {
  it('reads reviewers and checks each key id against its key', () => {
    const key = generateReviewerKey('Rita', 'rita@example.com');
    const entry = { name: key.name, email: key.email, keyId: key.keyId, publicKey: key.publicKey };
    assert.equal(parseReviewers(JSON.stringify({ version: 1, reviewers: [entry] }), 'r').reviewers.length, 1);
    assert.throws(
      () => parseReviewers(JSON.stringify({ version: 1, reviewers: [{ ...entry, keyId: '0'.repeat(16) }] }), 'r'),
      /keyId does not match/,
    );
    assert.throws(() => parseReviewers(JSON.stringify({ version: 1, reviewers: [entry, entry] }), 'r'), /registered twice/);
    assert.throws(() => parseReviewers('{', 'r'), ConfigError);
    assert.equal(keyIdOf(key.publicKey), key.keyId);
  });

  it('reads a policy with defaults, and rejects unknown settings and wrong types', () => {
    assert.deepEqual(parsePolicy('{}', 'p'), DEFAULT_POLICY);
    const p = parsePolicy(
      JSON.stringify({ block: ['high'], notesRequired: ['fixed'], forbidSelfReview: true, agentAuthors: ['*[bot]*'] }),
      'p',
    );
    assert.deepEqual(p.block, ['high']);
    assert.deepEqual(p.notesRequired.sort(), ['accepted-risk', 'false-positive', 'fixed']);
    assert.throws(() => parsePolicy('{"failOn":"high"}', 'p'), /unknown setting "failOn"/);
    assert.throws(() => parsePolicy('{"block":["critical"]}', 'p'), /severities/);
    assert.throws(() => parsePolicy('{"forbidSelfReview":"yes"}', 'p'), /true or false/);
  });

  it('matches author patterns case-insensitively with * only', () => {
    assert.ok(matchesPattern('*[bot]*', 'dependabot[bot]@users.noreply.github.com'));
    assert.ok(matchesPattern('*@agents.example', 'Coder@AGENTS.example'));
    assert.ok(!matchesPattern('a.b', 'axb'));
  });
});

describe('reviewer key files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'airlock-keys-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('saves with mode 0600, refuses to overwrite, and loads back', async () => {
    const file = path.join(dir, 'airlock', 'reviewer-key.json');
    const key = generateReviewerKey('Rita', 'rita@example.com');
    await saveKeyFile(file, key, false);
    await assert.rejects(saveKeyFile(file, key, false), /already exists/);
    assert.deepEqual(await loadKeyFile(file), key);
    if (process.platform !== 'win32') {
      const { statSync, chmodSync } = await import('node:fs');
      assert.equal(statSync(file).mode & 0o777, 0o600);
      chmodSync(file, 0o644);
      await assert.rejects(loadKeyFile(file), /readable by other users/);
    }
  });

  it('rejects a key file whose private key belongs to another public key', () => {
    const a = generateReviewerKey('A', 'a@example.com');
    const b = generateReviewerKey('B', 'b@example.com');
    const mixed = JSON.stringify({ version: 1, ...a, privateKey: b.privateKey });
    assert.throws(() => parseKey(mixed, 'k'), /does not belong/);
  });
});

describe('gate decision (core)', () => {
  const rita = generateReviewerKey('Rita', 'rita@example.com');
  const otto = generateReviewerKey('Otto', 'otto@example.com');
  const reviewers = {
    version: 1 as const,
    reviewers: [rita, otto].map((k) => ({ name: k.name, email: k.email, keyId: k.keyId, publicKey: k.publicKey })),
  };
  const input = (over: Partial<GateInput>): GateInput => ({
    flags: [],
    ledger: [],
    reviewers,
    policy: DEFAULT_POLICY,
    verify: verifySignature,
    ...over,
  });

  it('resolves a flag with a valid record, and the latest record wins (an unresolve reopens it)', () => {
    const f = flag();
    const resolved = evaluateGate(input({ flags: [f], ledger: [record(rita, f)] }));
    assert.equal(resolved.blocked, false);
    assert.equal(resolved.flags[0].state, 'resolved');
    const reopened = evaluateGate(
      input({
        flags: [f],
        ledger: [record(rita, f), record(otto, f, { action: 'unresolve', verdict: undefined, time: '2026-01-02T00:00:00.000Z' })],
      }),
    );
    assert.equal(reopened.flags[0].state, 'unresolved');
    assert.match(reopened.flags[0].reason, /unresolved by Otto/);
    assert.equal(reopened.blocked, true);
  });

  it('two different valid records of one flag at the same millisecond are an error; identical duplicates are not', () => {
    const f = flag();
    const a = record(rita, f);
    const b = record(otto, f, { verdict: 'false-positive', note: 'not reachable' });
    const tie = evaluateGate(input({ flags: [f], ledger: [a, b] }));
    assert.equal(tie.errors.length, 1);
    assert.match(tie.errors[0], /same time/);
    assert.equal(tie.blocked, true);
    const dup = evaluateGate(input({ flags: [f], ledger: [a, { ...a, line: 99 }] }));
    assert.deepEqual(dup.errors, []);
    assert.equal(dup.flags[0].state, 'resolved');
  });

  it('sets aside unsigned, unknown-signer, wrong-name, noteless and agent records before "latest wins"', () => {
    const f = flag();
    const stranger = generateReviewerKey('Rita', 'rita@example.com');
    const good = record(rita, f, { time: '2026-01-01T00:00:00.000Z' });
    const later = [
      { ...record(rita, f), record: { ...record(rita, f, { time: '2026-01-03T00:00:00.000Z' }).record, signature: '' } },
      record(stranger, f, {
        time: '2026-01-04T00:00:00.000Z',
        reviewer: { name: 'Rita', email: 'rita@example.com', keyId: stranger.keyId },
      }),
      record(rita, f, { time: '2026-01-05T00:00:00.000Z', reviewer: { name: 'Otto', email: 'otto@example.com', keyId: rita.keyId } }),
      record(rita, f, { time: '2026-01-06T00:00:00.000Z', verdict: 'false-positive', note: '  ' }),
    ];
    for (const parsed of later) {
      parsed.timeMs = Date.parse(parsed.record.time);
    }
    const result = evaluateGate(input({ flags: [f], ledger: [good, ...later] }));
    assert.equal(result.flags[0].state, 'resolved');
    assert.equal(result.flags[0].resolution?.time, '2026-01-01T00:00:00.000Z');
    const reasons = result.setAside.map((s) => s.reason);
    assert.equal(reasons.length, 4);
    assert.match(reasons[0], /^unsigned/);
    assert.match(reasons[1], /unknown key/);
    assert.match(reasons[2], /is not the owner of key/);
    assert.match(reasons[3], /"false-positive" resolution needs a note/);
    const bots = evaluateGate(input({ flags: [f], ledger: [good], policy: { ...DEFAULT_POLICY, agentAuthors: ['rita@*'] } }));
    assert.equal(bots.flags[0].state, 'invalid');
    assert.match(bots.flags[0].reason, /agent pattern "rita@\*"/);
  });

  it('unsigned records count only when the policy says requireSignatures: false', () => {
    const f = flag();
    const unsigned = record(rita, f);
    unsigned.record = { ...unsigned.record, signature: '' };
    // Fails closed by default, even before anyone is registered.
    const strict = evaluateGate(input({ flags: [f], ledger: [unsigned], reviewers: undefined }));
    assert.equal(strict.signaturesRequired, true);
    assert.equal(strict.flags[0].state, 'invalid');
    const open = evaluateGate(
      input({ flags: [f], ledger: [unsigned], reviewers: undefined, policy: { ...DEFAULT_POLICY, requireSignatures: false } }),
    );
    assert.equal(open.signaturesRequired, false);
    assert.equal(open.flags[0].state, 'resolved');
  });

  it('follows renames, reports stale resolutions, and blocks only the policy’s severities', () => {
    const old = flag({ path: 'src/old.ts' });
    const moved = flag({ path: 'src/new.ts', line: 9 });
    const renamed = evaluateGate(
      input({ flags: [moved], ledger: [record(rita, old)], formerPaths: (p) => (p === 'src/new.ts' ? ['src/old.ts'] : []) }),
    );
    assert.equal(renamed.flags[0].state, 'resolved');
    const edited = flag({ codeHash: HASH_B, line: 5 });
    const stale = evaluateGate(input({ flags: [edited], ledger: [record(rita, flag())] }));
    assert.equal(stale.flags[0].state, 'stale');
    assert.equal(stale.blocked, true);
    const lenient = evaluateGate(
      input({ flags: [{ ...edited, severity: 'low' }], ledger: [], policy: { ...DEFAULT_POLICY, block: ['high'] } }),
    );
    assert.equal(lenient.flags[0].state, 'unresolved');
    assert.equal(lenient.flags[0].blocking, false);
    assert.equal(lenient.blocked, false);
  });

  it('under forbidSelfReview ignores the line author’s own resolution but keeps another reviewer’s', () => {
    const f = flag();
    const policy = { ...DEFAULT_POLICY, forbidSelfReview: true };
    const authorsOf = (): { name: string; email: string }[] => [{ name: 'Rita', email: 'RITA@example.com' }];
    const self = evaluateGate(input({ flags: [f], ledger: [record(rita, f)], policy, authorsOf }));
    assert.equal(self.flags[0].state, 'invalid');
    assert.match(self.flags[0].reason, /self-review/);
    const both = evaluateGate(
      input({ flags: [f], ledger: [record(otto, f), record(rita, f, { time: '2026-01-02T00:00:00.000Z' })], policy, authorsOf }),
    );
    assert.equal(both.flags[0].state, 'resolved');
    assert.equal(both.flags[0].resolution?.reviewer.email, 'otto@example.com');
  });
});

describe('ledger file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'airlock-ledger-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const key = generateReviewerKey('Rita', 'rita@example.com');

  it('appends concurrently without losing a record, keeping existing bytes (even a bad line) untouched', async () => {
    const file = path.join(dir, '.airlock', 'ledger.jsonl');
    const lock = path.join(dir, 'lock');
    await appendRecords(dir, '.airlock/ledger.jsonl', [record(key, flag()).record], lock);
    writeFileSync(file, `${readFileSync(file, 'utf8')}not a record`);
    const before = readFileSync(file, 'utf8');
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        appendRecords(
          dir,
          '.airlock/ledger.jsonl',
          [record(key, flag({ line: i + 1, codeHash: i.toString(16).padStart(64, '0') })).record],
          lock,
        ),
      ),
    );
    const after = readFileSync(file, 'utf8');
    assert.ok(after.startsWith(`${before}\n`), 'existing bytes kept, a newline added after the unterminated line');
    const parsed = parseLedger(after, 'l');
    assert.equal(parsed.records.length, 26);
    assert.deepEqual(
      parsed.errors.map((e) => e.line),
      [2],
    );
  });

  it('recovers a lock left by a process that is gone', async () => {
    const lock = path.join(dir, 'lock');
    writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), time: Date.now() }));
    assert.equal(await withLock(lock, async () => 'ran'), 'ran');
    // And an old one, whatever its owner.
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: 'elsewhere', time: Date.now() - 60_000 }));
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    assert.equal(await withLock(lock, async () => 'again'), 'again');
  });
});
