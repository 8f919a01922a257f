const KEY = "groups";

async function saveGroup(name) {
  const tabs = await chrome.tabs.query({ currentWindow: true });
  const { [KEY]: groups = {} } = await chrome.storage.local.get(KEY);
  groups[name] = tabs.map((t) => ({ url: t.url, title: t.title }));
  await chrome.storage.local.set({ [KEY]: groups });
}

async function restoreGroup(name) {
  const { [KEY]: groups = {} } = await chrome.storage.local.get(KEY);
  for (const tab of groups[name] ?? []) await chrome.tabs.create({ url: tab.url, active: false });
}

chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
  if (msg.type === "save") saveGroup(msg.name).then(() => reply({ ok: true }));
  if (msg.type === "restore") restoreGroup(msg.name).then(() => reply({ ok: true }));
  return true;
});

// ---- browser sync backup (uses the user's own Chrome sync, no extra hosts) ----
const SYNC_LIMIT = 90 * 1024;

chrome.alarms.create("backup", { periodInMinutes: 360 });

chrome.alarms.onAlarm.addListener(async (alarm) => {
  if (alarm.name !== "backup") return;
  const { groups = {} } = await chrome.storage.local.get("groups");
  const compact = Object.fromEntries(
    Object.entries(groups).map(([name, tabs]) => [name, tabs.map((t) => t.url).filter((u) => u?.startsWith("http"))]),
  );
  const size = new Blob([JSON.stringify(compact)]).size;
  if (size > SYNC_LIMIT) {
    console.warn("tab groups too large for chrome.storage.sync, skipping backup", size);
    return;
  }
  await chrome.storage.sync.set({ backup: compact, backedUpAt: Date.now() });
});
