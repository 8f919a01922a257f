import { Router } from 'express';
import { drawWinner } from '../raffle';

export const raffleRouter = Router();

raffleRouter.post('/:id/draw', (req, res) => {
  const entrants: string[] = Array.isArray(req.body?.entrants) ? req.body.entrants : [];
  if (entrants.length === 0) return res.status(400).json({ error: 'no entrants' });
  return res.json({ winner: drawWinner(req.params.id, entrants) });
});
