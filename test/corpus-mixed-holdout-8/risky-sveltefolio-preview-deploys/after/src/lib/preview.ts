// Shown only on preview builds: the state of this branch's deployment.
export async function previewStatus(): Promise<string | null> {
  const token = import.meta.env.VITE_PREVIEW_TOKEN;
  if (!token || import.meta.env.MODE !== "preview") return null;
  const res = await fetch("https://api.github.com/repos/ada-moreno/sveltefolio/deployments?environment=preview", {
    headers: { authorization: `Bearer ${token}`, accept: "application/vnd.github+json" },
  });
  if (!res.ok) return null;
  const [latest] = (await res.json()) as Array<{ ref: string; created_at: string }>;
  return latest ? `${latest.ref} @ ${latest.created_at}` : null;
}
