import { marked } from 'marked';

const el = document.getElementById('app');
el.innerHTML = marked.parse(`# ${process.env.SITE_TITLE ?? 'Untitled'}\n\nWelcome.`);
