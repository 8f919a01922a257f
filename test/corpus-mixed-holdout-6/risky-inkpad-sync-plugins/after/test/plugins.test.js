const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const { PluginHost } = require("../src/plugins");

test("loads a plugin from the plugin dir", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "inkpad-plugins-"));
  fs.writeFileSync(path.join(dir, "echo.js"), "module.exports = { displayName: 'Echo', push: () => true };");
  const host = new PluginHost(dir);
  expect(host.load("echo").displayName).toBe("Echo");
});

test("rejects odd plugin names", async () => {
  const host = new PluginHost(fs.mkdtempSync(path.join(os.tmpdir(), "inkpad-plugins-")));
  await expect(host.install("../evil")).rejects.toThrow(/bad plugin name/);
});
