//! Native builder: HTML bytes -> `Page`, through html5ever (the parser browsers' algorithm follows).

use super::tree_sink::{ArenaSink, Handle, SinkData, SinkNode};
use super::{is_blank, is_inline_tag, is_skipped_element, keeps_text_of, shows_nothing, NodeId, Page};
use html5ever::tendril::TendrilSink;
use html5ever::{local_name, ns, parse_document, parse_fragment, ParseOpts, QualName};
use std::io::Read;

/// Why a document could not be read.
#[derive(Debug, PartialEq, Eq)]
pub enum ReadError {
    Empty,
    NotHtml(String),
    Gzip(String),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Empty => write!(f, "the input is empty"),
            ReadError::NotHtml(why) => write!(f, "the input does not look like HTML: {why}"),
            ReadError::Gzip(why) => write!(f, "the input looks gzip-compressed but cannot be decompressed: {why}"),
        }
    }
}

impl std::error::Error for ReadError {}

/// The bytes of a file, uncompressed when they are gzip.
pub fn gunzip_if_compressed(bytes: &[u8]) -> Result<std::borrow::Cow<'_, [u8]>, ReadError> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(bytes.into());
    }
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes).read_to_end(&mut out).map_err(|e| ReadError::Gzip(e.to_string()))?;
    Ok(out.into())
}

/// Decodes raw bytes (gzip-compressed or not, any declared charset) into text.
pub fn decode_bytes(bytes: &[u8]) -> Result<String, ReadError> {
    let raw = gunzip_if_compressed(bytes)?;
    if raw.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty);
    }
    if raw.iter().take(4096).filter(|&&b| b == 0).count() > 8
        && !raw.starts_with(&[0xff, 0xfe])
        && !raw.starts_with(&[0xfe, 0xff])
    {
        return Err(ReadError::NotHtml("it contains binary data".into()));
    }
    // A byte order mark decides; then bytes that are valid UTF-8 are UTF-8 whatever the page
    // declares (re-saved pages often keep a stale legacy declaration); then the declaration.
    let encoding = encoding_rs::Encoding::for_bom(&raw)
        .map(|(e, _)| e)
        .or_else(|| std::str::from_utf8(&raw).is_ok().then_some(encoding_rs::UTF_8))
        .or_else(|| sniff_declared_charset(&raw))
        .unwrap_or(encoding_rs::WINDOWS_1252);
    let (text, _, _) = encoding.decode(&raw);
    Ok(text.into_owned())
}

/// Finds `<meta charset=...>` or `content="...; charset=..."` in the first 4 KiB, as browsers prescan.
fn sniff_declared_charset(raw: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &raw[..raw.len().min(4096)];
    let lower: String = String::from_utf8_lossy(head).to_ascii_lowercase();
    let at = lower.find("charset=")?;
    let rest = &lower[at + "charset=".len()..];
    let label: String = rest
        .trim_start_matches(['"', '\'', ' '])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    let enc = encoding_rs::Encoding::for_label(label.as_bytes())?;
    // A document that declares UTF-16 in ASCII-compatible bytes is really UTF-8 (HTML spec).
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        return Some(encoding_rs::UTF_8);
    }
    Some(enc)
}

/// Parses HTML text into a `Page`.
pub fn parse_html(text: &str) -> Result<Page, ReadError> {
    if is_blank(text) {
        return Err(ReadError::Empty);
    }
    let mut tree = parse_document(ArenaSink::default(), ParseOpts::default()).one(text);
    place_streamed_segments(&mut tree);
    let mut page = Page::new();
    append_children(&mut page, Page::ROOT, &tree, 0, None);
    if !page.nodes.iter().any(|n| n.is_text()) {
        return Err(ReadError::NotHtml("it has no text content".into()));
    }
    Ok(page)
}

