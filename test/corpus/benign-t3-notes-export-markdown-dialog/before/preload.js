const { contextBridge, ipcRenderer } = require('electron');

contextBridge.exposeInMainWorld('notesApi', {
  list: () => ipcRenderer.invoke('notes:list'),
  read: (id) => ipcRenderer.invoke('notes:read', id),
  save: (id, body) => ipcRenderer.invoke('notes:save', id, body),
});
