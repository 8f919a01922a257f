/**
 * What a model must answer: for each hunk, the probability that something in it is unsafe or wrong,
 * and its critiques, each quoting the exact code it is about. The JSON schema is strict (every
 * property required, nothing else allowed) for structured outputs; `validateAnswer` checks any
 * answer against the same rules, keeps every valid critique and counts the ones it drops.
 */
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../model/finding';

export type CritiqueCategory = Category | 'correctness';
export const CRITIQUE_CATEGORIES: readonly CritiqueCategory[] = [...CATEGORIES, 'correctness'];

export interface ModelCritique {
  /** A short verbatim span from the hunk's new side. */
  quote: string;
  category: CritiqueCategory;
  severity: Severity;
  claim: string;
  reasoning: string;
  /** What a person should check. */
  check: string;
}

export interface HunkAnswer {
  hunk: string;
  /** "Is anything in this hunk unsafe or wrong?", 0..1. */
  unsafeProbability: number;
  critiques: ModelCritique[];
}

export const ANSWER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['hunks'],
  properties: {
    hunks: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['hunk', 'unsafeProbability', 'critiques'],
        properties: {
          hunk: { type: 'string', description: 'The hunk id, such as H1.' },
          unsafeProbability: {
            type: 'number',
            description: 'Probability (0 to 1) that anything in this hunk is unsafe or wrong.',
          },
          critiques: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['quote', 'category', 'severity', 'claim', 'reasoning', 'check'],
              properties: {
                quote: {
                  type: 'string',
                  description: 'The exact code the critique is about, copied verbatim from one added or context line.',
                },
                category: { type: 'string', enum: [...CRITIQUE_CATEGORIES] },
                severity: { type: 'string', enum: [...SEVERITIES] },
                claim: { type: 'string', description: 'One sentence: what is wrong.' },
                reasoning: { type: 'string', description: 'Why, in a few sentences.' },
                check: { type: 'string', description: 'What a person should check to confirm or dismiss it.' },
              },
            },
          },
        },
      },
    },
  },
} as const;

const LIMITS = { quote: 400, claim: 300, reasoning: 2000, check: 600, critiquesPerHunk: 20 } as const;

export interface ValidatedAnswer {
  hunks: HunkAnswer[];
  /** Critiques (or hunk answers) that did not match the schema, with why. */
  dropped: string[];
}

function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed.slice(0, max);
}

/** At most this many reasons for dropped parts are kept (the rest are counted in one line). */
const MAX_DROPPED_REASONS = 50;

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
}

/**
 * Validates a parsed answer. Never throws, whatever the shape: what is invalid is dropped and
 * named. A hunk answer without a numeric probability or a critiques list is dropped whole (the
 * hunk then counts as not critiqued); the same hunk answered twice keeps the higher probability
 * and at most the per-hunk number of critiques.
 */
export function validateAnswer(value: unknown, hunkIds: ReadonlySet<string>): ValidatedAnswer {
  const dropped: string[] = [];
  let more = 0;
  const drop = (reason: string): void => {
    if (dropped.length < MAX_DROPPED_REASONS) {
      dropped.push(reason);
    } else {
      more++;
    }
  };
  const root = value as { hunks?: unknown } | null;
  if (root === null || typeof root !== 'object' || !Array.isArray(root.hunks)) {
    return { hunks: [], dropped: ['the answer has no "hunks" list'] };
  }
  const byId = new Map<string, HunkAnswer>();
  const list: unknown[] = root.hunks;
  // More answers than hunks (times a few duplicates) is not an answer to this request.
  const limit = Math.min(list.length, hunkIds.size * 4);
  if (list.length > limit) {
    drop(`${list.length - limit} hunk answers beyond ${limit} for ${hunkIds.size} hunks`);
  }
  for (let i = 0; i < limit; i++) {
    const h = list[i] as Record<string, unknown> | null;
    const rawId = h !== null && typeof h === 'object' ? h.hunk : undefined;
    const id = typeof rawId === 'string' ? rawId.trim() : '';
    if (!hunkIds.has(id)) {
      drop(`hunks[${i}]: unknown hunk ${describe(rawId)}`);
      continue;
    }
    const record = h as Record<string, unknown>;
    const p = record.unsafeProbability;
    if (typeof p !== 'number' || !Number.isFinite(p) || !Array.isArray(record.critiques)) {
      drop(
        `hunks[${i}] (${id}): ${typeof p !== 'number' || !Number.isFinite(p) ? 'unsafeProbability is not a number' : 'critiques is not a list'}`,
      );
      continue;
    }
    const probability = Math.min(1, Math.max(0, p));
    const answer = byId.get(id) ?? { hunk: id, unsafeProbability: probability, critiques: [] };
    answer.unsafeProbability = Math.max(answer.unsafeProbability, probability);
    byId.set(id, answer);
    const critiques: unknown[] = record.critiques;
    for (let j = 0; j < critiques.length; j++) {
      if (answer.critiques.length >= LIMITS.critiquesPerHunk) {
        drop(`hunks[${i}] (${id}): ${critiques.length - j} critiques beyond ${LIMITS.critiquesPerHunk} for one hunk`);
        break;
      }
      const r = critiques[j] as Record<string, unknown> | null;
      const rawQuote = r !== null && typeof r === 'object' && typeof r.quote === 'string' ? r.quote.slice(0, LIMITS.quote) : '';
      const quote = rawQuote.trim() === '' ? undefined : rawQuote;
      const category = CRITIQUE_CATEGORIES.find((x) => x === r?.category);
      const severity = SEVERITIES.find((x) => x === r?.severity);
      const claim = text(r?.claim, LIMITS.claim);
      const reasoning = text(r?.reasoning, LIMITS.reasoning);
      const check = text(r?.check, LIMITS.check);
      if (!quote || !category || !severity || !claim || !reasoning || !check) {
        drop(
          `hunks[${i}].critiques[${j}] (${id}): missing or invalid ${[
            !quote && 'quote',
            !category && 'category',
            !severity && 'severity',
            !claim && 'claim',
            !reasoning && 'reasoning',
            !check && 'check',
          ]
            .filter(Boolean)
            .join(', ')}`,
        );
        continue;
      }
      answer.critiques.push({ quote, category, severity, claim, reasoning, check });
    }
  }
  if (more > 0) {
    dropped.push(`and ${more} more`);
  }
  return { hunks: [...byId.values()], dropped };
}
