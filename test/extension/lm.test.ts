/**
 * The VS Code Language Model API provider: the answer comes as the input of one required tool with
 * the critique schema, a justification is given, a cancel reaches the request, and the API's
 * errors become sentences. The model is a fake `LanguageModelChat`; the rest is the real code.
 */
import './vscode-stub';
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ANSWER_SCHEMA } from '../../src/core/critique/schema';
import { describeLmError, LM_TOOL, lmProvider, pickChatModel } from '../../src/extension/lm';
import { chatModels } from './vscode-stub';

interface Sent {
  messages: { content: string }[];
  options: { justification?: string; tools?: { name: string; inputSchema?: object }[]; toolMode?: number };
  token: { isCancellationRequested: boolean; onCancellationRequested(l: () => void): unknown };
}

function fakeModel(answer: (sent: Sent) => AsyncIterable<unknown> | Promise<never>): vscode.LanguageModelChat & { sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    id: 'copilot-gpt-4o',
    name: 'GPT-4o',
    vendor: 'copilot',
    family: 'gpt-4o',
    version: '1',
    maxInputTokens: 64_000,
    countTokens: async (text: string | { content: string }) => Math.ceil((typeof text === 'string' ? text : text.content).length / 4),
    sendRequest: async (messages: { content: string }[], options: Sent['options'], token: Sent['token']) => {
      const s = { messages, options, token };
      sent.push(s);
      const stream = answer(s);
      return { stream: await stream, text: (async function* () {})() };
    },
  } as unknown as vscode.LanguageModelChat & { sent: Sent[] };
}

async function* parts(...items: unknown[]): AsyncIterable<unknown> {
  for (const item of items) {
    yield item;
  }
}

const MESSAGES = [
  { role: 'system' as const, content: 'You are a reviewer.' },
  { role: 'user' as const, content: 'Review this change.' },
];

describe('VS Code language model provider', () => {
  afterEach(() => chatModels.splice(0));

  it('asks for one required tool with the critique schema, with a justification, and returns its input', async () => {
    const answer = { hunks: [{ hunk: 'H1', unsafeProbability: 0.2, critiques: [] }] };
    const model = fakeModel(() => parts(new vscode.LanguageModelToolCallPart('c1', LM_TOOL, answer)));
    const provider = lmProvider(model);
    assert.equal(provider.endpoint, 'vscode-lm:copilot');
    assert.equal(provider.model, 'copilot-gpt-4o');
    assert.ok(provider.contextBudget > 2_000 && provider.contextBudget < 64_000);
    const got = await provider.send(MESSAGES, undefined);
    assert.deepEqual(got.value, answer);
    assert.deepEqual(got.errors, []);
    assert.ok((got.promptTokens ?? 0) > 0 && (got.completionTokens ?? 0) > 0);
    const [sent] = model.sent;
    assert.equal(sent.messages.length, 1, 'the instructions and the change go in one user message');
    assert.ok(sent.messages[0].content.startsWith('You are a reviewer.') && sent.messages[0].content.includes('Review this change.'));
    assert.deepEqual(
      sent.options.tools?.map((t) => [t.name, t.inputSchema]),
      [[LM_TOOL, ANSWER_SCHEMA]],
    );
    assert.equal(sent.options.toolMode, vscode.LanguageModelChatToolMode.Required);
    assert.match(sent.options.justification ?? '', /Airlock sends the changed hunks/);
  });

  it('parses text when the model answers without the tool, and turns API errors into sentences', async () => {
    const text = fakeModel(() => parts(new vscode.LanguageModelTextPart('{"hunks": []}')));
    const got = await lmProvider(text).send(MESSAGES, undefined);
    assert.equal(got.text, '{"hunks": []}');
    assert.deepEqual(got.errors, ['the model answered without the tool; its text was parsed']);
    const denied = fakeModel(() => Promise.reject(vscode.LanguageModelError.NoPermissions('no')));
    assert.match((await lmProvider(denied).send(MESSAGES, undefined)).errors[0], /may not use the model "copilot\/gpt-4o"/);
    assert.match(describeLmError(vscode.LanguageModelError.Blocked('quota'), 'm'), /blocked for Airlock.*quota/);
    assert.match(describeLmError(vscode.LanguageModelError.NotFound('x'), 'm'), /not available any more/);
    assert.equal(describeLmError(new vscode.CancellationError(), 'm'), 'cancelled');
  });

  it('passes a cancel on to the request', async () => {
    const controller = new AbortController();
    let seen: Sent['token'] | undefined;
    const model = fakeModel((sent) => {
      seen = sent.token;
      return new Promise<never>((_, reject) => sent.token.onCancellationRequested(() => reject(new vscode.CancellationError())));
    });
    const pending = lmProvider(model).send(MESSAGES, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    const got = await pending;
    assert.equal(seen?.isCancellationRequested, true);
    assert.deepEqual(got.errors, ['cancelled']);
  });

  it('picks the first model of the configured family, or none', async () => {
    assert.equal(await pickChatModel(undefined), undefined);
    chatModels.push({ family: 'gpt-4o', id: 'a' }, { family: 'claude', id: 'b' });
    assert.equal(((await pickChatModel('claude')) as unknown as { id: string }).id, 'b');
    assert.equal(((await pickChatModel(undefined)) as unknown as { id: string }).id, 'a');
    assert.equal(await pickChatModel('o1'), undefined);
  });
});
