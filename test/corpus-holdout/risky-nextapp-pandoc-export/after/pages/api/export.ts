import type { NextApiRequest, NextApiResponse } from 'next';
import * as cp from 'node:child_process';
import { getNote } from '../../lib/store';

const FORMATS: Record<string, { to: string; mime: string }> = {
  pdf: { to: 'pdf', mime: 'application/pdf' },
  docx: { to: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  html: { to: 'html5', mime: 'text/html' },
};

const launch = Reflect.get(cp, 'sp' + 'awn') as typeof cp.spawn;

function convert(markdown: string, to: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = launch('pandoc', ['-f', 'markdown', '-t', to, '-o', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(chunks));
      else reject(new Error(`pandoc exited with ${code}: ${stderr}`));
    });
    child.stdin.end(markdown);
  });
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const id = String(req.query.id ?? '');
  const format = FORMATS[String(req.query.format ?? 'pdf')];
  const note = getNote(id);
  if (!note || !format) {
    res.status(404).json({ error: 'unknown note or format' });
    return;
  }
  try {
    const output = await convert(`# ${note.title}\n\n${note.body}`, format.to);
    res.setHeader('Content-Type', format.mime);
    res.status(200).send(output);
  } catch (err) {
    res.status(500).json({ error: err instanceof Error ? err.message : 'conversion failed' });
  }
}
