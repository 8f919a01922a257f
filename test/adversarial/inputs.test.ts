/**
 * Adversarial inputs: code written to crash, hang or blind the analyzer rather than to slip a
 * capability past a rule. Every input carries risky calls planted before and/or after its hostile
 * part. For each one: the call returns without throwing, and either every planted call is still
 * flagged where it is, or an `airlock/not-analyzed` finding says why, and then the file still has
 * at least as many flags as the same risky code written plainly (the not-analyzed flag counts as
 * one): exhausting a limit must never hide risky code.
 *
 * Big inputs are generated in memory or in temporary folders; nothing big is committed.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  analyzeFile,
  analyzeText,
  DEFAULT_LIMITS,
  type EngineFinding,
  type FileAnalysis,
  type Limits,
} from '../../src/core/engine/analyze';
import { reviewChanges } from '../../src/core/review/review';
import { RULES } from '../../src/core/rules/index';
import type { JsonReport } from '../../src/core/report/json';
import { scan } from '../../src/node/scan';
import { CLI_BUNDLE, PNG_BYTES, Repo, TEST_CACHE_DIR, useTempDirs } from '../cli/helpers';
import { getHeapStatistics } from 'node:v8';

const NOT_ANALYZED = 'airlock/not-analyzed';
const INTERNAL_ERROR = 'airlock/internal-error';

// ---------------------------------------------------------------------------------------------
// Planted risky code and the requirement every input is held to

/** A risky call planted in an input: the rule that flags it plainly, and which occurrence. */
interface Plant {
  snippet: string;
  rule: string;
  /** Locate the last occurrence of the snippet (default: the first). */
  last?: boolean;
}

const JS_EVAL: Plant = { snippet: 'eval(s)', rule: 'ts/eval' };
const JS_EXEC: Plant = { snippet: "require('child_process').exec(c)", rule: 'ts/child-process', last: true };
const PY_SYSTEM: Plant = { snippet: 'os.system(c)', rule: 'py/process' };
const PY_EVAL: Plant = { snippet: 'eval(s)', rule: 'py/eval', last: true };

/** `eval(s);` on the first line and a child_process call on the last, around `middle`. */
const js = (middle: string): string => `eval(s);\n${middle}\nrequire('child_process').exec(c);\n`;
/** `os.system(c)` on the second line and `eval(s)` on the last, around `middle`. */
const py = (middle: string): string => `import os\nos.system(c)\n${middle}\neval(s)\n`;

/** 1-based line and UTF-16 column of an offset, with LF, CRLF and lone CR as line breaks. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

interface Input {
  path: string;
  /** The source as a reader sees it: where the plants are located. */
  text: string;
  /** The file's bytes, when they are not simply `text` (analyzed with `analyzeFile`). */
  bytes?: Uint8Array;
  limits?: Partial<Limits>;
  /** The heap measure for the per-file memory limit (the Node adapters pass V8's). */
  heapUsed?: () => number;
}

const describeFinding = (f: EngineFinding): string =>
  `${f.line}:${f.column} ${f.ruleId}${f.fileLevel ? ` (${f.message.slice(0, 160)})` : ''}`;

/**
 * Runs the engine on one input and returns every way it falls short of the requirement (empty:
 * it holds). Never throws for the engine's sake: an exception is a reported problem.
 */
