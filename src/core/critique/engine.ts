/**
 * One critique run, whatever the model behind it: hunks batched within the provider's context
 * budget, answers cached per hunk, a few requests in flight, a token budget per run, every answer
 * validated against the schema. Providers (an OpenAI-compatible endpoint in src/node, the VS Code
 * Language Model API in src/extension) only send messages and hand back what came back.
 */
import { sha256Hex } from '../engine/hash';
import type { Hunk } from './hunks';
import { buildMessages, nonceIsFree, PROMPT_VERSION, type ChatMessage, type PromptWarning } from './prompt';
import { validateAnswer, type HunkAnswer } from './schema';

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  requests: number;
  cached: number;
  /** Set when some request's usage was not reported and its estimate was counted instead. */
  estimated?: boolean;
}

/** What one request gave back. */
export interface ProviderAnswer {
  /** Text to parse as JSON (tolerantly: models wrap JSON in prose or fences). */
  text?: string;
  /** An answer that arrived already structured (a tool call's input). */
  value?: unknown;
  promptTokens?: number;
  completionTokens?: number;
  /** Faults and warnings about this request, each a sentence; the run goes on. */
  errors: string[];
}

export interface CritiqueProvider {
  /** The endpoint, as cache keys, messages and reports name it. */
  readonly endpoint: string;
  readonly model: string;
  /** Estimated prompt tokens one request may carry. */
  readonly contextBudget: number;
  /** Sends one request. Never throws for a model or network fault: it reports it in `errors`. */
  send(messages: ChatMessage[], signal: AbortSignal | undefined): Promise<ProviderAnswer>;
}

