import type { FastifyInstance } from "fastify";
import { complete } from "../llm.js";
import { replyMessages, summaryMessages } from "../prompts.js";
import { getTicket } from "../store.js";

export async function ticketRoutes(app: FastifyInstance) {
  app.post<{ Params: { id: string } }>("/tickets/:id/draft-reply", async (req, reply) => {
    const ticket = await getTicket(req.params.id);
    if (!ticket) return reply.code(404).send({ error: "not found" });
    const draft = await complete(replyMessages(ticket.messages));
    return { draft };
  });

  app.post<{ Params: { id: string } }>("/tickets/:id/summary", async (req, reply) => {
    const ticket = await getTicket(req.params.id);
    if (!ticket) return reply.code(404).send({ error: "not found" });
    const summary = await complete(summaryMessages(ticket), 200);
    return { summary };
  });
}
