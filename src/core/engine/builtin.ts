/**
 * Findings the engine itself raises. They have full rule metadata so that reports and docs
 * describe them like any other rule.
 */
import type { RuleMeta } from './rule';

export const NOT_ANALYZED: RuleMeta = {
  id: 'airlock/not-analyzed',
  category: 'obfuscation',
  severity: 'high',
  summary: 'A file Airlock could not analyze: it may hide code from review.',
  why:
    'An agent that wants code past a reviewer can make the file unreadable to tools: a syntax error the runtime tolerates, ' +
    'nesting deep enough to crash parsers, an encoding trick, text disguised as binary, or sheer size. Airlock never skips such a ' +
    'file silently; a person must look at it.',
  incorrect: [],
  correct: [],
  messages: {
    syntax: 'Not analyzed: {{reason}} (line {{line}}, column {{column}}). Review this file by hand.',
    limit: 'Not analyzed: {{reason}}. Review this file by hand.',
    partial: 'Not fully analyzed: {{reason}}. Review this file by hand.',
    encoding: 'Not analyzed: {{reason}}. Code in an unusual encoding can read differently to people and tools.',
    disguised: 'Not analyzed: {{reason}}. A source-code file that is not text is a classic way to hide code.',
    binary: 'Binary file ({{format}}): its contents are not reviewed by Airlock.',
    executable: 'Executable binary ({{format}}): opaque code that Airlock cannot review.',
  },
};

export const INTERNAL_ERROR: RuleMeta = {
  id: 'airlock/internal-error',
  category: 'obfuscation',
  severity: 'high',
  summary: 'An Airlock rule failed on this file, so part of it was not checked.',
  why:
    'Input crafted to crash an analyzer is input crafted to get past it. A failing rule never stops the review; it becomes this ' +
    'finding, so the gap is visible.',
  incorrect: [],
  correct: [],
  messages: {
    crash: 'Rule {{rule}} failed on this file ({{error}}); its checks did not run here. Review this file by hand.',
  },
};

export const UNANALYZED_CAPABILITY: RuleMeta = {
  id: 'airlock/unanalyzed-capability',
  category: 'dynamic-code',
  severity: 'high',
  summary: 'A risky name on a line of a file Airlock could not analyze: the file is read as plain text instead.',
  why:
    'A file that exhausts a limit (nesting, size, time) or does not parse must never get fewer flags than the same code written ' +
    'plainly. When the syntax tree is out of reach, Airlock still searches the text for the names of capabilities (`eval`, ' +
    '`child_process`, `os.system`, `fetch`, `process.env`...) and flags each line where one appears, in its category.',
  incorrect: [],
  correct: [],
  messages: {
    found: '`{{token}}` appears in a file Airlock could not analyze ({{reason}}): this line may {{what}}. Review it by hand.',
  },
};

export const BUILTIN_RULES: readonly RuleMeta[] = [NOT_ANALYZED, INTERNAL_ERROR, UNANALYZED_CAPABILITY];
