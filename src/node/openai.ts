/**
 * Critiques from an OpenAI-compatible endpoint (OpenAI, Azure OpenAI, Ollama, vLLM, LM Studio):
 * the only file that imports "openai". Prompt, schema, validation and anchoring are core's; this
 * file sends the requests (structured outputs, then JSON mode, then tolerant extraction), batches
 * hunks within a token budget, retries through the SDK (which honours Retry-After), caches answers
 * per hunk outside the workspace, and turns every fault into a message instead of a crash.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import OpenAI, { APIError, APIUserAbortError } from 'openai';
import type { Hunk } from '../core/critique/hunks';
import { buildMessages, nonceIsFree, PROMPT_VERSION, type PromptWarning } from '../core/critique/prompt';
import { ANSWER_SCHEMA, validateAnswer, type HunkAnswer } from '../core/critique/schema';
import { sha256Hex } from '../core/engine/hash';
import { writeFileAtomic } from './files';

export const DEFAULT_MODEL = 'gpt-4o-mini';
export const DEFAULT_BASE_URL = 'https://api.openai.com/v1';

export interface CritiqueRequest {
  hunks: readonly Hunk[];
  warnings: readonly PromptWarning[];
  apiKey: string;
  baseURL: string;
  model: string;
  /** Per request. */
  timeoutMs: number;
  maxRetries?: number;
  /** Folder for the per-hunk answer cache; undefined: no cache. */
  cacheDir?: string;
  signal?: AbortSignal;
  /** Estimated prompt tokens per request (hunks are batched under it). */
  tokenBudget?: number;
  /** Requests in flight at once (default 2). */
  concurrency?: number;
}

export interface CritiqueRun {
  model: string;
  answers: HunkAnswer[];
  /** Critiques or answers that did not match the schema. */
  dropped: string[];
  /** Faults, each a sentence (the run goes on with the other batches). */
  errors: string[];
  /** Hunks nobody critiqued (a fault, a budget, no answer for them). */
  notCritiqued: string[];
  usage: { promptTokens: number; completionTokens: number; requests: number; cached: number };
}

/** A conservative token estimate: about three characters per token. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3);
}

function hunkSize(h: Hunk): number {
  return (
    estimateTokens(h.path) +
    h.lines.reduce((n, l) => n + estimateTokens(l.text) + 4, 0) +
    h.removed.reduce((n, l) => n + estimateTokens(l) + 4, 0)
  );
}

/** Batches hunks so each request stays under the budget; a hunk too big alone is not sent. */
export function batchHunks(hunks: readonly Hunk[], budget: number): { batches: Hunk[][]; tooLarge: Hunk[] } {
  const batches: Hunk[][] = [];
  const tooLarge: Hunk[] = [];
  let current: Hunk[] = [];
  let size = 0;
  const overhead = 800;
  for (const hunk of hunks) {
    const s = hunkSize(hunk);
    if (s + overhead > budget) {
      tooLarge.push(hunk);
      continue;
    }
    if (size + s + overhead > budget && current.length > 0) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(hunk);
    size += s;
  }
  if (current.length > 0) {
    batches.push(current);
  }
  return { batches, tooLarge };
}

function drawNonce(hunks: readonly Hunk[], warnings: readonly PromptWarning[]): string {
  for (;;) {
    const nonce = randomBytes(12)
      .toString('base64')
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 16)
      .padEnd(16, 'x');
    if (nonceIsFree(hunks, warnings, nonce)) {
      return nonce;
    }
  }
}

/** The first balanced JSON object in a text (models sometimes wrap JSON in prose or fences). */
export function extractJson(text: string): unknown {
  const trimmed = text.trim();
  try {
    return JSON.parse(trimmed);
  } catch {
    /* fall through to extraction */
  }
  const start = trimmed.indexOf('{');
  for (let end = trimmed.lastIndexOf('}'); start >= 0 && end > start; end = trimmed.lastIndexOf('}', end - 1)) {
    try {
      return JSON.parse(trimmed.slice(start, end + 1));
    } catch {
      /* try a shorter span */
    }
  }
  return undefined;
}

function cacheKey(request: CritiqueRequest, hunk: Hunk): string {
  return sha256Hex(`${request.baseURL}\u0000${request.model}\u0000${PROMPT_VERSION}\u0000${hunk.hash}`);
}

async function readCache(request: CritiqueRequest, hunk: Hunk): Promise<HunkAnswer | undefined> {
  if (!request.cacheDir) {
    return undefined;
  }
  try {
    const value = JSON.parse(await readFile(path.join(request.cacheDir, `${cacheKey(request, hunk)}.json`), 'utf8')) as unknown;
    const valid = validateAnswer({ hunks: [{ ...(value as object), hunk: hunk.id }] }, new Set([hunk.id]));
    return valid.dropped.length === 0 ? valid.hunks[0] : undefined;
  } catch {
    return undefined;
  }
}

async function writeCache(request: CritiqueRequest, hunk: Hunk, answer: HunkAnswer): Promise<void> {
  if (!request.cacheDir) {
    return;
  }
  await mkdir(request.cacheDir, { recursive: true, mode: 0o700 });
  // Stored without the hunk's id: ids are per run, the cache key is the hunk's content.
  const stored = { unsafeProbability: answer.unsafeProbability, critiques: answer.critiques };
  await writeFileAtomic(path.join(request.cacheDir, `${cacheKey(request, hunk)}.json`), JSON.stringify(stored), 0o600);
}

