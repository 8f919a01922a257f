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

export abstract class OrderRepository {
  abstract get(id: string): Order | undefined;
  abstract save(order: Order): void;
  abstract all(): Order[];

  forCustomer(customerId: string): Order[] {
    return this.all().filter((o) => o.customerId === customerId);
  }
}

export class InMemoryOrderRepository extends OrderRepository {
  private readonly orders = new Map<string, Order>();

  constructor(seed: Order[] = []) {
    super();
    for (const order of seed) this.orders.set(order.id, order);
  }

  get(id: string) {
    return this.orders.get(id);
  }

  save(order: Order) {
    this.orders.set(order.id, order);
  }

  all() {
    return [...this.orders.values()];
  }
}

const orders = new InMemoryOrderRepository();

export const ordersRouter = Router();

ordersRouter.get('/', (req, res) => {
  const mine = req.user?.role === 'customer' ? orders.forCustomer(req.user.sub) : orders.all();
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
    orders.save(order);
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
  const cancelled: Order = { ...order, status: 'cancelled' };
  orders.save(cancelled);
  res.json(cancelled);
});
