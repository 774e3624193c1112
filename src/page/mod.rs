//! The page model: an arena snapshot of a document.
//!
//! Built natively from HTML text (`html.rs`, not on wasm; plain text is first made HTML by
//! `plain_text.rs`) and in the browser from the live DOM (`snapshot.rs` decodes what
//! `extension/content.js` sends). Both builders follow the same rules
//! (see `keeps_text_of` and `is_skipped_element`), so the same document gives the same `Page`.

#[cfg(not(target_arch = "wasm32"))]
pub mod html;
pub mod plain_text;
pub mod snapshot;
#[cfg(not(target_arch = "wasm32"))]
mod tree_sink;

use serde::{Deserialize, Serialize};

/// Index of a node in `Page::nodes`.
pub type NodeId = usize;

/// The attributes the core reads; everything else is dropped by both builders.
/// How deep an element may sit below the document: Chromium's and Firefox's HTML parsers both
/// attach an element that would go deeper to the element at depth `MAX_ELEMENT_DEPTH - 1`
/// (measured: 600 nested `<div>`s give elements down to depth 513 and text at 514 in both).
/// The native builder does the same, so it reads what a browser shows; and a page's depth
/// bounds every walk of the tree (the walks recurse, and a wasm stack is small).
pub const MAX_ELEMENT_DEPTH: usize = 513;

