import { Router } from 'express';
import { z } from 'zod';
import { computeTotal } from '../pricing';

const LineItem = z.object({
  sku: z.string().min(1),
  unitCents: z.number().int().nonnegative(),
  qty: z.number().int(),
});

const CreateOrder = z.object({
  state: z.string().length(2),
  items: z.array(LineItem).min(1),
});

export const ordersRouter = Router();

ordersRouter.post('/', (req, res) => {
  const parsed = CreateOrder.safeParse(req.body);
  if (!parsed.success) {
    return res.status(400).json({ error: parsed.error.flatten() });
  }
  const totalCents = computeTotal(parsed.data.items, parsed.data.state);
  return res.status(201).json({ totalCents });
});
