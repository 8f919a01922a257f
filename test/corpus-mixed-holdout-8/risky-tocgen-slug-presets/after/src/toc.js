import GithubSlugger from "github-slugger";

const START = "<!-- toc -->";
const END = "<!-- tocstop -->";
const HEADING = /^(#{1,6})\s+(.+?)\s*#*$/;

export function headings(markdown, maxDepth = 3) {
  const out = [];
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) inFence = !inFence;
    if (inFence) continue;
    const m = HEADING.exec(line);
    if (m && m[1].length <= maxDepth) out.push({ depth: m[1].length, text: m[2] });
  }
  return out;
}

export function renderToc(items, slugify) {
  const slugger = new GithubSlugger();
  const slug = slugify ?? ((text) => slugger.slug(text));
  const minDepth = Math.min(...items.map((h) => h.depth));
  return items.map((h) => `${"  ".repeat(h.depth - minDepth)}- [${h.text}](#${slug(h.text)})`).join("\n");
}

export function updateToc(markdown, { maxDepth = 3, slugify } = {}) {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start === -1 || end === -1 || end < start) return markdown;
  const items = headings(markdown, maxDepth).filter((h) => h.text !== "Table of contents");
  const toc = renderToc(items, slugify);
  return `${markdown.slice(0, start + START.length)}\n${toc}\n${markdown.slice(end)}`;
}
