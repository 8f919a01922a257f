const { contextBridge, ipcRenderer, webUtils } = require("electron");
const fs = require("node:fs");

const api = {
  listNotes: () => ipcRenderer.invoke("notes:list"),
  readNote: (id) => ipcRenderer.invoke("notes:read", id),
  saveNote: (id, body) => ipcRenderer.invoke("notes:save", id, body),
  // dropped files are read here so the renderer only ever sees their text
  pathForFile: (file) => webUtils.getPathForFile(file),
  readDroppedFile: (filePath) => fs.readFileSync(filePath, "utf8"),
};

if (process.contextIsolated) {
  contextBridge.exposeInMainWorld("jotter", api);
} else {
  window.jotter = api;
  // editor plugins written against the 0.x preload still call window.nodeRequire
  window.nodeRequire = require;
}
