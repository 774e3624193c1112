// The content script: snapshot the live DOM, ask the core (in the background, an extension-origin
// context every page allows) for a reading, mark the blocks to hide, mount the panel. Toggling
// again removes every mark and the panel, leaving the page's DOM exactly as it was.
'use strict';
(() => {
  if (globalThis.cleanreadToggle) return; // injected already
  const api = globalThis.browser || globalThis.chrome;
  const MARK = 'data-cleanread-hidden';
  let state = null; // { host, marked: Map<Element, role>, onKey }

  function restore() {
    if (!state) return;
    for (const node of state.marked.keys()) node.removeAttribute(MARK);
    state.host.remove();
    window.removeEventListener('keydown', state.onKey, true);
    state = null;
  }

  async function copy(text, root) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (_) {
      // Older paths: a selected textarea in our shadow root and the copy command.
      const area = document.createElement('textarea');
      area.value = text;
      root.appendChild(area);
      area.select();
      const ok = document.execCommand('copy');
      area.remove();
      return ok;
    }
  }

  // What the panel shows when the page could not be read: the reason, and nothing hidden.
  function failedView(reason) {
    const why = String(reason).replace(/^cleanread:\s*/, '');
    return { isArticle: false, message: `cleanread could not read this page: ${why}. Nothing on the page was changed.`,
      title: document.title, facts: [], keyPoints: [], quotes: [], figures: [], entities: [], hiddenTotal: 0,
      hiddenGroups: [], markdown: '', plainText: '', articleText: '', articleNodes: [] };
  }

  async function read() {
    try {
      const { snapshot, domNodes } = globalThis.cleanreadSnapshot(document, { live: true });
      const reply = await api.runtime.sendMessage({ type: 'cleanread:analyze', snapshot });
      if (!reply || !reply.ok) throw new Error(reply ? reply.error : 'no answer from the extension');
      return { view: reply.view, domNodes };
    } catch (e) {
      return { view: failedView((e && e.message) || e), domNodes: [] };
    }
  }

  async function turnOn() {
    const { view, domNodes } = await read();
    const marked = new Map();
    for (const group of view.hiddenGroups) {
      for (const item of group.items) {
        const node = domNodes[item.node];
        if (node && node.nodeType === 1) {
          node.setAttribute(MARK, group.role);
          marked.set(node, group.role);
        }
      }
    }
    const host = document.createElement('div');
    host.setAttribute('data-cleanread-panel', '');
    // The shadow root keeps the page's styles and ours apart. It is open so that assistive tools
    // and tests can read the panel; it holds only what the page itself already shows.
    const root = host.attachShadow({ mode: 'open' });
    const onKey = (e) => { if (e.key === 'Escape' && state) { e.stopPropagation(); restore(); api.runtime.sendMessage({ type: 'cleanread:off' }); } };
    state = { host, marked, onKey, view };
    // The panel remembers, across pages, whether the user keeps it minimized.
    const prefs = await api.storage.local.get({ panelMinimized: false }).catch(() => ({ panelMinimized: false }));
    const panel = globalThis.cleanreadPanel.render(root, view, {
      startMinimized: !!prefs.panelMinimized,
      minimized: (on) => { api.storage.local.set({ panelMinimized: on }); },
      close: () => { restore(); api.runtime.sendMessage({ type: 'cleanread:off' }); },
      copy: (kind) => copy({ text: view.plainText, article: view.articleText }[kind] || view.markdown, root),
      toggleBlock: (index, show) => {
        const node = domNodes[index];
        if (!node || !marked.has(node)) return;
        if (show) {
          node.removeAttribute(MARK);
          node.scrollIntoView({ block: 'center' });
        } else {
          node.setAttribute(MARK, marked.get(node));
        }
      },
    });
    (document.body || document.documentElement).appendChild(host);
    window.addEventListener('keydown', onKey, true);
    panel.focus();
    return { active: true, hidden: marked.size, isArticle: view.isArticle };
  }

  // Called by the background through scripting.executeScript; the answer goes back to it.
  globalThis.cleanreadToggle = async () => {
    if (state) {
      restore();
      return { active: false };
    }
    try {
      return await turnOn();
    } catch (e) {
      restore();
      return { active: false, error: String((e && e.message) || e) };
    }
  };
  // For tests and the CLI comparison: the current view (null when off).
  globalThis.cleanreadView = () => (state ? state.view : null);
})();
