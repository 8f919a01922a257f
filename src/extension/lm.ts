/**
 * Critiques through VS Code's Language Model API (GitHub Copilot and other chat model providers).
 * Models are asked for only from a user action (Critique Changes); the answer comes as the input
 * of one required tool whose schema is the critique schema, and is validated by core like any
 * other answer. The system instructions go first in the user message: the API has no system role.
 */
import * as vscode from 'vscode';
import type { CritiqueProvider, ProviderAnswer } from '../core/critique/engine';
import type { ChatMessage } from '../core/critique/prompt';
import { ANSWER_SCHEMA } from '../core/critique/schema';

export const LM_TOOL = 'airlock_report_critiques';

/** A sentence for a Language Model API fault. */
export function describeLmError(error: unknown, model: string): string {
  if (error instanceof vscode.LanguageModelError) {
    switch (error.code) {
      case vscode.LanguageModelError.NoPermissions.name:
        return `Airlock may not use the model "${model}": allow it when VS Code asks, or in the Accounts menu (Manage Language Model Access)`;
      case vscode.LanguageModelError.Blocked.name:
        return `the model "${model}" is blocked for Airlock (quota or policy): ${error.message.slice(0, 200)}`;
      case vscode.LanguageModelError.NotFound.name:
        return `the model "${model}" is not available any more`;
      default:
        return `the model "${model}" failed: ${error.message.slice(0, 200)}`;
    }
  }
  if (error instanceof vscode.CancellationError) {
    return 'cancelled';
  }
  return `the model "${model}" failed: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`;
}

/** The first chat model VS Code offers (of `family` when given); undefined when there is none. */
export async function pickChatModel(family: string | undefined): Promise<vscode.LanguageModelChat | undefined> {
  const models = await vscode.lm.selectChatModels(family ? { family } : {});
  return models[0];
}

export function lmProvider(model: vscode.LanguageModelChat): CritiqueProvider {
  const name = `${model.vendor}/${model.family}`;
  return {
    endpoint: `vscode-lm:${model.vendor}`,
    model: model.id || name,
    // Room for the answer and the instructions, in estimated tokens.
    contextBudget: Math.max(2_000, Math.floor((model.maxInputTokens || 16_000) * 0.6)),
    async send(messages: ChatMessage[], signal: AbortSignal | undefined): Promise<ProviderAnswer> {
      const cancel = new vscode.CancellationTokenSource();
      const onAbort = (): void => cancel.cancel();
      signal?.addEventListener('abort', onAbort, { once: true });
      if (signal?.aborted) {
        cancel.cancel();
      }
      const text = messages.map((m) => m.content).join('\n\n');
      try {
        const prompt = [vscode.LanguageModelChatMessage.User(text)];
        const promptTokens = await model.countTokens(prompt[0], cancel.token).then(
          (n) => n,
          () => undefined,
        );
        const response = await model.sendRequest(
          prompt,
          {
            justification: 'Airlock sends the changed hunks to the model you chose, to write critiques anchored to the code.',
            tools: [
              {
                name: LM_TOOL,
                description: 'Report the critiques of every hunk of the change.',
                inputSchema: ANSWER_SCHEMA,
              },
            ],
            toolMode: vscode.LanguageModelChatToolMode.Required,
          },
          cancel.token,
        );
        // A model may call the tool more than once (one call per hunk, say): every call's hunks count.
        const calls: unknown[] = [];
        let said = '';
        for await (const part of response.stream) {
          if (part instanceof vscode.LanguageModelToolCallPart && part.name === LM_TOOL) {
            calls.push(part.input);
          } else if (part instanceof vscode.LanguageModelTextPart && said.length < 256 * 1024) {
            said += part.value;
          }
        }
        const value =
          calls.length === 0
            ? undefined
            : calls.length === 1
              ? calls[0]
              : {
                  hunks: calls.flatMap((c) =>
                    c !== null && typeof c === 'object' && Array.isArray((c as { hunks?: unknown }).hunks)
                      ? (c as { hunks: unknown[] }).hunks
                      : [],
                  ),
                };
        const completionTokens = await model.countTokens(value !== undefined ? JSON.stringify(value) : said, cancel.token).then(
          (n) => n,
          () => undefined,
        );
        // Without a tool call, what the model wrote is parsed tolerantly, then validated.
        return value !== undefined
          ? { value, promptTokens, completionTokens, errors: [] }
          : {
              text: said,
              promptTokens,
              completionTokens,
              errors: said.trim() === '' ? [] : ['the model answered without the tool; its text was parsed'],
            };
      } catch (error) {
        return { errors: [describeLmError(error, name)] };
      } finally {
        signal?.removeEventListener('abort', onAbort);
        cancel.dispose();
      }
    },
  };
}
