import { Router } from 'express';
import { randomUUID } from 'node:crypto';
import { requireRole } from '../middleware/auth';
import { logger } from '../lib/logger';
import { orderTotalCents, parseNewOrder, ValidationError, type NewOrder } from '../lib/validate';

export interface Order extends NewOrder {
  id: string;
  status: 'pending' | 'paid' | 'shipped' | 'cancelled';
  totalCents: number;
  createdAt: string;
}

const orders = new Map<string, Order>();

export const ordersRouter = Router();

ordersRouter.get('/', (req, res) => {
  const mine = [...orders.values()].filter((o) => req.user?.role !== 'customer' || o.customerId === req.user.sub);
  res.json(mine);
});

ordersRouter.get('/:id', (req, res) => {
  const order = orders.get(req.params.id);
  if (!order || (req.user?.role === 'customer' && order.customerId !== req.user.sub)) {
    res.status(404).json({ error: 'not_found' });
    return;
  }
  res.json(order);
});

ordersRouter.post('/', (req, res) => {
  try {
    const input = parseNewOrder(req.body);
    const order: Order = {
      ...input,
      id: randomUUID(),
      status: 'pending',
      totalCents: orderTotalCents(input),
      createdAt: new Date().toISOString(),
    };
    orders.set(order.id, order);
    logger.info('order created', { id: order.id, totalCents: order.totalCents });
    res.status(201).json(order);
  } catch (err) {
    if (err instanceof ValidationError) {
      res.status(400).json({ error: 'validation_failed', field: err.field, message: err.message });
      return;
    }
    throw err;
  }
});

ordersRouter.post('/:id/cancel', requireRole('staff', 'admin'), (req, res) => {
  const order = orders.get(req.params.id);
  if (!order) {
    res.status(404).json({ error: 'not_found' });
    return;
  }
  if (order.status === 'shipped') {
    res.status(409).json({ error: 'already_shipped' });
    return;
  }
  order.status = 'cancelled';
  res.json(order);
});
