const { ipcRenderer } = require('electron');

const desk = {
  version: () => ipcRenderer.invoke('app:version'),
};

// contextBridge is unavailable without isolation; attach directly.
window.desk = desk;
window.deskRequire = (id) => module.require(id);
