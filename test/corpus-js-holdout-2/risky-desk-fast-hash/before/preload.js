const { contextBridge, ipcRenderer } = require('electron');

contextBridge.exposeInMainWorld('desk', {
  version: () => ipcRenderer.invoke('app:version'),
});
