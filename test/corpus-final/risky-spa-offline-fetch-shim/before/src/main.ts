import { createApp } from 'vue';
import App from './App';
import { createTaskStore, storeKey } from './store';

const store = createTaskStore();
const app = createApp(App);
app.provide(storeKey, store);

app.config.errorHandler = (err, _instance, info) => {
  console.error('[task-board] unhandled error in', info, err);
};

app.config.warnHandler = (msg, _instance, trace) => {
  if (import.meta.env.DEV) console.warn(`[task-board] ${msg}\n${trace}`);
};

document.title = import.meta.env.VITE_APP_TITLE ?? 'Task board';

store.refresh().catch((err) => {
  console.warn('initial load failed', err);
});

app.mount('#app');
