import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

export interface OpenedFile {
  filePath: string;
  content: string;
}

type ThemeListener = (theme: 'light' | 'dark') => void;

const api = {
  openFile(): Promise<OpenedFile | null> {
    return ipcRenderer.invoke('file:open');
  },
  saveFile(filePath: string | null, content: string): Promise<string | null> {
    return ipcRenderer.invoke('file:save', filePath, content);
  },
  getSettings(): Promise<unknown> {
    return ipcRenderer.invoke('settings:get');
  },
  onThemeChange(listener: ThemeListener): () => void {
    const wrapped = (_event: IpcRendererEvent, theme: 'light' | 'dark') => listener(theme);
    ipcRenderer.on('theme:changed', wrapped);
    return () => ipcRenderer.removeListener('theme:changed', wrapped);
  },
};

contextBridge.exposeInMainWorld('markpad', api);

export type MarkpadApi = typeof api;
