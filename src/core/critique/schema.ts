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

/** Validates a parsed answer. Never throws: what is invalid is dropped and named. */
export function validateAnswer(value: unknown, hunkIds: ReadonlySet<string>): ValidatedAnswer {
  const dropped: string[] = [];
  const root = value as { hunks?: unknown } | null;
  if (root === null || typeof root !== 'object' || !Array.isArray(root.hunks)) {
    return { hunks: [], dropped: ['the answer has no "hunks" list'] };
  }
  const byId = new Map<string, HunkAnswer>();
  root.hunks.forEach((raw: unknown, i: number) => {
    const h = raw as Record<string, unknown> | null;
    const id = typeof h?.hunk === 'string' ? h.hunk.trim() : '';
    if (!h || !hunkIds.has(id)) {
      dropped.push(`hunks[${i}]: unknown hunk ${JSON.stringify(String(h?.hunk ?? '')).slice(0, 40)}`);
      return;
    }
    const p = h.unsafeProbability;
    const probability = typeof p === 'number' && Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : undefined;
    if (probability === undefined) {
      dropped.push(`hunks[${i}] (${id}): unsafeProbability is not a number`);
    }
    const critiques: ModelCritique[] = [];
    const list = Array.isArray(h.critiques) ? h.critiques : [];
    if (!Array.isArray(h.critiques)) {
      dropped.push(`hunks[${i}] (${id}): critiques is not a list`);
    }
    list.forEach((c: unknown, j: number) => {
      const r = c as Record<string, unknown> | null;
      const quote = r && typeof r.quote === 'string' && r.quote.trim() !== '' ? r.quote.slice(0, LIMITS.quote) : undefined;
      const category = CRITIQUE_CATEGORIES.find((x) => x === r?.category);
      const severity = SEVERITIES.find((x) => x === r?.severity);
      const claim = text(r?.claim, LIMITS.claim);
      const reasoning = text(r?.reasoning, LIMITS.reasoning);
      const check = text(r?.check, LIMITS.check);
      if (!quote || !category || !severity || !claim || !reasoning || !check) {
        dropped.push(
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
        return;
      }
      if (critiques.length >= LIMITS.critiquesPerHunk) {
        dropped.push(`hunks[${i}].critiques[${j}] (${id}): more than ${LIMITS.critiquesPerHunk} critiques for one hunk`);
        return;
      }
      critiques.push({ quote, category, severity, claim, reasoning, check });
    });
    const previous = byId.get(id);
    if (previous) {
      // The same hunk answered twice: keep every critique, and the higher suspicion.
      previous.critiques.push(...critiques);
      previous.unsafeProbability = Math.max(previous.unsafeProbability, probability ?? 0);
    } else {
      byId.set(id, { hunk: id, unsafeProbability: probability ?? 0, critiques });
    }
  });
  return { hunks: [...byId.values()], dropped };
}
