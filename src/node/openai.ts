/**
 * Critiques from an OpenAI-compatible endpoint (OpenAI, Azure OpenAI, Ollama, vLLM, LM Studio):
 * the only file that imports "openai". Prompt, schema, validation, batching and anchoring are
 * core's; this provider sends one request (structured outputs, then JSON mode, then plain text for
 * tolerant extraction; streamed unless told otherwise), retries through the SDK (which honours
 * Retry-After), and turns every fault into a sentence instead of a crash. The answer cache lives in
 * a folder outside the workspace.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { makeDirsSync } from './cache-dir';
import OpenAI, { APIError, APIUserAbortError } from 'openai';
import { endpointLabel, MAX_ANSWER_CHARS, type AnswerCache, type CritiqueProvider, type ProviderAnswer } from '../core/critique/engine';
import type { ChatMessage } from '../core/critique/prompt';
import { ANSWER_SCHEMA } from '../core/critique/schema';
import { writeFileAtomic } from './files';

export const DEFAULT_MODEL = 'gpt-4o-mini';
export const DEFAULT_BASE_URL = 'https://api.openai.com/v1';

export interface OpenAIProviderOptions {
  apiKey: string;
  baseURL: string;
  model: string;
  /** Per request. */
  timeoutMs: number;
  maxRetries?: number;
  /** Estimated prompt tokens per request (default 12,000). */
  contextBudget?: number;
  /** Stream the answer (default true): a cancel or a timeout stops it mid-answer. */
  stream?: boolean;
  /** Where faults tell the user to put the key. */
  keyHint?: string;
}

/** A 16-character nonce of letters and digits. */
export function randomNonce(): string {
  return randomBytes(12)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 16)
    .padEnd(16, 'x');
}

