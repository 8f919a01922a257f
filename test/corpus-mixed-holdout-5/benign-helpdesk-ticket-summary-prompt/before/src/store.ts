export interface TicketMessage {
  from: "customer" | "agent";
  text: string;
}

export interface Ticket {
  id: string;
  subject: string;
  body: string;
  messages: TicketMessage[];
}

const tickets = new Map<string, Ticket>();

export async function getTicket(id: string): Promise<Ticket | null> {
  return tickets.get(id) ?? null;
}

export async function saveTicket(ticket: Ticket): Promise<void> {
  tickets.set(ticket.id, ticket);
}
