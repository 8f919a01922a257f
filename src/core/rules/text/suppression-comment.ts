import { defineTextRule } from '../../engine/rule';
import type { Severity } from '../../model/finding';
import { SEVERITIES } from '../../model/finding';
import { commentFamily, commentsOf, programComments, type CommentFamily, type SourceComment } from '../support/config-comments';
import { ANY_DIRECTIVE, DIRECTIVES, isSecurityEslintRule, type Directive } from '../support/config-directives';

/** Directives and rule lists are read from at most this much of a comment. */
const MAX_COMMENT = 2000;
const MAX_SEGMENTS = 20;
/** The engine keeps 50 findings per rule and file. */
const MAX_HITS = 50;

interface Hit {
  start: number;
  end: number;
  messageId: string;
  severity: Severity;
  data: Record<string, string>;
}

function bump(severity: Severity): Severity {
  return SEVERITIES[Math.min(SEVERITIES.indexOf(severity) + 1, SEVERITIES.length - 1)];
}

/** The rules a directive names after itself; empty when it names none (all rules). */
function ruleList(kind: Directive['list'], rest: string): { rules: string[]; length: number } {
  if (kind === 'eslint') {
    const dash = rest.indexOf('--');
    const text = dash < 0 ? rest : rest.slice(0, dash);
    const rules = text
      .split(',')
      .map((part) => part.trim().split(/\s/)[0])
      .filter((rule) => rule.length > 0);
    return { rules, length: text.trimEnd().length };
  }
  if (kind === 'codes' && !/^\s*:/.test(rest)) {
    return { rules: [], length: 0 };
  }
  const token = kind === 'codes' ? /^[A-Za-z]{1,5}\d{0,5}$/ : /^[\w@/.-]+$/;
  const rules: string[] = [];
  const re = /[^\s,:=]+|[\s,:=]+/g;
  let length = 0;
  for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
    const part = m[0];
    if (/^[\s,:=]/.test(part)) {
      if (rules.length > 0 && part.includes(':') && kind === 'words') {
        break;
      }
      continue;
    }
    if (!token.test(part) || rules.length >= 10) {
      break;
    }
    rules.push(part);
    length = m.index + part.length;
  }
  return { rules, length };
}

/** Positions in a comment where an anchored directive may start. */
function anchors(value: string, family: CommentFamily): number[] {
  const skip = (from: number): number => {
    let i = from;
    while (i < value.length && /[\s*/!]/.test(value[i])) {
      i++;
    }
    return i;
  };
  if (family === 'js' || family === 'slash') {
    return [skip(0)];
  }
  const out = [skip(0)];
  for (let at = value.indexOf('#'); at >= 0 && out.length < MAX_SEGMENTS; at = value.indexOf('#', at + 1)) {
    out.push(skip(at + 1));
  }
  return out;
}

function directiveHit(directive: Directive, value: string, at: number, match: RegExpExecArray, isTest: boolean): Hit | undefined {
  const last = match[match.length - 1] ?? '';
  if (match.length > 1 && directive.ignoreWhen?.test(last)) {
    return undefined;
  }
  const end = at + match[0].length;
  const { rules, length } = directive.list ? ruleList(directive.list, value.slice(end)) : { rules: [], length: 0 };
  let severity = isTest && directive.testSeverity ? directive.testSeverity : directive.severity;
  const security = directive.security ? rules.filter(directive.security) : [];
  if (security.length > 0) {
    severity = bump(severity);
  }
  const text = value.slice(at, end + length).trim();
  return {
    start: at,
    end: end + length,
    severity,
    messageId: security.length > 0 ? 'security' : directive.kind,
    data: {
      directive: text.length > 80 ? `${text.slice(0, 77)}...` : text,
      tool: directive.tool,
      rules: security.length > 0 ? security.join(', ') : rules.length > 0 ? rules.join(', ') : 'all rules',
    },
  };
}

