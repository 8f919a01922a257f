import { Router } from "express";
import { Prisma } from "@prisma/client";
import { prisma } from "../db.js";

export const reports = Router();

const SORTABLE = new Set(["day", "orders", "revenue"]);

reports.get("/daily", async (req, res) => {
  const storeId = String(req.query.storeId ?? "");
  const sort = SORTABLE.has(String(req.query.sort)) ? String(req.query.sort) : "day";
  const rows = await prisma.$queryRaw<{ day: Date; orders: bigint; revenue: bigint }[]>`
    SELECT date_trunc('day', "createdAt") AS day, count(*) AS orders, sum("totalCents") AS revenue
    FROM "Order" WHERE "storeId" = ${storeId}
    GROUP BY 1 ORDER BY ${Prisma.raw(`"${sort}"`)} DESC LIMIT 90`;
  res.json(rows.map((r) => ({ day: r.day, orders: Number(r.orders), revenue: Number(r.revenue) })));
});
