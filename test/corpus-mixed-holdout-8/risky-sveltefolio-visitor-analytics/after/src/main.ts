import App from "./App.svelte";
import { initAnalytics } from "./lib/analytics";
import { initTheme } from "./lib/theme";

initTheme();

const app = new App({ target: document.getElementById("app")! });

void initAnalytics();

export default app;