/** `/* eslint no-eval: 0, quotes: [2, 'double'] *\/`: the rules the comment sets to off or warn. */
function eslintConfigHit(value: string, at: number): Hit | undefined {
  const m = /eslint[ \t\r\n]+(?!-)/y;
  m.lastIndex = at;
  if (!m.test(value) || /^eslint-/.test(value.slice(at))) {
    return undefined;
  }
  const body = value.slice(m.lastIndex);
  const weakened: string[] = [];
  let level = 'off';
  for (const part of body.split(',')) {
    const colon = part.indexOf(':');
    if (colon < 0) {
      continue;
    }
    const name = part
      .slice(0, colon)
      .trim()
      .replace(/^["']|["']$/g, '');
    const setting = part
      .slice(colon + 1)
      .replace(/[\s[\]"']/g, '')
      .toLowerCase();
    if (/^[@\w][\w@/.-]*$/.test(name) && /^(off|0|warn|1)$/.test(setting)) {
      weakened.push(name);
      level = setting === 'warn' || setting === '1' ? 'warn' : level;
    }
  }
  if (weakened.length === 0) {
    return undefined;
  }
  const security = weakened.filter(isSecurityEslintRule);
  const text = value.slice(at).trim();
  return {
    start: at,
    end: value.length,
    severity: security.length > 0 ? 'high' : 'medium',
    messageId: 'configOff',
    data: { directive: text.length > 80 ? `${text.slice(0, 77)}...` : text, rules: weakened.join(', '), value: level },
  };
}

function commentHits(comment: SourceComment, family: CommentFamily, isTest: boolean): Hit[] {
  const value = comment.value.length > MAX_COMMENT ? comment.value.slice(0, MAX_COMMENT) : comment.value;
  const hits: Hit[] = [];
  for (const at of anchors(value, family)) {
    if (family === 'js' && comment.block) {
      const config = eslintConfigHit(value, at);
      if (config) {
        hits.push(config);
        continue;
      }
    }
    for (const directive of DIRECTIVES) {
      if (!directive.anchored || !directive.families.includes(family)) {
        continue;
      }
      directive.pattern.lastIndex = at;
      const match = directive.pattern.exec(value);
      if (match) {
        const hit = directiveHit(directive, value, at, match, isTest);
        if (hit) {
          hits.push(hit);
        }
        break;
      }
    }
  }
  for (const directive of DIRECTIVES) {
    if (directive.anchored || !directive.families.includes(family)) {
      continue;
    }
    directive.pattern.lastIndex = 0;
    const match = directive.pattern.exec(value);
    if (match) {
      const hit = directiveHit(directive, value, match.index, match, isTest);
      if (hit && !hits.some((h) => h.start <= hit.start && hit.start < h.end)) {
        hits.push(hit);
      }
    }
  }
  return hits;
}

/** Directive hits of a file's comments, with file offsets; at most MAX_HITS. */
function findHits(comments: readonly SourceComment[], family: CommentFamily, isTest: boolean): Hit[] {
  const out: Hit[] = [];
  for (const comment of comments) {
    if (!ANY_DIRECTIVE.test(comment.value.slice(0, MAX_COMMENT))) {
      continue;
    }
    for (const hit of commentHits(comment, family, isTest)) {
      out.push({ ...hit, start: comment.start + hit.start, end: comment.start + hit.end });
    }
    if (out.length >= MAX_HITS) {
      break;
    }
  }
  return out;
}

export default defineTextRule({
  meta: {
    id: 'text/suppression-comment',
    category: 'evaluation-tampering',
    severity: 'low',
    summary: 'A comment that switches off a linter, the type checker, coverage or a security scanner.',
    why:
      'An agent judged by green checks can make them green by silencing them: `eslint-disable`, `@ts-ignore`, `# noqa`, ' +
      '`# nosec`, `istanbul ignore`. Each one is a place where the checks no longer vouch for the code, and a reviewer should ' +
      'decide whether the reason holds. Silencing a security rule or a whole file weighs more than one line.',
    incorrect: [
      { filename: 'src/a.ts', code: '/* eslint-disable */\nexport const a = 1;\n' },
      { filename: 'src/a.ts', code: '// eslint-disable-next-line no-eval\neval(code);\n' },
      { filename: 'src/a.ts', code: '// @ts-ignore\nconst n: number = "x";\n' },
      { filename: 'app/main.py', code: 'subprocess.call(cmd, shell=True)  # nosec\n' },
      { filename: 'app/main.py', code: 'import os  # noqa: F401\n' },
    ],
    correct: [
      { filename: 'docs/lint.md', code: 'Use `// eslint-disable-next-line` sparingly.\n' },
      { filename: 'src/a.ts', code: 'const hint = "// eslint-disable-line";\n' },
      { filename: 'src/a.ts', code: '// prettier-ignore\nconst m = [1,0,\n  0,1];\n' },
      { filename: 'app/main.py', code: 'HELP = "add # noqa to silence"\n' },
    ],
    messages: {
      line: '`{{directive}}` silences {{tool}} ({{rules}}) on this line: checks made to pass by silencing them no longer vouch for the code.',
      file: '`{{directive}}` silences {{tool}} ({{rules}}) for the rest of the file: nothing those checks would find below it is reported.',
      security:
        '`{{directive}}` silences the security check {{rules}} ({{tool}}): the code it covers is exactly what the check exists to catch.',
      coverage: '`{{directive}}` excludes code from {{tool}} coverage: untested code stops counting against the coverage threshold.',
      typesLine: '`{{directive}}` hides {{tool}} type errors on this line: the type checker no longer vouches for it.',
      typesFile: '`{{directive}}` turns {{tool}} type checking off for the whole file.',
      scanner: '`{{directive}}` hides this code from the {{tool}} security scanner: a finding there would no longer block the change.',
      configOff:
        'The ESLint configuration comment `{{directive}}` sets {{rules}} to `{{value}}` for this file: the lint no longer fails on it.',
    },
  },
  check(ctx) {
    const family = ctx.language === 'python' ? 'python' : commentFamily(ctx.path);
    if (family === undefined || !ANY_DIRECTIVE.test(ctx.text)) {
      return;
    }
    // In a parsed JS/TS file the tree knows regular expressions and template literals; elsewhere the lexer reads.
    const comments = ctx.program ? programComments(ctx.text, ctx.program) : commentsOf(ctx.path, ctx.text, family);
    const found = findHits(comments, family, ctx.isTestFile);
    for (const hit of found) {
      ctx.report({ start: hit.start, end: hit.end, messageId: hit.messageId, data: hit.data, severity: hit.severity });
    }
  },
});
