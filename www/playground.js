// The playground: parse pasted HTML (or plain text, made HTML by the core) with DOMParser (scripts
// never run), snapshot it with the extension's snapshot.js, run the wasm core, draw the result with
// the extension's panel.js.
'use strict';
const $ = (id) => document.getElementById(id);
const ready = wasm_bindgen({ module_or_path: 'pkg/cleanread_bg.wasm' });

async function loadSample() {
  const res = await fetch($('sample').value);
  $('html').value = await res.text();
}

async function analyse() {
  const status = $('status');
  try {
    await ready;
    // Plain text (an article copied as text) is first made the page of its paragraphs.
    const doc = new DOMParser().parseFromString(wasm_bindgen.pageHtmlOf($('html').value), 'text/html');
    const { snapshot } = globalThis.cleanreadSnapshot(doc, { live: false });
    const view = wasm_bindgen.analyzeSnapshot(snapshot);
    const old = $('panel-host');
    const host = document.createElement('div');
    host.id = 'panel-host';
    old.replaceWith(host);
    const root = host.attachShadow({ mode: 'open' });
    globalThis.cleanreadPanel.render(root, view, {
      close: () => host.replaceChildren(),
      copy: async (kind) => {
        try { await navigator.clipboard.writeText({ text: view.plainText, article: view.articleText }[kind] || view.markdown); return true; } catch (_) { return false; }
      },
      toggleBlock: () => {},
    });
    // In the playground the panel sits in the page flow, not over it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(':host { position: static; }');
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    status.textContent = `${view.hiddenTotal} block${view.hiddenTotal === 1 ? '' : 's'} would be hidden.`;
  } catch (e) {
    status.textContent = `Could not analyse this HTML: ${e.message || e}`;
  }
}

$('load').addEventListener('click', loadSample);
$('analyse').addEventListener('click', analyse);
loadSample().then(analyse);
