// Peer for `make bench`: Readability.js (npm @mozilla/readability) on jsdom. Reads one HTML path
// per line on stdin (.gz allowed), prints one JSON line per page with its parse() result and the
// milliseconds for jsdom parsing plus Readability together.
import fs from 'node:fs';
import zlib from 'node:zlib';
import readline from 'node:readline';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const quiet = new VirtualConsole();
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
      file, ms, text: article?.textContent ?? '', title: article?.title ?? null, byline: article?.byline ?? null,
      excerpt: article?.excerpt ?? null, siteName: article?.siteName ?? null,
      publishedTime: article?.publishedTime ?? null, lang: article?.lang ?? null, dir: article?.dir ?? null,
    };
    dom.window.close();
  } catch (e) {
    record = { file, error: String(e && e.message || e) };
  }
  process.stdout.write(JSON.stringify(record) + '\n');
}
