import { minimatch } from "minimatch";
import type { LabelRules } from "./config";

export function labelsFor(files: string[], rules: LabelRules): string[] {
  const out: string[] = [];
  for (const [label, globs] of Object.entries(rules)) {
    if (files.some((f) => globs.some((g) => minimatch(f, g, { dot: true })))) out.push(label);
  }
  return out.sort();
}
