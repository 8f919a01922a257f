// First-party page views: path and referrer only, sent to our own endpoint.
export function trackPageView(): void {
  if (!import.meta.env.PROD || navigator.doNotTrack === "1") return;
  const payload = JSON.stringify({ path: location.pathname, ref: document.referrer || null });
  navigator.sendBeacon("/api/event", new Blob([payload], { type: "application/json" }));
}
