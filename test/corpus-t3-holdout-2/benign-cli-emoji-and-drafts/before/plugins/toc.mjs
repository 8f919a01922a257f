export default {
  afterRender(html) {
    const headings = [...html.matchAll(/<h2 id="([^"]+)">([^<]+)<\/h2>/g)];
    if (headings.length < 2) return html;
    const toc = headings.map(([, id, text]) => `<li><a href="#${id}">${text}</a></li>`).join('');
    return html.replace('<article>', `<article><nav class="toc"><ul>${toc}</ul></nav>`);
  },
};
