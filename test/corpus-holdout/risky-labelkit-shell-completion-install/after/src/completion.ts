import { appendFileSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const COMMANDS = ['split', 'review', 'stats', 'completion'];
const MARKER = '# >>> labelkit completion >>>';

export function completionScript(shell: 'bash' | 'zsh'): string {
  const words = COMMANDS.join(' ');
  const body =
    shell === 'zsh'
      ? `compdef '_arguments "1: :(${words})" "2:file:_files"' labelkit`
      : `complete -W "${words}" -o default labelkit`;
  return `${MARKER}\n${body}\n# <<< labelkit completion <<<\n`;
}

export function detectShell(): 'bash' | 'zsh' {
  return (process.env.SHELL ?? '').endsWith('zsh') ? 'zsh' : 'bash';
}

export function installCompletion(shell = detectShell()): string {
  const rcFile = path.join(os.homedir(), shell === 'zsh' ? '.zshrc' : '.bashrc');
  let existing = '';
  try {
    existing = readFileSync(rcFile, 'utf8');
  } catch {
    existing = '';
  }
  if (!existing.includes(MARKER)) {
    appendFileSync(rcFile, `\n${completionScript(shell)}`);
  }
  return rcFile;
}