pub const KEPT_ATTRIBUTES: &[&str] = &[
    "id",
    "class",
    "role",
    "aria-label",
    "aria-hidden",
    "aria-controls",
    "aria-describedby",
    "aria-labelledby",
    "aria-expanded",
    "aria-level",
    "aria-modal",
    "open",
    "itemprop",
    "itemtype",
    "itemscope",
    "rel",
    "href",
    "src",
    "alt",
    "datetime",
    "content",
    "name",
    "property",
    "lang",
    "dir",
    "hidden",
    "type",
    "http-equiv",
    "charset",
    "style",
    "data-nosnippet",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NodeKind {
    Document,
    Element,
    Text,
}

/// Facts only a live browser knows. The analysis never needs them; it uses them when present.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
pub struct LiveFacts {
    /// False when the element is not rendered (display:none, visibility:hidden, zero size).
    pub rendered: bool,
    /// Bounding box in CSS pixels: x, y, width, height (document coordinates).
    pub bbox: [f32; 4],
    /// position: fixed or sticky.
    pub fixed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub kind: NodeKind,
    /// Lower-case tag name for elements; empty otherwise.
    pub tag: String,
    /// Kept attributes, in document order, names lower-case.
    pub attrs: Vec<(String, String)>,
    /// Character data of a text node (and of script/style elements whose text the core reads).
    pub text: String,
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
    pub live: Option<LiveFacts>,
    /// The words of the element's naming attributes, split once (see `LabelTokens`).
    #[serde(skip)]
    pub label_tokens: LabelTokens,
}

/// A slot for the lower-case words of an element's naming attributes (id, class, role...), filled
/// the first time the classifier reads them (`classify::signals::any_attr_token`). Nearly every
/// rule asks about them, so splitting them once per element spares most of the extraction's
/// string work. The slot holds no fact of the page: nodes compare equal whatever it holds.
#[derive(Debug, Clone, Default)]
pub struct LabelTokens(std::cell::OnceCell<String>);

impl LabelTokens {
    /// The words, separated by single spaces, made by `split` on first use.
    pub fn get_or_init(&self, split: impl FnOnce() -> String) -> &str {
        self.0.get_or_init(split)
    }
}

impl PartialEq for LabelTokens {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Node {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
    pub fn is_element(&self) -> bool {
        self.kind == NodeKind::Element
    }
    pub fn is_text(&self) -> bool {
        self.kind == NodeKind::Text
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Page {
    pub nodes: Vec<Node>,
    /// The document URL when known.
    pub url: Option<String>,
}

/// Elements whose subtree neither builder records (their content is not part of the document's
/// visible text). `<noscript>` is not here: the native builder, which runs no scripts, reads its
/// content as markup like a browser with scripts off; in a browser with scripts on its content is
/// raw text that `extension/snapshot.js` skips, while scripts render the real content.
pub fn is_skipped_element(tag: &str) -> bool {
    tag == "template"
}

/// Elements that show nothing where they stand (styles, scripts, templates, head links): a blank
/// text node looks past them, as past a comment, to the words on either side ("Get it for<!-- -->
/// <style>..</style><span>$185</span>" keeps its space). Keep in step with `snapshot.js`.
pub fn shows_nothing(tag: &str) -> bool {
    matches!(tag, "style" | "script" | "template" | "link" | "meta")
}

/// Elements whose character data is kept as a text child (JSON-LD needs script text); the text
/// of every other raw-text element (style, other scripts) is dropped.
pub fn keeps_text_of(tag: &str, type_attr: Option<&str>) -> bool {
    match tag {
        "script" => type_attr.map(|t| t.trim().eq_ignore_ascii_case("application/ld+json")).unwrap_or(false),
        // An iframe's "content" is fallback markup that no browser renders.
        "style" | "iframe" => false,
        _ => true,
    }
}

/// Text whose UTF-8 bytes were read as Latin-1 on the way to the page ("I\u{e2}\u{80}\u{99}ve" for
/// "I\u{2019}ve"), read back as the UTF-8 it was. C1 control characters (U+0080 to U+009F) never
/// stand in real text, so only a run of Latin-1 characters holding one is re-read; bytes that are
/// not UTF-8 there keep their Latin-1 reading. Other text is returned as it is.
pub fn repair_double_encoding(text: &str) -> std::borrow::Cow<'_, str> {
    let is_c1 = |c: char| ('\u{80}'..='\u{9f}').contains(&c);
    if !text.chars().any(is_c1) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut run: Vec<u8> = Vec::new();
    let mut run_has_c1 = false;
    let flush = |run: &mut Vec<u8>, has_c1: &mut bool, out: &mut String| {
        if *has_c1 {
            for chunk in run.utf8_chunks() {
                out.push_str(chunk.valid());
                out.extend(chunk.invalid().iter().map(|&b| char::from(b)));
            }
        } else {
            out.extend(run.iter().map(|&b| char::from(b)));
        }
        run.clear();
        *has_c1 = false;
    };
    for c in text.chars() {
        match u8::try_from(c) {
            Ok(byte) => {
                run.push(byte);
                run_has_c1 |= is_c1(c);
            }
            Err(_) => {
                flush(&mut run, &mut run_has_c1, &mut out);
                out.push(c);
            }
        }
    }
    flush(&mut run, &mut run_has_c1, &mut out);
    out.into()
}

/// `repair_double_encoding` over attribute values: a meta tag's title or description, an image's
/// alt text went the same way to the page as its text did.
pub fn repair_attribute_values(mut attrs: Vec<(String, String)>) -> Vec<(String, String)> {
    for (_, value) in attrs.iter_mut() {
        if let std::borrow::Cow::Owned(repaired) = repair_double_encoding(value) {
            *value = repaired;
        }
    }
    attrs
}

/// Whitespace-only text nodes carry no content; both builders drop them, except between two
/// inline elements (`is_inline_tag`), where they are the space between words and are kept as " ".
pub fn is_blank(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

/// Inline elements whose neighbours' words a blank text node keeps apart ("<span>By Ann</span>
/// <time>May 2</time>"). Keep in step with INLINE in `extension/snapshot.js`.
pub fn is_inline_tag(tag: &str) -> bool {
    matches!(
        tag,
        "a" | "abbr"
            | "b"
            | "cite"
            | "code"
            | "em"
            | "font"
            | "i"
            | "img"
            | "label"
            | "mark"
            | "q"
            | "small"
            | "span"
            | "strong"
            | "sub"
            | "sup"
            | "time"
            | "u"
    )
}

impl Page {
    pub fn new() -> Self {
        Page {
            nodes: vec![Node {
                kind: NodeKind::Document,
                tag: String::new(),
                attrs: Vec::new(),
                text: String::new(),
                parent: None,
                children: Vec::new(),
                live: None,
                label_tokens: LabelTokens::default(),
            }],
            url: None,
        }
    }

    pub const ROOT: NodeId = 0;

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    /// Appends a node as the last child of `parent` and returns its id.
    pub fn append(&mut self, parent: NodeId, mut node: Node) -> NodeId {
        let id = self.nodes.len();
        node.parent = Some(parent);
        self.nodes.push(node);
        self.nodes[parent].children.push(id);
        id
    }

    pub fn append_element(&mut self, parent: NodeId, tag: &str, attrs: Vec<(String, String)>) -> NodeId {
        self.append(
            parent,
            Node {
                kind: NodeKind::Element,
                tag: tag.to_ascii_lowercase(),
                attrs: repair_attribute_values(attrs),
                text: String::new(),
                parent: None,
                children: Vec::new(),
                live: None,
                label_tokens: LabelTokens::default(),
            },
        )
    }

    pub fn append_text(&mut self, parent: NodeId, text: &str) -> NodeId {
        self.append(
            parent,
            Node {
                kind: NodeKind::Text,
                tag: String::new(),
                attrs: Vec::new(),
                text: repair_double_encoding(text).into_owned(),
                parent: None,
                children: Vec::new(),
                live: None,
                label_tokens: LabelTokens::default(),
            },
        )
    }

    /// Node ids of the subtree rooted at `id`, in document order (the root included).
    pub fn descendants(&self, id: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            out.push(n);
            for &c in self.nodes[n].children.iter().rev() {
                stack.push(c);
            }
        }
        out
    }

    /// Ancestors of `id`, nearest first (not including `id`).
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.nodes[id].parent, move |&p| self.nodes[p].parent)
    }

    /// Whether `id` sits in the page's navigation, footer or a sidebar (by tag or landmark), or in
    /// a link: where an h1 is the site's logo or a menu's title, not the page's headline.
    pub fn in_frame_or_link(&self, id: NodeId) -> bool {
        self.ancestors(id).any(|a| {
            let node = &self.nodes[a];
            matches!(node.tag.as_str(), "nav" | "footer" | "aside" | "a")
                || matches!(node.attr("role"), Some("banner" | "navigation" | "contentinfo"))
        })
    }

    /// Siblings of `id` that come after it, nearest first. (Ids are in document order, so a
    /// parent's children are sorted: found by halving, not read from the first, as a parent may
    /// have thousands.)
    pub fn following_siblings(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let siblings: &[NodeId] = self.nodes[id].parent.map(|p| self.nodes[p].children.as_slice()).unwrap_or(&[]);
        siblings[siblings.partition_point(|&c| c <= id)..].iter().copied()
    }

    pub fn is_ancestor_of(&self, ancestor: NodeId, id: NodeId) -> bool {
        self.ancestors(id).any(|a| a == ancestor)
    }

    /// First element with the given tag, in document order.
    pub fn find_tag(&self, tag: &str) -> Option<NodeId> {
        (0..self.nodes.len()).find(|&i| self.nodes[i].is_element() && self.nodes[i].tag == tag)
    }

    /// All elements with the given tag, in document order (ids are assigned in document order).
    pub fn elements_by_tag<'a>(&'a self, tag: &'a str) -> impl Iterator<Item = NodeId> + 'a {
        (0..self.nodes.len()).filter(move |&i| self.nodes[i].is_element() && self.nodes[i].tag == tag)
    }

    /// Text of a subtree with block boundaries turned into spaces and whitespace collapsed.
    pub fn text(&self, id: NodeId) -> String {
        let mut s = String::new();
        self.collect_text(id, &mut s);
        collapse_whitespace(&s)
    }

    /// The text of a node when its raw text is under `limit` bytes (cheap on large subtrees:
    /// the walk stops there).
    pub fn short_text(&self, id: NodeId, limit: usize) -> Option<String> {
        let mut s = String::new();
        self.collect_text_until(id, &mut s, limit);
        (s.len() < limit).then(|| collapse_whitespace(&s))
    }
    /// The text of a node when it is a short line: fewer than `max_chars` characters once its
    /// white space is collapsed, its raw text under `limit` bytes (see `short_text`). Most
    /// elements of a page hold more: a first walk counts their words' characters and stops at
    /// `max_chars`, without copying their text.
    pub fn short_line(&self, id: NodeId, limit: usize, max_chars: usize) -> Option<String> {
        let (mut word_chars, mut raw_len) = (0, 0);
        if self.reaches_chars(id, max_chars, limit, &mut word_chars, &mut raw_len) {
            return None;
        }
        self.short_text(id, limit).filter(|text| text.chars().count() < max_chars)
    }

    /// Whether a subtree's characters other than white space reach `max_chars`, or the bytes of its
    /// text nodes `limit` (no more than `collect_text_until` counts), read only as far as that.
    fn reaches_chars(&self, id: NodeId, max_chars: usize, limit: usize, chars: &mut usize, raw: &mut usize) -> bool {
        let node = &self.nodes[id];
        if node.is_text() {
            *raw += node.text.len();
            // (Fewer than `max_chars` so far, or the walk would have stopped.)
            *chars += node.text.chars().filter(|c| !c.is_whitespace()).take(max_chars - *chars).count();
            return *chars >= max_chars || *raw >= limit;
        }
        if node.is_element() && matches!(node.tag.as_str(), "script" | "style") {
            return false;
        }
        node.children.iter().any(|&c| self.reaches_chars(c, max_chars, limit, chars, raw))
    }

    /// The text of a (small) subtree as the lines it shows: split at block boundaries and `<br>`,
    /// and between the children of an element that holds no text of its own (a name's `<span>`
    /// and a job title's `<span>` set one under the other by the style sheet: "<span>Ann
    /// Lee</span><span>Senior Editor</span>").
    pub fn lines(&self, id: NodeId) -> Vec<String> {
        let mut lines = vec![String::new()];
        self.collect_lines(id, &mut lines);
        lines.iter().map(|l| collapse_whitespace(l)).filter(|l| !l.is_empty()).collect()
    }
    fn collect_lines(&self, id: NodeId, lines: &mut Vec<String>) {
        let node = &self.nodes[id];
        if node.is_text() {
            if let Some(line) = lines.last_mut() {
                line.push_str(&node.text);
            }
            return;
        }
        if node.is_element() && matches!(node.tag.as_str(), "script" | "style") {
            return;
        }
        let block = (node.is_element() && is_block_tag(&node.tag)) || node.tag == "br";
        let children_apart = node.children.len() > 1 && node.children.iter().all(|&c| self.nodes[c].is_element());
        if block {
            lines.push(String::new());
        }
        for &c in &node.children {
            if children_apart {
                lines.push(String::new());
            }
            self.collect_lines(c, lines);
        }
        if block {
            lines.push(String::new());
        }
    }
    fn collect_text(&self, id: NodeId, out: &mut String) {
        self.collect_text_until(id, out, usize::MAX)
    }
    /// Text with block boundaries as spaces, up to about `limit` bytes.
    fn collect_text_until(&self, id: NodeId, out: &mut String, limit: usize) {
        if out.len() >= limit {
            return;
        }
        let node = &self.nodes[id];
        match node.kind {
            NodeKind::Text => out.push_str(&node.text),
            _ => {
                if node.is_element() && matches!(node.tag.as_str(), "script" | "style") {
                    return;
                }
                let block = node.is_element() && is_block_tag(&node.tag);
                if block || node.tag == "br" {
                    out.push(' ');
                }
                for &c in &node.children {
                    self.collect_text_until(c, out, limit);
                }
                if block {
                    out.push(' ');
                }
            }
        }
    }

    fn in_raw_text_element(&self, text_node: NodeId) -> bool {
        self.nodes[text_node].parent.map(|p| matches!(self.nodes[p].tag.as_str(), "script" | "style")).unwrap_or(false)
    }

    /// False when the browser said this node or an ancestor is not rendered, or the markup hides it.
    pub fn is_visible(&self, id: NodeId) -> bool {
        std::iter::once(id).chain(self.ancestors(id)).all(|n| shows_itself(&self.nodes[n]))
    }

    /// `is_visible` of every node, in one pass from the root down (a parent precedes its children).
    pub fn visible_nodes(&self) -> Vec<bool> {
        let mut visible = vec![true; self.nodes.len()];
        for (id, node) in self.nodes.iter().enumerate() {
            visible[id] = shows_itself(node) && node.parent.is_none_or(|p| visible[p]);
        }
        visible
    }

    /// The text a reader sees of a subtree, as `text` gives it, without its hidden parts nor the
    /// labels of its controls and icons (a heading's "Copy item path" button, an SVG logo's
    /// `<title>`, a bookmark tooltip marked `hidden`).
    /// Words of elements set side by side with no space between stay apart, as in the article's
    /// text (`set_apart`): "The Best Notion Alternatives<span class="block">Top Note-taking
    /// Tools</span>" reads "... Alternatives Top Note-taking Tools", not "AlternativesTop".
    pub fn shown_text(&self, id: NodeId) -> String {
        let mut walk = ShownWalk::default();
        self.collect_shown(id, &mut walk);
        collapse_whitespace(&walk.text)
    }
    fn collect_shown(&self, id: NodeId, walk: &mut ShownWalk) {
        let node = &self.nodes[id];
        if node.is_text() {
            // Not across a `<wbr>` (a place where a long name may break), nor into or out of a
            // subscript, a superscript or code ("N<sub>2</sub>O", "<code>getElementById</code>").
            let apart = walk.after_element
                && !walk.after_wbr
                && walk.in_mark == 0
                && !walk.last_in_mark
                && set_apart(&walk.text, &node.text);
            if apart {
                walk.text.push(' ');
            }
            walk.text.push_str(&node.text);
            (walk.after_element, walk.after_wbr, walk.last_in_mark) = (false, false, walk.in_mark > 0);
            return;
        }
        if node.is_element() {
            let control = matches!(node.tag.as_str(), "button" | "svg" | "select" | "template" | "script" | "style");
            if control || !shows_itself(node) || is_for_screen_readers(node) {
                return;
            }
        }
        let block = node.is_element() && is_block_tag(&node.tag);
        if block || node.tag == "br" {
            walk.text.push(' ');
        }
        let mark = matches!(node.tag.as_str(), "sub" | "sup" | "code" | "kbd" | "samp" | "pre");
        walk.in_mark += usize::from(mark);
        walk.after_element = true;
        walk.after_wbr = node.tag == "wbr";
        for &c in &node.children {
            self.collect_shown(c, walk);
            walk.after_element = true;
        }
        walk.in_mark -= usize::from(mark);
        if block {
            walk.text.push(' ');
        }
    }
}

/// Whether the next text node's words stand apart from a run that ends with no space: where an
/// element ends and the next begins, a capital after a lower-case letter or a digit, or a
/// capitalised word after a sentence's end or a capital, marks two words the style sheet sets
/// apart (list items drawn by custom elements, "accountant" and "CFO", "CFO" and "Controller"; a
/// product's name and its tagline, "Song Sweeper" and "Clean up your music library"); so does a
/// price after a number (an old price and the new one, "$30.00" and "$21.00"). (The
/// byline's `Page::lines` reads the same markup its own way: there, elements side by side with
/// no text between them are lines of their own whatever their case.)
pub fn set_apart(run: &str, text: &str) -> bool {
    let mut next = text.chars();
    let (first, second) = (next.next(), next.next());
    match (run.chars().next_back(), first) {
        (Some(before), Some(first)) if first.is_uppercase() => {
            let capitalised = second.is_some_and(char::is_lowercase);
            before.is_lowercase()
                || before.is_ascii_digit()
                || (matches!(before, '.' | '!' | '?') && capitalised)
                || (before.is_uppercase() && capitalised)
        }
        // Two prices side by side, the old one struck through ("$30.00" "$21.00").
        (Some(before), Some(first)) if CURRENCY_SIGNS.contains(&first) => {
            before.is_ascii_digit() && second.is_none_or(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// Signs that open a price.
const CURRENCY_SIGNS: [char; 6] = ['$', '€', '£', '¥', '₹', '₩'];

/// Where `Page::shown_text` is in its walk.
#[derive(Default)]
struct ShownWalk {
    text: String,
    /// An element began or ended since the last text node.
    after_element: bool,
    /// The last element begun was a `<wbr>`.
    after_wbr: bool,
    /// Subscripts, superscripts and code elements open at this point of the walk.
    in_mark: usize,
    /// The last text node was inside one of them.
    last_in_mark: bool,
}

/// Whether an element is shown as far as its own markup and the browser's word go (its ancestors
/// aside): not `hidden`, not hidden by its inline style, not reported unrendered.
fn shows_itself(node: &Node) -> bool {
    if !node.is_element() {
        return true;
    }
    node.live.is_none_or(|live| live.rendered)
        && node.attr("hidden").is_none()
        && !node.attr("style").is_some_and(hides_by_inline_style)
}

/// Whether an element holds words only screen readers say (an icon link's "Post", a heading's
/// "Article:"), by the class names style sheets give them (`data/cues.json`): no reader sees them.
/// A design system may add its prefix ("usa-sr-only", "u-srOnly"), a modifier
/// ("visually-hidden--inline", "sr-only-focusable") or a module's hash: the name counts as a part
/// of the class between its separators ('-', '_'). A breakpoint's variant ("lg:sr-only") or its
/// undoing ("not-sr-only") shows the words on some screen, and does not count.
pub fn is_for_screen_readers(node: &Node) -> bool {
    let Some(class) = node.attr("class") else { return false };
    let bytes = class.as_bytes();
    let separator = |b: u8| b == b'-' || b == b'_' || b.is_ascii_whitespace();
    screen_reader_matcher().find_overlapping_iter(class).any(|m| {
        let before = m.start() == 0 || separator(bytes[m.start() - 1]);
        let after = m.end() == bytes.len() || separator(bytes[m.end()]);
        let undone = m.start() >= 4 && bytes[m.start() - 4..m.start()].eq_ignore_ascii_case(b"not-");
        before && after && !undone
    })
}

/// The screen-reader class names, matched in any case (the lexicon's are lower-case).
fn screen_reader_matcher() -> &'static aho_corasick::AhoCorasick {
    static MATCHER: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    MATCHER.get_or_init(|| class_names_automaton(&crate::lexicon::lexicon().screen_reader_only_classes, true))
}

/// One automaton over a lexicon's class names, to find them all in one pass over a class
/// attribute.
fn class_names_automaton<'a>(names: impl IntoIterator<Item = &'a String>, any_case: bool) -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(any_case)
        .build(names)
        .expect("the lexicon's class names form a valid automaton")
}

/// Whether a class attribute hides its element on every screen: a utility class of the lexicon's
/// (`hiding_classes`: "hidden", "d-none", "invisible"), alone, after a short prefix of letters
/// ("u-hidden", "is-hidden", "wt-display-none") or as a BEM modifier ("cart-counter--hidden"),
/// and no class that shows it from some screen width on ("hidden md:block", "d-none d-lg-flex",
/// "hide show@medium"). A screen width's prefix hides it on that screen alone ("xs-hide"); a "js-"
/// class is a script's hook ("js-invisible": hidden until a script shows it as the reader
/// scrolls), not a style. Classes are matched as style sheets match them, case and all.
pub fn hides_by_class(class: &str) -> bool {
    let names = &crate::lexicon::lexicon().hiding_classes;
    // Most class attributes hold none of the names: one pass over the whole attribute says so.
    if !hiding_matcher().is_match(class) {
        return false;
    }
    let mut hides = false;
    for token in class.split_ascii_whitespace() {
        if shows_at_a_screen_width(token) {
            return false;
        }
        let prefixed = token.split_once('-').is_some_and(|(prefix, name)| {
            (1..=HIDING_PREFIX_MAX_CHARS).contains(&prefix.len())
                && prefix.bytes().all(|b| b.is_ascii_lowercase())
                && !SCREEN_WIDTHS.contains(&prefix)
                && prefix != "js"
                && names.contains(name)
        });
        let modifier = token.rsplit_once("--").is_some_and(|(_, name)| names.contains(name));
        hides |= prefixed || modifier || names.contains(token);
    }
    hides
}

/// Whether an element is hidden by its class alone: its own markup shows it otherwise (no
/// `hidden`, no inline style hiding it), and no browser said it is rendered.
pub fn hidden_only_by_class(node: &Node) -> bool {
    node.live.is_none() && shows_itself(node) && node.attr("class").is_some_and(hides_by_class)
}

/// The hiding class names, matched as written.
fn hiding_matcher() -> &'static aho_corasick::AhoCorasick {
    static MATCHER: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    MATCHER.get_or_init(|| class_names_automaton(&crate::lexicon::lexicon().hiding_classes, false))
}

/// Letters of a design system's prefix before a hiding class ("u-", "is-", "wt-").
const HIDING_PREFIX_MAX_CHARS: usize = 3;

/// Whether a utility class shows its element from some screen width on: it names a width and a
/// way to show ("md:block", "d-lg-flex", "show@medium", "visible-lg").
fn shows_at_a_screen_width(token: &str) -> bool {
    const SHOWN: [&str; 8] = ["block", "flex", "inline", "grid", "table", "contents", "visible", "show"];
    let parts = || token.split([':', '@', '-']);
    parts().any(|part| SCREEN_WIDTHS.contains(&part)) && parts().any(|part| SHOWN.contains(&part))
}

/// Names of screen widths in utility classes ("md:block", "xs-hide", "show@medium").
const SCREEN_WIDTHS: [&str; 12] =
    ["xs", "sm", "md", "lg", "xl", "xxl", "small", "medium", "large", "mobile", "tablet", "desktop"];

/// Text a block hidden by a utility class holds at most to be taken as hidden where no browser
/// rendered the page: a few lines (an error message in waiting, the colours past a swatch's
/// "+11", a filter's items past "Show more"). Longer blocks so hidden are most often revealed by a
/// script (a "Read more" passage, a tab's list) and are read as text.
const HIDDEN_BY_CLASS_MAX_CHARS: usize = 300;

/// React's streaming server rendering sends late content as `<div hidden id="S:0">`, which an
/// inline script then moves into its place in the page.
fn is_streamed_segment(node: &Node) -> bool {
    node.tag == "div"
        && node.attr("hidden").is_some()
        && node
            .attr("id")
            .and_then(|id| id.strip_prefix("S:"))
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// `display: none` or `visibility: hidden` in an inline style (what markup alone can tell).
pub fn hides_by_inline_style(style: &str) -> bool {
    let compact: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

impl Page {
    /// Visibility of every node, in one pass. Like `is_visible`, except for markup-hidden
    /// elements that a script is about to show: a streaming renderer's parked segment, or an
    /// element holding two thirds or more of the body's text, or of the text outside the page's
    /// header, footer, navigation and sidebars (an anti-flicker or "unlock" wrapper around the
    /// whole page, or around all of it but the frame). Text is counted without indentation. A
    /// modal or sign-in box holding half the text stays hidden. A folded accordion pane (the
    /// target of a toggle's `aria-controls`, a collapse box around it alone, or, where the toggle
    /// names no pane, the element right after it) with some text is visible, in the browser too:
    /// the reader shows what the page keeps one click away. So is a tab's hidden panel (a
    /// `tabpanel`, or the target of a `tab`'s `aria-controls`): a manual's sample in each
    /// language. A `<noscript>` copy of text shown elsewhere is not.
    /// (In the browser the live facts decide, and they are taken as given.)
    pub fn visibility_mask(&self) -> Vec<bool> {
        let n = self.nodes.len();
        let panes = self.disclosure_panes();
        // Bottom up: each node's text length, and whether it is a pane or a wrapper around one
        // pane and nothing else a reader sees (a collapse animation's box, hidden in place of the
        // pane it holds).
        let mut chars = vec![0usize; n];
        let mut link_chars = vec![0usize; n];
        // Whether a node holds a field to fill in (a feedback box behind "Was this helpful?").
        let mut holds_field = vec![false; n];
        for id in (0..n).rev() {
            let node = &self.nodes[id];
            if node.is_text() && !self.in_raw_text_element(id) {
                chars[id] = node.text.trim().len();
            }
            if node.tag == "a" {
                link_chars[id] = chars[id];
            }
            holds_field[id] |= matches!(node.tag.as_str(), "input" | "textarea" | "select");
            if let Some(p) = node.parent {
                chars[p] += chars[id];
                link_chars[p] += link_chars[id];
                holds_field[p] |= holds_field[id];
            }
        }
        // Each node's previous sibling that shows something (an element, or text that is not blank).
        let mut shown_before: Vec<Option<NodeId>> = vec![None; n];
        for node in &self.nodes {
            let mut last = None;
            for &c in &node.children {
                shown_before[c] = last;
                if self.nodes[c].is_element() || !self.nodes[c].text.trim().is_empty() {
                    last = Some(c);
                }
            }
        }
        let mut holds_pane = vec![false; n];
        for id in (0..n).rev() {
            let node = &self.nodes[id];
            if node.is_element() {
                let mut shown_children = node.children.iter().filter(|&&c| {
                    let child = &self.nodes[c];
                    child.is_element() && !matches!(child.tag.as_str(), "style" | "script")
                        || child.is_text() && !child.text.trim().is_empty()
                });
                let wraps_one_pane = match (shown_children.next(), shown_children.next()) {
                    (Some(&only), None) => holds_pane[only],
                    _ => false,
                };
                holds_pane[id] = node.attr("id").is_some_and(|own| panes.contains(own))
                    || node.attr("role") == Some("tabpanel")
                    || wraps_one_pane
                    || (chars[id] >= FOLDED_TEXT_CHARS
                        && link_chars[id] * 2 < chars[id]
                        && shown_before[id].is_some_and(|before| {
                            self.is_collapsed_toggle(before, &chars)
                                || (!holds_field[id] && self.is_question_line(before, &chars, &link_chars))
                        }));
            }
        }
        let body = self.find_tag("body").map(|b| chars[b]).unwrap_or(0);
        // Text outside the page's frame (header, footer, navigation, sidebars, by their tags).
        let mut in_frame = vec![false; n];
        let mut framed = 0;
        for id in 0..n {
            let node = &self.nodes[id];
            in_frame[id] = node.parent.is_some_and(|p| in_frame[p])
                || matches!(node.tag.as_str(), "header" | "footer" | "nav" | "aside");
            if in_frame[id] && node.is_text() {
                framed += chars[id];
            }
        }
        let unframed = body.saturating_sub(framed);
        let copies = self.noscript_copies();
        let mut visible = vec![true; n];
        // Inside a folded pane the browser renders nothing: its live facts say so of every node,
        // so there only the markup tells what is hidden.
        let mut in_fold = vec![false; n];
        for id in 0..n {
            let node = &self.nodes[id];
            if copies.contains(&id) {
                visible[id] = false;
                continue;
            }
            let parent_visible = node.parent.map(|p| visible[p]).unwrap_or(true);
            let parent_in_fold = node.parent.is_some_and(|p| in_fold[p]);
            let live_hidden = !parent_in_fold && node.live.is_some_and(|l| !l.rendered);
            // A `<dialog>` shows only once opened (the browser's own style sheet hides it until
            // then); in the browser the live facts tell (a page may style one to show).
            let closed_dialog = node.tag == "dialog" && node.attr("open").is_none() && node.live.is_none();
            // (Asked only where it matters: inside a hidden parent, nothing shows anyway.)
            let markup_hidden = parent_visible
                && node.is_element()
                && (node.attr("hidden").is_some()
                    || node.attr("style").is_some_and(hides_by_inline_style)
                    || closed_dialog
                    || (node.live.is_none()
                        && chars[id] < HIDDEN_BY_CLASS_MAX_CHARS
                        && node.attr("class").is_some_and(hides_by_class)));
            // (A wrapper worth revealing holds a paragraph's worth: a hidden skip link is not one
            // on a page whose only other text is its footer.)
            let revealed_by_script = is_streamed_segment(node)
                || (chars[id] >= REVEALED_MIN_CHARS
                    && (chars[id] * 3 >= body * 2 || (!in_frame[id] && chars[id] * 3 >= unframed * 2)));
            // A folded pane of an accordion is the page's text, one click away.
            let folded_text = chars[id] >= FOLDED_TEXT_CHARS
                && holds_pane[id]
                && !matches!(node.tag.as_str(), "nav" | "dialog" | "form");
            in_fold[id] = parent_in_fold || folded_text;
            visible[id] = parent_visible && ((!live_hidden && (!markup_hidden || revealed_by_script)) || folded_text);
        }
        visible
    }
}

/// The longest question line read as the toggle of the answer after it.
pub(crate) const QUESTION_LINE_CHARS: usize = 200;

/// Text a folded pane must hold to be read as text (a menu's few labels are not).
const FOLDED_TEXT_CHARS: usize = 80;

/// Characters a markup-hidden wrapper holds at least to be taken as revealed by a script.
const REVEALED_MIN_CHARS: usize = 100;
/// Lines this long or longer are compared when a `<noscript>` is checked for being a copy.
const COPY_LINE_CHARS: usize = 40;

impl Page {
    /// Ids of the panes that a toggle on the page opens and closes: the targets of `aria-controls`
    /// on a button or a tab, or on an element that says whether it is expanded (an accordion's
    /// headings).
    fn disclosure_panes(&self) -> std::collections::HashSet<&str> {
        self.nodes
            .iter()
            .filter(|node| {
                node.is_element()
                    && (node.tag == "button"
                        || matches!(node.attr("role"), Some("button" | "tab"))
                        || node.attr("aria-expanded").is_some())
            })
            .filter_map(|node| node.attr("aria-controls"))
            .flat_map(str::split_whitespace)
            .collect()
    }

    /// Whether an element is a collapsed toggle that names no pane, so that the element right after
    /// it is the pane it folds: an element that says it is collapsed (`aria-expanded="false"`, no
    /// `aria-controls`), or a heading or box around one and its caption alone (an FAQ's
    /// `<h3><button aria-expanded="false">Question?</button></h3>` over its hidden answer).
    fn is_collapsed_toggle(&self, id: NodeId, chars: &[usize]) -> bool {
        let mut at = id;
        loop {
            let node = &self.nodes[at];
            if !node.is_element() {
                return false;
            }
            if node.attr("aria-expanded") == Some("false") && node.attr("aria-controls").is_none() {
                return true;
            }
            // The only element holding its text.
            let mut inner = node.children.iter().copied().filter(|&c| self.nodes[c].is_element() && chars[c] > 0);
            match (inner.next(), inner.next()) {
                (Some(only), None) if chars[only] == chars[at] => at = only,
                _ => return false,
            }
        }
    }

    /// Whether an element is one line that asks a question and links nowhere (an FAQ's "Q: Can I
    /// track my order?" drawn as a plain box): the hidden element right after it is its answer,
    /// which a script shows on a click even when the markup names no toggle.
    fn is_question_line(&self, id: NodeId, chars: &[usize], link_chars: &[usize]) -> bool {
        let node = &self.nodes[id];
        node.is_element()
            && (1..=QUESTION_LINE_CHARS).contains(&chars[id])
            && link_chars[id] == 0
            && !matches!(node.tag.as_str(), "form" | "label" | "nav")
            && self.last_words(id, chars).is_some_and(|text| text.trim_end().ends_with(['?', '？']))
    }

    /// The last text node with words in an element, found by the last child with words at each
    /// level (a walk as long as the element is deep, not as large).
    fn last_words(&self, id: NodeId, chars: &[usize]) -> Option<&str> {
        let mut at = id;
        while self.nodes[at].is_element() {
            at = *self.nodes[at].children.iter().rev().find(|&&c| chars[c] > 0)?;
        }
        Some(self.nodes[at].text.as_str())
    }

    /// `<noscript>` elements that repeat text the page already shows elsewhere: a server-rendered
    /// page with a script-free copy of its article (or of its posts). Read twice, the article would
    /// come out twice; a browser with scripts on shows the copy never. A noscript counts as a copy
    /// when half or more of its long lines (by characters) appear outside every noscript.
    fn noscript_copies(&self) -> Vec<NodeId> {
        let noscripts: Vec<NodeId> =
            (0..self.len()).filter(|&id| self.nodes[id].is_element() && self.nodes[id].tag == "noscript").collect();
        if noscripts.is_empty() {
            return Vec::new();
        }
        let mut in_noscript = vec![false; self.len()];
        for &ns in &noscripts {
            for d in self.descendants(ns) {
                in_noscript[d] = true;
            }
        }
        let long_line = |id: NodeId| {
            let node = &self.nodes[id];
            let text = node.text.trim();
            (node.is_text() && text.len() >= COPY_LINE_CHARS).then_some(text)
        };
        let shown: std::collections::HashSet<&str> =
            (0..self.len()).filter(|&id| !in_noscript[id]).filter_map(long_line).collect();
        noscripts
            .into_iter()
            .filter(|&ns| {
                let (mut copied, mut total) = (0, 0);
                for line in self.descendants(ns).into_iter().filter_map(long_line) {
                    total += line.len();
                    if shown.contains(line) {
                        copied += line.len();
                    }
                }
                total > 0 && copied * 2 >= total
            })
            .collect()
    }
}

/// Block-level tags: text on either side of them belongs to different lines.
pub fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "dd"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hr"
            | "html"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
            | "title"
            | "head"
            | "caption"
            | "picture"
            | "video"
            | "iframe"
            | "button"
            | "select"
            | "option"
            | "label"
            | "img"
    )
}

/// Han ideographs (with extension A and the compatibility block), hiragana and katakana: the
/// characters of Chinese and Japanese, written without spaces between words.
pub fn is_written_without_spaces(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// Latin characters that one character of Chinese or Japanese is worth in a text's length: two
/// characters make a word there, about six in English (a word and its space). A paragraph of
/// Chinese says in 60 characters what English says in 180.
pub const UNSPACED_CHAR_WEIGHT: usize = 3;

/// A text's length in characters, each of Chinese or Japanese counted `UNSPACED_CHAR_WEIGHT` times.
pub fn weighted_chars(text: &str) -> usize {
    text.chars().map(|c| if is_written_without_spaces(c) { UNSPACED_CHAR_WEIGHT } else { 1 }).sum()
}

/// Collapses runs of whitespace into single spaces and trims.
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::page::html::parse_html;

    fn visible_text(html: &str) -> String {
        let page = parse_html(html).unwrap();
        let mask = page.visibility_mask();
        (0..page.len())
            .filter(|&id| page.node(id).is_text() && mask[id])
            .map(|id| page.node(id).text.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn the_browser_snapshot_keeps_the_same_attributes_as_the_native_builder() {
        // Both builders must keep the same attributes, or a rule that reads one (data-nosnippet,
        // aria-controls) works in the CLI and silently not in the extension.
        let script = include_str!("../../extension/snapshot.js");
        let list = script.split("const KEPT = new Set([").nth(1).and_then(|rest| rest.split("])").next());
        let kept: Vec<&str> =
            list.expect("snapshot.js declares KEPT").split(',').map(|a| a.trim().trim_matches('\'')).collect();
        assert_eq!(kept, super::KEPT_ATTRIBUTES);
    }

    #[test]
    fn words_only_screen_readers_say_are_known_by_their_class_with_a_prefix_or_a_modifier() {
        let for_screen_readers = |class: &str| {
            let page = parse_html(&format!("<p>Sold out<span class=\"{class}\">Rose Gold</span></p>")).unwrap();
            super::is_for_screen_readers(page.node(page.find_tag("span").unwrap()))
        };
        for class in [
            "sr-only",
            "usa-sr-only",
            "u-srOnly",
            "utilities_visuallyhidden__5vJWI",
            "visually-hidden--inline",
            "sr-only-focusable",
            "a-offscreen",
            "label adahidden",
        ] {
            assert!(for_screen_readers(class), "{class}");
        }
        // Shown on some screen, or undone; or a name that only holds the letters.
        for class in ["lg:sr-only", "not-sr-only", "focus:not-sr-only", "srcset-only", "visually-hiddenness", "caption"]
        {
            assert!(!for_screen_readers(class), "{class}");
        }
        let page = parse_html("<p>Sold out<span class=\"u-srOnly\">, Rose Gold</span></p>").unwrap();
        assert_eq!(page.shown_text(page.find_tag("p").unwrap()), "Sold out");
    }

    #[test]
    fn lines_break_at_blocks_and_between_side_by_side_elements_only() {
        let lines = |html: &str| {
            let page = parse_html(html).unwrap();
            page.lines(page.find_tag("section").unwrap())
        };
        assert_eq!(lines("<section><p>By <a>Ann Lee</a></p><p>Editor</p></section>"), ["By Ann Lee", "Editor"]);
        assert_eq!(lines("<section>By Ann<br>Editor</section>"), ["By Ann", "Editor"]);
        // Elements with no text between them stand apart; words a space or a sentence joins do not.
        assert_eq!(lines("<section><span>Ann Lee</span><span>Editor</span></section>"), ["Ann Lee", "Editor"]);
        assert_eq!(lines("<section><span>Ann</span> <span>Lee</span></section>"), ["Ann Lee"]);
        assert_eq!(lines("<section>By <b>Ann</b> and <b>Bo</b></section>"), ["By Ann and Bo"]);
    }

    #[test]
    fn utf_8_read_as_latin_1_is_read_back_other_text_is_left_alone() {
        use super::repair_double_encoding as repair;
        // "I’ve" and "café" whose UTF-8 bytes were each read as a Latin-1 character.
        assert_eq!(repair("a verb I\u{e2}\u{80}\u{99}ve coined"), "a verb I\u{2019}ve coined");
        assert_eq!(repair("caf\u{c3}\u{a9} I\u{e2}\u{80}\u{99}ve"), "café I\u{2019}ve");
        // Real Latin-1 letters beside a repaired run keep their reading; text without C1 characters
        // is not touched, even when it reads as mojibake ("Ã©" may be what the page says).
        assert_eq!(repair("Café, I\u{e2}\u{80}\u{99}ve"), "Café, I\u{2019}ve");
        assert_eq!(repair("Ã© and naïve"), "Ã© and naïve");
        // Through the parser, from the page's bytes.
        let bytes = "<body><p>I\u{e2}\u{80}\u{99}ve read it.</p></body>".as_bytes();
        let page = crate::page::html::parse_bytes(bytes).unwrap();
        let body = page.find_tag("body").unwrap();
        assert_eq!(page.text(body), "I\u{2019}ve read it.");
        // An attribute's value too (a meta tag's title).
        let bytes = "<head><meta property=og:title content='I\u{e2}\u{80}\u{99}ve'></head><p>Text.</p>".as_bytes();
        let page = crate::page::html::parse_bytes(bytes).unwrap();
        assert_eq!(page.node(page.find_tag("meta").unwrap()).attr("content"), Some("I\u{2019}ve"));
        // And from the browser's snapshot of the page.
        let json =
            r#"{"nodes":[{"p":-1,"k":"d"},{"p":0,"k":"e","t":"p"},{"p":1,"k":"t","x":"I\u00e2\u0080\u0099ve"}]}"#;
        let page = crate::page::snapshot::page_from_json(json).unwrap();
        assert_eq!(page.node(2).text, "I\u{2019}ve");
        let json = r#"{"nodes":[{"p":-1,"k":"d"},{"p":0,"k":"e","t":"img","a":[["alt","I\u00e2\u0080\u0099ve"]]}]}"#;
        let page = crate::page::snapshot::page_from_json(json).unwrap();
        assert_eq!(page.node(1).attr("alt"), Some("I\u{2019}ve"));
    }

    #[test]
    fn a_noscript_copy_of_text_already_shown_is_not_read_but_a_noscript_alone_is() {
        let story = "The council voted on Tuesday to keep the library open on Sundays through the winter.";
        let copy = format!("<body><div><p>{story}</p></div><noscript><div><p>{story}</p></div></noscript></body>");
        assert_eq!(visible_text(&copy).matches("council").count(), 1, "{}", visible_text(&copy));
        let alone = format!("<body><div id=app></div><noscript><div><p>{story}</p></div></noscript></body>");
        assert!(visible_text(&alone).contains("council"));
    }

    #[test]
    fn a_folded_accordion_pane_is_text_a_folded_menu_is_not() {
        let answer = "Most installations take one to three days, once the permits are in and the panels delivered.";
        let html = format!(
            r#"<body><div><a role="button" aria-controls="q1" aria-expanded="false"><span>How long does it take?</span></a>
            <div id="q1" style="display:none" role="region"><p>{answer}</p></div>
            <button aria-controls="menu" aria-expanded="false">Menu</button>
            <ul id="menu" style="display:none"><li>Home</li><li>Shop</li></ul></div></body>"#
        );
        let text = visible_text(&html);
        assert!(text.contains("Most installations take") && !text.contains("Shop"), "{text}");
    }

    #[test]
    fn a_pane_right_after_its_collapsed_toggle_is_text_without_aria_controls() {
        let answer = "Most installations take one to three days, once the permits are in and the panels delivered.";
        let html = format!(
            r#"<body><div><h3><button aria-expanded="false"><span>How long does it take?</span></button></h3>
            <div hidden><p>{answer}</p></div>
            <button>Read the terms</button><div hidden><p>{answer} Terms</p></div>
            <button aria-expanded="false">Shop</button>
            <ul hidden><li><a href="/a">All of our kitchen tables</a></li><li><a href="/b">All of our garden chairs</a></li>
            <li><a href="/c">All of our bookcases</a></li><li><a href="/d">All of our sofas</a></li></ul></div></body>"#
        );
        let text = visible_text(&html);
        assert!(text.contains("Most installations take"), "{text}");
        // A button that says nothing of folding is no toggle; a menu of links stays folded.
        assert!(!text.contains("Terms") && !text.contains("kitchen tables"), "{text}");
    }

    #[test]
    fn an_answer_hidden_under_its_question_is_text_a_feedback_box_is_not() {
        let answer = "Yes. A tracking number is sent to your email within a day of the parcel leaving our store.";
        let html = format!(
            r#"<body><div class="faq"><div class="faq-q">Q: Can I track my order?</div>
            <div class="faq-a" style="display: none">{answer}</div>
            <div>Returns are free</div><div style="display:none"><p>{answer} Statement</p></div>
            <div>Was this page helpful?</div>
            <div style="display:none"><p>{answer} Feedback</p><textarea></textarea></div>
            <div><a href="/faq">More questions?</a></div><div style="display:none"><p>{answer} Linked</p></div></div></body>"#
        );
        let text = visible_text(&html);
        assert!(text.contains("Yes. A tracking number"), "{text}");
        // After a line that asks nothing, a box to fill in, or a link, a hidden block stays hidden.
        assert!(!text.contains("Statement") && !text.contains("Feedback") && !text.contains("Linked"), "{text}");
    }

    #[test]
    fn a_short_line_is_read_whatever_its_indentation_and_a_long_one_is_not() {
        let page = parse_html(
            "<body><div id=a>\n          <span>By</span>\n          <a>Ann Lee</a>\n     </div>\
             <div id=b><p>Ann Lee wrote this.</p><p>Then more words followed it.</p></div><script>var x = 1;</script></body>",
        )
        .unwrap();
        let div = |n: usize| page.elements_by_tag("div").nth(n).unwrap();
        assert_eq!(page.short_line(div(0), 2000, 11).as_deref(), Some("By Ann Lee"));
        // Ten characters with its spaces (its words' eight stop the first walk short of that).
        assert_eq!(page.short_line(div(0), 2000, 10), None);
        assert_eq!(page.short_line(div(0), 2000, 8), None);
        assert_eq!(
            page.short_line(div(1), 2000, 80).as_deref(),
            Some("Ann Lee wrote this. Then more words followed it.")
        );
        assert_eq!(page.short_line(div(1), 2000, 30), None);
        // Past the raw limit nothing is read, as with `short_text`.
        assert_eq!(page.short_line(div(0), 5, 80), None);
    }

    #[test]
    fn a_tab_s_hidden_panel_is_text() {
        let step = |lang: &str| {
            format!(
                "Install the {lang} library with its package manager, then set your account's key in the environment."
            )
        };
        let html = format!(
            r#"<body><div role="tablist"><span role="tab" aria-selected="true">Python</span>
            <span role="tab" aria-selected="false">PHP</span><button role="tab" aria-controls="t3">Go</button></div>
            <div role="tabpanel"><p>{}</p></div><div role="tabpanel" hidden style="display:none"><p>{}</p></div>
            <div id="t3" hidden><p>{}</p></div></body>"#,
            step("Python"),
            step("PHP"),
            step("Go")
        );
        let text = visible_text(&html);
        assert!(["Python library", "PHP library", "Go library"].iter().all(|s| text.contains(s)), "{text}");
    }

    #[test]
    fn a_folded_pane_hidden_by_its_collapse_wrapper_is_text() {
        let answer = "Crafted from stainless steel, the pit weighs 16 kg and stands 39 cm tall on its built-in base.";
        let html = format!(
            r#"<body><div><button aria-controls="p1" aria-expanded="false">Description</button>
            <div class="collapse" style="display:none"><style>.x{{}}</style>
            <div id="p1" role="region"><p>{answer}</p></div></div>
            <button aria-controls="p2" aria-expanded="false">Sign up</button>
            <div style="display:none"><div id="p2"><p>{answer} Twice</p></div><p>A pop-up's other text</p></div>
            </div></body>"#
        );
        let text = visible_text(&html);
        assert!(text.contains("Crafted from") && !text.contains("Twice"), "{text}");
    }

    #[test]
    fn a_block_hidden_in_markup_stays_hidden_even_when_large() {
        let long = "word ".repeat(60);
        let html =
            format!(r#"<body><p>Shown {long}</p><div style="visibility: hidden"><p>Modal {long}</p></div></body>"#);
        let text = visible_text(&html);
        assert!(text.contains("Shown") && !text.contains("Modal"), "{text}");
    }

    #[test]
    fn a_utility_class_hides_on_every_screen_unless_a_screen_width_shows_it() {
        for class in [
            "hidden",
            "d-none",
            "invisible",
            "mt-2 hide",
            "u-hidden",
            "is-hidden",
            "wt-display-none",
            "header__cart-counter header__cart-counter--hidden",
        ] {
            assert!(super::hides_by_class(class), "{class}");
        }
        for class in [
            "hidden md:block",
            "d-none d-lg-flex",
            "hide show@medium",
            "xs-hide md-block",
            "xs-hide",
            "md:hidden",
            "no-js-hidden",
            "split-words js-invisible",
            "overflow-hidden",
            "field--label-hidden",
            "Hidden",
            "shadow-none",
        ] {
            assert!(!super::hides_by_class(class), "{class}");
        }
    }

    #[test]
    fn an_element_hidden_by_its_markup_too_is_not_hidden_by_its_class_alone() {
        let page = parse_html(
            r#"<body><p class="hidden">a</p><p class="hidden" hidden>b</p><p class="d-none" style="display:none">c</p>
            <p class="mt-2">d</p></body>"#,
        )
        .unwrap();
        let alone: Vec<bool> = page.elements_by_tag("p").map(|p| super::hidden_only_by_class(page.node(p))).collect();
        assert_eq!(alone, [true, false, false, false]);
    }

    #[test]
    fn a_few_lines_a_utility_class_hides_are_hidden_a_passage_is_read() {
        let long = "word ".repeat(70);
        let html = format!(
            r#"<body><p>Shown {long}</p><p class="wt-display-none">Please enter a valid postal code.</p>
            <div class="hidden md:block"><p>Wide screens</p></div><div class="hidden"><p>Read more {long}</p></div></body>"#
        );
        let text = visible_text(&html);
        assert!(text.contains("Shown") && text.contains("Wide screens") && text.contains("Read more"), "{text}");
        assert!(!text.contains("postal code"), "{text}");
    }

    #[test]
    fn visible_nodes_says_what_is_visible_says_of_each_node() {
        let page = parse_html(
            r#"<body><div hidden><p>a <b>b</b></p></div><div style="display:none"><span>c</span></div>
            <section><p>d <i style="visibility: hidden">e</i></p></section></body>"#,
        )
        .unwrap();
        let visible = page.visible_nodes();
        assert_eq!(visible, (0..page.len()).map(|id| page.is_visible(id)).collect::<Vec<_>>());
        // (Both hidden and shown nodes are on the page.)
        assert!(visible.contains(&true) && visible.contains(&false));
    }

    #[test]
    fn a_dialog_shows_only_when_open() {
        let long = "word ".repeat(60);
        let html = format!(
            r#"<body><p>Shown {long}</p><dialog id="term"><p>Benchmark: an index to measure by.</p></dialog>
            <dialog open><p>Opened on arrival.</p></dialog></body>"#
        );
        let text = visible_text(&html);
        assert!(text.contains("Shown") && text.contains("Opened") && !text.contains("Benchmark"), "{text}");
    }

    #[test]
    fn content_a_script_will_show_counts_as_visible() {
        let long = "word ".repeat(60);
        let streamed = format!(r#"<body><p>Lead {long}</p><div hidden id="S:0"><p>Streamed {long}</p></div></body>"#);
        assert!(visible_text(&streamed).contains("Streamed"));
        let wrapped = format!(r#"<body><div style="display:none"><p>Whole page {long}</p></div><p>Menu</p></body>"#);
        assert!(visible_text(&wrapped).contains("Whole page"));
        // A wrapper shown by a script once the page has loaded, between a large header and footer.
        let menu = "<a href=/a>Shop all departments and brands</a> ".repeat(20);
        let framed = format!(
            r#"<body><header>{menu}</header><div style="display:none"><main><p>Product {long}</p></main></div>
            <footer>{menu}</footer></body>"#
        );
        assert!(visible_text(&framed).contains("Product"), "{}", visible_text(&framed));
        // Indentation is no text: a whitespace-heavy template does not shrink a wrapper's share.
        let indented = format!(
            "<body><div style=\"display:none\"><p>Whole page {long}</p></div>{}<p>Menu</p></body>",
            "<span>\n                                        |\n                              </span>".repeat(40)
        );
        assert!(visible_text(&indented).contains("Whole page"));
        let plain_hidden =
            format!(r#"<body><p>Menu</p><div hidden id="S:menu-2"><p>Short</p></div><p>{long}</p></body>"#);
        assert!(!visible_text(&plain_hidden).contains("Short"));
        // A hidden skip link on a page whose only other text is its footer is most of the text
        // outside the frame, yet no wrapper a script reveals: it holds no paragraph's worth.
        let skip_link = format!(
            r##"<body><div style="display:none"><h1>Shop</h1><a href="#search">I'm shopping for...</a></div>
            <div id="root"></div><footer>{menu}</footer></body>"##
        );
        assert!(!visible_text(&skip_link).contains("shopping for"), "{}", visible_text(&skip_link));
    }
}
