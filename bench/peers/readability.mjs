// Peer for `make bench`: Readability.js (npm @mozilla/readability) on jsdom. Reads one HTML path
// per line on stdin (.gz allowed), prints one JSON line per page with its parse() result and the
// milliseconds for jsdom parsing plus Readability together.
import fs from 'node:fs';
import zlib from 'node:zlib';
import readline from 'node:readline';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const quiet = new VirtualConsole();

// Readability's textContent runs paragraphs together ("end.Next"), which would merge words across
// blocks and cost it points it does not deserve; score the text of its `content` with a line
// break after every block instead (outside the timed part).
const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'TD', 'TH',
  'FIGCAPTION', 'SECTION', 'ARTICLE', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'BR']);
function blockText(document, html) {
  const holder = document.createElement('div');
  holder.innerHTML = html; // bench-only: Readability's own output, in jsdom
  const out = [];
  const walk = (node) => {
    if (node.nodeType === 3) { out.push(node.data); return; }
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (BLOCKS.has(node.nodeName)) out.push('\n');
  };
  walk(holder);
  return out.join('').replace(/[ \t]*\n\s*/g, '\n').trim();
}
const rl = readline.createInterface({ input: process.stdin });
for await (const line of rl) {
  const file = line.trim();
  if (!file) continue;
  let record;
  try {
    let bytes = fs.readFileSync(file);
    if (file.endsWith('.gz')) bytes = zlib.gunzipSync(bytes);
    const start = performance.now();
    const dom = new JSDOM(bytes, { url: 'https://example.org/article', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    const ms = performance.now() - start;
    record = {
      file, ms, text: article ? blockText(dom.window.document, article.content) : '', title: article?.title ?? null, byline: article?.byline ?? null,
      excerpt: article?.excerpt ?? null, siteName: article?.siteName ?? null,
      publishedTime: article?.publishedTime ?? null, lang: article?.lang ?? null, dir: article?.dir ?? null,
    };
    dom.window.close();
  } catch (e) {
    record = { file, error: String(e && e.message || e) };
  }
  process.stdout.write(JSON.stringify(record) + '\n');
}
