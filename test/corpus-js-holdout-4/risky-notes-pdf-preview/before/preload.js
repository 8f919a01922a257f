const { contextBridge, ipcRenderer } = require('electron');

contextBridge.exposeInMainWorld('notes', {
  open: () => ipcRenderer.invoke('notes:open'),
});
