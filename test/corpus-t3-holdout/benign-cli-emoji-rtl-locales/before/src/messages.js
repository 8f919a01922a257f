"use strict";

const messages = {
  en: { ok: "done", warn: "large file", err: "invalid size" },
};

module.exports = { messages };
