/**
 * What makes a command line dangerous on its face: fetching code and running it, deleting
 * recursively, touching credentials, reverse shells, persistence, privilege changes, uploads.
 * Works on the symbolic command text (`*` for parts computed at run time), whatever language
 * the command was written in (Python and JS/TS rules share it).
 */
import { classifyOne } from './fs-paths';

const DANGERS: { re: RegExp; what: string }[] = [
  {
    re: /\b(curl|wget|fetch|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^|;&]*\|\s*(sudo\s+)?(\S*\/)?(ba|z|da|k|fi)?sh\b|\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(\S*\/)?(python[\d.]*|perl|ruby|node|php)\b/i,
    what: 'downloads code and runs it at once, so what runs is whatever the server sends that day',
  },
  {
    re: /\b(ba|z)?sh\s+<\(\s*(curl|wget)|\$\(\s*(curl|wget)\b|`\s*(curl|wget)\b|\b(iex|Invoke-Expression)\b.*(DownloadString|iwr|irm|Invoke-WebRequest)|DownloadString\(.*\)\s*\|\s*iex/i,
    what: 'downloads code and runs it at once, so what runs is whatever the server sends that day',
  },
  {
    re: /\b(curl|wget)\b.*(&&|;)\s*(chmod\s+\+?[0-7]*x|\.\/|(ba)?sh\s+\S)/i,
    what: 'downloads a program and runs it',
  },
  {
    re: /base64\s+(-d|--decode|-D)\b[^|]*\|\s*(\S*\/)?(ba|z)?sh\b|powershell\S*\s.*-(e|enc|encodedcommand)\s/i,
    what: 'decodes a hidden payload and runs it',
  },
  {
    re: /\/dev\/(tcp|udp)\/|\bnc(at)?\b[^|;&]*\s-[a-z]*[ec]\s|\bsocat\b.*\bexec:|\bmkfifo\b.*\b(nc|sh)\b|\b(ba)?sh\s+-i\b|\bpty\.spawn\b/i,
    what: 'opens a remote or interactive shell: someone else gets to type commands on this machine',
  },
  {
    re: /\brm\s+(-[a-zA-Z]*\s+)*-[a-zA-Z]*[rR]|\brm\s+(-[a-zA-Z]*\s+)*-[a-zA-Z]*f[a-zA-Z]*\s+(\/|~|\*|\$HOME)|\brm\s+--recursive\b|\brmdir\s+\/s\b|\bdel\s+\/[fsq]\b|Remove-Item\b.*-Recurse|\bshred\b|\bmkfs(\.\w+)?\b|\bdd\s+[^|]*of=\/dev\/|\bfind\b.*\s-delete\b|\bwipefs\b/i,
    what: 'deletes files recursively or wipes storage',
  },
  {
    re: /\bcrontab\b|>>?\s*\S*\.(bashrc|zshrc|profile|bash_profile|zprofile)\b|\bsystemctl\s+(--user\s+)?enable\b|\blaunchctl\s+(load|bootstrap)\b|\bschtasks\b.*\/create|\breg\s+add\b.*\\Run\b|authorized_keys/i,
    what: 'installs something that runs again later (cron, shell start-up files, services, SSH keys)',
  },
  {
    re: /\bsudo\b|\bsu\s+-|\bchmod\s+([ugoa]*\+s\b|[0-7]?[4-7][0-7]{3}\b|0?777\b|-R\s+777\b)|\bsetcap\b|\bchown\s+(-R\s+)?root\b|\bsetenforce\s+0|\bufw\s+disable|\biptables\s+-F/i,
    what: 'changes privileges or turns off protections of the machine',
  },
  {
    re: /\bcurl\b[^|;&]*\s(-d|--data(-binary|-raw|-urlencode)?|-F|--form|-T|--upload-file)\s+['"]?[^\s'"]*@|\bscp\b|\brsync\b[^|;&]*\w@[\w.-]+:|\bnc(at)?\b\s+\S+\s+\d+\s*<|\b(env|printenv|set)\b\s*\|\s*(curl|nc|wget)/i,
    what: 'uploads files or data to another machine',
  },
  { re: /\bhistory\s+-c\b|\bunset\s+HISTFILE\b|HISTSIZE=0|\bwevtutil\s+cl\b/i, what: 'erases shell history or logs, hiding what was done' },
  {
    re: /\bsecurity\s+(find|dump)-(generic-|internet-)?(password|keychain)|\bprintenv\b|^\s*env\s*$|\/proc\/self\/environ|\bgit\s+config\s+.*credential|\bcmdkey\s+\/list\b/i,
    what: 'reads secrets (keychains, the environment, stored credentials)',
  },
];

/** How many entries of DANGERS, from the start, describe commands that run code fetched, decoded or typed by someone else. */
const PAYLOAD_DANGERS = 5;

/**
 * Why a command runs someone else's code, if it does: downloads run at once, decoded payloads run,
 * remote shells. Nothing else (deletes, `sudo`) is dangerous enough to flag wherever the text goes.
 */
export function payloadDanger(command: string): string | undefined {
  // A command line has a program and what it works on: a lone word (`'pty.spawn'`, an audit event) is a name.
  if (command.length > 4096 || !/\S\s+\S/.test(command)) {
    return undefined;
  }
  return DANGERS.slice(0, PAYLOAD_DANGERS).find((d) => d.re.test(command))?.what;
}

/**
 * Callees (their last name) whose string arguments are text for people, in Python and JS/TS alike:
 * printing, logging, help and error messages. A command there is an instruction, not an action.
 */
export const MESSAGE_CALLEE =
  /^(print|println|echo|secho|log|info|warn|warning|debug|trace|error|exception|critical|fatal|notice|write|writeln|help|hint|usage|add_argument|option|argument|description|epilog|markdown|Markdown|Text|Panel|alert|confirm|prompt|toast|notify|showInformationMessage|showWarningMessage|showErrorMessage|t|gettext|_)$|(Error|Exception|Warning)$/;

/** Words that are credential paths (`~/.ssh/id_rsa`, `$HOME/.aws/credentials`, `/etc/shadow`). */
function touchesCredentials(command: string): boolean {
  const normalized = command.replace(/\$\{?(HOME|USERPROFILE)\}?/g, '~');
  for (const raw of normalized.split(/[\s'"=;|&<>()`]+/)) {
    const token = raw.replace(/\/\*?$/, '');
    if (!/[/~]/.test(token)) {
      continue;
    }
    const info = classifyOne(token, 'x.py');
    if (info.class === 'credential' && info.base !== 'project' && info.base !== 'tmp') {
      return true;
    }
  }
  return false;
}

/** Why a command is dangerous, if it is. */
export function commandDanger(commands: readonly string[]): string | undefined {
  for (const command of commands) {
    const hit = DANGERS.find((d) => d.re.test(command));
    if (hit) {
      return hit.what;
    }
    if (touchesCredentials(command)) {
      return 'touches credential files (SSH, cloud or registry keys)';
    }
  }
  return undefined;
}

/** Read-only commands that only describe the machine or the checkout. */
const INFORMATIONAL =
  /^(git\s+(rev-parse|describe|status|log|diff|show|ls-files|branch|config\s+--get|remote\s+(-v|get-url))\b|nvidia-smi\b|which\s|where\s|uname\b|hostname$|nproc$|lscpu$|free\b|df\b|python[\d.]*\s+(--version|-V)$|pip[\d.]*\s+(freeze|list|show)\b|date$|pwd$|ls\b|echo\s)[^|;&<>`$]*$/;

export function isInformational(command: string): boolean {
  return INFORMATIONAL.test(command.trim());
}
