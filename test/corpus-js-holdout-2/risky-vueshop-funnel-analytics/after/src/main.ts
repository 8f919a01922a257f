import { createApp } from 'vue';
import App from './App.vue';
import { router } from './router';
import { trackStep } from './analytics';

router.afterEach((to) => trackStep(to.path.startsWith('/cart') ? 'cart' : 'view'));

createApp(App).use(router).mount('#app');
