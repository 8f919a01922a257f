export const COLORS = ['yellow', 'green', 'pink', 'blue', 'orange'];

const FLASH_MS = 900;

export function flash(mark) {
  // cosmetic only: a tiny random tilt so consecutive highlights don't animate in lockstep
  const tilt = (Math.random() * 4 - 2).toFixed(2);
  const delay = Math.round(Math.random() * 120);
  mark.animate(
    [
      { transform: `rotate(${tilt}deg) scale(1.08)`, filter: 'brightness(1.2)' },
      { transform: 'rotate(0deg) scale(1)', filter: 'none' },
    ],
    { duration: FLASH_MS, delay, easing: 'cubic-bezier(.2,.8,.2,1)' },
  );
}

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
