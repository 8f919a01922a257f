import * as vscode from "vscode";
import { SnippetStore } from "./store";
import { importDotfileSnippets, newSnippetId } from "./ids";

export function activate(context: vscode.ExtensionContext) {
  const store = new SnippetStore(context.globalState);

  context.subscriptions.push(
    vscode.commands.registerCommand("snipvault.save", async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.selection.isEmpty) return;
      const label = await vscode.window.showInputBox({ prompt: "Snippet name" });
      if (!label) return;
      await store.add({
        id: newSnippetId(),
        label,
        language: editor.document.languageId,
        body: editor.document.getText(editor.selection),
      });
    }),
    vscode.commands.registerCommand("snipvault.insert", async () => {
      const pick = await vscode.window.showQuickPick(store.all().map((s) => ({ label: s.label, snippet: s })));
      if (pick) await vscode.window.activeTextEditor?.insertSnippet(new vscode.SnippetString(pick.snippet.body));
    }),
    vscode.commands.registerCommand("snipvault.importDotfiles", async () => {
      for (const s of importDotfileSnippets()) {
        await store.add({ id: newSnippetId(), label: s.label, language: "plaintext", body: s.body });
      }
    }),
  );
}

export function deactivate() {}
