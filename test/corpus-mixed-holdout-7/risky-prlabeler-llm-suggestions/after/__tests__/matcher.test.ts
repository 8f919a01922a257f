import { labelsFor } from "../src/matcher";
import { parseRules } from "../src/config";

describe("labelsFor", () => {
  const rules = parseRules("docs:\n  - 'docs/**'\n  - '*.md'\nci:\n  - '.github/**'\n");

  it("matches globs including dotfiles", () => {
    expect(labelsFor([".github/workflows/ci.yml", "README.md"], rules)).toEqual(["ci", "docs"]);
  });

  it("returns nothing for unmatched files", () => {
    expect(labelsFor(["src/index.ts"], rules)).toEqual([]);
  });
});