function audit(input: Input, plants: readonly Plant[]): { problems: string[]; result?: FileAnalysis; ms: number } {
  const options = { rules: RULES, mode: 'scan' as const, limits: input.limits, heapUsed: input.heapUsed };
  const started = performance.now();
  let result: FileAnalysis;
  try {
    result = input.bytes ? analyzeFile(input.path, input.bytes, options) : analyzeText(input.path, input.text, options);
  } catch (error) {
    const message = error instanceof Error ? `${error.constructor.name}: ${error.message.slice(0, 300)}` : String(error);
    return { problems: [`the engine threw ${message}`], ms: performance.now() - started };
  }
  const ms = performance.now() - started;
  const problems: string[] = [];
  const findings = result.findings;
  for (const crash of findings.filter((f) => f.ruleId === INTERNAL_ERROR)) {
    problems.push(`a rule crashed: ${crash.message}`);
  }
  const found: Plant[] = [];
  const lost: string[] = [];
  for (const plant of plants) {
    const offset = plant.last ? input.text.lastIndexOf(plant.snippet) : input.text.indexOf(plant.snippet);
    assert.ok(offset >= 0, `test bug: "${plant.snippet}" is not in the input`);
    const at = positionOf(input.text, offset);
    // The rule itself at the exact place, or (when the file could not be analyzed) the text fallback
    // on the same line, in the rule's category.
    const category = RULES.find((r) => r.meta.id === plant.rule)?.meta.category;
    const hit = findings.some(
      (f) =>
        (f.ruleId === plant.rule && f.line === at.line && f.column === at.column) ||
        (f.ruleId === 'airlock/unanalyzed-capability' && f.line === at.line && f.category === category),
    );
    if (hit) {
      found.push(plant);
      continue;
    }
    const elsewhere = findings.filter((f) => f.ruleId === plant.rule);
    lost.push(
      `${plant.rule} at ${at.line}:${at.column}` +
        (elsewhere.length > 0 ? ` (flagged instead at ${elsewhere.map((f) => `${f.line}:${f.column}`).join(', ')})` : ''),
    );
  }
  if (lost.length > 0) {
    const notAnalyzed = findings.filter((f) => f.ruleId === NOT_ANALYZED);
    if (notAnalyzed.length === 0) {
      problems.push(`risky code not flagged and no ${NOT_ANALYZED} finding says why: ${lost.join('; ')}`);
    } else {
      if (!result.notAnalyzed?.reason) {
        problems.push(`${NOT_ANALYZED} finding without a reason in the result`);
      }
      const flags = Math.min(notAnalyzed.length, 1) + found.length;
      if (flags < plants.length) {
        problems.push(
          `a limit hid risky code: ${flags} flag(s) where the same code written plainly gets ${plants.length}; ` +
            `lost ${lost.join('; ')}; reason: ${notAnalyzed.map((f) => f.message).join(' / ')}`,
        );
      }
    }
  }
  if (problems.length > 0) {
    problems.push(`(all findings, ${Math.round(ms)} ms: ${findings.map(describeFinding).join(' | ') || 'none'})`);
  }
  return { problems, result, ms };
}

/** Asserts the requirement; returns the analysis for further checks. */
function holds(input: Input, plants: readonly Plant[]): FileAnalysis {
  const { problems, result } = audit(input, plants);
  assert.deepEqual(problems, [], `${input.path}: ${problems.join('\n')}`);
  return result as FileAnalysis;
}

const notAnalyzedOf = (result: FileAnalysis): EngineFinding[] => result.findings.filter((f) => f.ruleId === NOT_ANALYZED);
const bytesOf = (text: string): Uint8Array => Buffer.from(text, 'utf8');

// ---------------------------------------------------------------------------------------------

