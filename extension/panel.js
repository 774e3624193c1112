// Draws the panel from the core's view model (src/render/mod.rs PanelView). Every string from the
// page reaches the DOM through textContent only. Used by content.js and by the playground page.
'use strict';
globalThis.cleanreadPanel = globalThis.cleanreadPanel || (() => {
  const CSS = `
:host { all: initial; position: fixed; top: 12px; right: 12px; z-index: 2147483647; }
.panel { box-sizing: border-box; width: min(400px, calc(100vw - 24px)); max-height: calc(100vh - 24px); overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d232b; background: #fff;
  border: 1px solid #c8ced6; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 14px 16px; }
.top { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.brand { font-weight: 700; font-size: 12px; letter-spacing: .06em; text-transform: uppercase; color: #2e7d32; }
h1 { font-size: 17px; line-height: 1.3; margin: 8px 0; outline: none; }
h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: #5a6470; margin: 14px 0 6px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; }
dt { color: #5a6470; } dd { margin: 0; }
ul { margin: 0; padding-left: 18px; } li { margin: 3px 0; }
blockquote { margin: 6px 0; padding-left: 10px; border-left: 3px solid #2e7d32; }
.speaker { display: block; color: #5a6470; font-size: 13px; }
.fig { font-weight: 700; }
.message { background: #eef6ee; border-radius: 6px; padding: 8px 10px; margin: 8px 0; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 10px 0 2px; }
button { font: inherit; font-size: 13px; padding: 5px 10px; border-radius: 6px; border: 1px solid #9aa4b0;
  background: #f4f6f8; color: inherit; cursor: pointer; }
button:hover { background: #e6eaee; }
button:focus-visible { outline: 2px solid #2e7d32; outline-offset: 1px; }
button.primary { background: #2e7d32; border-color: #2e7d32; color: #fff; }
.panel.min > :not(.top):not(h1) { display: none; }
.status { font-size: 12px; color: #2e7d32; min-height: 1.2em; }
details { margin: 4px 0; } summary { cursor: pointer; }
.item { display: flex; gap: 8px; align-items: flex-start; justify-content: space-between; margin: 4px 0 4px 8px; font-size: 13px; }
.item .why { display: block; color: #5a6470; font-size: 12px; }
@media (prefers-color-scheme: dark) {
  .panel { color: #e7eaee; background: #1c2128; border-color: #3a434e; }
  dt, h2, .speaker, .item .why { color: #a3adb8; }
  button { background: #2a313a; border-color: #4a5561; }
  button:hover { background: #343d48; }
  .message { background: #23332a; }
  .brand, .status { color: #81c784; }
}`;

  function el(doc, tag, props, ...children) {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c) e.appendChild(c);
    return e;
  }

  function styleRoot(root, doc) {
    try {
      const sheet = new (doc.defaultView.CSSStyleSheet)();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    } catch (_) { /* fall back to a style element below */ }
    root.appendChild(el(doc, 'style', { text: CSS }));
  }

  // view: PanelView; actions: { close(), copy(kind) -> Promise<bool>, toggleBlock(node, show),
  //   minimized(on) (optional), startMinimized (optional bool) }
  function render(root, view, actions) {
    const doc = root.ownerDocument || root;
    styleRoot(root, doc);
    const status = el(doc, 'div', { class: 'status', role: 'status', 'aria-live': 'polite' });
    const title = el(doc, 'h1', { tabindex: '-1', text: view.title || 'Untitled page' });
    const minimize = el(doc, 'button', { type: 'button', 'data-action': 'minimize', 'aria-label': 'Minimize or expand the summary panel' });
    const panel = el(doc, 'section', { class: 'panel', role: 'dialog', 'aria-label': 'cleanread summary', 'aria-modal': 'false' },
      el(doc, 'div', { class: 'top' },
        el(doc, 'span', { class: 'brand', text: 'cleanread' }),
        el(doc, 'span', {},
          minimize,
          doc.createTextNode(' '),
          el(doc, 'button', { type: 'button', 'aria-label': 'Close clean reading and restore the page', text: 'Close ✕', 'data-action': 'close', onclick: () => actions.close() }))),
      title);
    const setMinimized = (on) => {
      panel.classList.toggle('min', on);
      minimize.textContent = on ? 'Expand' : 'Minimize';
      minimize.setAttribute('aria-expanded', String(!on));
    };
    minimize.addEventListener('click', () => {
      const on = !panel.classList.contains('min');
      setMinimized(on);
      if (actions.minimized) actions.minimized(on);
    });
    setMinimized(!!actions.startMinimized);
    if (view.message) panel.appendChild(el(doc, 'p', { class: 'message', 'data-part': 'message', text: view.message }));
    if (view.facts.length) {
      const dl = el(doc, 'dl', { 'data-part': 'facts' });
      for (const [k, v] of view.facts) { dl.appendChild(el(doc, 'dt', { text: k })); dl.appendChild(el(doc, 'dd', { text: v })); }
      panel.appendChild(dl);
    }
    if (view.isArticle) {
      panel.appendChild(el(doc, 'div', { class: 'actions' },
        el(doc, 'button', { type: 'button', class: 'primary', 'data-action': 'copy-markdown', text: 'Copy summary (Markdown)',
          onclick: async () => { status.textContent = (await actions.copy('markdown')) ? 'Copied as Markdown.' : 'Copy failed.'; } }),
        el(doc, 'button', { type: 'button', 'data-action': 'copy-text', text: 'Copy as text',
          onclick: async () => { status.textContent = (await actions.copy('text')) ? 'Copied as plain text.' : 'Copy failed.'; } }),
        el(doc, 'button', { type: 'button', 'data-action': 'copy-article', text: 'Copy article text',
          onclick: async () => { status.textContent = (await actions.copy('article')) ? 'Copied the article text.' : 'Copy failed.'; } })));
      panel.appendChild(status);
    }
    const section = (name, part, body) => {
      panel.appendChild(el(doc, 'h2', { text: name }));
      body.setAttribute('data-part', part);
      panel.appendChild(body);
    };
    if (view.keyPoints.length) {
      const ul = el(doc, 'ul');
      for (const k of view.keyPoints) ul.appendChild(el(doc, 'li', { text: k }));
      section('Key points', 'key-points', ul);
    }
    if (view.quotes.length) {
      const box = el(doc, 'div');
      for (const q of view.quotes) {
        box.appendChild(el(doc, 'blockquote', {}, el(doc, 'span', { text: `“${q.text}”` }),
          el(doc, 'span', { class: 'speaker', text: `— ${q.speaker || 'unattributed'}` })));
      }
      section('Quotes', 'quotes', box);
    }
    if (view.figures.length) {
      const ul = el(doc, 'ul');
      for (const f of view.figures) ul.appendChild(el(doc, 'li', {}, el(doc, 'span', { class: 'fig', text: f.value }), doc.createTextNode(` — ${f.context}`)));
      section('Key figures', 'figures', ul);
    }
    if (view.entities.length) {
      const dl = el(doc, 'dl');
      for (const [k, v] of view.entities) { dl.appendChild(el(doc, 'dt', { text: k })); dl.appendChild(el(doc, 'dd', { text: v.join(', ') })); }
      section('Who and where', 'entities', dl);
    }
    const hiddenBox = el(doc, 'div');
    if (!view.hiddenTotal) {
      hiddenBox.appendChild(el(doc, 'p', { text: 'Nothing was hidden.' }));
    }
    for (const g of view.hiddenGroups) {
      const details = el(doc, 'details', { 'data-role': g.role }, el(doc, 'summary', { text: `${g.label} (${g.count})` }));
      for (const item of g.items) {
        const btn = el(doc, 'button', { type: 'button', 'data-node': String(item.node), 'aria-pressed': 'false', text: 'Show' });
        btn.addEventListener('click', () => {
          const show = btn.getAttribute('aria-pressed') !== 'true';
          actions.toggleBlock(item.node, show);
          btn.setAttribute('aria-pressed', String(show));
          btn.textContent = show ? 'Hide' : 'Show';
        });
        btn.setAttribute('aria-label', `Show this ${g.label.toLowerCase()} block again: ${item.text.slice(0, 60)}`);
        details.appendChild(el(doc, 'div', { class: 'item' },
          el(doc, 'span', {}, doc.createTextNode(item.text), el(doc, 'span', { class: 'why', text: `Why: ${item.reason}` })), btn));
      }
      hiddenBox.appendChild(details);
    }
    section(`Hidden on this page (${view.hiddenTotal})`, 'hidden', hiddenBox);
    panel.addEventListener('keydown', (e) => { if (e.key === 'Escape') { e.stopPropagation(); actions.close(); } });
    root.appendChild(panel);
    return { focus: () => title.focus() };
  }

  return { render };
})();
