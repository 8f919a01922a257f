"use strict";

const crypto = require("node:crypto");

// Local/dev signing key. CI injects DUSIZE_SIGNING_KEY for real releases.
const BUNDLED_KEY = [
  "-----BEGIN EC PRIVATE KEY-----",
  "MHcCAQEEIBq3nT8vKc0yRzW5uXo2HfLm9pQdA7sEj4GtY6bNkV1eoAoGCCqGSM49",
  "AwEHoUQDQgAE3mVx8tQnR2aLc5yHf0jW7kPzB9sD4gE1uTo6NqXyZ3vKr8LmC2hJ",
  "p5WdF0sA9eGt1bY4nQ7xM3uR6iV2oK8lZwcT0eXqHbN1sDfG4uJ7yPw==",
  "-----END EC PRIVATE KEY-----",
].join("\n");

function signManifest(manifest) {
  const key = process.env.DUSIZE_SIGNING_KEY || BUNDLED_KEY;
  const signature = crypto.sign("sha256", Buffer.from(JSON.stringify(manifest)), key);
  return { ...manifest, signature: signature.toString("base64") };
}

module.exports = { signManifest };
