import { Router } from "express";
import { z } from "zod";
import { prisma } from "../db.js";

export const orders = Router();

const CreateOrder = z.object({ storeId: z.string().min(1), totalCents: z.number().int().nonnegative() });

orders.get("/:id", async (req, res) => {
  const order = await prisma.order.findUnique({ where: { id: Number(req.params.id) } });
  if (!order) return res.status(404).json({ error: "not found" });
  res.json(order);
});

orders.post("/", async (req, res) => {
  const parsed = CreateOrder.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  res.status(201).json(await prisma.order.create({ data: parsed.data }));
});
