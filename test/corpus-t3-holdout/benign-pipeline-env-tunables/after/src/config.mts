import path from "node:path";

const int = (value: string | undefined, fallback: number): number => {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

export const DATA_ROOT = path.resolve(process.env.DATA_ROOT ?? "./data");
export const RETENTION_DAYS = int(process.env.RETENTION_DAYS, 30);
export const BATCH_SIZE = int(process.env.PIPELINE_BATCH_SIZE, 5_000);
export const LOG_LEVEL = process.env.LOG_LEVEL ?? "info";
// Pretty logs locally, JSON lines in production so the log shipper can parse them.
export const LOG_FORMAT = process.env.NODE_ENV === "production" ? "json" : "pretty";
