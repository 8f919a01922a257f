import * as assert from 'node:assert/strict';
import { lineChanges } from '../../src/core/diff/lines';
import { applyPatchFile, parsePatchText, PatchError } from '../../src/core/diff/patch';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

describe('lineChanges', () => {
  it('marks added and changed lines of the new version', () => {
    const c = lineChanges('a\nb\nc\n', 'a\nB\nc\nd\n');
    assert.deepEqual([...c.added].sort(), [2, 4]);
    assert.deepEqual(c.removed, [{ oldLine: 2, text: 'b', anchor: 2 }]);
  });
  it('treats a new file as all added', () => {
    assert.deepEqual([...lineChanges(undefined, 'x\ny').added], [1, 2]);
  });
  it('ignores a CRLF/LF conversion alone', () => {
    const c = lineChanges('a\r\nb\r\n', 'a\nb\n');
    assert.equal(c.added.size, 0);
    assert.equal(c.removed.length, 0);
  });
  it('anchors removed lines to the next line of the new version, clamped at the end', () => {
    const c = lineChanges('a\nb\nc', 'a');
    assert.deepEqual(
      c.removed.map((r) => [r.oldLine, r.anchor]),
      [
        [2, 1],
        [3, 1],
      ],
    );
  });
  it('keeps moved blocks visible as changes', () => {
    const c = lineChanges('x\ny\nz', 'z\nx\ny');
    assert.ok(c.added.size >= 1);
  });
});

const GIT_PATCH = `diff --git a/src/a.js b/src/a.js
index 1111111..2222222 100644
--- a/src/a.js
+++ b/src/a.js
@@ -1,2 +1,3 @@
 const a = 1;
+eval(s);
 module.exports = a;
diff --git a/run.sh b/run.sh
old mode 100644
new mode 100755
diff --git a/old name.js b/new name.js
similarity index 100%
rename from old name.js
rename to new name.js
diff --git a/gone.js b/gone.js
deleted file mode 100644
index 3333333..0000000
--- a/gone.js
+++ /dev/null
@@ -1 +0,0 @@
-x();
diff --git a/img.png b/img.png
new file mode 100644
index 0000000..4444444
Binary files /dev/null and b/img.png differ
`;

describe('patches', () => {
  it('parses git patches: content, modes, renames, deletions, binary markers', () => {
    const files = parsePatchText(GIT_PATCH);
    assert.deepEqual(
      files.map((f) => [f.status, f.oldPath, f.newPath, f.oldMode, f.newMode, f.binary]),
      [
        ['modified', 'src/a.js', 'src/a.js', undefined, undefined, false],
        ['modified', 'run.sh', 'run.sh', '100644', '100755', false],
        ['renamed', 'old name.js', 'new name.js', undefined, undefined, false],
        ['deleted', 'gone.js', undefined, '100644', undefined, false],
        ['added', undefined, 'img.png', undefined, '100644', true],
      ],
    );
  });
  it('rebuilds the new version from the base', () => {
    const [file] = parsePatchText(GIT_PATCH);
    const change = applyPatchFile(file, enc('const a = 1;\nmodule.exports = a;\n'), undefined);
    assert.equal(dec(change.newBytes), 'const a = 1;\neval(s);\nmodule.exports = a;\n');
    assert.equal(change.partial, undefined);
  });
  it('uses the disk when the patch is already applied there', () => {
    const [file] = parsePatchText(GIT_PATCH);
    const applied = enc('const a = 1;\neval(s);\nmodule.exports = a;\n');
    const change = applyPatchFile(file, enc('something else\n'), applied);
    assert.equal(dec(change.newBytes), dec(applied));
    assert.equal(dec(change.oldBytes), 'const a = 1;\nmodule.exports = a;\n');
  });
  it('reviews hunks in place when the patch does not apply, and says so', () => {
    const [file] = parsePatchText(GIT_PATCH);
    const change = applyPatchFile(file, enc('unrelated\n'), undefined);
    assert.match(change.partial ?? '', /does not apply/);
    assert.equal(dec(change.newBytes), 'const a = 1;\neval(s);\nmodule.exports = a;');
  });
  it('marks binary changes as not included', () => {
    const files = parsePatchText(GIT_PATCH);
    assert.match(applyPatchFile(files[4], undefined, undefined).partial ?? '', /binary/);
  });
  it('rejects text that is not a patch', () => {
    assert.throws(() => parsePatchText('hello world\n'), PatchError);
  });
});
