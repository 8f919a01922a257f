import * as vscode from "vscode";

export interface Snippet {
  id: string;
  label: string;
  language: string;
  body: string;
}

export class SnippetStore {
  constructor(private readonly state: vscode.Memento) {}

  all(): Snippet[] {
    return this.state.get<Snippet[]>("snippets", []);
  }

  async add(snippet: Snippet): Promise<void> {
    await this.state.update("snippets", [...this.all(), snippet]);
  }
}
