import { Router } from "express";
import { z } from "zod";
import { listOrders, createOrder } from "../store.js";

export const ordersRouter = Router();

const NewOrder = z.object({
  sku: z.string().min(1),
  qty: z.number().int().positive(),
});

ordersRouter.get("/", async (_req, res) => {
  res.json(await listOrders(res.locals.user.id));
});

ordersRouter.post("/", async (req, res) => {
  const parsed = NewOrder.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  res.status(201).json(await createOrder(res.locals.user.id, parsed.data));
});