/** A sentence for a fault, naming what to do about it. */
export function describeFault(error: unknown, request: Pick<CritiqueRequest, 'baseURL' | 'model'>): string {
  if (error instanceof APIUserAbortError) {
    return 'cancelled';
  }
  if (error instanceof APIError) {
    switch (error.status) {
      case 401:
        return `the endpoint ${request.baseURL} rejected the API key (401): check AIRLOCK_API_KEY or OPENAI_API_KEY`;
      case 404:
        return `the endpoint ${request.baseURL} does not know the model "${request.model}" (404)`;
      case 429:
        return `rate limited by ${request.baseURL} (429), even after retries`;
      case 400:
        return /context|maximum|too long|tokens/i.test(error.message)
          ? `the request is too long for the model "${request.model}" (400)`
          : `the endpoint ${request.baseURL} refused the request (400): ${error.message.slice(0, 200)}`;
      case undefined:
        return `could not reach ${request.baseURL}: ${error.message.slice(0, 200)}`;
      default:
        return `the endpoint ${request.baseURL} failed (${error.status}): ${error.message.slice(0, 200)}`;
    }
  }
  return `critique failed: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`;
}

type Mode = 'schema' | 'json' | 'text';

export async function critique(request: CritiqueRequest): Promise<CritiqueRun> {
  const run: CritiqueRun = {
    model: request.model,
    answers: [],
    dropped: [],
    errors: [],
    notCritiqued: [],
    usage: { promptTokens: 0, completionTokens: 0, requests: 0, cached: 0 },
  };
  const pending: Hunk[] = [];
  for (const hunk of request.hunks) {
    const cached = await readCache(request, hunk);
    if (cached) {
      run.answers.push(cached);
      run.usage.cached++;
    } else {
      pending.push(hunk);
    }
  }
  const { batches, tooLarge } = batchHunks(pending, request.tokenBudget ?? 12_000);
  for (const hunk of tooLarge) {
    run.notCritiqued.push(hunk.id);
    run.errors.push(`hunk ${hunk.id} (${hunk.path}:${hunk.startLine}) is too large to send within the token budget: not critiqued`);
  }
  const client = new OpenAI({
    apiKey: request.apiKey,
    baseURL: request.baseURL,
    maxRetries: request.maxRetries ?? 2,
    timeout: request.timeoutMs,
  });
  let mode: Mode = 'schema';
  const sendBatch = async (batch: Hunk[]): Promise<void> => {
    if (request.signal?.aborted) {
      run.notCritiqued.push(...batch.map((h) => h.id));
      return;
    }
    const warnings = request.warnings.filter((w) => batch.some((h) => h.id === w.hunk));
    const messages = buildMessages(batch, warnings, drawNonce(batch, warnings));
    let content: string | undefined;
    for (;;) {
      try {
        const response = await client.chat.completions.create(
          {
            model: request.model,
            messages,
            temperature: 0,
            ...(mode === 'schema'
              ? {
                  response_format: {
                    type: 'json_schema' as const,
                    json_schema: { name: 'airlock_critique', strict: true, schema: ANSWER_SCHEMA as unknown as Record<string, unknown> },
                  },
                }
              : mode === 'json'
                ? { response_format: { type: 'json_object' as const } }
                : {}),
          },
          { signal: request.signal },
        );
        run.usage.requests++;
        run.usage.promptTokens += response.usage?.prompt_tokens ?? 0;
        run.usage.completionTokens += response.usage?.completion_tokens ?? 0;
        const choice = response.choices?.[0];
        if (choice?.message?.refusal) {
          run.errors.push(`the model refused: ${choice.message.refusal.slice(0, 200)}`);
        }
        content = choice?.message?.content ?? undefined;
        if (choice?.finish_reason === 'length') {
          run.errors.push('the answer was cut off (finish_reason "length"); what could be read is kept');
        }
        break;
      } catch (error) {
        // An endpoint without structured outputs: JSON mode, then plain text with extraction.
        if (
          error instanceof APIError &&
          error.status === 400 &&
          mode !== 'text' &&
          /response_format|json_schema|json_object|schema/i.test(error.message)
        ) {
          mode = mode === 'schema' ? 'json' : 'text';
          continue;
        }
        run.errors.push(describeFault(error, request));
        break;
      }
    }
    const ids = new Set(batch.map((h) => h.id));
    if (content === undefined || content.trim() === '') {
      if (content !== undefined) {
        run.errors.push('the model gave an empty answer');
      }
      run.notCritiqued.push(...batch.map((h) => h.id));
      return;
    }
    const parsed = extractJson(content);
    if (parsed === undefined) {
      run.errors.push('the answer was not JSON');
      run.notCritiqued.push(...batch.map((h) => h.id));
      return;
    }
    const valid = validateAnswer(parsed, ids);
    run.dropped.push(...valid.dropped);
    run.answers.push(...valid.hunks);
    for (const hunk of batch) {
      const answer = valid.hunks.find((a) => a.hunk === hunk.id);
      if (answer) {
        await writeCache(request, hunk, answer).catch(() => undefined);
      } else {
        run.notCritiqued.push(hunk.id);
      }
    }
  };
  // A few requests at a time: fast on big changes, gentle on rate limits.
  const queue = [...batches];
  const workers = Array.from({ length: Math.max(1, Math.min(request.concurrency ?? 2, queue.length)) }, async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      await sendBatch(batch);
    }
  });
  await Promise.all(workers);
  return run;
}
