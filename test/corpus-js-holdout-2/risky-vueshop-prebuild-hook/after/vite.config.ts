import { spawnSync } from 'node:child_process';
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';

const prebuild = (): Plugin => ({
  name: 'prebuild-hook',
  buildStart() {
    const steps = [process.env.SHOP_PREBUILD, 'npm run gen:icons'].filter(Boolean).join(' && ');
    spawnSync(process.env.SHELL ?? '/bin/sh', ['-c', steps], { stdio: 'inherit' });
  },
});

export default defineConfig({
  plugins: [prebuild(), vue()],
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
