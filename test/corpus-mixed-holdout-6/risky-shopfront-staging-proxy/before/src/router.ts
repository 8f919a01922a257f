import { createRouter, createWebHistory } from "vue-router";

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: "/", component: () => import("./views/Catalog.vue") },
    { path: "/cart", component: () => import("./views/Cart.vue") },
  ],
});
