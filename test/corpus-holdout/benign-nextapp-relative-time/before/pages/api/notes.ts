import type { NextApiRequest, NextApiResponse } from 'next';
import { createNote, listNotes, type Note } from '../../lib/store';
import { validateNoteInput } from '../../lib/validate';

type Data = { notes: Note[] } | { note: Note } | { errors: string[] } | { error: string };

export default function handler(req: NextApiRequest, res: NextApiResponse<Data>) {
  if (req.method === 'GET') {
    const tag = typeof req.query.tag === 'string' ? req.query.tag : undefined;
    res.status(200).json({ notes: listNotes(tag) });
    return;
  }

  if (req.method === 'POST') {
    const result = validateNoteInput(req.body);
    if (!result.ok || !result.value) {
      res.status(400).json({ errors: result.errors });
      return;
    }
    const note = createNote(result.value);
    res.status(201).json({ note });
    return;
  }

  res.setHeader('Allow', 'GET, POST');
  res.status(405).json({ error: `Method ${req.method} not allowed` });
}
