import * as vscode from "vscode";
import * as crypto from "node:crypto";
import { SnippetStore } from "./store";

export function activate(context: vscode.ExtensionContext) {
  const store = new SnippetStore(context.globalState);

  context.subscriptions.push(
    vscode.commands.registerCommand("snipvault.save", async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.selection.isEmpty) return;
      const label = await vscode.window.showInputBox({ prompt: "Snippet name" });
      if (!label) return;
      await store.add({
        id: crypto.randomUUID(),
        label,
        language: editor.document.languageId,
        body: editor.document.getText(editor.selection),
      });
    }),
    vscode.commands.registerCommand("snipvault.insert", async () => {
      const pick = await vscode.window.showQuickPick(store.all().map((s) => ({ label: s.label, snippet: s })));
      if (pick) await vscode.window.activeTextEditor?.insertSnippet(new vscode.SnippetString(pick.snippet.body));
    }),
    vscode.commands.registerCommand("snipvault.runInTerminal", async () => {
      if (!vscode.workspace.isTrusted) {
        vscode.window.showWarningMessage("SnipVault: running snippets is disabled in untrusted workspaces.");
        return;
      }
      const shellSnippets = store.all().filter((s) => s.language === "shellscript");
      const pick = await vscode.window.showQuickPick(shellSnippets.map((s) => ({ label: s.label, detail: s.body, snippet: s })));
      if (!pick) return;
      const ok = await vscode.window.showWarningMessage(`Run "${pick.label}" in a terminal?`, { modal: true, detail: pick.snippet.body }, "Run");
      if (ok !== "Run") return;
      const terminal = vscode.window.createTerminal({ name: `SnipVault: ${pick.label}` });
      terminal.show();
      terminal.sendText(pick.snippet.body, false);
    }),
  );
}

export function deactivate() {}
