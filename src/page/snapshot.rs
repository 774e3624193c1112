//! Decoding the browser's snapshot of the live DOM (made by `extension/content.js`) into a `Page`.
//!
//! The snapshot is a flat list in document order; node 0 is the document. Each entry names its
//! parent by index, so the arena ids are the snapshot indices and the content script can map the
//! core's answers (node ids) straight back to DOM nodes.

use super::{LiveFacts, Node, NodeKind, Page, MAX_ELEMENT_DEPTH};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Snapshot {
    #[serde(default)]
    pub url: Option<String>,
    pub nodes: Vec<SnapshotNode>,
}

#[derive(Debug, Deserialize)]
pub struct SnapshotNode {
    /// Parent index; -1 for the document itself.
    pub p: i64,
    /// "d" document, "e" element, "t" text.
    pub k: String,
    #[serde(default)]
    pub t: String,
    #[serde(default)]
    pub a: Vec<(String, String)>,
    #[serde(default)]
    pub x: String,
    /// Live facts: [rendered 0/1, x, y, width, height, fixed 0/1].
    #[serde(default)]
    pub l: Option<[f32; 6]>,
}

impl Snapshot {
    /// Checks the shape and builds the arena. Errors name the first bad entry.
    pub fn into_page(self) -> Result<Page, String> {
        if self.nodes.is_empty() {
            return Err("the snapshot has no nodes".into());
        }
        let mut nodes = Vec::with_capacity(self.nodes.len());
        for (i, n) in self.nodes.into_iter().enumerate() {
            let kind = match n.k.as_str() {
                "d" => NodeKind::Document,
                "e" => NodeKind::Element,
                "t" => NodeKind::Text,
                other => return Err(format!("snapshot node {i} has an unknown kind {other:?}")),
            };
            let parent = if i == 0 {
                if kind != NodeKind::Document {
                    return Err("snapshot node 0 must be the document".into());
                }
                None
            } else {
                if n.p < 0 || n.p as usize >= i {
                    return Err(format!("snapshot node {i} names parent {} which does not precede it", n.p));
                }
                Some(n.p as usize)
            };
            let live =
                n.l.map(|l| LiveFacts { rendered: l[0] != 0.0, bbox: [l[1], l[2], l[3], l[4]], fixed: l[5] != 0.0 });
            nodes.push(Node {
                kind,
                tag: n.t.to_ascii_lowercase(),
                attrs: super::repair_attribute_values(n.a),
                text: match super::repair_double_encoding(&n.x) {
                    std::borrow::Cow::Borrowed(_) => n.x,
                    repaired => repaired.into_owned(),
                },
                parent,
                children: Vec::new(),
                live,
                label_tokens: Default::default(),
            });
        }
        // Depth below the document; parents precede their children, so one pass finds it.
        let mut depth = vec![0usize; nodes.len()];
        for i in 1..nodes.len() {
            let p = nodes[i].parent.expect("checked above");
            if nodes[p].kind == NodeKind::Text {
                return Err(format!("snapshot node {i} has a text node as parent"));
            }
            depth[i] = depth[p] + 1;
            // A browser's parser never builds deeper than this; only a script does. Flattening
            // it here would leave elements whose DOM holds more than the core saw (hiding one
            // could hide article text), so such a page is refused, untouched.
            let limit = if nodes[i].kind == NodeKind::Text { MAX_ELEMENT_DEPTH + 1 } else { MAX_ELEMENT_DEPTH };
            if depth[i] > limit {
                return Err(format!(
                    "the page's elements nest more than {MAX_ELEMENT_DEPTH} levels deep, deeper than a browser's \
                     parser builds; only a script makes such a page, and cleanread does not read it"
                ));
            }
            nodes[p].children.push(i);
        }
        Ok(Page { nodes, url: self.url })
    }
}

/// Parses snapshot JSON text (used by the tests and by the CLI's `--snapshot` input).
pub fn page_from_json(json: &str) -> Result<Page, String> {
    let snap: Snapshot = serde_json::from_str(json).map_err(|e| format!("the snapshot is not valid: {e}"))?;
    snap.into_page()
}

/// The page in the snapshot's own shape (without live facts): the inverse of `into_page`.
pub fn page_to_json(page: &Page) -> serde_json::Value {
    let nodes: Vec<serde_json::Value> = page
        .nodes
        .iter()
        .map(|n| match n.kind {
            NodeKind::Document => serde_json::json!({"p": -1, "k": "d"}),
            NodeKind::Element => serde_json::json!({"p": n.parent, "k": "e", "t": n.tag, "a": n.attrs}),
            NodeKind::Text => serde_json::json!({"p": n.parent, "k": "t", "x": n.text}),
        })
        .collect();
    serde_json::json!({ "url": page.url, "nodes": nodes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_arena_with_live_facts() {
        let page = page_from_json(
            r#"{"url":"http://x/","nodes":[{"p":-1,"k":"d"},{"p":0,"k":"e","t":"HTML"},{"p":1,"k":"e","t":"p","a":[["class","c"]],"l":[1,0,0,10,10,1]},{"p":2,"k":"t","x":"hi"}]}"#,
        )
        .unwrap();
        assert_eq!(page.len(), 4);
        assert_eq!(page.node(1).tag, "html");
        assert_eq!(page.node(2).attr("class"), Some("c"));
        assert!(page.node(2).live.unwrap().fixed);
        assert_eq!(page.text(1), "hi");
    }

    #[test]
    fn page_json_round_trips() {
        let page = crate::page::html::parse_html("<p class=a>x<b>y</b></p>").unwrap();
        let again = page_from_json(&page_to_json(&page).to_string()).unwrap();
        assert_eq!(page, again);
    }

    #[test]
    fn rejects_bad_shapes_with_a_message() {
        assert!(page_from_json("{}").is_err());
        assert!(page_from_json(r#"{"nodes":[]}"#).unwrap_err().contains("no nodes"));
        assert!(page_from_json(r#"{"nodes":[{"p":-1,"k":"d"},{"p":5,"k":"e","t":"p"}]}"#)
            .unwrap_err()
            .contains("parent"));
    }

    /// A chain of `levels` nested divs under the document, holding a text.
    fn chain_json(levels: usize) -> String {
        let mut nodes = vec![r#"{"p":-1,"k":"d"}"#.to_string()];
        for i in 0..levels {
            nodes.push(format!(r#"{{"p":{i},"k":"e","t":"div"}}"#));
        }
        nodes.push(format!(r#"{{"p":{levels},"k":"t","x":"deep words"}}"#));
        format!(r#"{{"nodes":[{}]}}"#, nodes.join(","))
    }

    #[test]
    fn reads_as_deep_as_a_browser_builds_and_refuses_deeper_untouched() {
        // Elements down to the parser's limit, text one below it: read.
        let page = page_from_json(&chain_json(MAX_ELEMENT_DEPTH)).unwrap();
        assert_eq!(page.text(Page::ROOT), "deep words");
        // One element more: only a script builds that; refused with a message, no panic.
        let err = page_from_json(&chain_json(MAX_ELEMENT_DEPTH + 1)).unwrap_err();
        assert!(err.contains("nest more than 513 levels deep"), "{err}");
    }
}
