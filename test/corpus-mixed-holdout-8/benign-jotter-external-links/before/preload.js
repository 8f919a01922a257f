const { contextBridge, ipcRenderer } = require("electron");

contextBridge.exposeInMainWorld("jotter", {
  listNotes: () => ipcRenderer.invoke("notes:list"),
  readNote: (id) => ipcRenderer.invoke("notes:read", id),
  saveNote: (id, body) => ipcRenderer.invoke("notes:save", id, body),
});
