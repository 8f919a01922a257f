import { groupFor, refreshRules } from "./rules.js";


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

refreshRules();

chrome.tabs.onUpdated.addListener(async (_id, info, tab) => {
  if (info.status !== "complete") return;
  const group = groupFor(tab);
  if (group) console.debug("tab", tab.id, "belongs to", group);
});