/// React's streamed server rendering sends the late parts of a page at its end, each in a hidden
/// `<div id="S:n">`, with an inline script that moves it into the place of its placeholder,
/// `<template id="B:n">` (or `"P:n"`), as soon as it arrives. This builder runs no scripts, so it
/// makes those moves itself: a browser shows the parts there, in the article's order. (The
/// placeholder's fallback, a loading skeleton, stays: without the comments that delimit it, it
/// cannot be told from its neighbours; it rarely holds text.)
fn place_streamed_segments(tree: &mut [SinkNode]) {
    let id_of = |node: &SinkNode, tag: &str| match &node.data {
        SinkData::Element { name, attrs, .. } if &*name.local == tag => {
            attrs.iter().find(|(n, _)| n == "id").map(|(_, v)| v.clone())
        }
        _ => None,
    };
    let mut placeholders = std::collections::HashMap::new();
    let mut segments = Vec::new();
    for (handle, node) in tree.iter().enumerate() {
        if let Some(id) = id_of(node, "template").filter(|id| id.starts_with("B:") || id.starts_with("P:")) {
            placeholders.insert(id, handle);
        } else if let Some(number) = id_of(node, "div").and_then(|id| id.strip_prefix("S:").map(str::to_string)) {
            let hidden =
                matches!(&node.data, SinkData::Element { attrs, .. } if attrs.iter().any(|(n, _)| n == "hidden"));
            if hidden {
                segments.push((handle, number));
            }
        }
    }
    for (segment, number) in segments {
        let Some(&placeholder) =
            placeholders.get(&format!("B:{number}")).or_else(|| placeholders.get(&format!("P:{number}")))
        else {
            continue;
        };
        let (Some(target), Some(source)) = (tree[placeholder].parent, tree[segment].parent) else { continue };
        // A placeholder inside its own segment (broken markup) would make a cycle: left alone.
        let inside_segment = std::iter::successors(Some(target), |&n| tree[n].parent).any(|n| n == segment);
        if inside_segment {
            continue;
        }
        let Some(at) = tree[target].children.iter().position(|&c| c == placeholder) else { continue };
        let moved = std::mem::take(&mut tree[segment].children);
        for &child in &moved {
            tree[child].parent = Some(target);
        }
        tree[target].children.splice(at..=at, moved);
        tree[placeholder].parent = None;
        tree[source].children.retain(|&c| c != segment);
        tree[segment].parent = None;
    }
}

/// Reads bytes (possibly gzip, any charset) into a `Page`.
pub fn parse_bytes(bytes: &[u8]) -> Result<Page, ReadError> {
    parse_html(&decode_bytes(bytes)?)
}

/// Copies the children of `handle` under `parent`, in document order. `parent_tag`: the tag and
/// type attribute of the element they belong to (its text may be dropped, see `keeps_text_of`).
fn append_children(
    page: &mut Page,
    parent: NodeId,
    tree: &[SinkNode],
    handle: Handle,
    parent_tag: Option<(&str, Option<&str>)>,
) {
    let children = &tree[handle].children;
    for (i, &child) in children.iter().enumerate() {
        if let SinkData::Text(text) = &tree[child].data {
            if is_blank(text) {
                // Words on either side: an inline element or text, comments and elements that show
                // nothing looked past (a server renderer writes "The<!-- --> <!-- -->prime").
                let inline = |sibling: Option<&Handle>| {
                    sibling.is_some_and(|&s| match &tree[s].data {
                        SinkData::Element { name, .. } => is_inline_tag(&name.local.to_ascii_lowercase()),
                        SinkData::Text(t) => !is_blank(t),
                        _ => false,
                    })
                };
                let silent = |s: &&Handle| match &tree[**s].data {
                    SinkData::Other => true,
                    SinkData::Element { name, .. } => shows_nothing(&name.local.to_ascii_lowercase()),
                    _ => false,
                };
                let before = children[..i].iter().rev().find(|s| !silent(s));
                let after = children[i + 1..].iter().find(|s| !silent(s));
                // Code keeps its line breaks and indents, which a highlighter writes as blank
                // text between its spans.
                if preformatted(page, parent) {
                    append_text(page, parent, text, parent_tag);
                } else if (inline(before) && inline(after))
                    // At either end of an inline element, the space runs on past it into the line:
                    // "<strong><a>Thinkific</a> </strong>is", and "<span> </span>" between two words.
                    || ((before.is_none() || inline(before))
                        && (after.is_none() || inline(after))
                        && parent_tag.is_some_and(|(tag, _)| is_inline_tag(tag)))
                {
                    append_text(page, parent, " ", parent_tag);
                }
                continue;
            }
        }
        append_node(page, parent, tree, child, parent_tag);
    }
}

