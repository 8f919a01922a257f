const KEY = "folio-theme";

export function initTheme() {
  const stored = localStorage.getItem(KEY);
  const prefersDark = window.matchMedia("(prefers-color-scheme: dark)").matches;
  document.documentElement.dataset.theme = stored ?? (prefersDark ? "dark" : "light");
}

export function toggleTheme() {
  const next = document.documentElement.dataset.theme === "dark" ? "light" : "dark";
  document.documentElement.dataset.theme = next;
  localStorage.setItem(KEY, next);
}

// Purely decorative: a different accent colour on each visit.
export function randomAccentHue(): number {
  return Math.floor(Math.random() * 360);
}

export function applyAccent(hue = randomAccentHue()): void {
  document.documentElement.style.setProperty("--accent", `hsl(${hue} 70% 55%)`);
}
