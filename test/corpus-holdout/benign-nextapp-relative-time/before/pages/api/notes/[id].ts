import type { NextApiRequest, NextApiResponse } from 'next';
import { deleteNote, getNote, updateNote, type Note } from '../../../lib/store';
import { validateNoteInput } from '../../../lib/validate';

type Data = { note: Note } | { errors: string[] } | { error: string } | null;

export default function handler(req: NextApiRequest, res: NextApiResponse<Data>) {
  const id = String(req.query.id);

  switch (req.method) {
    case 'GET': {
      const note = getNote(id);
      if (!note) {
        res.status(404).json({ error: 'not found' });
        return;
      }
      res.status(200).json({ note });
      return;
    }
    case 'PUT': {
      const result = validateNoteInput(req.body);
      if (!result.ok || !result.value) {
        res.status(400).json({ errors: result.errors });
        return;
      }
      const note = updateNote(id, result.value);
      if (!note) {
        res.status(404).json({ error: 'not found' });
        return;
      }
      res.status(200).json({ note });
      return;
    }
    case 'DELETE': {
      const removed = deleteNote(id);
      res.status(removed ? 204 : 404).json(null);
      return;
    }
    default:
      res.setHeader('Allow', 'GET, PUT, DELETE');
      res.status(405).json({ error: `Method ${req.method} not allowed` });
  }
}
