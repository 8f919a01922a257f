import { createHash } from "node:crypto";

export const md5 = (buf) => createHash("md5").update(buf).digest("hex");
