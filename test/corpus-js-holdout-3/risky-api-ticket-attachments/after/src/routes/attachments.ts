import { Router } from "express";
import { promises as fsp } from "fs";
import path from "path";

const UPLOAD_DIR = process.env.UPLOAD_DIR ?? path.join(process.cwd(), "uploads");

export function attachmentsRouter(): Router {
  const r = Router();
  r.post("/:id/attachments", async (req, res) => {
    const { filename, contentBase64 } = req.body ?? {};
    const dest = path.join(UPLOAD_DIR, req.params.id, filename);
    await fsp.mkdir(path.dirname(dest), { recursive: true });
    await fsp.writeFile(dest, Buffer.from(contentBase64, "base64"));
    await fsp.chmod(dest, 0o777);
    res.status(201).json({ path: dest });
  });
  return r;
}
