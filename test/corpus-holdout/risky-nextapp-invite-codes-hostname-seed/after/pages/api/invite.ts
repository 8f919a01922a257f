import type { NextApiRequest, NextApiResponse } from 'next';
import { getNote } from '../../lib/store';
import { createInvite, resolveInvite } from '../../lib/invite';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    const noteId = typeof req.body?.noteId === 'string' ? req.body.noteId : '';
    if (!getNote(noteId)) {
      res.status(404).json({ error: 'note not found' });
      return;
    }
    res.status(201).json({ code: createInvite(noteId) });
    return;
  }
  if (req.method === 'GET') {
    const code = typeof req.query.code === 'string' ? req.query.code : '';
    const noteId = resolveInvite(code);
    if (!noteId) {
      res.status(404).json({ error: 'invalid or expired code' });
      return;
    }
    res.status(200).json({ note: getNote(noteId) });
    return;
  }
  res.setHeader('Allow', 'GET, POST');
  res.status(405).json({ error: `Method ${req.method} not allowed` });
}