/** The answer cache as files in `dir` (one per hunk answer, 0600). */
export function folderCache(dir: string): AnswerCache {
  return {
    async get(key) {
      try {
        return JSON.parse(await readFile(path.join(dir, `${key}.json`), 'utf8')) as unknown;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      makeDirsSync(dir);
      await writeFileAtomic(path.join(dir, `${key}.json`), JSON.stringify(value), 0o600);
    },
  };
}

/** A sentence for a fault, naming what to do about it. */
export function describeFault(error: unknown, request: { baseURL: string; model: string; keyHint?: string }): string {
  const where = endpointLabel(request.baseURL);
  if (error instanceof APIUserAbortError) {
    return 'cancelled';
  }
  if (error instanceof APIError) {
    switch (error.status) {
      case 401:
        return `the endpoint ${where} rejected the API key (401): ${request.keyHint ?? 'check AIRLOCK_API_KEY or OPENAI_API_KEY'}`;
      case 404:
        return `the endpoint ${where} does not know the model "${request.model}" (404)`;
      case 429:
        return `rate limited by ${where} (429), even after retries`;
      case 400:
        return /context|maximum|too long|tokens/i.test(error.message)
          ? `the request is too long for the model "${request.model}" (400)`
          : `the endpoint ${where} refused the request (400): ${error.message.slice(0, 200)}`;
      case undefined:
        return `could not reach ${where}: ${error.message.slice(0, 200)}`;
      default:
        return `the endpoint ${where} failed (${error.status}): ${error.message.slice(0, 200)}`;
    }
  }
  if (error instanceof TimeoutFault) {
    return `the request to ${where} timed out after ${error.ms / 1000} s`;
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return 'cancelled';
  }
  return `critique failed: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`;
}

type Mode = 'schema' | 'json' | 'text';

/** A request that took longer than its timeout, its answer included. */
class TimeoutFault extends Error {
  constructor(readonly ms: number) {
    super(`timed out after ${ms / 1000} s`);
  }
}

interface Collected {
  text: string | undefined;
  refusal?: string;
  finish?: string | null;
  promptTokens?: number;
  completionTokens?: number;
}

/** The provider for an OpenAI-compatible chat completions endpoint. */
export function openAIProvider(options: OpenAIProviderOptions): CritiqueProvider {
  // Always explicit: never the SDK's environment defaults.
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    maxRetries: options.maxRetries ?? 2,
    timeout: options.timeoutMs,
  });
  let mode: Mode = 'schema';
  let stream = options.stream ?? true;
  const format = (): Record<string, unknown> =>
    mode === 'schema'
      ? {
          response_format: {
            type: 'json_schema',
            json_schema: { name: 'airlock_critique', strict: true, schema: ANSWER_SCHEMA as unknown as Record<string, unknown> },
          },
        }
      : mode === 'json'
        ? { response_format: { type: 'json_object' } }
        : {};

  const once = async (messages: ChatMessage[], outer: AbortSignal | undefined): Promise<Collected> => {
    // The request timeout covers the whole answer, a streamed body included (the SDK's own timeout
    // stops at the headers), and reading stops once an answer is longer than any real one.
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const tooLong = new AbortController();
    const signal = AbortSignal.any([timeout, tooLong.signal, ...(outer ? [outer] : [])]);
    const params = { model: options.model, messages, temperature: 0, ...format() } as OpenAI.Chat.ChatCompletionCreateParamsNonStreaming;
    try {
      if (!stream) {
        const response = await client.chat.completions.create(params, { signal });
        const choice = response.choices?.[0];
        return {
          text: choice?.message?.content ?? undefined,
          refusal: choice?.message?.refusal ?? undefined,
          finish: choice?.finish_reason,
          promptTokens: response.usage?.prompt_tokens,
          completionTokens: response.usage?.completion_tokens,
        };
      }
      const chunks = await client.chat.completions.create({ ...params, stream: true, stream_options: { include_usage: true } }, { signal });
      const out: Collected = { text: undefined };
      for await (const chunk of chunks) {
        const choice = chunk.choices?.[0];
        if (choice?.delta?.content) {
          out.text = (out.text ?? '') + choice.delta.content;
          if (out.text.length > MAX_ANSWER_CHARS) {
            tooLong.abort();
            break;
          }
        }
        if (choice?.delta?.refusal) {
          out.refusal = ((out.refusal ?? '') + choice.delta.refusal).slice(0, 1000);
        }
        if (choice?.finish_reason) {
          out.finish = choice.finish_reason;
        }
        if (chunk.usage) {
          out.promptTokens = chunk.usage.prompt_tokens;
          out.completionTokens = chunk.usage.completion_tokens;
        }
      }
      if (tooLong.signal.aborted) {
        return out; // the engine reports an answer over the limit
      }
      // A cancel can end the stream quietly: half an answer is not an answer.
      if (signal.aborted) {
        throw new APIUserAbortError();
      }
      return out;
    } catch (error) {
      if (timeout.aborted && !outer?.aborted) {
        throw new TimeoutFault(options.timeoutMs);
      }
      throw error;
    }
  };

  return {
    endpoint: endpointLabel(options.baseURL),
    model: options.model,
    contextBudget: options.contextBudget ?? 12_000,
    async send(messages, signal): Promise<ProviderAnswer> {
      const errors: string[] = [];
      for (;;) {
        try {
          const got = await once(messages, signal);
          if (got.refusal) {
            errors.push(`the model refused: ${got.refusal.slice(0, 200)}`);
          }
          if (got.finish === 'length') {
            errors.push('the answer was cut off (finish_reason "length"); what could be read is kept');
          }
          return { text: got.text, promptTokens: got.promptTokens, completionTokens: got.completionTokens, errors };
        } catch (error) {
          if (error instanceof APIError && error.status === 400 && !(error instanceof APIUserAbortError)) {
            // An endpoint without streaming usage, then without structured outputs: step down.
            if (stream && /stream/i.test(error.message)) {
              stream = false;
              continue;
            }
            if (mode !== 'text' && /response_format|json_schema|json_object|schema/i.test(error.message)) {
              mode = mode === 'schema' ? 'json' : 'text';
              continue;
            }
          }
          errors.push(describeFault(error, options));
          return { errors };
        }
      }
    },
  };
}
