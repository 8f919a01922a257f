import { labelsFor } from "../src/matcher";
import { parseRules } from "../src/config";

describe("labelsFor", () => {
  const rules = parseRules("docs:\n  - 'docs/**'\n  - '*.md'\nci:\n  - '.github/**'\n");

  it("matches globs including dotfiles", () => {
    expect(labelsFor([".github/workflows/ci.yml", "README.md"], rules)).toEqual(["ci", "docs"]);
  });

  it("supports negated globs", () => {
    const r = parseRules("docs:\n  - 'docs/**'\n  - '!docs/generated/**'\n");
    expect(labelsFor(["docs/generated/api.md"], r)).toEqual([]);
  });

  it("matches branch-name rules", () => {
    const r = parseRules("hotfix:\n  - 'branch:^hotfix/'\n");
    expect(labelsFor([], r, "hotfix/login")).toEqual(["hotfix"]);
  });

  it("returns nothing for unmatched files", () => {
    expect(labelsFor(["src/index.ts"], rules)).toEqual([]);
  });
});
