import { minimatch } from "minimatch";
import type { LabelRules } from "./config";

const BRANCH_PREFIX = "branch:";

function fileMatches(file: string, globs: string[]): boolean {
  const positive = globs.filter((g) => !g.startsWith("!") && !g.startsWith(BRANCH_PREFIX));
  const negative = globs.filter((g) => g.startsWith("!")).map((g) => g.slice(1));
  return positive.some((g) => minimatch(file, g, { dot: true })) && !negative.some((g) => minimatch(file, g, { dot: true }));
}

function branchMatches(branch: string, globs: string[]): boolean {
  return globs
    .filter((g) => g.startsWith(BRANCH_PREFIX))
    .some((g) => new RegExp(g.slice(BRANCH_PREFIX.length)).exec(branch) !== null);
}

export function labelsFor(files: string[], rules: LabelRules, branch = ""): string[] {
  const out: string[] = [];
  for (const [label, globs] of Object.entries(rules)) {
    if (files.some((f) => fileMatches(f, globs)) || (branch && branchMatches(branch, globs))) out.push(label);
  }
  return out.sort();
}
