import { readFile } from "node:fs/promises";
import path from "node:path";

const DEFAULTS = { include: ["**/*.md"], exclude: ["node_modules/**"], maxDepth: 3, slug: "github" };

// Anchor rules of the common hosts; anything else is treated as the body of a slug function.
const PRESETS = {
  github: null,
  gitlab: "return text.trim().toLowerCase().replace(/[^\\w\\- ]+/g, '').replace(/ /g, '-');",
  bitbucket: "return 'markdown-header-' + text.trim().toLowerCase().replace(/[^\\w]+/g, '-');",
};

function compileSlug(spec) {
  const body = Object.hasOwn(PRESETS, spec) ? PRESETS[spec] : spec;
  return body ? new Function("text", body) : undefined;
}

export async function loadConfig(cwd) {
  let merged;
  try {
    const raw = await readFile(path.join(cwd, ".tocgenrc.json"), "utf8");
    merged = { ...DEFAULTS, ...JSON.parse(raw) };
  } catch (err) {
    if (err.code !== "ENOENT") throw err;
    merged = { ...DEFAULTS };
  }
  return { ...merged, slugify: compileSlug(merged.slug) };
}
