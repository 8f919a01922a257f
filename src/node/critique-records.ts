/**
 * Writing `.airlock/critiques.jsonl`: one record per critique and per critiqued hunk of a run,
 * signed when the person who ran it has a reviewer key, appended atomically under the same lock
 * as the ledger. Records already in the file (the same statement by the same signer) are not
 * written again, and existing lines, valid or not, are never changed or dropped.
 */
import * as path from 'node:path';
import { PROMPT_VERSION } from '../core/critique/prompt';
import {
  critiqueRecordProblem,
  CRITIQUE_RECORD_FORMAT,
  CRITIQUES_PATH,
  critiqueRecordIdentity,
  critiqueSigningPayload,
  parseCritiques,
  recordableEndpoint,
  serializeCritiqueRecord,
  type CritiqueFileRecord,
  type UnsignedCritiqueRecord,
} from '../core/critique/record';
import type { CritiqueReport } from '../core/critique/run';
import { recordTime } from '../core/ledger/record';
import { repositoryRoot } from './changes';
import { LedgerFormatError } from './gate';
import { signPayload, verifySignature, type ReviewerKey } from './keys';
import { appendLines, ledgerLockPath } from './ledger-file';

/** The records a critique run makes, unsigned (gaps are not recorded: the gate derives them from `hunk` records). */
export function critiqueRunRecords(report: CritiqueReport, timeMs: number, promptVersion = PROMPT_VERSION): UnsignedCritiqueRecord[] {
  const time = recordTime(timeMs);
  const endpoint = recordableEndpoint(report.endpoint);
  const lines = new Map(report.hunks.map((h) => [`${h.path}\u0000${h.hash}`, { startLine: h.startLine, endLine: h.endLine }]));
  const common = (p: string, hunkHash: string) => ({
    v: CRITIQUE_RECORD_FORMAT,
    time,
    // Bounded as the format requires: a model id or endpoint from settings can be longer.
    model: report.model.slice(0, 200),
    endpoint: endpoint.slice(0, 2000),
    promptVersion,
    path: p,
    hunkHash,
    ...(lines.get(`${p}\u0000${hunkHash}`) ?? { startLine: 1, endLine: 1 }),
  });
  const out: UnsignedCritiqueRecord[] = [];
  for (const c of report.critiques) {
    out.push({
      ...common(c.path, c.hunkHash),
      kind: 'critique',
      quote: c.quote,
      category: c.category,
      severity: c.severity,
      claim: c.claim,
      reasoning: c.reasoning,
      check: c.check,
      anchor: c.range ? { ...c.range } : { unanchored: c.unanchored ?? 'not found' },
    });
  }
  for (const h of report.hunks) {
    if (h.critiqued && h.unsafeProbability !== undefined) {
      out.push({ ...common(h.path, h.hash), kind: 'hunk', unsafeProbability: h.unsafeProbability });
    }
  }
  // Never write a line the parser would refuse: one such line would stop the gate and every later write.
  return out.filter((record) => critiqueRecordProblem(record) === undefined);
}

function sign(record: UnsignedCritiqueRecord, key: ReviewerKey | undefined): CritiqueFileRecord {
  if (!key) {
    return record as CritiqueFileRecord;
  }
  const reviewer = { name: key.name, email: key.email, keyId: key.keyId };
  const unsigned = { ...record, reviewer } as CritiqueFileRecord;
  return { ...unsigned, signature: signPayload(critiqueSigningPayload(unsigned), key) };
}

/**
 * Appends a critique run's records to `.airlock/critiques.jsonl` of the repository at `cwd`: one per
 * critique and one per critiqued hunk, signed with `key` when given. A record is skipped when the
 * file already says the same (the same critique or hunk, model, endpoint and prompt version): for a
 * signed record, in a record validly signed with the same key; for an unsigned one, in any record.
 * A file with a line that is not a record is refused (nothing is written).
 */
export async function recordCritiques(
  cwd: string,
  report: CritiqueReport,
  key: ReviewerKey | undefined,
  now: () => number = Date.now,
): Promise<{ file: string; added: number }> {
  const root = await repositoryRoot(cwd);
  const file = path.join(root, CRITIQUES_PATH);
  const candidates = critiqueRunRecords(report, now());
  if (candidates.length === 0) {
    return { file, added: 0 };
  }
  const added = await appendLines(root, CRITIQUES_PATH, await ledgerLockPath(root), (existing) => {
    const parsed = parseCritiques(existing, CRITIQUES_PATH);
    if (parsed.errors.length > 0) {
      throw new LedgerFormatError(parsed.errors);
    }
    // What the file already says: any record makes the same flag an unsigned one would; only a
    // record validly signed with this key is what a signed one would be.
    const stated = new Set<string>();
    const signed = new Set<string>();
    for (const { record } of parsed.records) {
      const identity = critiqueRecordIdentity(record);
      stated.add(identity);
      if (key && record.reviewer?.keyId === key.keyId && verifies(record, key)) {
        signed.add(identity);
      }
    }
    const held = key ? signed : stated;
    const lines: string[] = [];
    for (const record of candidates) {
      const identity = critiqueRecordIdentity(record);
      if (held.has(identity)) {
        continue;
      }
      held.add(identity);
      lines.push(serializeCritiqueRecord(sign(record, key)));
    }
    return lines;
  });
  return { file, added: added.length };
}

function verifies(record: CritiqueFileRecord, key: ReviewerKey): boolean {
  try {
    return verifySignature(key.publicKey, critiqueSigningPayload(record), record.signature ?? '');
  } catch {
    return false;
  }
}
