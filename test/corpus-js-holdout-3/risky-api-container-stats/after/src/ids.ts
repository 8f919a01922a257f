import { randomBytes, randomUUID } from "crypto";

export function newTicketId(): string {
  return randomUUID();
}

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}
