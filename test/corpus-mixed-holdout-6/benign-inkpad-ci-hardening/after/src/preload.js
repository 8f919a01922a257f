const { contextBridge, ipcRenderer } = require("electron");

contextBridge.exposeInMainWorld("inkpad", {
  list: () => ipcRenderer.invoke("notes:list"),
  read: (id) => ipcRenderer.invoke("notes:read", id),
  save: (id, body) => ipcRenderer.invoke("notes:save", id, body),
  remove: (id) => ipcRenderer.invoke("notes:delete", id),
});
