export type ContactMessage = { name: string; email: string; message: string };

export async function sendContact(msg: ContactMessage): Promise<boolean> {
  const res = await fetch("/api/contact", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(msg),
  });
  return res.ok;
}
