import type { NextApiRequest, NextApiResponse } from 'next';
import { deleteNote, getNote, updateNote, type Note } from '../../../lib/store';
import { validateNoteInput } from '../../../lib/validate';
import { withMethods } from '../../../lib/methods';

type Data = { note: Note } | { errors: string[] } | { error: string } | null;

const idOf = (req: NextApiRequest) => String(req.query.id);

function show(req: NextApiRequest, res: NextApiResponse<Data>) {
  const note = getNote(idOf(req));
  if (!note) {
    res.status(404).json({ error: 'not found' });
    return;
  }
  res.status(200).json({ note });
}

function update(req: NextApiRequest, res: NextApiResponse<Data>) {
  const result = validateNoteInput(req.body);
  if (!result.ok || !result.value) {
    res.status(400).json({ errors: result.errors });
    return;
  }
  const note = updateNote(idOf(req), result.value);
  if (!note) {
    res.status(404).json({ error: 'not found' });
    return;
  }
  res.status(200).json({ note });
}

function remove(req: NextApiRequest, res: NextApiResponse<Data>) {
  res.status(deleteNote(idOf(req)) ? 204 : 404).json(null);
}

export default withMethods<Data>({ GET: show, PUT: update, DELETE: remove });
