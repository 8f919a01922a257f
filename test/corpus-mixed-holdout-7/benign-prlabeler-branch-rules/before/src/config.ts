import { load } from "js-yaml";

export type LabelRules = Record<string, string[]>;

export function parseRules(text: string): LabelRules {
  const raw = load(text);
  if (!raw || typeof raw !== "object") throw new Error("label config must be a mapping");
  const rules: LabelRules = {};
  for (const [label, globs] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(globs) || !globs.every((g) => typeof g === "string")) {
      throw new Error(`label ${label}: expected a list of globs`);
    }
    rules[label] = globs;
  }
  return rules;
}
