import App from "./App.svelte";
import { trackPageView } from "./lib/analytics";
import { applyAccent, initTheme } from "./lib/theme";

initTheme();
applyAccent();

const app = new App({ target: document.getElementById("app")! });

trackPageView();

export default app;
