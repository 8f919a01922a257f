/**
 * Shared by the text rules that look for settings written into any file (TLS checks off,
 * privileged containers, preloaded code): which files are prose, and a bounded walk over the
 * matches of one global pattern.
 */

/** Documentation: settings there are described, not applied. */
export const DOC_FILES = /\.(md|mdx|markdown|txt|rst|adoc)$/i;

/** Every match of a global pattern in `text`, at most `limit` of them. */
export function* settingMatches(pattern: RegExp, text: string, limit: number): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  let budget = limit;
  for (let m = pattern.exec(text); m && budget-- > 0; m = pattern.exec(text)) {
    yield m;
  }
}
