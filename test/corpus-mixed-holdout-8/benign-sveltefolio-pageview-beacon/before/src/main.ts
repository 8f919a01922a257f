import App from "./App.svelte";
import { initTheme } from "./lib/theme";

initTheme();

const app = new App({ target: document.getElementById("app")! });

export default app;
