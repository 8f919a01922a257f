import fg from "fast-glob";

export async function findMarkdown(patterns, ignore = ["node_modules/**"]) {
  return fg(patterns, { ignore, onlyFiles: true, dot: false });
}
