export const COLORS = ['yellow', 'green', 'pink', 'blue'];

export function findTextNode(root, quote) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'TEXTAREA'].includes(parent.tagName)) {
        return NodeFilter.FILTER_REJECT;
      }
      return node.nodeValue.includes(quote) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  return walker.nextNode();
}

export function wrapQuote(root, quote, color = 'yellow') {
  if (!quote) return null;
  const node = findTextNode(root, quote);
  if (!node) return null;
  const start = node.nodeValue.indexOf(quote);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + quote.length);
  const mark = document.createElement('mark');
  mark.className = `tab-notes-highlight tab-notes-${COLORS.includes(color) ? color : 'yellow'}`;
  range.surroundContents(mark);
  return mark;
}

export function clearHighlights(root) {
  for (const mark of root.querySelectorAll('mark.tab-notes-highlight')) {
    const parent = mark.parentNode;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}
