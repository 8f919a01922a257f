const { contextBridge, ipcRenderer } = require("electron");

contextBridge.exposeInMainWorld("notes", {
  read: () => ipcRenderer.invoke("notes:read"),
  write: (notes) => ipcRenderer.invoke("notes:write", notes),
});
