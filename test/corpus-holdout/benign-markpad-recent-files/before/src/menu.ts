import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { Settings } from './settings';

type WindowGetter = () => BrowserWindow | null;

export function buildMenu(getWindow: WindowGetter, settings: Settings): Menu {
  const setTheme = (theme: 'light' | 'dark') => {
    settings.theme = theme;
    getWindow()?.webContents.send('theme:changed', theme);
  };

  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => getWindow()?.webContents.send('menu:open') },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => getWindow()?.webContents.send('menu:save') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }],
    },
    {
      label: 'View',
      submenu: [
        { label: 'Light Theme', type: 'radio', checked: settings.theme === 'light', click: () => setTheme('light') },
        { label: 'Dark Theme', type: 'radio', checked: settings.theme === 'dark', click: () => setTheme('dark') },
        { type: 'separator' },
        { role: 'toggleDevTools' },
      ],
    },
  ];

  const menu = Menu.buildFromTemplate(template);
  Menu.setApplicationMenu(menu);
  return menu;
}
