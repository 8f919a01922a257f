import type { ParsedQs } from "qs";

const UTM_KEYS = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"] as const;

/** Forward utm_* parameters from the short link onto the destination URL. */
export function withUtm(target: string, query: ParsedQs): string {
  const url = new URL(target);
  for (const key of UTM_KEYS) {
    const value = query[key];
    if (typeof value === "string" && value.length <= 200 && !url.searchParams.has(key)) {
      url.searchParams.set(key, value);
    }
  }
  return url.toString();
}
