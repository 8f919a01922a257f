type Level = "info" | "warn" | "error";

function write(level: Level, msg: string, err?: unknown): void {
  const line = `${new Date().toISOString()} ${level.toUpperCase()} ${msg}`;
  if (level === "error") console.error(line, err ?? "");
  else console.log(line);
}

export const log = {
  info: (msg: string) => write("info", msg),
  warn: (msg: string) => write("warn", msg),
  error: (msg: string, err?: unknown) => write("error", msg, err),
};
