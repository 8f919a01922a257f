import type { NextApiRequest, NextApiResponse } from 'next';
import { createNote, listNotes, type Note } from '../../lib/store';
import { validateNoteInput } from '../../lib/validate';
import { withMethods } from '../../lib/methods';

type Data = { notes: Note[] } | { note: Note } | { errors: string[] } | { error: string };

function list(req: NextApiRequest, res: NextApiResponse<Data>) {
  const tag = typeof req.query.tag === 'string' ? req.query.tag : undefined;
  res.status(200).json({ notes: listNotes(tag) });
}

function create(req: NextApiRequest, res: NextApiResponse<Data>) {
  const result = validateNoteInput(req.body);
  if (!result.ok || !result.value) {
    res.status(400).json({ errors: result.errors });
    return;
  }
  res.status(201).json({ note: createNote(result.value) });
}

export default withMethods<Data>({ GET: list, POST: create });
