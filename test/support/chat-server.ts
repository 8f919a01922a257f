/**
 * A real HTTP server on 127.0.0.1 that speaks the OpenAI chat completions API, for tests: answers
 * come from a responder per request, whole or as server-sent events when the request asks for a
 * stream (`stream: true`), with usage in the last chunk as OpenAI sends it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  headers: IncomingMessage['headers'];
  body: {
    model: string;
    messages: { role: string; content: string }[];
    response_format?: { type: string };
    stream?: boolean;
  };
}

export type Responder = (request: ChatRequest, res: ServerResponse) => void;

export const USAGE = { prompt_tokens: 120, completion_tokens: 30, total_tokens: 150 };

/** A chat completion with `content`, streamed in small pieces when the request asked for a stream. */
export function completion(content: string, res: ServerResponse, request: ChatRequest): void {
  if (request.body.stream) {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const base = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 0, model: request.body.model };
    const event = (data: unknown): boolean => res.write(`data: ${JSON.stringify(data)}\n\n`);
    event({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] });
    // Pieces split inside JSON tokens, as real servers do.
    for (let at = 0; at < content.length; at += 37) {
      event({ ...base, choices: [{ index: 0, delta: { content: content.slice(at, at + 37) }, finish_reason: null }] });
    }
    event({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
    event({ ...base, choices: [], usage: USAGE });
    res.end('data: [DONE]\n\n');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 0,
      model: request.body.model,
      choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop' }],
      usage: USAGE,
    }),
  );
}

/** The hunk ids a request's data block names (`@@ hunk H1 in file ...`). */
export function hunkIds(request: ChatRequest): string[] {
  return [...(request.body.messages[1]?.content ?? '').matchAll(/^@@ hunk (H\d+) /gm)].map((m) => m[1]);
}

export interface ChatServer {
  /** `http://127.0.0.1:PORT/v1` */
  url: string;
  requests: ChatRequest[];
  close(): Promise<void>;
}

export async function startChatServer(respond: Responder): Promise<ChatServer> {
  const requests: ChatRequest[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
        return;
      }
      const request: ChatRequest = { headers: req.headers, body: JSON.parse(raw) as ChatRequest['body'] };
      requests.push(request);
      respond(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