describe('adversarial: inputs that must not crash, hang or blind the analyzer', () => {
  it('control: the planted risky calls are flagged where they are when written plainly', () => {
    holds({ path: 'a.js', text: js('const x = [[1]];') }, [JS_EVAL, JS_EXEC]);
    holds({ path: 'a.py', text: py('x = [[1]]') }, [PY_SYSTEM, PY_EVAL]);
    // One line, as the long-line inputs have it.
    holds({ path: 'a.js', text: "eval(s);a;require('child_process').exec(c);" }, [JS_EVAL, JS_EXEC]);
    holds({ path: 'a.py', text: 'import os;os.system(c);a;eval(s)\n' }, [PY_SYSTEM, PY_EVAL]);
  });

  describe('nesting 100,000 levels deep', () => {
    const N = 100_000;
    const JS_NESTING: [string, string, string][] = [
      ['arrays [[[...]]]', 'a.js', `const x = ${'['.repeat(N)}${']'.repeat(N)};`],
      ['parentheses ((((1))))', 'a.js', `const x = ${'('.repeat(N)}1${')'.repeat(N)};`],
      ['binary operators 1+1+1+... (flat text, deep left-nested tree)', 'a.js', `const x = 1${'+1'.repeat(N)};`],
      ['unary !!!!x', 'a.js', `const x = ${'!'.repeat(N)}x;`],
      ['JSX <a><a>...</a></a>', 'a.jsx', `const x = ${'<a>'.repeat(N)}${'</a>'.repeat(N)};`],
      ['template literals `${`${...}`}`', 'a.js', `const x = ${'`${'.repeat(N)}1${'}`'.repeat(N)};`],
      ['object literals {a:{a:...}}', 'a.js', `const x = ${'{a:'.repeat(N)}1${'}'.repeat(N)};`],
      ['arrow function chains a=>a=>...', 'a.js', `const x = ${'a=>'.repeat(N)}a;`],
      ['if statements if(a){if(a){...}}', 'a.js', `${'if(a){'.repeat(N)}${'}'.repeat(N)}`],
    ];
    for (const [name, file, middle] of JS_NESTING) {
      it(`js: ${name}`, function () {
        this.timeout(30_000);
        holds({ path: file, text: js(middle) }, [JS_EVAL, JS_EXEC]);
      });
    }

    it('js: binary operators, only 1,000 terms (a 2 KB line that node runs)', () => {
      // V8 parses `1+1+...` iteratively and runs this file; the analyzer must not be blinded by it.
      holds({ path: 'a.js', text: js(`const x = 1${'+1'.repeat(1000)};`) }, [JS_EVAL, JS_EXEC]);
    });

    const PY_NESTING: [string, string][] = [
      ['lists [[[...]]]', `x = ${'['.repeat(N)}${']'.repeat(N)}`],
      ['parentheses ((((1))))', `x = ${'('.repeat(N)}1${')'.repeat(N)}`],
      ['binary operators 1+1+1+...', `x = 1${'+1'.repeat(N)}`],
      // Each level is indented one more space: 2,000 levels make a 2 MB file.
      [
        'nested defs (2,000 levels)',
        `${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}def f():\n`).join('')}${' '.repeat(2000)}pass`,
      ],
    ];
    for (const [name, middle] of PY_NESTING) {
      it(`py: ${name}`, function () {
        this.timeout(30_000);
        holds({ path: 'a.py', text: py(middle) }, [PY_SYSTEM, PY_EVAL]);
      });
    }
  });

  describe('size', () => {
    it('a 10 MB single-line JS file: not analyzed (over the size limit, with the reason), and still flagged', function () {
      this.timeout(30_000);
      const unit = 'x=1;';
      const text = `eval(s);${unit.repeat((10 * 1024 * 1024) / unit.length)}require('child_process').exec(c);`;
      const bytes = bytesOf(text);
      assert.ok(bytes.length > DEFAULT_LIMITS.maxBytes);
      const { problems, result } = audit({ path: 'big.js', text, bytes }, [JS_EVAL, JS_EXEC]);
      // Whatever else, the file is listed as over the size limit, with its size.
      assert.ok(result, problems.join('\n'));
      assert.equal(notAnalyzedOf(result).length, 1, problems.join('\n'));
      assert.match(result.notAnalyzed?.reason ?? '', new RegExp(`over the size limit \\(${bytes.length} bytes`));
      // And it holds as many flags as `eval(s); require('child_process').exec(c);` written plainly.
      assert.deepEqual(problems, []);
    });

    it('a 3.9 MB single-line JS file (under the limit) is analyzed and its risky calls flagged', function () {
      this.timeout(60_000);
      const unit = '"abcdefgh";';
      const text = `eval(s);${unit.repeat(Math.floor((3.9 * 1024 * 1024) / unit.length))}require('child_process').exec(c);`;
      const bytes = bytesOf(text);
      assert.ok(bytes.length < DEFAULT_LIMITS.maxBytes && bytes.length > 3.8 * 1024 * 1024);
      const result = holds({ path: 'big.js', text, bytes }, [JS_EVAL, JS_EXEC]);
      assert.deepEqual(notAnalyzedOf(result), []);
    });

    it('a 200,000-line JS file with risky calls on its first and last lines', function () {
      this.timeout(60_000);
      const result = holds({ path: 'long.js', text: js('a;\n'.repeat(200_000)) }, [JS_EVAL, JS_EXEC]);
      assert.deepEqual(notAnalyzedOf(result), []);
    });

    it('a 200,000-line Python file with risky calls at its start and end', function () {
      this.timeout(60_000);
      const result = holds({ path: 'long.py', text: py('a\n'.repeat(200_000)) }, [PY_SYSTEM, PY_EVAL]);
      assert.deepEqual(notAnalyzedOf(result), []);
    });

    // 5,000 writes to one variable are a 30 KB file; the time limit is lowered to keep the test short
    // (the default limit gives the same result, after 15 s).
    it('js: 5,000 assignments to one variable (30 KB): the calls after them are flagged, or the time limit is a flag', function () {
      this.timeout(60_000);
      holds({ path: 'a.js', text: js('let x;\n' + 'x = 1;\n'.repeat(5000)), limits: { timeMs: 3000 } }, [JS_EVAL, JS_EXEC]);
    });

    it('py: 10,000 assignments to one variable (60 KB): the calls after them are flagged, or the time limit is a flag', function () {
      this.timeout(60_000);
      holds({ path: 'a.py', text: py('x = 1\n'.repeat(10_000)), limits: { timeMs: 3000 } }, [PY_SYSTEM, PY_EVAL]);
    });

    // The heap is measured by a stand-in that grows 256 KiB per look (V8's own measure moves with
    // garbage collection), against a 1 MiB budget: the analysis must stop within a few checks.
    it('a file whose analysis outgrows its memory budget: not analyzed (with the reason), and still flagged', function () {
      this.timeout(60_000);
      for (const [path, text, plants] of [
        ['big.js', js('a;\n'.repeat(200_000)), [JS_EVAL, JS_EXEC]],
        ['big.py', py('a\n'.repeat(200_000)), [PY_SYSTEM, PY_EVAL]],
      ] as const) {
        let used = 0;
        const growing = (): number => (used += 256 * 1024);
        const result = holds({ path, text, limits: { maxHeapMb: 1 }, heapUsed: growing }, plants);
        assert.deepEqual(
          notAnalyzedOf(result).map((f) => f.message.includes('analysis memory limit reached')),
          [true],
          `${path}: ${notAnalyzedOf(result).map((f) => f.message)}`,
        );
        assert.equal(result.notAnalyzed?.reason, 'analysis memory limit reached');
        // With V8's measure and the default budget, the same file is analyzed in full.
        assert.deepEqual(notAnalyzedOf(holds({ path, text, heapUsed: () => getHeapStatistics().used_heap_size }, plants)), []);
      }
    });

    it('a 1 MB identifier, a 3 MB string literal, 50,000 statements on one line', function () {
      this.timeout(60_000);
      const ident = 'a'.repeat(1 << 20);
      holds({ path: 'a.js', text: js(`var ${ident} = 1;`) }, [JS_EVAL, JS_EXEC]);
      holds({ path: 'a.py', text: py(`${ident} = 1`) }, [PY_SYSTEM, PY_EVAL]);
      const str = 'a'.repeat(3 << 20);
      holds({ path: 'a.js', text: js(`var t = "${str}";`) }, [JS_EVAL, JS_EXEC]);
      holds({ path: 'a.py', text: py(`t = "${str}"`) }, [PY_SYSTEM, PY_EVAL]);
      holds({ path: 'a.js', text: `eval(s);${'a;'.repeat(50_000)}require('child_process').exec(c);\n` }, [JS_EVAL, JS_EXEC]);
      holds({ path: 'a.py', text: `import os;os.system(c);${'a;'.repeat(50_000)}eval(s)\n` }, [PY_SYSTEM, PY_EVAL]);
    });
  });

  describe('bytes and encodings', () => {
    it('binary files: a PNG or ELF named .js, random bytes; each is a finding, never a crash', () => {
      // Code planted after a binary header cannot run (node and python reject the header), so one
      // flag, the not-analyzed one, is what the planted eval asks for.
      const png = Buffer.concat([PNG_BYTES, bytesOf('\neval(s);\n')]);
      const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), bytesOf('\neval(s);\n')]);
      const random = Buffer.alloc(64 * 1024);
      for (let i = 0; i < random.length; i++) {
        random[i] = (Math.imul(i, 2654435761) >>> 13) & 0xff;
      }
      const noise = Buffer.concat([random, bytesOf('\neval(s);\n')]);
      for (const [file, bytes] of [
        ['img.js', png],
        ['tool.js', elf],
        ['noise.js', noise],
        ['noise.py', noise],
      ] as const) {
        const result = holds({ path: file, text: bytes.toString('latin1'), bytes }, [JS_EVAL]);
        assert.equal(notAnalyzedOf(result).length, 1, file);
      }
      // A binary file with no code extension is listed, not flagged, in a scan.
      const asData = analyzeFile('noise.bin', noise, { rules: RULES, mode: 'scan' });
      assert.ok(asData.notAnalyzed?.reason, 'noise.bin is listed as not analyzed');
    });

    it('a NUL byte inside a comment of a .js file (node runs the file)', () => {
      const text = js('// \u0000 a comment with a NUL byte');
      holds({ path: 'a.js', text, bytes: bytesOf(text) }, [JS_EVAL, JS_EXEC]);
    });

    it('invalid UTF-8 inside a comment (node decodes it as U+FFFD and runs the file)', () => {
      const before = "eval(s);\n// \xff\xfe invalid\nrequire('child_process').exec(c);\n";
      const bytes = Buffer.concat([
        bytesOf('eval(s);\n// '),
        Buffer.from([0xff, 0xfe]),
        bytesOf(" invalid\nrequire('child_process').exec(c);\n"),
      ]);
      holds({ path: 'a.js', text: before, bytes }, [JS_EVAL, JS_EXEC]);
      const pyBytes = Buffer.concat([bytesOf('import os\nos.system(c)\n# '), Buffer.from([0xc3, 0x28]), bytesOf('\neval(s)\n')]);
      holds({ path: 'a.py', text: py('# \xc3('), bytes: pyBytes }, [PY_SYSTEM, PY_EVAL]);
    });

    it('UTF-16 LE and BE with a BOM are decoded and analyzed; without a BOM they are flagged', () => {
      const text = js('const x = 1;');
      const le = Buffer.from(text, 'utf16le');
      const be = Buffer.from(text, 'utf16le').swap16();
      const withBom = (bom: number[], body: Buffer): Buffer => Buffer.concat([Buffer.from(bom), body]);
      holds({ path: 'le.js', text, bytes: withBom([0xff, 0xfe], le) }, [JS_EVAL, JS_EXEC]);
      holds({ path: 'be.js', text, bytes: withBom([0xfe, 0xff], be) }, [JS_EVAL, JS_EXEC]);
      const pyText = py('x = 1');
      holds({ path: 'le.py', text: pyText, bytes: withBom([0xff, 0xfe], Buffer.from(pyText, 'utf16le')) }, [PY_SYSTEM, PY_EVAL]);
      // Without a BOM neither node nor python runs it: the not-analyzed flag stands for the code.
      for (const [file, bytes] of [
        ['le-nobom.js', le],
        ['be-nobom.js', be],
      ] as const) {
        const result = holds({ path: file, text: js('x'), bytes }, [JS_EVAL]);
        assert.equal(notAnalyzedOf(result).length, 1, file);
      }
    });

    it('lone surrogates: in source text, as escapes, and as raw CESU-8/WTF-8 bytes', () => {
      holds({ path: 'a.js', text: js('const a = \'\ud800\'; const b = "\udfff";') }, [JS_EVAL, JS_EXEC]);
      holds({ path: 'a.js', text: js("const a = '\\ud800\\udfff';") }, [JS_EVAL, JS_EXEC]);
      holds({ path: 'a.py', text: py("a = '\ud800'") }, [PY_SYSTEM, PY_EVAL]);
      // A lone surrogate where an identifier is expected is a syntax error for node too: one flag is enough.
      holds({ path: 'a.js', text: 'var \ud800 = 1;\neval(s);\n' }, [JS_EVAL]);
      // U+D800 encoded as UTF-8 (ED A0 80) and a surrogate pair encoded as CESU-8.
      for (const raw of [
        [0xed, 0xa0, 0x80],
        [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80],
      ]) {
        const bytes = Buffer.concat([
          bytesOf("eval(s);\nconst a = '"),
          Buffer.from(raw),
          bytesOf("';\nrequire('child_process').exec(c);\n"),
        ]);
        holds({ path: 'a.js', text: js("const a = '?';"), bytes }, [JS_EVAL, JS_EXEC]);
      }
    });

    it('CRLF, lone CR and mixed line endings: the flag lands on the right line and column', () => {
      holds({ path: 'a.js', text: "a;\r\nb;\r\n  eval(s);\r\nrequire('child_process').exec(c);\r\n" }, [JS_EVAL, JS_EXEC]);
      holds({ path: 'a.js', text: "a;\rb;\r  eval(s);\rrequire('child_process').exec(c);\r" }, [JS_EVAL, JS_EXEC]);
      holds({ path: 'a.js', text: "a;\r\nb;\r  eval(s);\n\r\nrequire('child_process').exec(c);\r" }, [JS_EVAL, JS_EXEC]);
      holds({ path: 'a.py', text: 'import os\r\nos.system(c)\r\nb = 2\r\neval(s)\r\n' }, [PY_SYSTEM, PY_EVAL]);
      holds({ path: 'a.py', text: 'import os\ros.system(c)\rb = 2\reval(s)\r' }, [PY_SYSTEM, PY_EVAL]);
      holds({ path: 'a.py', text: 'import os\ros.system(c)\r\nb = 2\neval(s)\r' }, [PY_SYSTEM, PY_EVAL]);
      // Through the byte path too, in a review (where the lines decide what is kept).
      const text = "a;\r\nb;\r  eval(s);\r\nrequire('child_process').exec(c);\r";
      const { findings } = reviewChanges([{ status: 'added', newPath: 'a.js', newMode: '100644', newBytes: bytesOf(text) }], {
        rules: RULES,
      });
      assert.deepEqual(
        findings.filter((f) => f.ruleId.startsWith('ts/')).map((f) => `${f.line}:${f.column} ${f.ruleId}`),
        ['3:3 ts/eval', '4:1 ts/child-process'],
      );
    });

    it('U+2028 and U+2029 inside code and strings', () => {
      // The editor (and the report) do not break lines at U+2028/U+2029; JavaScript does.
      holds({ path: 'a.js', text: "a;\u2028b;\u2029eval(s);\u2028require('child_process').exec(c);\n" }, [JS_EVAL, JS_EXEC]);
      holds({ path: 'a.js', text: js('const t = "a\u2028b\u2029c";') }, [JS_EVAL, JS_EXEC]);
      holds({ path: 'a.py', text: py('t = "a\u2028b\u2029c"') }, [PY_SYSTEM, PY_EVAL]);
      // Python rejects U+2028 outside a string; the analyzer must still flag or say why.
      holds({ path: 'a.py', text: 'import os\nos.system(c)\u2028eval(s)\n' }, [PY_SYSTEM, PY_EVAL]);
    });
  });

  describe('review', () => {
    it('reviewChanges keeps the flags (or says why) for hostile added files', function () {
      this.timeout(30_000);
      const files: Record<string, Uint8Array> = {
        'deep.js': bytesOf(js(`const x = 1${'+1'.repeat(1000)};`)),
        'nul.js': bytesOf(js('// \u0000')),
        'big.js': bytesOf(`eval(s);${' '.repeat(DEFAULT_LIMITS.maxBytes)}require('child_process').exec(c);`),
        'plain.js': bytesOf(js('const x = 1;')),
      };
      const { findings } = reviewChanges(
        Object.entries(files).map(([newPath, newBytes]) => ({ status: 'added' as const, newPath, newMode: '100644', newBytes })),
        { rules: RULES },
      );
      const count = (file: string): number =>
        findings.filter(
          (f) =>
            f.path === file &&
            (f.ruleId === NOT_ANALYZED ||
              f.ruleId === 'airlock/unanalyzed-capability' ||
              f.ruleId === 'ts/eval' ||
              f.ruleId === 'ts/child-process'),
        ).length;
      assert.equal(count('plain.js'), 2);
      assert.deepEqual(
        Object.keys(files).filter((file) => count(file) < count('plain.js')),
        [],
        findings.map((f) => `${f.path}:${f.line} ${f.ruleId}`).join('\n'),
      );
    });
  });

  describe('cli scan and the workspace walk', () => {
    const tmp = useTempDirs();

    const bundleJson = (cwd: string, args: readonly string[], options: { uid?: number } = {}): JsonReport => {
      const run = spawnSync(process.execPath, [CLI_BUNDLE, 'scan', ...args, '--no-cache', '--format', 'json'], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', AIRLOCK_CACHE_DIR: TEST_CACHE_DIR },
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
        uid: options.uid,
        gid: options.uid,
      });
      assert.equal(run.error, undefined, `the scan did not finish: ${String(run.error)}`);
      assert.ok(run.status === 0 || run.status === 1, `exit ${run.status} signal ${run.signal}\n${run.stderr}`);
      return JSON.parse(run.stdout) as JsonReport;
    };

    it('file names with newlines, quotes, bidi controls and dots are reported exactly (inside and outside git)', function () {
      this.timeout(60_000);
      const names = [
        'line\nbreak.js',
        'quo"te\'s.js',
        'bidi\u202eevil\u202c.js',
        '..dots.js',
        '...js',
        '.../x.js',
        'sp ace/ a .js',
        'back\\slash.js',
      ];
      const files = Object.fromEntries(names.map((n) => [n, 'eval(s);\n']));
      const plain = new Repo(tmp('airlock-names-')).write(files);
      const repo = Repo.init(tmp, files);
      const reported = (root: string): string[] => {
        const report = bundleJson(root, []);
        assert.deepEqual(report.notAnalyzed, [], root);
        return report.findings
          .filter((f) => f.ruleId === 'ts/eval')
          .map((f) => f.path)
          .sort();
      };
      assert.deepEqual(
        { outsideGit: reported(plain.root), insideGit: reported(repo.root) },
        { outsideGit: [...names].sort(), insideGit: [...names].sort() },
      );
      // A path argument with `..` segments that comes back in.
      const report = bundleJson(plain.root, ['.../../..dots.js']);
      assert.deepEqual(
        report.findings.map((f) => `${f.path} ${f.ruleId}`),
        ['..dots.js ts/eval'],
      );
    });

    it('a symlink loop and a symlink pointing outside the folder: not followed, the outside one flagged', function () {
      this.timeout(60_000);
      const outside = tmp('airlock-outside-');
      writeFileSync(path.join(outside, 'payload.js'), 'eval(outside);\n');
      const folder = new Repo(tmp('airlock-links-')).write({ 'a.js': 'eval(s);\n', 'sub/b.js': 'ok();\n' });
      symlinkSync('loop-b', folder.path('loop-a'));
      symlinkSync('loop-a', folder.path('loop-b'));
      symlinkSync('.', folder.path('sub/self'));
      symlinkSync('..', folder.path('sub/parent'));
      symlinkSync(path.join('..', '..', path.basename(outside), 'payload.js'), folder.path('sub/escape.js'));
      symlinkSync(outside, folder.path('outdir'));
      const report = bundleJson(folder.root, []);
      assert.deepEqual(
        report.findings.map((f) => `${f.path} ${f.ruleId}`),
        ['a.js ts/eval', 'outdir diff/symlink', 'sub/escape.js diff/symlink'],
      );
      // Named explicitly, the loop is neither followed nor an error.
      const named = bundleJson(folder.root, ['loop-a', 'sub/self', 'a.js']);
      assert.deepEqual(
        named.findings.map((f) => `${f.path} ${f.ruleId}`),
        ['a.js ts/eval'],
      );
      assert.deepEqual(named.errors, []);
    });

    it('a 1 GB sparse file is never read: listed and flagged as over the size limit', function () {
      this.timeout(60_000);
      const folder = new Repo(tmp('airlock-sparse-')).write({
        'a.js': 'eval(s);\n',
        'huge.js': "eval(s);\nrequire('child_process').exec(c);\n",
      });
      const GB = 1024 * 1024 * 1024;
      // Extends the file with a hole: reading it would take a gigabyte of memory.
      truncateSync(folder.path('huge.js'), GB);
      const started = performance.now();
      const report = bundleJson(folder.root, []);
      const seconds = (performance.now() - started) / 1000;
      assert.deepEqual(
        report.findings.map((f) => `${f.path} ${f.ruleId}`),
        ['a.js ts/eval', `huge.js ${NOT_ANALYZED}`],
      );
      assert.deepEqual(report.notAnalyzed, [
        { path: 'huge.js', reason: `over the size limit (${GB} bytes; the limit is ${DEFAULT_LIMITS.maxBytes})` },
      ]);
      assert.ok(seconds < 30, `the scan took ${seconds} s: was the file read?`);
    });

    it('a file that cannot be read: no crash, and it is flagged (chmod 000; as root, the scan runs as nobody)', function () {
      this.timeout(60_000);
      const root = tmp('airlock-perm-');
      chmodSync(root, 0o755);
      const folder = new Repo(root).write({ 'a.js': 'eval(s);\n', 'locked.js': 'eval(s);\n', 'closed/c.js': 'eval(s);\n' });
      chmodSync(folder.path('a.js'), 0o644);
      chmodSync(folder.path('closed'), 0o755);
      chmodSync(folder.path('locked.js'), 0o000);
      const isRoot = process.getuid?.() === 0;
      let readable = true;
      try {
        readFileSync(folder.path('locked.js'));
      } catch {
        readable = false;
      }
      const report = isRoot ? bundleJson(folder.root, [], { uid: 65534 }) : bundleJson(folder.root, []);
      assert.ok(isRoot || !readable, 'not root, yet chmod 000 left the file readable: nothing to check');
      const flagged = report.findings.map((f) => `${f.path} ${f.ruleId}`);
      assert.ok(flagged.includes('a.js ts/eval'), flagged.join('\n'));
      assert.ok(flagged.includes('closed/c.js ts/eval'), flagged.join('\n'));
      // The unreadable file is listed with a reason...
      assert.deepEqual(report.notAnalyzed, [{ path: 'locked.js', reason: 'could not read the file (EACCES)' }]);
      // ...and, like a file over the size limit, it is a finding: its risky code is not silently lost.
      assert.ok(
        flagged.includes(`locked.js ${NOT_ANALYZED}`) || flagged.includes('locked.js ts/eval'),
        `locked.js is not flagged: ${flagged.join(', ')}`,
      );
    });

    it('a file deleted, or replaced by a FIFO, during an audit', async function () {
      this.timeout(30_000);
      const folder = new Repo(tmp('airlock-race-')).write({
        '1.js': 'eval(one);\n',
        '2.js': 'eval(two);\n',
        '3.js': 'eval(three);\n',
        '4.js': 'eval(four);\n',
      });
      // One file at a time: after the first is done, the second disappears and the third becomes a FIFO.
      const result = await scan({
        cwd: folder.root,
        paths: [],
        includeIgnored: false,
        rules: RULES,
        limits: DEFAULT_LIMITS,
        useGit: false,
        concurrency: 1,
        onProgress: (done) => {
          if (done === 1) {
            unlinkSync(folder.path('2.js'));
            rmSync(folder.path('3.js'));
            execFileSync('mkfifo', [folder.path('3.js')]);
          }
        },
      });
      assert.deepEqual(
        result.findings.map((f) => `${f.path} ${f.ruleId}`),
        ['1.js ts/eval', '4.js ts/eval'],
      );
      // Gone is gone; the FIFO is not opened (the audit would hang) and is listed.
      assert.deepEqual(result.notAnalyzed, [{ path: '3.js', reason: 'not a regular file (a FIFO, socket or device): not opened' }]);
      assert.equal(result.filesScanned, 4);
    });
  });
});
