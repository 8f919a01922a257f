import path from "node:path";

export const DATA_ROOT = path.resolve(process.env.DATA_ROOT ?? "./data");
export const RETENTION_DAYS = 30;
