import * as cp from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

const { spawn: openWith } = cp;

export interface EditorLaunch {
  command: string;
  pid: number | undefined;
}

export class ExternalEditor {
  private readonly launcher = openWith;
  private readonly running = new Map<string, ChildProcess>();

  constructor(private readonly fallback = process.platform === 'win32' ? 'notepad' : 'vi') {}

  editorCommand(): string {
    return process.env.VISUAL || process.env.EDITOR || this.fallback;
  }

  open(filePath: string, onExit?: (code: number | null) => void): EditorLaunch {
    const command = this.editorCommand();
    const child = this.launcher(command, [JSON.stringify(filePath)], { detached: true, stdio: 'ignore', shell: true });
    this.running.set(filePath, child);
    child.on('exit', (code) => {
      this.running.delete(filePath);
      onExit?.(code);
    });
    child.unref();
    return { command, pid: child.pid };
  }

  isOpen(filePath: string): boolean {
    return this.running.has(filePath);
  }
}
