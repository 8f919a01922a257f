/**
 * The text-only fallback for files the engine could not analyze (too deep, too large, too slow,
 * not parseable, invalid UTF-8, NUL bytes): an input that exhausts a limit must never get fewer
 * flags than the same risky code written plainly. Every line where the name of a capability
 * appears is flagged in that capability's category. Plain regular expressions over the text,
 * linear in its size; never the syntax tree, which is what failed.
 */
import type { Category } from '../model/finding';
import { LineIndex, snippetOf } from '../text/lines';
import type { EngineFinding } from './analyze';
import { UNANALYZED_CAPABILITY } from './builtin';
import { formatMessage } from './rule';

interface Pattern {
  re: RegExp;
  category: Category;
  what: string;
}

const PATTERNS: readonly Pattern[] = [
  {
    re: /\beval\b|\bFunction\s*\(|\bnew\s+Function\b|\bexec\s*\(|\bcompile\s*\(|__import__|\bimportlib\b|\bimport\s*\(|\brequire\s*\(\s*[^'"`\s)]/g,
    category: 'dynamic-code',
    what: 'run strings as code',
  },
  {
    re: /\bvm\s*\.\s*(?:run|Script|compileFunction)|\bconstructor\s*\.\s*constructor\b|\bprocess\s*\.\s*binding\b|\bdlopen\b|\bctypes\b|\bWebAssembly\b/g,
    category: 'sandbox-escape',
    what: 'escape the sandbox or load native code',
  },
  {
    re: /child_process|\bexecSync\b|\bexecFile(?:Sync)?\b|\bspawn(?:Sync)?\b|\bfork\s*\(|\bos\s*\.\s*(?:system|popen|exec\w*|spawn\w*)\b|\bsubprocess\b|\bpty\s*\.\s*spawn\b|\bshelljs\b|\bexeca\b/g,
    category: 'process',
    what: 'start processes',
  },
  {
    re: /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bhttps?\s*\.\s*(?:request|get)\b|\bnet\s*\.\s*(?:connect|createConnection|Socket)\b|\bdgram\b|\bsocket\s*\.\s*socket\b|\brequests\s*\.\s*(?:get|post|put|request)\b|\burllib\b|\baxios\b/g,
    category: 'network',
    what: 'talk to the network',
  },
  {
    re: /\bfs\s*\.\s*\w+|\bwriteFile(?:Sync)?\b|\bunlink(?:Sync)?\b|\brmSync\b|\bshutil\s*\.\s*rmtree\b|\bos\s*\.\s*(?:remove|unlink|rmdir|chmod)\b/g,
    category: 'filesystem',
    what: 'read or change files',
  },
  {
    re: /\bprocess\s*\.\s*env\b|\bos\s*\.\s*environ\b|\bos\s*\.\s*getenv\b|\bkeytar\b|\.ssh\/|\.aws\/credentials/g,
    category: 'secrets',
    what: 'read secrets',
  },
  {
    re: /\bMath\s*\.\s*random\b|\brandom\s*\.\s*seed\b|\bmanual_seed\b|\bnp\s*\.\s*random\s*\.\s*seed\b/g,
    category: 'randomness',
    what: 'control randomness',
  },
];

const MAX_SCANNED_CHARS = 64 * 1024 * 1024;
const MAX_PER_PATTERN = 100;
const MAX_FINDINGS = 300;

/**
 * Flags for each line of `text` that names a capability, except where `existing` (what the engine
 * did find before giving up) already flags that line in that category.
 */
export function lexicalFlags(path: string, text: string, reason: string, existing: readonly EngineFinding[] = []): EngineFinding[] {
  const scanned = text.length > MAX_SCANNED_CHARS ? text.slice(0, MAX_SCANNED_CHARS) : text;
  const lines = new LineIndex(scanned);
  const covered = new Set(existing.filter((f) => !f.fileLevel).flatMap((f) => lineKeys(f.line, f.endLine, f.category)));
  const out: EngineFinding[] = [];
  const shortReason = reason.length > 120 ? `${reason.slice(0, 117)}...` : reason;
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    let count = 0;
    for (
      let match = pattern.re.exec(scanned);
      match && count < MAX_PER_PATTERN && out.length < MAX_FINDINGS;
      match = pattern.re.exec(scanned)
    ) {
      const range = lines.range(match.index, match.index + match[0].length);
      const key = `${range.line}\u0000${pattern.category}`;
      if (covered.has(key)) {
        continue;
      }
      covered.add(key);
      count++;
      const token = match[0].replace(/\s+/g, '');
      const lineText = lines.lineText(range.line);
      out.push({
        ruleId: UNANALYZED_CAPABILITY.id,
        category: pattern.category,
        severity: 'high',
        message: formatMessage(UNANALYZED_CAPABILITY.messages.found, { token, reason: shortReason, what: pattern.what }),
        path,
        ...range,
        snippet: snippetOf(lines, range.line, range.line),
        fingerprint: '',
        source: 'static',
        code: `${token}:${lineText.length > 400 ? lineText.slice(Math.max(0, range.column - 200), range.column + 200) : lineText}`,
        messageId: 'found',
      });
    }
  }
  return out;
}

function lineKeys(line: number, endLine: number, category: Category): string[] {
  const keys: string[] = [];
  for (let l = line; l <= Math.min(endLine, line + 1000); l++) {
    keys.push(`${l}\u0000${category}`);
  }
  return keys;
}
