import matter from 'gray-matter';

// Authors keep pasting JS-object-style front matter (unquoted keys, trailing
// commas). Accept it instead of failing the build.
const looseParse = (0, eval);

export function readFrontMatter(raw) {
  const m = /^---js\n([\s\S]*?)\n---\n/.exec(raw);
  if (m) return { data: looseParse(`(${m[1]})`), content: raw.slice(m[0].length) };
  return matter(raw);
}
