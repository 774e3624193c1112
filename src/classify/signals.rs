//! Small measurements of a block that several decisions share.

use super::Role;
use crate::lexicon::lexicon;
use crate::page::{Node, NodeId, Page};

/// Tokens of id, class, role and aria-label, split on the separators sites use.
pub fn attr_tokens(node: &Node) -> Vec<String> {
    let mut tokens = Vec::new();
    for name in ["id", "class", "role", "aria-label", "itemprop"] {
        if let Some(v) = node.attr(name) {
            let lower = v.to_ascii_lowercase();
            for t in lower.split(|c: char| c.is_whitespace() || c == '-' || c == '_' || c == ':') {
                if !t.is_empty() {
                    tokens.push(t.to_string());
                }
            }
            // Also whole class names such as "cookie-banner".
            for t in lower.split_whitespace() {
                tokens.push(t.to_string());
            }
        }
    }
    tokens
}

/// The role an element's markup names, with the token that named it.
pub fn attr_role(node: &Node) -> Option<(Role, String)> {
    let map = lexicon().attr_roles();
    let tokens = attr_tokens(node);
    let mut best: Option<(Role, String)> = None;
    for t in tokens {
        if let Some(role) = map.get(&t).and_then(|k| Role::from_key(k)) {
            if best.as_ref().map(|(r, _)| role < *r).unwrap_or(true) {
                best = Some((role, t));
            }
        }
    }
    best
}

/// Whether the markup calls this element the article's content.
pub fn attr_is_article_like(node: &Node) -> bool {
    let positive = &lexicon().article_attr_positive;
    attr_tokens(node).iter().any(|t| positive.contains(t))
        || node.tag == "article"
        || node.attr("itemprop") == Some("articleBody")
}

/// Share of the text that sits inside links.
pub fn link_density(page: &Page, id: NodeId) -> f32 {
    let total = page.text(id).chars().count();
    if total == 0 {
        return 0.0;
    }
    let linked: usize = page
        .descendants(id)
        .into_iter()
        .filter(|&n| page.node(n).tag == "a")
        .filter(|&n| !page.ancestors(n).any(|a| a != id && page.node(a).tag == "a" && page.is_ancestor_of(id, a)))
        .map(|n| page.text(n).chars().count())
        .sum();
    (linked as f32 / total as f32).min(1.0)
}

/// Text cue hits per role for a block's text.
#[derive(Debug, Default)]
pub struct CueHits {
    hits: Vec<(Role, Vec<String>)>,
}

impl CueHits {
    /// The role with most hits (ties go to the earlier role), and its count.
    pub fn best(&self) -> Option<(Role, usize)> {
        self.hits
            .iter()
            .map(|(r, v)| (*r, v.len()))
            .filter(|(_, n)| *n > 0)
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
    }
    pub fn roles_hit(&self) -> usize {
        self.hits.iter().filter(|(_, v)| !v.is_empty()).count()
    }
    pub fn examples(&self, role: Role) -> String {
        self.hits
            .iter()
            .find(|(r, _)| *r == role)
            .map(|(_, v)| v.iter().take(3).map(|p| format!("\"{p}\"")).collect::<Vec<_>>().join(", "))
            .unwrap_or_default()
    }
}

/// Which roles' phrases occur in the text (lower-cased substring match).
pub fn text_cue_hits(text: &str) -> CueHits {
    let lower = text.to_lowercase();
    let mut hits = Vec::new();
    for role in Role::ALL {
        let found: Vec<String> =
            lexicon().role_phrases(role.key()).filter(|p| contains_phrase(&lower, p)).map(str::to_string).collect();
        hits.push((role, found));
    }
    CueHits { hits }
}

/// Substring match that respects word edges for phrases that start or end with a letter.
fn contains_phrase(haystack: &str, phrase: &str) -> bool {
    let mut start = 0;
    while let Some(pos) = haystack[start..].find(phrase) {
        let at = start + pos;
        let end = at + phrase.len();
        let before_ok = !phrase.starts_with(char::is_alphanumeric)
            || !haystack[..at].chars().next_back().is_some_and(char::is_alphanumeric);
        let after_ok = !phrase.ends_with(char::is_alphanumeric)
            || !haystack[end..].chars().next().is_some_and(char::is_alphanumeric);
        if before_ok && after_ok {
            return true;
        }
        start = at + phrase.chars().next().map(char::len_utf8).unwrap_or(1);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_on_word_edges() {
        assert!(contains_phrase("get 40% off today", "% off"));
        assert!(contains_phrase("3rd party ad. not an offer", "3rd party ad"));
        assert!(!contains_phrase("the adverb", "advert"));
        assert!(!contains_phrase("shared values", "share this"));
    }

    #[test]
    fn cue_hits_pick_the_dominant_role() {
        let hits =
            text_cue_hits("3rd party Ad. Not an offer or recommendation by X. See disclosure here or remove ads.");
        assert_eq!(hits.best().map(|b| b.0), Some(Role::Ad));
        let hits = text_cue_hits("We use cookies to improve your experience. Accept all cookies");
        assert_eq!(hits.best().map(|b| b.0), Some(Role::Cookie));
    }
}
