'use strict';
const fs = require('node:fs/promises');
const path = require('node:path');

function slug(url) {
  return (
    url
      .replace(/^https?:\/\//, '')
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'page'
  );
}

function toMarkdown(result) {
  const lines = [
    `# Audit: ${result.url}`,
    '',
    `- Time: ${result.at}`,
    `- DOM nodes: ${result.metrics.domNodes}`,
    `- JS heap: ${result.metrics.jsHeapMb} MB`,
    `- LCP: ${result.metrics.lcp ?? 'n/a'} ms`,
    '',
    `## Console errors (${result.consoleErrors.length})`,
  ];
  for (const e of result.consoleErrors) lines.push(`- \`${e.replace(/`/g, "'")}\``);
  return lines.join('\n') + '\n';
}

async function writeReport(outDir, result) {
  await fs.mkdir(outDir, { recursive: true });
  const base = path.join(outDir, `${slug(result.url)}-${Date.now()}`);
  await fs.writeFile(`${base}.json`, JSON.stringify(result, null, 2));
  await fs.writeFile(`${base}.md`, toMarkdown(result));
  return `${base}.md`;
}

module.exports = { writeReport, toMarkdown, slug };
