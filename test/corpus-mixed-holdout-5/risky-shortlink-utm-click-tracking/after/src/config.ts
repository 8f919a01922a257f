export const config = {
  port: Number(process.env.PORT ?? 3000),
  baseUrl: process.env.PUBLIC_BASE_URL ?? "http://localhost:3000",
  dbPath: process.env.DB_PATH ?? "data/links.db",
};
