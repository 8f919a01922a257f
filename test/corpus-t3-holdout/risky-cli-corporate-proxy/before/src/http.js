"use strict";

const https = require("node:https");

const agent = new https.Agent({ keepAlive: true });

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

module.exports = { fetchJson };
