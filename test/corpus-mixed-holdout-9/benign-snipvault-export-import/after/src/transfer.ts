import * as fs from "node:fs/promises";
import * as vscode from "vscode";
import type { SnippetStore } from "./store";

export async function exportSnippets(store: SnippetStore): Promise<void> {
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.file("snipvault-export.json"),
    filters: { JSON: ["json"] },
    saveLabel: "Export snippets",
  });
  if (!target) return;
  const data = JSON.stringify({ version: 1, snippets: store.all() }, null, 2);
  await fs.writeFile(target.fsPath, data, "utf8");
  vscode.window.showInformationMessage(`Exported ${store.all().length} snippets to ${target.fsPath}`);
}

export async function importSnippets(store: SnippetStore): Promise<void> {
  const [source] = (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { JSON: ["json"] } })) ?? [];
  if (!source) return;
  const parsed = JSON.parse(await fs.readFile(source.fsPath, "utf8"));
  for (const s of parsed.snippets ?? []) {
    if (typeof s.label === "string" && typeof s.body === "string") {
      await store.add({ id: crypto.randomUUID(), label: s.label, language: String(s.language ?? "plaintext"), body: s.body });
    }
  }
}
