/**
 * `.airlock/critiques.jsonl` records (core): strict parsing with line-numbered errors that never
 * quote the file, fingerprints of model flags that survive moves, signatures with their own domain,
 * the model flags a change's records make, and `requireCritique` in the gate's decision.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileHunks } from '../../src/core/critique/hunks';
import {
  CRITIQUE_SIGNING_DOMAIN,
  critiqueFlagCodeHash,
  critiqueFlagFingerprint,
  critiqueSigningPayload,
  parseCritiques,
  recordableEndpoint,
  serializeCritiqueRecord,
  type CritiqueFileRecord,
  type CritiqueRecord,
  type HunkRecord,
  type ParsedCritiqueRecord,
} from '../../src/core/critique/record';
import type { CritiqueReport } from '../../src/core/critique/run';
import { evaluateGate, type GateInput } from '../../src/core/gate/gate';
import { modelFlags } from '../../src/core/gate/model-flags';
import { DEFAULT_POLICY } from '../../src/core/ledger/config';
import { signingPayload } from '../../src/core/ledger/record';
import { critiqueRunRecords, recordCritiques } from '../../src/node/critique-records';
import { generateReviewerKey, signPayload, verifySignature, type ReviewerKey } from '../../src/node/keys';

const OLD = 'export function a() {\n  return 1;\n}\n';
const NEW = 'export function a() {\n  return 1;\n}\n\nexport function run(cmd) {\n  exec(cmd);\n}\n';
const QUOTE = 'exec(cmd);';

function hunkOf(text: string, old = OLD) {
  const [hunk] = fileHunks('src/run.js', old, text);
  return hunk;
}

function critique(over: Partial<CritiqueRecord> = {}): CritiqueRecord {
  const hunk = hunkOf(NEW);
  return {
    v: 1,
    kind: 'critique',
    time: '2026-01-01T00:00:00.000Z',
    model: 'test-model',
    endpoint: 'http://127.0.0.1:1/v1',
    promptVersion: 'airlock-critique-1',
    path: 'src/run.js',
    hunkHash: hunk.hash,
    startLine: hunk.startLine,
    endLine: hunk.endLine,
    quote: QUOTE,
    category: 'process',
    severity: 'high',
    claim: 'Runs whatever command it is given.',
    reasoning: 'cmd comes from the caller.',
    check: 'Where does cmd come from?',
    anchor: { line: 6, column: 3, endLine: 6, endColumn: 13 },
    ...over,
  };
}

function hunkRecord(over: Partial<HunkRecord> = {}): HunkRecord {
  const hunk = hunkOf(NEW);
  return {
    v: 1,
    kind: 'hunk',
    time: '2026-01-01T00:00:00.000Z',
    model: 'test-model',
    endpoint: 'http://127.0.0.1:1/v1',
    promptVersion: 'airlock-critique-1',
    path: 'src/run.js',
    hunkHash: hunk.hash,
    startLine: hunk.startLine,
    endLine: hunk.endLine,
    unsafeProbability: 0.9,
    ...over,
  };
}

function signed<T extends CritiqueFileRecord>(record: T, key: ReviewerKey): T {
  const withReviewer = { ...record, reviewer: { name: key.name, email: key.email, keyId: key.keyId } };
  return { ...withReviewer, signature: signPayload(critiqueSigningPayload(withReviewer), key) };
}

let lineNo = 0;
function parsed(record: CritiqueFileRecord): ParsedCritiqueRecord {
  return { record, line: ++lineNo };
}

describe('critique records: parsing', () => {
  it('reads both kinds and reports each bad line by number, never quoting it, keeping every valid record', () => {
    const good = serializeCritiqueRecord(critique());
    const hunk = serializeCritiqueRecord(hunkRecord());
    const secret = 'ghp_SECRETSECRETSECRET';
    const text = [
      good,
      '',
      `{not json ${secret}`,
      JSON.stringify({ ...JSON.parse(good), [secret]: 1 }),
      JSON.stringify({ ...JSON.parse(good), severity: secret }),
      JSON.stringify({ ...JSON.parse(hunk), unsafeProbability: 1.5 }),
      JSON.stringify({ ...JSON.parse(good), v: 2 }),
      JSON.stringify({ ...JSON.parse(good), anchor: { line: 1 } }),
      JSON.stringify({ ...JSON.parse(good), reviewer: { name: 'a', email: 'b', keyId: 'c' } }),
      JSON.stringify({ ...JSON.parse(good), path: '../outside' }),
      hunk,
      '\r',
    ].join('\n');
    const result = parseCritiques(text, '.airlock/critiques.jsonl');
    assert.deepEqual(
      result.records.map((r) => [r.line, r.record.kind]),
      [
        [1, 'critique'],
        [11, 'hunk'],
      ],
    );
    assert.deepEqual(
      result.errors.map((e) => e.line),
      [3, 4, 5, 6, 7, 8, 9, 10],
    );
    for (const e of result.errors) {
      assert.equal(e.file, '.airlock/critiques.jsonl');
      assert.ok(!e.message.includes('SECRET'), e.message);
    }
  });

  it('round-trips a record through its line, and keeps an unanchored critique', () => {
    for (const record of [critique(), critique({ anchor: { unanchored: 'ambiguous' } }), hunkRecord()]) {
      const line = serializeCritiqueRecord(record);
      const back = parseCritiques(line, 'f');
      assert.deepEqual(back.errors, []);
      assert.deepEqual(back.records[0].record, record);
    }
  });

  it('never records credentials, a query or a fragment of the endpoint', () => {
    assert.equal(recordableEndpoint('https://user:sk-123@api.example.com:8443/v1?api-key=abc#x'), 'https://api.example.com:8443/v1');
    assert.equal(recordableEndpoint('http://127.0.0.1:11434/v1'), 'http://127.0.0.1:11434/v1');
    assert.equal(recordableEndpoint('not a url'), '');
  });
});

describe('critique records: fingerprints', () => {
  it('keeps a model flag’s fingerprint when its hunk moves, and changes it with the quote, claim, category or severity', () => {
    const moved = `// a header\n// more\n\n${NEW}`;
    const oldMoved = `// a header\n// more\n\n${OLD}`;
    const here = hunkOf(NEW);
    const there = hunkOf(moved, oldMoved);
    assert.notEqual(here.startLine, there.startLine);
    assert.equal(here.hash, there.hash, 'the hunk hash is position-free');
    const subject = critique();
    const fp = critiqueFlagFingerprint(subject);
    assert.match(fp, /^[0-9a-f]{32}$/);
    assert.equal(
      critiqueFlagFingerprint({ ...subject, hunkHash: there.hash, anchor: { line: 9, column: 3, endLine: 9, endColumn: 13 } } as never),
      fp,
    );
    // Not the time, the model, or who ran it; nor the shared indentation of the quote.
    assert.equal(critiqueFlagFingerprint({ ...subject, time: '2030-01-01T00:00:00.000Z', model: 'other' } as never), fp);
    assert.equal(critiqueFlagFingerprint({ ...subject, quote: `  ${QUOTE}` }), fp);
    for (const change of [
      { quote: 'exec(other);' },
      { claim: 'Something else.' },
      { category: 'network' },
      { severity: 'low' },
      { path: 'x.js' },
    ]) {
      assert.notEqual(critiqueFlagFingerprint({ ...subject, ...change }), fp, JSON.stringify(change));
    }
    const gap = critiqueFlagFingerprint({ kind: 'gap', path: 'src/run.js', hunkHash: here.hash });
    assert.notEqual(gap, fp);
    assert.equal(critiqueFlagFingerprint({ kind: 'gap', path: 'src/run.js', hunkHash: there.hash }), gap);
    assert.equal(critiqueFlagCodeHash({ kind: 'gap', path: 'src/run.js', hunkHash: here.hash }), here.hash);
    assert.match(critiqueFlagCodeHash(subject), /^[0-9a-f]{64}$/);
  });

  it('places a critique flag where its quote is now, and keeps it with a notice when the quote is gone', () => {
    const records = [parsed(critique()), parsed(hunkRecord({ unsafeProbability: 0.2 }))];
    const moved = `// a header\n// more\n\n${NEW}`;
    const hunks = fileHunks('src/run.js', `// a header\n// more\n\n${OLD}`, moved);
    const here = modelFlags({ records, known: records, hunks, texts: new Map([['src/run.js', moved]]) });
    assert.deepEqual(
      here.flags.map((f) => [f.ruleId, f.line, f.category, f.severity, f.source, f.notice ?? null]),
      [['model/critique', 9, 'process', 'high', 'model', null]],
    );
    assert.equal(here.flags[0].fingerprint, critiqueFlagFingerprint(critique()));
    assert.deepEqual(
      here.findings.map((f) => [f.ruleId, f.line, f.column, f.source, f.codeHash === here.flags[0].codeHash, f.occurrence]),
      [['model/critique', 9, 3, 'model', true, 0]],
    );
    assert.ok(here.placed.has(here.flags[0].fingerprint));
    const fixed = NEW.replace('exec(cmd);', 'execFile("ls", [cmd]);');
    const gone = modelFlags({
      records,
      known: records,
      hunks: fileHunks('src/run.js', OLD, fixed),
      texts: new Map([['src/run.js', fixed]]),
    });
    assert.equal(gone.flags.length, 1);
    assert.equal(gone.flags[0].fingerprint, here.flags[0].fingerprint);
    assert.equal(gone.flags[0].line, 6, 'the recorded line');
    assert.match(gone.flags[0].notice ?? '', /quoted code is gone/);
    assert.ok(!gone.placed.has(gone.flags[0].fingerprint));
  });

  it('derives the suspicion gap from a likely-unsafe hunk the same model and prompt did not explain', () => {
    const hunks = fileHunks('src/run.js', OLD, NEW);
    const texts = new Map([['src/run.js', NEW]]);
    const suspicious = [parsed(hunkRecord({ unsafeProbability: 0.8 }))];
    const gap = modelFlags({ records: suspicious, known: suspicious, hunks, texts });
    assert.deepEqual(
      gap.flags.map((f) => [f.ruleId, f.category, f.severity, f.line, f.codeHash === hunks[0].hash]),
      [['model/suspicion-gap', 'correctness', 'medium', 5, true]],
    );
    assert.match(gap.flags[0].message, /80% likely/);
    // A critique of that hunk by the same model and prompt explains it; another model's does not.
    const explained = [...suspicious, parsed(critique())];
    assert.deepEqual(
      modelFlags({ records: explained, known: explained, hunks, texts }).flags.map((f) => f.ruleId),
      ['model/critique'],
    );
    const other = [...suspicious, parsed(critique({ model: 'another-model' }))];
    assert.deepEqual(
      modelFlags({ records: other, known: other, hunks, texts })
        .flags.map((f) => f.ruleId)
        .sort(),
      ['model/critique', 'model/suspicion-gap'],
    );
    assert.deepEqual(modelFlags({ records: [parsed(hunkRecord({ unsafeProbability: 0.69 }))], known: [], hunks, texts }).flags, []);
  });
});

describe('critique records: signatures and requireCritique', () => {
  const rita = generateReviewerKey('Rita', 'rita@example.com');
  const mallory = generateReviewerKey('Mallory', 'mallory@example.com');
  const hunk = hunkOf(NEW);

  it('signs with its own domain: a critique signature is not a ledger signature', () => {
    const record = signed(hunkRecord(), rita);
    const payload = critiqueSigningPayload(record);
    assert.ok(payload.startsWith(CRITIQUE_SIGNING_DOMAIN));
    assert.ok(verifySignature(rita.publicKey, payload, record.signature as string));
    assert.ok(!verifySignature(rita.publicKey, payload.replace('0.9', '0.1'), record.signature as string));
    assert.ok(!verifySignature(rita.publicKey, signingPayload(record as never), record.signature as string));
  });

  function gate(records: CritiqueFileRecord[], policy = { ...DEFAULT_POLICY, requireCritique: true }) {
    const input: GateInput = {
      flags: [],
      ledger: [],
      reviewers: { version: 1, reviewers: [{ name: rita.name, email: rita.email, keyId: rita.keyId, publicKey: rita.publicKey }] },
      policy,
      verify: verifySignature,
      critiques: {
        hunks: [{ path: 'src/run.js', hash: hunk.hash, startLine: hunk.startLine, endLine: hunk.endLine, line: 5 }],
        records: records.map(parsed),
      },
    };
    return evaluateGate(input);
  }

  it('blocks each hunk no valid hunk record covers, and passes once a registered reviewer signed one', () => {
    const none = gate([]);
    assert.equal(none.blocked, true);
    assert.deepEqual(none.errors, []);
    assert.deepEqual(
      none.flags.map((f) => [f.ruleId, f.path, f.line, f.state, f.blocking]),
      [['model/not-critiqued', 'src/run.js', 5, 'unresolved', true]],
    );
    assert.match(none.flags[0].message, /Lines 2–7 were not critiqued/);
    const ok = gate([signed(hunkRecord(), rita)]);
    assert.equal(ok.blocked, false, JSON.stringify(ok.flags));
    assert.deepEqual(ok.flags, []);
  });

  it('does not count an unsigned, forged, tampered or unknown-key hunk record, unless signatures are not required', () => {
    const forged = { ...hunkRecord(), reviewer: { name: rita.name, email: rita.email, keyId: rita.keyId }, signature: 'AAAA' };
    const tampered = { ...signed(hunkRecord(), rita), unsafeProbability: 0.1 };
    for (const [record, reason] of [
      [hunkRecord(), /unsigned/],
      [forged, /bad signature/],
      [tampered, /bad signature/],
      [signed(hunkRecord(), mallory), /unknown key/],
      [signed(hunkRecord({ hunkHash: 'f'.repeat(64) }), rita), /no signed record/],
    ] as const) {
      const result = gate([record]);
      assert.equal(result.blocked, true);
      assert.equal(result.flags.length, 1);
      assert.match(result.flags[0].reason, reason);
    }
    const relaxed = gate([hunkRecord()], { ...DEFAULT_POLICY, requireCritique: true, requireSignatures: false });
    assert.equal(relaxed.blocked, false);
  });

  it('cannot decide a policy that requires critiques without them (an error, exit 2), and ignores critiques otherwise', () => {
    const result = evaluateGate({
      flags: [],
      ledger: [],
      reviewers: undefined,
      policy: { ...DEFAULT_POLICY, requireCritique: true },
      verify: verifySignature,
    });
    assert.equal(result.errors.length, 1);
    assert.equal(gate([], DEFAULT_POLICY).blocked, false);
  });
});

describe('critique records: recordCritiques', () => {
  const rita = generateReviewerKey('Rita', 'rita@example.com');
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'airlock-critiques-'));
    execFileSync('git', ['init', '-q', dir], { env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function report(): CritiqueReport {
    const h = hunkOf(NEW);
    return {
      model: 'test-model',
      endpoint: 'https://user:pw@api.example.com/v1?key=1',
      critiques: [
        {
          quote: QUOTE,
          category: 'process',
          severity: 'high',
          claim: 'Runs whatever command it is given.',
          reasoning: 'r',
          check: 'c',
          hunk: 'H1',
          path: 'src/run.js',
          hunkHash: h.hash,
          range: { line: 6, column: 3, endLine: 6, endColumn: 13 },
        },
      ],
      gaps: [],
      usage: { promptTokens: 1, completionTokens: 1, requests: 1, cached: 0 },
      hunks: [
        { id: 'H1', path: 'src/run.js', startLine: h.startLine, endLine: h.endLine, hash: h.hash, critiqued: true, unsafeProbability: 0.9 },
        { id: 'H2', path: 'src/b.js', startLine: 1, endLine: 2, hash: 'e'.repeat(64), critiqued: false },
      ],
      notCritiqued: ['src/b.js:1'],
      dropped: 0,
      errors: [],
    };
  }

  it('appends one record per critique and per critiqued hunk, signed, and skips what the file already says', async () => {
    const first = await recordCritiques(dir, report(), rita, () => Date.parse('2026-01-01T00:00:00Z'));
    assert.equal(first.added, 2);
    assert.equal(first.file, path.join(dir, '.airlock/critiques.jsonl'));
    const text = readFileSync(first.file, 'utf8');
    assert.ok(!text.includes('pw@') && !text.includes('key=1'), 'no credentials from the endpoint');
    const records = parseCritiques(text, 'f');
    assert.deepEqual(records.errors, []);
    assert.deepEqual(
      records.records.map((r) => [r.record.kind, r.record.endpoint, r.record.reviewer?.keyId]),
      [
        ['critique', 'https://api.example.com/v1', rita.keyId],
        ['hunk', 'https://api.example.com/v1', rita.keyId],
      ],
    );
    for (const { record } of records.records) {
      assert.ok(verifySignature(rita.publicKey, critiqueSigningPayload(record), record.signature as string));
    }
    // Again, later: nothing new. Unsigned: already said. By another key: its own records.
    assert.equal((await recordCritiques(dir, report(), rita, () => Date.parse('2026-02-01T00:00:00Z'))).added, 0);
    assert.equal((await recordCritiques(dir, report(), undefined)).added, 0);
    assert.equal((await recordCritiques(dir, report(), generateReviewerKey('Other', 'o@example.com'))).added, 2);
  });

  it('writes signed records next to unsigned ones and forged ones, and refuses a file with a bad line', async () => {
    assert.equal((await recordCritiques(dir, report(), undefined)).added, 2);
    const file = path.join(dir, '.airlock/critiques.jsonl');
    assert.ok(parseCritiques(readFileSync(file, 'utf8'), 'f').records.every((r) => r.record.signature === undefined));
    assert.equal((await recordCritiques(dir, report(), rita)).added, 2, 'an unsigned record does not stand in for a signed one');
    writeFileSync(file, `${readFileSync(file, 'utf8')}{broken\n`);
    const before = readFileSync(file, 'utf8');
    await assert.rejects(recordCritiques(dir, report(), rita), /critiques\.jsonl:5: not valid JSON/);
    assert.equal(readFileSync(file, 'utf8'), before);
  });

  it('makes unsigned records from a run: gaps are derived, not recorded', () => {
    const records = critiqueRunRecords(report(), 0, 'v-test');
    assert.deepEqual(
      records.map((r) => [r.kind, r.promptVersion, r.time]),
      [
        ['critique', 'v-test', '1970-01-01T00:00:00.000Z'],
        ['hunk', 'v-test', '1970-01-01T00:00:00.000Z'],
      ],
    );
  });
});
