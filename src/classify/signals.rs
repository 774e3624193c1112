//! Small measurements of a block that several decisions share.

use super::Role;
use crate::lexicon::lexicon;
use crate::page::{Node, NodeId, Page};

/// Calls `f` with each token of id, class, role, aria-label and itemprop (split on the separators
/// sites use, plus each whole class name such as "cookie-banner"), lower-cased, until `f` returns
/// true. Allocates only for values that are not lower-case already.
pub fn any_attr_token(node: &Node, mut f: impl FnMut(&str) -> bool) -> bool {
    for name in ["id", "class", "role", "aria-label", "itemprop"] {
        let Some(v) = node.attr(name) else { continue };
        let lower: std::borrow::Cow<str> =
            if v.bytes().any(|b| b.is_ascii_uppercase()) { v.to_ascii_lowercase().into() } else { v.into() };
        let parts = lower.split(|c: char| c.is_whitespace() || c == '-' || c == '_' || c == ':');
        if parts.filter(|t| !t.is_empty()).any(&mut f) || lower.split_whitespace().any(&mut f) {
            return true;
        }
    }
    false
}

/// The tokens `any_attr_token` visits, collected.
pub fn attr_tokens(node: &Node) -> Vec<String> {
    let mut tokens = Vec::new();
    any_attr_token(node, |t| {
        tokens.push(t.to_string());
        false
    });
    tokens
}

/// The role an element's markup names, with the token that named it.
pub fn attr_role(node: &Node) -> Option<(Role, String)> {
    let map = lexicon().attr_roles();
    let mut best: Option<(Role, String)> = None;
    any_attr_token(node, |t| {
        if let Some(role) = map.get(t).and_then(|k| Role::from_key(k)) {
            if best.as_ref().is_none_or(|(r, _)| role < *r) {
                best = Some((role, t.to_string()));
            }
        }
        false
    });
    best
}

/// A section whose id is its heading's words ("sharing-with-a-single-developer" under "Sharing
/// with a single developer", as documentation generators write them): the id names the content,
/// its words are no label. Four words at least, so "comments" under "Comments" stays a label.
pub fn is_titled_section(page: &Page, id: NodeId) -> bool {
    let node = page.node(id);
    let Some(anchor) = node.attr("id").filter(|a| a.split('-').count() >= 4) else {
        return false;
    };
    let heading = node
        .children
        .iter()
        .copied()
        .filter(|&c| page.node(c).is_element())
        .take(2)
        .find(|&c| matches!(page.node(c).tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"));
    heading.is_some_and(|h| {
        let words: Vec<String> = page
            .text(h)
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        words.len() >= 4 && anchor.to_lowercase().starts_with(&words.join("-"))
    })
}

/// Whether the markup calls this element the article's content.
pub fn attr_is_article_like(node: &Node) -> bool {
    let positive = &lexicon().article_attr_positive;
    node.tag == "article"
        || node.attr("itemprop") == Some("articleBody")
        || any_attr_token(node, |t| positive.contains(t))
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

/// Every cue phrase of every role in one automaton, so a block's text is scanned once.
struct CueMatcher {
    automaton: aho_corasick::AhoCorasick,
    /// Role and phrase of each pattern, by pattern index.
    patterns: Vec<(Role, String)>,
}

fn cue_matcher() -> &'static CueMatcher {
    static MATCHER: std::sync::OnceLock<CueMatcher> = std::sync::OnceLock::new();
    MATCHER.get_or_init(|| {
        let mut patterns = Vec::new();
        for role in Role::ALL {
            for phrase in lexicon().role_phrases(role.key()) {
                patterns.push((role, phrase.to_lowercase()));
            }
        }
        let automaton = aho_corasick::AhoCorasick::new(patterns.iter().map(|(_, p)| p.as_str()))
            .expect("cue phrases form a valid automaton");
        CueMatcher { automaton, patterns }
    })
}

/// Which roles' phrases occur in the text (lower-cased, on word edges).
pub fn text_cue_hits(text: &str) -> CueHits {
    let lower = text.to_lowercase();
    let matcher = cue_matcher();
    let mut hits: Vec<(Role, Vec<String>)> = Role::ALL.iter().map(|&r| (r, Vec::new())).collect();
    for m in matcher.automaton.find_overlapping_iter(&lower) {
        let (role, phrase) = &matcher.patterns[m.pattern().as_usize()];
        let slot = &mut hits.iter_mut().find(|(r, _)| r == role).expect("every role has a slot").1;
        if !slot.contains(phrase) && on_word_edges(&lower, m.start(), m.end(), phrase) {
            slot.push(phrase.clone());
        }
    }
    CueHits { hits }
}

/// True when a phrase found at start..end is not part of a longer word.
fn on_word_edges(haystack: &str, start: usize, end: usize, phrase: &str) -> bool {
    let before_ok = !phrase.starts_with(char::is_alphanumeric)
        || !haystack[..start].chars().next_back().is_some_and(char::is_alphanumeric);
    let after_ok =
        !phrase.ends_with(char::is_alphanumeric) || !haystack[end..].chars().next().is_some_and(char::is_alphanumeric);
    before_ok && after_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_on_word_edges() {
        assert_eq!(text_cue_hits("Get 40% off today").best().map(|b| b.0), Some(Role::Promo));
        assert_eq!(text_cue_hits("3rd party ad. Not an offer").best().map(|b| b.0), Some(Role::Ad));
        assert_eq!(text_cue_hits("the adverb of the day").best(), None);
        assert_eq!(text_cue_hits("shared values").best(), None);
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
