// One pass over a document (open shadow roots included) producing the page model the Rust core
// reads (see src/page/snapshot.rs). It follows the same rules as the native HTML builder, so both
// give the same Page for the same document. Returns { snapshot, domNodes } where domNodes[i] is
// the DOM node of snapshot node i.
'use strict';
globalThis.cleanreadSnapshot = globalThis.cleanreadSnapshot || (() => {
  // Keep in step with KEPT_ATTRIBUTES in src/page/mod.rs.
  const KEPT = new Set(['id', 'class', 'role', 'aria-label', 'aria-hidden', 'aria-controls', 'aria-describedby',
    'aria-labelledby', 'aria-expanded',
    'aria-level', 'aria-modal', 'open', 'itemprop', 'itemtype', 'itemscope',
    'rel', 'href', 'src', 'alt', 'datetime', 'content', 'name', 'property', 'lang', 'dir', 'hidden', 'type',
    'http-equiv', 'charset', 'style', 'data-nosnippet']);
  // template: never rendered. noscript: with scripts on (always, here) its content is raw text;
  // the native builder, which runs no scripts, reads it as markup instead (src/page/mod.rs).
  const SKIPPED = new Set(['template', 'noscript']);
  // Keep in step with is_inline_tag in src/page/mod.rs: a blank text node between two of these is
  // the space between words and is kept as ' '; other blank text nodes are dropped.
  const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'code', 'em', 'font', 'i', 'img', 'label', 'mark', 'q', 'small',
    'span', 'strong', 'sub', 'sup', 'time', 'u']);
  const ELEMENT = 1, TEXT = 3, COMMENT = 8;
  // Words on either side of a blank text node: an inline element or text, comments looked past (a
  // server renderer writes "The<!-- --> <!-- -->prime"). Keep in step with append_children in
  // src/page/html.rs.
  const isInline = (n) => !!n && ((n.nodeType === ELEMENT && INLINE.has(n.localName.toLowerCase()))
    || (n.nodeType === TEXT && /\S/.test(n.data)));
  // Elements that show nothing where they stand are looked past too. Keep in step with
  // shows_nothing in src/page/mod.rs.
  const SHOWS_NOTHING = new Set(['style', 'script', 'template', 'link', 'meta']);
  const showsNothing = (n) => n.nodeType === COMMENT
    || (n.nodeType === ELEMENT && SHOWS_NOTHING.has(n.localName.toLowerCase()));
  const pastSilent = (n, step) => { while (n && showsNothing(n)) n = n[step]; return n; };

  function keepsText(el) {
    const tag = el.localName.toLowerCase();
    if (tag === 'style' || tag === 'iframe') return false;
    if (tag === 'script') return (el.getAttribute('type') || '').trim().toLowerCase() === 'application/ld+json';
    return true;
  }

  function liveFacts(el, win) {
    const rect = el.getBoundingClientRect();
    let rendered;
    if (typeof el.checkVisibility === 'function') {
      rendered = el.checkVisibility({ checkVisibilityCSS: true });
    } else {
      rendered = rect.width > 0 || rect.height > 0;
    }
    let fixed = 0;
    if (rendered) {
      const pos = win.getComputedStyle(el).position;
      fixed = pos === 'fixed' || pos === 'sticky' ? 1 : 0;
    }
    return [rendered ? 1 : 0, Math.round(rect.left + win.scrollX), Math.round(rect.top + win.scrollY),
      Math.round(rect.width), Math.round(rect.height), fixed];
  }

  return function snapshot(doc, options) {
    const live = !!(options && options.live);
    const win = doc.defaultView;
    const nodes = [{ p: -1, k: 'd' }];
    const domNodes = [doc];
    // Iterative walk: [domNode, parentIndex] pairs; children pushed in reverse to keep order.
    const stack = [];
    const pushChildren = (parentDom, parentIndex) => {
      const kids = [];
      for (let c = parentDom.firstChild; c; c = c.nextSibling) kids.push(c);
      if (parentDom.nodeType === ELEMENT && parentDom.shadowRoot) {
        for (let c = parentDom.shadowRoot.firstChild; c; c = c.nextSibling) kids.push(c);
      }
      for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], parentIndex]);
    };
    pushChildren(doc, 0);
    let lastTextOf = new Map(); // parent index -> index of its last child if that is text
    while (stack.length) {
      const [node, parent] = stack.pop();
      if (node.nodeType === ELEMENT) {
        const tag = node.localName.toLowerCase();
        if (SKIPPED.has(tag)) continue;
        const attrs = [];
        for (const a of node.attributes) {
          if (!a.namespaceURI && KEPT.has(a.name)) attrs.push([a.name, a.value]);
        }
        const entry = { p: parent, k: 'e', t: tag, a: attrs };
        if (live && win) entry.l = liveFacts(node, win);
        nodes.push(entry);
        domNodes.push(node);
        lastTextOf.delete(parent);
        pushChildren(node, nodes.length - 1);
      } else if (node.nodeType === TEXT) {
        let text = node.data;
        if (!/\S/.test(text)) {
          const before = pastSilent(node.previousSibling, 'previousSibling');
          const after = pastSilent(node.nextSibling, 'nextSibling');
          const parentEl = node.parentElement;
          // Code keeps its line breaks and indents (blank text between a highlighter's spans); at
          // either end of an inline element the space runs on into the line ("<strong><a>X</a>
          // </strong>is", "<span> </span>" between two words). Keep in step with append_children
          // in src/page/html.rs.
          if (parentEl && parentEl.closest('pre')) {
            // kept as written
          } else if ((isInline(before) && isInline(after))
            || ((!before || isInline(before)) && (!after || isInline(after))
              && parentEl && INLINE.has(parentEl.localName.toLowerCase()))) {
            text = ' ';
          } else {
            continue;
          }
        }
        const parentDom = domNodes[parent];
        if (parentDom.nodeType === ELEMENT && !keepsText(parentDom)) continue;
        // Adjacent text nodes are one text, as the parser makes them.
        const last = lastTextOf.get(parent);
        if (last !== undefined) { nodes[last].x += text; continue; }
        nodes.push({ p: parent, k: 't', x: text });
        domNodes.push(node);
        lastTextOf.set(parent, nodes.length - 1);
      }
    }
    return { snapshot: { url: String(doc.URL || ''), nodes }, domNodes };
  };
})();