/** Per-hunk answer cache (the caller decides where: never the workspace). */
export interface AnswerCache {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface CritiqueRunOptions {
  hunks: readonly Hunk[];
  warnings: readonly PromptWarning[];
  provider: CritiqueProvider;
  /** Draws a delimiter nonce (16+ letters and digits); drawn again while the change contains it. */
  nonce: () => string;
  cache?: AnswerCache;
  signal?: AbortSignal;
  /** Requests in flight at once (default 2). */
  concurrency?: number;
  /** Tokens (prompt + completion, estimated before sending) one run may spend; undefined: no limit. */
  budgetTokens?: number;
  /** Called after each request or cache hit. */
  onProgress?: (progress: { done: number; total: number; usage: Usage }) => void;
}

export interface CritiqueRun {
  model: string;
  answers: HunkAnswer[];
  /** Critiques or answers that did not match the schema. */
  dropped: string[];
  /** Faults, each a sentence. */
  errors: string[];
  /** Ids of the hunks nobody critiqued (a fault, the budget, no answer for them, a cancel). */
  notCritiqued: string[];
  usage: Usage;
}

/** A conservative token estimate: about three characters per token. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3);
}

/** Tokens the instructions around the hunks take, estimated high. */
export const PROMPT_OVERHEAD = 800;

export function hunkTokens(h: Hunk): number {
  return (
    estimateTokens(h.path) +
    20 +
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
  for (const hunk of hunks) {
    const s = hunkTokens(hunk);
    if (s + PROMPT_OVERHEAD > budget) {
      tooLarge.push(hunk);
      continue;
    }
    if (size + s + PROMPT_OVERHEAD > budget && current.length > 0) {
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

/** The longest answer read, in characters: anything longer is not a critique of a few hunks. */
export const MAX_ANSWER_CHARS = 256 * 1024;

/**
 * The JSON object in a text (models sometimes wrap JSON in prose or fences): the whole text, else a
 * fenced block, else from the first `{` to one of the last few `}` (a bounded number of tries, so
 * a hostile answer cannot make this quadratic).
 */
export function extractJson(text: string): unknown {
  const attempt = (candidate: string): unknown => {
    try {
      return JSON.parse(candidate);
    } catch {
      return undefined;
    }
  };
  const trimmed = text.trim();
  const whole = attempt(trimmed);
  if (whole !== undefined) {
    return whole;
  }
  const fenced = /```(?:json)?\s*\n([\s\S]*?)\n\s*```/.exec(trimmed);
  const inFence = fenced ? attempt(fenced[1]) : undefined;
  if (inFence !== undefined) {
    return inFence;
  }
  const start = trimmed.indexOf('{');
  let end = trimmed.lastIndexOf('}');
  for (let tries = 0; start >= 0 && end > start && tries < 8; tries++, end = trimmed.lastIndexOf('}', end - 1)) {
    const found = attempt(trimmed.slice(start, end + 1));
    if (found !== undefined) {
      return found;
    }
  }
  return undefined;
}

/** `scheme://host[:port]/path` of an endpoint: never its user name, password, query or fragment. */
export function endpointLabel(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return '(an endpoint that is not a URL)';
  }
}

/** The cache key: endpoint, model, prompt version and the hunk's content hash. */
export function answerCacheKey(endpoint: string, model: string, hunk: Hunk): string {
  return sha256Hex(`${endpoint}\u0000${model}\u0000${PROMPT_VERSION}\u0000${hunk.hash}`);
}

function drawNonce(draw: () => string, hunks: readonly Hunk[], warnings: readonly PromptWarning[]): string {
  for (let i = 0; i < 1000; i++) {
    const nonce = draw();
    if (/^[A-Za-z0-9]{16,}$/.test(nonce) && nonceIsFree(hunks, warnings, nonce)) {
      return nonce;
    }
  }
  throw new Error('could not draw a delimiter nonce the change does not contain');
}

async function cached(options: CritiqueRunOptions, hunk: Hunk): Promise<HunkAnswer | undefined> {
  if (!options.cache) {
    return undefined;
  }
  try {
    const value = await options.cache.get(answerCacheKey(options.provider.endpoint, options.provider.model, hunk));
    if (value === undefined || value === null || typeof value !== 'object') {
      return undefined;
    }
    const valid = validateAnswer({ hunks: [{ ...value, hunk: hunk.id }] }, new Set([hunk.id]));
    return valid.dropped.length === 0 ? valid.hunks[0] : undefined;
  } catch {
    return undefined;
  }
}

/** Settles with `work`, or with a "cancelled" answer as soon as `signal` aborts. */
function untilAborted(work: Promise<ProviderAnswer>, signal: AbortSignal | undefined): Promise<ProviderAnswer> {
  if (!signal) {
    return work;
  }
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.resolve({ errors: ['cancelled'] });
  }
  return new Promise<ProviderAnswer>((resolve, reject) => {
    const onAbort = (): void => resolve({ errors: ['cancelled'] });
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export async function runCritique(options: CritiqueRunOptions): Promise<CritiqueRun> {
  const { provider } = options;
  const run: CritiqueRun = {
    model: provider.model,
    answers: [],
    dropped: [],
    errors: [],
    notCritiqued: [],
    usage: { promptTokens: 0, completionTokens: 0, requests: 0, cached: 0 },
  };
  const total = options.hunks.length;
  let done = 0;
  const progress = (n: number): void => {
    done += n;
    options.onProgress?.({ done, total, usage: { ...run.usage } });
  };
  const pending: Hunk[] = [];
  for (const hunk of options.hunks) {
    const answer = await cached(options, hunk);
    if (answer) {
      run.answers.push(answer);
      run.usage.cached++;
      progress(1);
    } else {
      pending.push(hunk);
    }
  }
  const { batches, tooLarge } = batchHunks(pending, provider.contextBudget);
  for (const hunk of tooLarge) {
    run.notCritiqued.push(hunk.id);
    run.errors.push(`hunk ${hunk.id} (${hunk.path}:${hunk.startLine}) is too large for the model's context budget: not critiqued`);
    progress(1);
  }
  // The run's token budget: actual usage so far plus what is in flight, estimated before sending.
  let committed = 0;
  let overBudget = false;
  const sendBatch = async (batch: Hunk[]): Promise<void> => {
    const skip = (): void => {
      run.notCritiqued.push(...batch.map((h) => h.id));
      progress(batch.length);
    };
    if (options.signal?.aborted) {
      return skip();
    }
    const warnings = options.warnings.filter((w) => batch.some((h) => h.id === w.hunk));
    const messages = buildMessages(batch, warnings, drawNonce(options.nonce, batch, warnings));
    const estimate = messages.reduce((n, m) => n + estimateTokens(m.content), 0) * 2;
    if (
      options.budgetTokens !== undefined &&
      run.usage.promptTokens + run.usage.completionTokens + committed + estimate > options.budgetTokens
    ) {
      if (!overBudget) {
        run.errors.push(`the run's token budget (${options.budgetTokens}) is spent: the remaining hunks were not sent`);
      }
      overBudget = true;
      return skip();
    }
    committed += estimate;
    let answer: ProviderAnswer;
    try {
      // A cancel or the deadline ends the wait at once, even while the provider sleeps before a retry.
      answer = await untilAborted(provider.send(messages, options.signal), options.signal);
    } catch (error) {
      answer = { errors: [`critique failed: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`] };
    } finally {
      committed -= estimate;
    }
    run.usage.requests++;
    // Without usage from the endpoint (a cut stream, a server that sends none), count the estimate:
    // the budget and the cost shown never treat a request as free.
    if (answer.promptTokens === undefined || answer.completionTokens === undefined) {
      run.usage.estimated = true;
    }
    run.usage.promptTokens += answer.promptTokens ?? Math.ceil(estimate / 2);
    run.usage.completionTokens += answer.completionTokens ?? estimateTokens(answer.text ?? '');
    for (const error of answer.errors) {
      run.errors.push(error);
    }
    let parsed = answer.value;
    if (parsed === undefined) {
      if (answer.text === undefined) {
        return skip();
      }
      if (answer.text.trim() === '') {
        run.errors.push('the model gave an empty answer');
        return skip();
      }
      if (answer.text.length > MAX_ANSWER_CHARS) {
        run.errors.push(`the answer was longer than ${MAX_ANSWER_CHARS} characters and was not read`);
        return skip();
      }
      parsed = extractJson(answer.text);
      if (parsed === undefined) {
        run.errors.push('the answer was not JSON');
        return skip();
      }
    }
    const valid = validateAnswer(parsed, new Set(batch.map((h) => h.id)));
    for (const reason of valid.dropped) {
      run.dropped.push(reason);
    }
    for (const answered of valid.hunks) {
      run.answers.push(answered);
    }
    for (const hunk of batch) {
      const got = valid.hunks.find((a) => a.hunk === hunk.id);
      if (!got) {
        run.notCritiqued.push(hunk.id);
      } else if (!valid.dropped.some((reason) => reason.includes(`(${hunk.id})`) || reason.startsWith('and '))) {
        // Cached only when nothing of it was dropped, and without the hunk's id: ids are per run,
        // the key is the hunk's content.
        await options.cache
          ?.set(answerCacheKey(provider.endpoint, provider.model, hunk), {
            unsafeProbability: got.unsafeProbability,
            critiques: got.critiques,
          })
          .catch(() => undefined);
      }
    }
    progress(batch.length);
  };
  const queue = [...batches];
  const workers = Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 2, queue.length)) }, async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      const current = batch;
      // A fault in one batch (whatever the answer held) costs that batch, never the run.
      await sendBatch(current).catch((error: unknown) => {
        run.errors.push(`critique failed: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
        for (const hunk of current) {
          run.notCritiqued.push(hunk.id);
        }
      });
    }
  });
  await Promise.all(workers);
  return run;
}