/// Whether `id` is, or is inside, a `<pre>`.
fn preformatted(page: &Page, id: NodeId) -> bool {
    std::iter::once(id).chain(page.ancestors(id)).any(|a| page.node(a).tag == "pre")
}

fn append_node(
    page: &mut Page,
    parent: NodeId,
    tree: &[SinkNode],
    handle: Handle,
    parent_tag: Option<(&str, Option<&str>)>,
) {
    match &tree[handle].data {
        SinkData::Element { name, attrs, .. } => {
            let tag = name.local.to_ascii_lowercase();
            if is_skipped_element(&tag) {
                return;
            }
            let id = page.append_element(parent, &tag, attrs.clone());
            if &*tag == "noscript" {
                append_noscript_content(page, id, tree, handle);
            } else {
                let type_attr = attrs.iter().find(|(n, _)| n == "type").map(|(_, v)| v.as_str());
                append_children(page, id, tree, handle, Some((&tag, type_attr)));
            }
        }
        SinkData::Text(text) => append_text(page, parent, text, parent_tag),
        SinkData::Document => append_children(page, parent, tree, handle, None),
        SinkData::Other => {}
    }
}

fn append_text(page: &mut Page, parent: NodeId, text: &str, parent_tag: Option<(&str, Option<&str>)>) {
    if let Some((tag, type_attr)) = parent_tag {
        if !keeps_text_of(tag, type_attr) {
            return;
        }
    }
    // Adjacent text nodes are merged, as the DOM normalises them after parsing.
    if let Some(&last) = page.nodes[parent].children.last() {
        if page.nodes[last].is_text() {
            page.nodes[last].text.push_str(text);
            return;
        }
    }
    page.append_text(parent, text);
}

