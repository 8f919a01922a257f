import Fastify from "fastify";
import { ticketRoutes } from "./routes/tickets.js";

const app = Fastify({ logger: true });
await app.register(ticketRoutes);
await app.listen({ port: Number(process.env.PORT ?? 8080), host: "0.0.0.0" });
