/**
 * Scripts inside markup (HTML pages, Vue, Svelte and Astro components) are analyzed as JS/TS at
 * their own lines and columns; data blocks and external scripts are not parsed as code.
 */
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/engine/analyze';
import { embeddedScripts } from '../../src/core/model/embedded';
import { RULES } from '../../src/core/rules/index';

function flags(path: string, text: string): string[] {
  return analyzeText(path, text, { rules: RULES, mode: 'scan' }).findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.category}`);
}

describe('scripts embedded in markup', () => {
  it('flags code in an HTML <script> at its line and column', () => {
    const page = [
      '<!doctype html>',
      '<html><body>',
      '  <div id="x"></div>',
      '  <script>eval(location.hash.slice(1));</script>',
      '</body></html>',
    ].join('\n');
    const found = flags('public/index.html', page);
    assert.ok(found.includes('4:11 ts/eval dynamic-code'), found.join('\n'));
  });

  it('reads a Vue <script setup lang="ts"> block as TypeScript', () => {
    const sfc = [
      '<template>',
      '  <p>{{ status }}</p>',
      '</template>',
      '<script setup lang="ts">',
      "import { execSync } from 'node:child_process';",
      "const status: string = execSync('uptime').toString();",
      '</script>',
      '<style scoped>p { color: red }</style>',
    ].join('\n');
    const found = flags('components/Status.vue', sfc);
    assert.ok(
      found.some((f) => f.startsWith('6:') && f.endsWith(' process')),
      found.join('\n'),
    );
  });

  it('keeps blocks apart and reads each Svelte block', () => {
    const svelte = [
      '<script context="module">',
      '  export const prerender = true',
      '</script>',
      '<script>',
      '  fetch("https://t.example-cdn.net/c")',
      '</script>',
    ].join('\n');
    const found = flags('src/routes/+page.svelte', svelte);
    assert.ok(
      found.some((f) => f.startsWith('5:') && f.endsWith(' network')),
      found.join('\n'),
    );
    assert.ok(!found.some((f) => f.includes('airlock/')), found.join('\n'));
  });

  it('does not parse data blocks, templates or external scripts as code', () => {
    const page = [
      '<script type="application/ld+json">{"@context": "https://schema.org"}</script>',
      '<script type="text/x-template" id="row"><tr><td>{{ name }}</td></tr></script>',
      '<script src="/app.js"></script>',
      '<p>eval(x) is not code here</p>',
    ].join('\n');
    assert.equal(embeddedScripts(page), undefined);
    assert.deepEqual(
      flags('index.html', page).filter((f) => f.includes('ts/') || f.includes('airlock/')),
      [],
    );
  });

  it('blanks everything outside the scripts, keeping offsets', () => {
    const page = '<p>a</p>\n<script>let a = 1</script><script>let b = 2</script>\n';
    const scripts = embeddedScripts(page);
    assert.ok(scripts);
    assert.equal(scripts.code.length, page.length);
    assert.equal(scripts.code.split('\n').length, page.split('\n').length);
    assert.equal(scripts.blocks, 2);
    assert.equal(scripts.code.slice(page.indexOf('let a'), page.indexOf('let a') + 9), 'let a = 1');
  });

  it('flags a script block that does not parse as not analyzed, and still reads its capabilities', () => {
    const page = ['<script>', "  const cp = require('child_process'", "  cp.execSync('id' +", '</script>'].join('\n');
    const found = flags('page.html', page);
    assert.ok(
      found.some((f) => f.includes('airlock/not-analyzed')),
      found.join('\n'),
    );
  });
});