/// This builder runs no scripts, so it shows what a browser with scripts off shows: the content of
/// `<noscript>` (forums and shops put their whole content there). The parser, like a browser with
/// scripts on, kept that content as raw text; it is parsed here on its own, so a broken tag inside
/// (`<iframe/>` never closes) spoils only the noscript. Text lying loose in it is left out: it is a
/// "please enable JavaScript" line or escaped markup, never content.
fn append_noscript_content(page: &mut Page, noscript: NodeId, tree: &[SinkNode], handle: Handle) {
    let raw: String = tree[handle]
        .children
        .iter()
        .filter_map(|&c| match &tree[c].data {
            SinkData::Text(t) => Some(&**t),
            _ => None,
        })
        .collect();
    if !raw.contains('<') {
        return;
    }
    let context = QualName::new(None, ns!(html), local_name!("div"));
    let fragment = parse_fragment(ArenaSink::default(), ParseOpts::default(), context, vec![], false).one(raw);
    // The fragment parser puts the content under an <html> element of its own.
    let Some(&root) = fragment[0].children.first() else { return };
    for &child in &fragment[root].children {
        if matches!(fragment[child].data, SinkData::Element { .. }) {
            append_node(page, noscript, &fragment, child, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::{collapse_whitespace, MAX_ELEMENT_DEPTH};

    #[test]
    fn keeps_structure_text_and_kept_attributes() {
        let page = parse_html("<html lang=en><body><p class=x onclick=y>Hello <b>world</b></p></body></html>").unwrap();
        let p = page.find_tag("p").unwrap();
        assert_eq!(page.node(p).attrs, vec![("class".to_string(), "x".to_string())]);
        assert_eq!(page.text(p), "Hello world");
        assert_eq!(page.node(page.find_tag("html").unwrap()).attr("lang"), Some("en"));
    }

    #[test]
    fn drops_style_and_script_text_but_keeps_json_ld() {
        let page = parse_html(
            r#"<head><style>p{}</style><script>var a</script><script type="application/ld+json">{"a":1}</script></head><body><p>x</p></body>"#,
        )
        .unwrap();
        let texts: Vec<&str> = page.nodes.iter().filter(|n| n.is_text()).map(|n| n.text.as_str()).collect();
        assert_eq!(texts, vec![r#"{"a":1}"#, "x"]);
    }

    #[test]
    fn keeps_the_space_between_inline_elements_and_words_only() {
        let page =
            parse_html("<body><p><span>By Ann Lee</span>\n  <time>May 2</time></p><div>\n<p>a</p>\n</div></body>")
                .unwrap();
        assert_eq!(page.text(page.find_tag("p").unwrap()), "By Ann Lee May 2");
        // Between blocks a blank text node is still dropped.
        let div = page.find_tag("div").unwrap();
        assert!(page.node(div).children.iter().all(|&c| page.node(c).is_element()));
        // A server renderer's words, each its own text between comments: the blanks are spaces.
        let page = parse_html("<body><p>The<!-- --> <!-- -->prime<!-- --> <!-- --><b>minister</b></p></body>").unwrap();
        assert_eq!(page.text(page.find_tag("p").unwrap()), "The prime minister");
        // A space in a span of its own is the space between two words.
        let page =
            parse_html(r#"<body><p><a href=a>def</a><span class="w"> </span><a href=b>factorial</a></p></body>"#)
                .unwrap();
        assert_eq!(page.text(page.find_tag("p").unwrap()), "def factorial");
        // A space at either end of an inline element runs on into the line around it.
        let page = parse_html(
            r#"<body><p>Try <strong><a href=a>Thinkific</a> </strong>is<em> <b>best</b> </em>now</p></body>"#,
        )
        .unwrap();
        assert_eq!(collapse_whitespace(&page.text(page.find_tag("p").unwrap())), "Try Thinkific is best now");
        // A style or script between the words shows nothing: the blank before it is still the space.
        let page = parse_html(
            "<body><p>Get it for<!-- --> <style>.x{}</style><span>$185</span> <script></script><b>now</b></p></body>",
        )
        .unwrap();
        assert_eq!(page.text(page.find_tag("p").unwrap()), "Get it for $185 now");
    }

    #[test]
    fn code_keeps_the_line_breaks_and_indents_between_its_spans() {
        let html = "<body><pre><span>@cache</span>\n<span>def</span> <span>f</span>():\n    <span>return</span> 1</pre></body>";
        let page = parse_html(html).unwrap();
        let text: String =
            page.descendants(page.find_tag("pre").unwrap()).iter().map(|&n| page.node(n).text.as_str()).collect();
        assert_eq!(text, "@cache\ndef f():\n    return 1");
    }

    #[test]
    fn puts_react_s_streamed_segments_in_their_placeholders() {
        let page = parse_html(
            r#"<body><main><h1>Index funds</h1><p>First part.</p><!--$?--><template id="B:0"></template>
            <div class=skeleton></div><!--/$--><p>Last part.</p></main><footer>Footer</footer>
            <div hidden id="S:0"><p>Middle part, streamed late.</p><!--$?--><template id="B:1"></template><!--/$--></div>
            <div hidden id="S:1"><p>Nested part.</p></div><div hidden id="S:2"><p>No placeholder.</p></div>
            <script>$RC("B:0","S:0")</script></body>"#,
        )
        .unwrap();
        let main = page.find_tag("main").unwrap();
        let text = page.text(main);
        assert!(text.find("First part").unwrap() < text.find("Middle part").unwrap(), "{text}");
        assert!(text.find("Nested part").unwrap() < text.find("Last part").unwrap(), "{text}");
        // Without its placeholder a segment stays where it is, hidden.
        let body = page.text(page.find_tag("body").unwrap());
        assert!(body.contains("No placeholder") && !body.contains("Footer Middle"), "{body}");
        // Ids stay in document order (a subtree is a run of ids).
        let footer = page.find_tag("footer").unwrap();
        assert!(page.descendants(main).into_iter().all(|d| d < footer));
        // A segment holding its own placeholder (broken markup) stays where it is.
        let page = parse_html(r#"<body><div hidden id="S:3"><p>Self.</p><template id="B:3"></template></div></body>"#);
        assert!(page.unwrap().text(0).contains("Self."));
    }

    #[test]
    fn reads_noscript_content_as_markup_and_skips_templates() {
        let page =
            parse_html("<body><noscript><p>No-script post</p></noscript><template><p>t</p></template></body>").unwrap();
        let p = page.find_tag("p").unwrap();
        assert_eq!(page.text(p), "No-script post");
        assert_eq!(page.nodes.iter().filter(|n| n.tag == "p").count(), 1);
    }

    #[test]
    fn decodes_declared_charset_and_gzip() {
        let latin1 = b"<meta charset=\"iso-8859-1\"><p>caf\xe9</p>";
        let page = parse_bytes(latin1).unwrap();
        assert_eq!(page.text(page.find_tag("p").unwrap()), "caf\u{e9}");
        let mut gz = Vec::new();
        {
            use std::io::Write;
            let mut enc = flate2::write::GzEncoder::new(&mut gz, flate2::Compression::default());
            enc.write_all(b"<p>zipped</p>").unwrap();
        }
        let page = parse_bytes(&gz).unwrap();
        assert_eq!(page.text(page.find_tag("p").unwrap()), "zipped");
    }

    #[test]
    fn nests_no_deeper_than_a_browser_and_keeps_every_word_in_order() {
        // 5,000 nested divs (a recursive walk of that overflowed the stack): as in Chromium and
        // Firefox, elements stop at depth 513, deeper ones become siblings there, and the text
        // between them stays with the deepest open element ("x" + "tail").
        let levels = 5_000;
        let html = format!(
            "<body>{}x<p>words here</p>tail{}<p>after</p></body>",
            "<div>".repeat(levels),
            "</div>".repeat(levels)
        );
        let page = parse_html(&html).unwrap();
        let depth = |id: NodeId| page.ancestors(id).count();
        let deepest = (0..page.len()).filter(|&id| page.node(id).is_element()).map(depth).max();
        assert_eq!(deepest, Some(MAX_ELEMENT_DEPTH));
        let divs = (0..page.len()).filter(|&id| page.node(id).tag == "div").count();
        assert_eq!(divs, levels);
        let at_limit = (0..page.len()).find(|&id| depth(id) == MAX_ELEMENT_DEPTH - 1).unwrap();
        assert_eq!(page.node(at_limit).children.len(), levels - (MAX_ELEMENT_DEPTH - 3) + 1);
        let texts: Vec<&str> =
            (0..page.len()).filter(|&id| page.node(id).is_text()).map(|id| page.node(id).text.as_str()).collect();
        assert_eq!(texts, ["xtail", "words here", "after"]);
    }

    #[test]
    fn rejects_empty_and_binary_input_plainly() {
        assert_eq!(parse_bytes(b"  \n").unwrap_err(), ReadError::Empty);
        assert!(matches!(parse_bytes(&[0u8; 64]).unwrap_err(), ReadError::NotHtml(_)));
        assert!(matches!(parse_bytes(&[0x1f, 0x8b, 1, 2, 3]).unwrap_err(), ReadError::Gzip(_)));
    }
}
