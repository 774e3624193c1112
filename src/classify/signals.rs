//! Small measurements of a block that several decisions share.

use super::Role;
use crate::lexicon::lexicon;
use crate::page::{Node, NodeId, Page};
use std::collections::HashMap;

/// The attributes whose words label a block.
const LABEL_ATTRS: [&str; 5] = ["id", "class", "role", "aria-label", "itemprop"];

/// Calls `f` with each token of id, class, role, aria-label and itemprop (split on the separators
/// sites use, plus each whole class name such as "cookie-banner"), lower-cased, until `f` returns
/// true. A post's list of terms in its classes is skipped (see `lists_terms`), and so is a name
/// saying what the block lacks (see `names_absence`). The tokens are split once per element and
/// kept in its `label_tokens` slot: this runs many times on every element.
pub fn any_attr_token(node: &Node, f: impl FnMut(&str) -> bool) -> bool {
    node.label_tokens.get_or_init(|| label_tokens(node)).split(' ').filter(|t| !t.is_empty()).any(f)
}

/// The tokens `any_attr_token` reads, in its order, separated by single spaces (no token holds a
/// space: every one is split on white space).
fn label_tokens(node: &Node) -> String {
    let values = LABEL_ATTRS.map(|name| node.attr(name));
    // Each name's parts and the name itself: at most twice the values' length.
    let mut tokens = String::with_capacity(values.iter().flatten().map(|v| 2 * v.len() + 2).sum());
    let mut push = |t: &str| {
        if !t.is_empty() {
            if !tokens.is_empty() {
                tokens.push(' ');
            }
            tokens.push_str(t);
        }
    };
    for (name, value) in LABEL_ATTRS.iter().zip(values) {
        let Some(v) = value else { continue };
        let lower: std::borrow::Cow<str> =
            if v.bytes().any(|b| b.is_ascii_uppercase()) { v.to_ascii_lowercase().into() } else { v.into() };
        let listed = *name == "class" && TERM_PREFIXES.iter().any(|p| lower.contains(p)) && lists_terms(&lower);
        // Beside the listed terms, the engine names the post's author the same way
        // ("author-jennifer-charles"): a name, not an author box.
        let is_term = |class: &str| {
            listed && (TERM_PREFIXES.iter().any(|p| class.starts_with(p)) || class.starts_with(POST_AUTHOR_PREFIX))
        };
        let names = || lower.split_whitespace().filter(|c| !is_term(c) && !names_absence(c) && !names_style_preset(c));
        for whole in names() {
            // The separators are ASCII: split on bytes, without decoding characters.
            let mut start = 0;
            for (i, b) in whole.bytes().enumerate() {
                if matches!(b, b'-' | b'_' | b':') {
                    push(&whole[start..i]);
                    start = i + 1;
                }
            }
            push(&whole[start..]);
        }
        names().for_each(&mut push);
    }
    tokens
}

/// Whether a name says what the block lacks or keeps out ("no-sidebar", "without-promotion",
/// "hide-read-more-ad" on a grid of stories): the thing it names is not the block's role.
fn names_absence(name: &str) -> bool {
    ["no-", "no_", "not-", "non-", "without-", "hide-"].iter().any(|p| name.starts_with(p))
}

/// Whether a name picks one of the site's style presets by its slug, as WordPress's block editor
/// writes them ("has-legal-font-size" on a tuition table's footnotes, "has-caption-font-size" on
/// its paragraphs): it says how the text looks, not what the block is.
fn names_style_preset(name: &str) -> bool {
    name.strip_prefix("has-").is_some_and(|slug| STYLE_PRESET_SUFFIXES.iter().any(|s| slug.ends_with(s)))
}

/// How WordPress's block editor ends the names of style presets ("-color" ends the background's
/// and the border's too).
const STYLE_PRESET_SUFFIXES: [&str; 4] = ["-font-size", "-color", "-font-family", "-gradient-background"];

/// The prefixes under which blog engines list a post's categories and tags in its classes
/// ("category-ads category-popular tag-newsletter" on a card of a post about ads).
const TERM_PREFIXES: [&str; 2] = ["category-", "tag-"];

/// The prefix under which blog engines name a post's author among its classes, beside its terms.
const POST_AUTHOR_PREFIX: &str = "author-";

/// Whether the (lower-case) classes list two terms or more under one of `TERM_PREFIXES`: then
/// every name under those prefixes is one of the post's topics ("tag-popular" beside
/// "category-ads category-gear"), not its role. One name alone, or several of one BEM block
/// ("category-nav category-nav__item"), is the block's own name and is read as usual.
fn lists_terms(classes: &str) -> bool {
    TERM_PREFIXES.iter().any(|prefix| {
        let mut terms =
            classes.split_whitespace().filter_map(|c| c.strip_prefix(prefix)).map(|rest| rest.split(['-', '_']).next());
        let first = terms.next();
        terms.any(|t| t != first.flatten())
    })
}

/// The role labels of a page's markup, read once per page. A token the page puts on elements
/// holding most of its text labels nothing there: it is a framework's prefix ("promo-container",
/// "promo-text" and "promo-hero" on every block of a promotions page) or a wrapper's name, not one
/// block's role. Such tokens are left out on that page. Promotion and related-content tokens are
/// also judged against the text outside the page's frame (header, menus, footer): a grid of a
/// CMS's "promo" cards under a mega-menu is the page's content.
/// Only block roles are judged so: navigation, headers, footers and comments can hold most of a
/// thin page's text and still be what they say.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    /// Role tokens of each node: those of node `i` are `tokens[starts[i]..starts[i + 1]]`.
    tokens: Vec<(Role, &'static str)>,
    starts: Vec<usize>,
    ignored: Vec<&'static str>,
}

impl Labels {
    /// The labels of `page`, given the characters of text under each node.
    pub fn of(page: &Page, chars: &[usize]) -> Labels {
        let map = lexicon().attr_roles();
        let mut labels = Labels { starts: Vec::with_capacity(page.len() + 1), ..Labels::default() };
        for node in &page.nodes {
            labels.starts.push(labels.tokens.len());
            // The classes and id of <html> and <body> name the page (its template, its slug: "promo-terms"
            // on a shop's terms page), not a block of it.
            if node.is_element() && !matches!(node.tag.as_str(), "html" | "body") {
                any_attr_token(node, |t| {
                    if let Some((token, role)) = map.get_key_value(t) {
                        let role = Role::from_key(role).expect("attr_roles holds role keys");
                        if !labels.tokens.iter().skip(*labels.starts.last().unwrap_or(&0)).any(|(_, k)| *k == token) {
                            labels.tokens.push((role, token.as_str()));
                        }
                    }
                    false
                });
            }
        }
        labels.starts.push(labels.tokens.len());
        labels.drop_component_parts(page);
        labels.drop_widget_names(page);
        labels.drop_code_highlighting(page);
        labels.drop_card_link_names(page);
        let Some(body) = page.find_tag("body") else { return labels };
        // Per role token: the text under its outermost elements (ids run in document order, and a
        // subtree is the run of ids up to its last descendant).
        let mut covered: Vec<TokenCover> = Vec::new();
        // The text of the page's frame (its header, menus and footer, outermost elements only, none
        // holding half the page: a wrapper named "header" holds everything): a mega-menu can hold as
        // much text as the content, and the content's own template names are judged against the
        // content.
        let (mut frame_chars, mut frame_end) = (0, 0);
        for (id, &chars_here) in chars.iter().enumerate().skip(body) {
            if id > frame_end && chars_here * 2 <= chars[body] && is_frame(page.node(id), labels.of_node(id)) {
                frame_chars += chars_here;
                frame_end = crate::extract::last_descendant(page, id);
            }
            let outside_frame = if id > frame_end { chars_here } else { 0 };
            for &(role, token) in labels.of_node(id) {
                match covered.iter_mut().find(|e| e.token == token) {
                    Some(e) if id <= e.last => {}
                    Some(e) => {
                        e.chars += chars_here;
                        e.chars_outside_frame += outside_frame;
                        e.last = crate::extract::last_descendant(page, id);
                    }
                    None => covered.push(TokenCover {
                        token,
                        role,
                        chars: chars_here,
                        chars_outside_frame: outside_frame,
                        last: crate::extract::last_descendant(page, id),
                        first: id,
                    }),
                }
            }
        }
        // A consent manager's dialog can hold most of a thin page's text (its list of partners and
        // purposes): when its words are a consent notice's, its label stands.
        labels.ignored = covered
            .into_iter()
            .filter(|e| {
                // Promotion and related-content words are also the names of a site's card
                // templates (a CMS's "promo" and "cta" components, "teaser" cards), so against the
                // content they count too; an ad, a consent box or a paywall is one at any size.
                let template_word = matches!(e.role, Role::Promo | Role::Related);
                let most = e.chars * 2 > chars[body]
                    || (template_word && e.chars_outside_frame * 2 > chars[body] - frame_chars);
                e.role.is_block_label() && most && !(e.role == Role::Cookie && says_consent(page, e.first))
            })
            .map(|e| e.token)
            .collect();
        labels
    }

    /// Takes `token` off the elements for which `drop` is true.
    pub fn drop_token(&mut self, token: &str, mut drop: impl FnMut(NodeId) -> bool) {
        self.retain(|id, _, t| t != token || !drop(id));
    }

    /// Keeps the `role` labels of the elements for which `keep` is true.
    pub fn retain_role(&mut self, role: Role, mut keep: impl FnMut(NodeId) -> bool) {
        self.retain(|id, r, _| r != role || keep(id));
    }

    /// Keeps the labels for which `keep(node, role, token)` is true.
    fn retain(&mut self, mut keep: impl FnMut(NodeId, Role, &str) -> bool) {
        let (old_tokens, old_starts) = (std::mem::take(&mut self.tokens), std::mem::take(&mut self.starts));
        for id in 0..old_starts.len().saturating_sub(1) {
            self.starts.push(self.tokens.len());
            let own = &old_tokens[old_starts[id]..old_starts[id + 1]];
            self.tokens.extend(own.iter().filter(|&&(role, token)| keep(id, role, token)));
        }
        self.starts.push(self.tokens.len());
    }

    /// Labels nothing with `role` on this page (replies on a page that declares itself a thread).
    pub fn ignore_role(&mut self, role: Role) {
        for &(r, token) in &self.tokens {
            if r == role && !self.ignored.contains(&token) {
                self.ignored.push(token);
            }
        }
    }

    /// A header class that three elements or more share ("card-header" on each product card,
    /// "pane-header" on each fold of an accordion) names a part of a repeated component, not the
    /// page's header: the header label is dropped from such elements. (Footers are left alone: the
    /// columns of a real footer share one class too.)
    fn drop_component_parts(&mut self, page: &Page) {
        let map = lexicon().attr_roles();
        // Class names that give a header label by themselves.
        let structural_name = |name: &str| {
            let lower = name.to_ascii_lowercase();
            std::iter::once(lower.as_str())
                .chain(lower.split(['-', '_', ':']))
                .any(|t| map.get(t).is_some_and(|k| Role::from_key(k) == Some(Role::Header)))
        };
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for id in 0..page.len() {
            if self.of_node(id).iter().any(|&(r, _)| r == Role::Header) {
                for name in page.node(id).attr("class").unwrap_or("").split_whitespace() {
                    *counts.entry(name).or_default() += 1;
                }
            }
        }
        counts.retain(|name, n| *n >= 3 && structural_name(name));
        if counts.is_empty() {
            return;
        }
        let part =
            |id: NodeId| page.node(id).attr("class").unwrap_or("").split_whitespace().any(|c| counts.contains_key(c));
        self.retain(|id, role, _| role != Role::Header || !part(id));
    }

    /// "disclosure" is also the name of the show/hide widget (`<details>` and its `<summary>`):
    /// on a `<details>` element and everything inside one it names the fold ("disclosure__panel"
    /// around a shop's product description), not legal text.
    fn drop_widget_names(&mut self, page: &Page) {
        let in_details = within_tags(page, &["details"]);
        self.retain(|id, _, token| token != "disclosure" || !in_details[id]);
    }

    /// Inside code (`<pre>`, `<code>`), classes are a syntax highlighter's ("comment", "token
    /// comment", "hljs-meta"): they name parts of the program, never a block of the page.
    fn drop_code_highlighting(&mut self, page: &Page) {
        let in_code = within_tags(page, &["pre", "code"]);
        self.retain(|id, _, _| !in_code[id]);
    }

    /// A link around a card's headline is named by its aria-label after the card ("Legal Business
    /// Services", "Regulatory, Risk & Forensic" on a firm's list of services): words of its title,
    /// not a role. Tokens the class or id also give stand.
    fn drop_card_link_names(&mut self, page: &Page) {
        let names_card = |id: NodeId, token: &str| {
            let node = page.node(id);
            let Some(name) = node.attr("aria-label").filter(|_| node.tag == "a") else { return false };
            let in_name = || name.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|w| w == token);
            // Anywhere in the other names, even inside a longer word: such a token is left as it was.
            let in_markup = || {
                ["class", "id", "role", "itemprop"]
                    .iter()
                    .any(|a| node.attr(a).is_some_and(|v| v.to_lowercase().contains(token)))
            };
            in_name() && !in_markup() && crate::extract::holds_heading(page, id)
        };
        self.retain(|id, _, token| !names_card(id, token));
    }

    pub fn of_node(&self, id: NodeId) -> &[(Role, &'static str)] {
        match (self.starts.get(id), self.starts.get(id + 1)) {
            (Some(&a), Some(&b)) => &self.tokens[a..b],
            _ => &[],
        }
    }

    /// The role an element's markup names, with the token that named it (the earliest role wins).
    pub fn role(&self, id: NodeId) -> Option<(Role, &'static str)> {
        self.of_node(id).iter().filter(|(_, t)| !self.ignored.contains(t)).min_by_key(|(r, _)| *r).copied()
    }
}

/// The text a role token's outermost elements hold on a page.
struct TokenCover {
    token: &'static str,
    role: Role,
    chars: usize,
    /// The part of `chars` outside the page's frame (see `is_frame`).
    chars_outside_frame: usize,
    /// The last descendant of the latest outermost element (elements up to it are inside one).
    last: NodeId,
    first: NodeId,
}

/// Whether an element's tag or ARIA landmark makes it part of the page's frame: its header, a menu
/// or its footer.
pub fn is_frame_landmark(node: &Node) -> bool {
    matches!(node.tag.as_str(), "header" | "nav" | "footer")
        || matches!(node.attr("role"), Some("banner" | "navigation" | "contentinfo"))
}

/// Whether an element is part of the page's frame: a header, menu or footer by its tag, its ARIA
/// landmark or its labels.
pub fn is_frame(node: &Node, labels: &[(Role, &'static str)]) -> bool {
    is_frame_landmark(node) || labels.iter().any(|&(r, _)| matches!(r, Role::Nav | Role::Header | Role::Footer))
}

/// Per node: the node is one of `tags` or inside one (ids run in document order, parents first).
fn within_tags(page: &Page, tags: &[&str]) -> Vec<bool> {
    let mut within = vec![false; page.len()];
    for id in 0..page.len() {
        within[id] = tags.contains(&page.node(id).tag.as_str()) || page.node(id).parent.is_some_and(|p| within[p]);
    }
    within
}

/// A heading or section whose id is a heading's words, as documentation generators and blog
/// engines write anchors: "h-how-popular-is-meditation" on the heading "How popular is meditation?",
/// "sharing-with-a-single-developer" on the section under "Sharing with a single developer", or
/// the section's id beginning with its heading's (long) anchor. The id names the content; its words
/// are no label. Three words at least on a heading, four on a section (a heading's anchor: four
/// parts), so "related-posts" on "Related posts" and "comments" under "Comments" stay labels, and
/// never under a heading worded as a role ("Related products and services").
pub fn is_titled_section(page: &Page, id: NodeId) -> bool {
    let is_heading = |n: NodeId| matches!(page.node(n).tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
    let node = page.node(id);
    let Some(anchor) = node.attr("id").filter(|a| a.split('-').count() >= 3).map(str::to_lowercase) else {
        return false;
    };
    // A heading's words, unless it is worded as a role ("Related products and services" titles
    // that role's block).
    let words_of = |h: NodeId| {
        let text = page.text(h).to_lowercase();
        let words: Vec<String> =
            text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect();
        Some(words).filter(|_| text_cue_hits(&text).best().is_none())
    };
    let slug_of = |h: NodeId, min_words: usize| {
        words_of(h).is_some_and(|words| words.len() >= min_words && anchor.contains(&words.join("-")))
    };
    // An anchor written by hand from the heading's words ("how-to-add-google-shopping-ads" on "How
    // to Add Google Product Reviews to Shopping Ads"): three of its words at least, all but one of
    // them the heading's.
    let drawn_from = |h: NodeId| {
        words_of(h).is_some_and(|words| {
            let parts: Vec<&str> = anchor.split('-').filter(|p| !p.is_empty()).collect();
            let shared = parts.iter().filter(|p| words.iter().any(|w| w == *p)).count();
            shared >= 3 && shared + 1 >= parts.len()
        })
    };
    if is_heading(id) {
        return slug_of(id, 3) || drawn_from(id);
    }
    // The section's first words are its heading's (however deep wrappers put it).
    let heading = crate::extract::subtree(page, id)
        .skip(1)
        .find(|&n| is_heading(n) || (page.node(n).is_text() && !page.node(n).text.trim().is_empty()))
        .filter(|&n| is_heading(n));
    heading.is_some_and(|h| {
        let heading_anchor = page.node(h).attr("id").filter(|a| a.split('-').count() >= 4);
        slug_of(h, 4) || heading_anchor.is_some_and(|a| anchor.starts_with(&a.to_lowercase()))
    })
}

/// Whether the markup calls this element the article's content.
pub fn attr_is_article_like(node: &Node) -> bool {
    let positive = &lexicon().article_attr_positive;
    node.tag == "article"
        || node.attr("itemprop") == Some("articleBody")
        || any_attr_token(node, |t| positive.contains(t))
}

/// Whether the node reads as the article by its markup once the names holding `role_token` are set
/// aside: in "article-recommended-section" or "related-content", "article" and "content" say where
/// the block sits and the role's word says what it is. A name of its own ("entry-content" beside
/// "sidebar") still counts.
pub fn attr_is_article_like_apart_from(node: &Node, role_token: &str) -> bool {
    let positive = &lexicon().article_attr_positive;
    if node.tag == "article" || node.attr("itemprop") == Some("articleBody") {
        return true;
    }
    LABEL_ATTRS.iter().filter_map(|&name| node.attr(name)).any(|value| {
        value.split_whitespace().map(str::to_ascii_lowercase).any(|name| {
            let parts: Vec<&str> = name.split(['-', '_', ':']).filter(|p| !p.is_empty()).collect();
            let names_role = name == role_token || parts.contains(&role_token);
            !names_role && (positive.contains(name.as_str()) || parts.iter().any(|&p| positive.contains(p)))
        })
    })
}

/// The block's words are a consent notice's: cookie phrases, at least two, outnumber every other
/// role's (read where markup does not say so, or says so of most of the page).
pub fn says_consent(page: &Page, id: NodeId) -> bool {
    consent_phrases(page, id) >= 2
}

/// How many cookie phrases the block's text holds when they outnumber every other role's (else 0).
fn consent_phrases(page: &Page, id: NodeId) -> usize {
    match text_cue_hits(&page.text(id)).best() {
        Some((Role::Cookie, n)) => n,
        _ => 0,
    }
}

/// Text cue hits per role for a block's text.
#[derive(Debug, Default)]
pub struct CueHits {
    hits: Vec<(Role, Vec<String>)>,
    /// Roles a phrase of which opens or closes the text as a label does ("Read more: ...",
    /// "Sponsored by ...", "... Read more »").
    opening: Vec<Role>,
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
    /// Whether a phrase of `role` opens or closes the text as a label does (see `opening`).
    pub fn labels_with(&self, role: Role) -> bool {
        self.opening.contains(&role)
    }
    /// Whether any phrase of `role` was found.
    pub fn hits_of(&self, role: Role) -> bool {
        self.hits.iter().any(|(r, v)| *r == role && !v.is_empty())
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
    let mut opening = Vec::new();
    // A label's phrase has no word before it, or nothing but symbols after it (see `opening`).
    let first_word = lower.find(char::is_alphanumeric).unwrap_or(lower.len());
    let last_word_end = lower
        .rfind(|c: char| c.is_alphanumeric() || matches!(c, '.' | '!' | '?'))
        .map_or(0, |i| i + lower[i..].chars().next().map_or(1, char::len_utf8));
    for m in matcher.automaton.find_overlapping_iter(&lower) {
        let (role, phrase) = &matcher.patterns[m.pattern().as_usize()];
        if !on_word_edges(&lower, m.start(), m.end(), phrase) {
            continue;
        }
        // A label opens the text, or closes it as a link's words do ("... Read more »"; a
        // sentence's last words end with its full stop).
        let (opens, closes) = (m.start() <= first_word, m.end() >= last_word_end);
        if (opens || closes) && !opening.contains(role) {
            opening.push(*role);
        }
        let slot = &mut hits.iter_mut().find(|(r, _)| r == role).expect("every role has a slot").1;
        if !slot.contains(phrase) {
            slot.push(phrase.clone());
        }
    }
    CueHits { hits, opening }
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
    fn a_name_holding_the_role_s_word_says_nothing_of_the_article() {
        let page = crate::page::html::parse_html(
            "<body><div class='article-recommended-section'>a</div><div class='related-posts entry-content'>b</div>\
             <div class='related-content'>c</div><article class='recommended'>d</article></body>",
        )
        .unwrap();
        let node = |tag: &str, n: usize| page.node(page.elements_by_tag(tag).nth(n).unwrap());
        assert!(!attr_is_article_like_apart_from(node("div", 0), "recommended"));
        // A name of its own still counts ("entry-content" beside "related-posts").
        assert!(attr_is_article_like_apart_from(node("div", 1), "related-posts"));
        assert!(attr_is_article_like_apart_from(node("div", 1), "related"));
        assert!(!attr_is_article_like_apart_from(node("div", 2), "related-content"));
        assert!(attr_is_article_like_apart_from(node("article", 0), "recommended"));
    }

    /// Every token `any_attr_token` reads of a node, in its order.
    fn tokens_read(node: &Node) -> Vec<String> {
        let mut seen = Vec::new();
        any_attr_token(node, |t| {
            seen.push(t.to_string());
            false
        });
        seen
    }

    #[test]
    fn a_style_preset_s_slug_is_not_a_role() {
        let page = crate::page::html::parse_html(
            "<body><p class='has-legal-font-size has-caption-font-size has-promo-background-color legal-note'>a</p></body>",
        )
        .unwrap();
        let node = page.node(page.elements_by_tag("p").next().unwrap());
        // A name of the page's own is still read ("legal-note"); the presets are not.
        assert_eq!(tokens_read(node), ["legal", "note", "legal-note"]);
    }

    #[test]
    fn an_element_s_names_are_read_in_order_and_the_same_every_time() {
        let page = crate::page::html::parse_html(
            "<body><div id='Main' class='cookie-banner no-sidebar category-ads category-gear author-ann-lee' role='dialog'>a</div></body>",
        )
        .unwrap();
        let node = page.node(page.elements_by_tag("div").next().unwrap());
        let read = || tokens_read(node);
        // Parts, then whole names, attribute by attribute; the list of a post's terms (and its
        // author's name beside them) and the name of what the block lacks are left out.
        let expected = ["main", "main", "cookie", "banner", "cookie-banner", "dialog", "dialog"];
        assert_eq!(read(), expected);
        // The second reading comes from the element's slot and is the same.
        assert_eq!(read(), expected);
        assert!(any_attr_token(node, |t| t == "banner"));
        assert!(!any_attr_token(node, |t| t == "ads" || t == "sidebar"));
    }

    #[test]
    fn a_card_link_named_after_its_headline_is_not_labelled_by_that_name() {
        let desc = "Combining business experience and legal excellence, we deliver solutions for your in-house team.";
        let html = format!(
            "<body><h1>Services</h1><div class=cards>\
             <a href=/legal aria-label='Legal Business Services'><h3>Legal Business Services</h3><div>{desc}</div></a>\
             <a href=/risk class=risk-card aria-label='Regulatory, Risk and Forensic'><h3>Regulatory, Risk and Forensic</h3><div>{desc}</div></a>\
             <a href=/share/fb aria-label='Share on Facebook'></a></div></body>"
        );
        let page = crate::page::html::parse_html(&html).unwrap();
        let labels = Labels::of(&page, &crate::extract::text_stats(&page).chars);
        let link = |href: &str| (0..page.len()).find(|&i| page.node(i).attr("href") == Some(href)).unwrap();
        assert_eq!(labels.role(link("/legal")), None);
        // The class's own word stands, and so does the name of a link with no headline (a share icon).
        assert_eq!(labels.role(link("/risk")).map(|r| r.0), Some(Role::Disclaimer));
        assert_eq!(labels.role(link("/share/fb")).map(|r| r.0), Some(Role::Share));
    }

    #[test]
    fn phrases_match_on_word_edges() {
        assert_eq!(text_cue_hits("Get 40% off today").best().map(|b| b.0), Some(Role::Promo));
        assert_eq!(text_cue_hits("3rd party ad. Not an offer").best().map(|b| b.0), Some(Role::Ad));
        assert_eq!(text_cue_hits("the adverb of the day").best(), None);
        assert_eq!(text_cue_hits("shared values").best(), None);
    }

    #[test]
    fn a_token_on_the_blocks_holding_most_of_the_text_labels_nothing() {
        use crate::page::html::parse_html;
        let para = "Our consultants assess your defences, test them the way attackers would, and help your team close the gaps they find, one quarter at a time.";
        // A page built from a framework's components, every class prefixed "promo-".
        let built = format!(
            "<body><div class=promo-container><div class=promo-title><h1>Consulting</h1></div>\
             <div class=promo-text><p>{para}</p></div><div class=promo-text><p>{para}</p></div></div>\
             <footer>Copyright 2026</footer></body>"
        );
        let page = parse_html(&built).unwrap();
        let labels = Labels::of(&page, &crate::extract::text_stats(&page).chars);
        let text_block = (0..page.len()).find(|&i| page.node(i).attr("class") == Some("promo-text")).unwrap();
        assert_eq!(labels.role(text_block), None);
        // A banner of the same name, beside an article, is still a promotion.
        let banner = format!(
            "<body><article><p>{para}</p><p>{para}</p></article>\
             <div class=promo-banner>Get 40% off your first audit</div></body>"
        );
        let page = parse_html(&banner).unwrap();
        let labels = Labels::of(&page, &crate::extract::text_stats(&page).chars);
        let banner = (0..page.len()).find(|&i| page.node(i).attr("class") == Some("promo-banner")).unwrap();
        assert_eq!(labels.role(banner).map(|r| r.0), Some(Role::Promo));
        // "cmp-" is an Adobe-built page's component prefix more often than a consent manager's: a
        // few such blocks beside the page's text are its content.
        let adobe = format!(
            "<body><article><p>{para}</p><p>{para}</p></article>\
             <div class=cmp-teaser><p>34,000 engineers work on security.</p></div></body>"
        );
        let page = parse_html(&adobe).unwrap();
        let labels = Labels::of(&page, &crate::extract::text_stats(&page).chars);
        let card = (0..page.len()).find(|&i| page.node(i).attr("class") == Some("cmp-teaser")).unwrap();
        assert_ne!(labels.role(card).map(|r| r.0), Some(Role::Cookie));
        // A consent manager's dialog holding most of a thin page's text is still a consent notice.
        let purposes = "We and our partners store and access personal data, like browsing data, on your device. \
            Selecting Accept enables these purposes; you can change your choices in Cookie settings at any time.";
        let thin = format!(
            "<body><div id=onetrust-consent-sdk><p>{purposes}</p><p>{purposes}</p><button>Accept cookies</button></div>\
             <p>{}</p></body>",
            &para[..60]
        );
        let page = parse_html(&thin).unwrap();
        let labels = Labels::of(&page, &crate::extract::text_stats(&page).chars);
        let sdk = (0..page.len()).find(|&i| page.node(i).attr("id") == Some("onetrust-consent-sdk")).unwrap();
        assert_eq!(labels.role(sdk).map(|r| r.0), Some(Role::Cookie));
        // A footer holding most of a thin page's text is still its footer.
        let thin = format!("<body><p>Hello.</p><div class=footer><p>{para}</p></div></body>");
        let page = parse_html(&thin).unwrap();
        let labels = Labels::of(&page, &crate::extract::text_stats(&page).chars);
        let footer = (0..page.len()).find(|&i| page.node(i).attr("class") == Some("footer")).unwrap();
        assert_eq!(labels.role(footer).map(|r| r.0), Some(Role::Footer));
    }

    #[test]
    fn a_card_template_holding_most_of_the_content_under_a_large_menu_labels_nothing() {
        use crate::page::html::parse_html;
        let card = "Leverage engineering-led design and data-driven insights to transform the platforms at the heart of your business.";
        let menu: String = (0..24).map(|i| format!("<li><a href=/s{i}>Service area number {i}</a></li>")).collect();
        // A mega-menu holds more text than the page's content; the content is a grid of cards of a
        // CMS component named "promo".
        let page_with = |cards: &str| {
            format!(
                "<body><header><nav><ul>{menu}</ul></nav></header><main><h1>Our services</h1><p>{card}</p>{cards}</main>\
                 <footer>Copyright 2026</footer></body>"
            )
        };
        let promo_cards: String =
            (0..4).map(|_| format!("<div class=promo><a href=/x><h3>Audit</h3><p>{card}</p></a></div>")).collect();
        let page = parse_html(&page_with(&promo_cards)).unwrap();
        let labels = Labels::of(&page, &crate::extract::text_stats(&page).chars);
        let first = (0..page.len()).find(|&i| page.node(i).attr("class") == Some("promo")).unwrap();
        assert_eq!(labels.role(first), None);
        // The same share of the content in an ad network's feed is still ads.
        let feed: String =
            (0..4).map(|_| format!("<div class=taboola><a href=/x><h3>Audit</h3><p>{card}</p></a></div>")).collect();
        let page = parse_html(&page_with(&feed)).unwrap();
        let labels = Labels::of(&page, &crate::extract::text_stats(&page).chars);
        let first = (0..page.len()).find(|&i| page.node(i).attr("class") == Some("taboola")).unwrap();
        assert_eq!(labels.role(first).map(|r| r.0), Some(Role::Ad));
        // One promotion beside the content is still one.
        let one = format!("<div class=promo><p>{card}</p></div><p>{card}</p><p>{card}</p>");
        let page = parse_html(&page_with(&one)).unwrap();
        let labels = Labels::of(&page, &crate::extract::text_stats(&page).chars);
        let first = (0..page.len()).find(|&i| page.node(i).attr("class") == Some("promo")).unwrap();
        assert_eq!(labels.role(first).map(|r| r.0), Some(Role::Promo));
    }

    #[test]
    fn a_post_s_listed_categories_and_tags_are_topics_not_roles() {
        use crate::page::html::parse_html;
        let html = "<body><article class=\"post hentry category-marketing category-ads tag-popular\">\
            <h2>Forty holiday ads that worked</h2></article>\
            <div class=tag-ads>Advertisement</div>\
            <nav class=\"category-nav category-nav__menu\"><a href=/a>A</a></nav></body>";
        let page = parse_html(html).unwrap();
        let labels = Labels::of(&page, &crate::extract::text_stats(&page).chars);
        let tag = |t: &str| page.find_tag(t).unwrap();
        // A card of a post about ads, filed under "popular": the classes list its topics.
        assert_eq!(labels.role(tag("article")), None);
        // One such name alone, or the names of one block, still label it.
        let ad = (0..page.len()).find(|&i| page.node(i).attr("class") == Some("tag-ads")).unwrap();
        assert_eq!(labels.role(ad).map(|r| r.0), Some(Role::Ad));
        assert_eq!(labels.role(tag("nav")).map(|r| r.0), Some(Role::Nav));
    }

    #[test]
    fn a_documentation_generators_page_links_are_navigation() {
        use crate::page::html::parse_html;
        // DocBook's pages open and close on a table of Prev, Up and Next links.
        let html = "<body><div class=navheader><table><tr><th>SELECT</th></tr><tr><td><a href=p.html>Prev</a></td>\
            <td><a href=n.html>Next</a></td></tr></table></div><div class=refentry><p>Text</p></div>\
            <div class=navfooter><table><tr><td><a href=p.html>Prev</a></td><td><a href=n.html>Next</a></td></tr></table></div></body>";
        let page = parse_html(html).unwrap();
        let labels = Labels::of(&page, &crate::extract::text_stats(&page).chars);
        let with_class = |c: &str| (0..page.len()).find(|&i| page.node(i).attr("class") == Some(c)).unwrap();
        assert_eq!(labels.role(with_class("navheader")).map(|r| r.0), Some(Role::Nav));
        assert_eq!(labels.role(with_class("navfooter")).map(|r| r.0), Some(Role::Nav));
        assert_eq!(labels.role(with_class("refentry")), None);
    }

    #[test]
    fn a_name_saying_what_a_block_lacks_is_not_its_role() {
        use crate::page::html::parse_html;
        let html = "<body><div class=\"grid hide-read-more-ad\"><h3>Stories</h3></div>\
            <div class=\"post no-comments\"><p>Text</p></div><div class=read-more-ad>Ad</div></body>";
        let page = parse_html(html).unwrap();
        let labels = Labels::of(&page, &crate::extract::text_stats(&page).chars);
        let with_class = |c: &str| (0..page.len()).find(|&i| page.node(i).attr("class") == Some(c)).unwrap();
        assert_eq!(labels.role(with_class("grid hide-read-more-ad")), None);
        assert_eq!(labels.role(with_class("post no-comments")), None);
        assert_eq!(labels.role(with_class("read-more-ad")).map(|r| r.0), Some(Role::Ad));
    }

    #[test]
    fn the_body_s_classes_name_the_page_not_a_block() {
        use crate::page::html::parse_html;
        let para =
            "Receive ten percent off three to five skincare products bought together, in store or online, until June.";
        // The page's slug in the body's id must not make "promo" a wrapper's name on this page.
        let html = format!(
            "<body id=skincare-sets-promo-terms class=\"template-page header-sticky\">\
             <div class=promo-bar>Free standard shipping on orders $40+</div>\
             <main><h1>Promo terms</h1><p>{para}</p><p>{para}</p></main></body>"
        );
        let page = parse_html(&html).unwrap();
        let labels = Labels::of(&page, &crate::extract::text_stats(&page).chars);
        let bar = (0..page.len()).find(|&i| page.node(i).attr("class") == Some("promo-bar")).unwrap();
        assert_eq!(labels.role(bar).map(|r| r.0), Some(Role::Promo));
        assert_eq!(labels.role(page.find_tag("body").unwrap()), None);
    }

    #[test]
    fn a_disclosure_widget_is_a_fold_not_legal_text() {
        use crate::page::html::parse_html;
        let para = "A thick mat of dense foam for sore knees and wrists, in eight colours, with a sling to carry it.";
        let html = format!(
            "<body><details class=disclosure open><summary>Description</summary>\
            <div class=disclosure__content><p>{para}</p><p>{para}</p></div></details>\
            <div class=\"disclosure note\"><p>Trading involves risk.</p></div></body>"
        );
        let page = parse_html(&html).unwrap();
        let labels = Labels::of(&page, &crate::extract::text_stats(&page).chars);
        let with_class = |c: &str| (0..page.len()).find(|&i| page.node(i).attr("class") == Some(c)).unwrap();
        assert_eq!(labels.role(with_class("disclosure__content")), None);
        assert_eq!(labels.role(page.find_tag("details").unwrap()), None);
        assert_eq!(labels.role(with_class("disclosure note")).map(|r| r.0), Some(Role::Disclaimer));
    }

    #[test]
    fn a_header_class_on_every_card_names_a_part_of_the_card() {
        use crate::page::html::parse_html;
        let card = |i: usize| {
            format!("<div class=card><div class=\"card-header top\"><h3>Plan {i}</h3><p>Plan {i} suits teams of {i}0.</p></div></div>")
        };
        let cards: String = (1..=3).map(card).collect();
        let html = format!("<body><div class=\"header-top\"><a href=/>Home</a></div><main>{cards}</main></body>");
        let page = parse_html(&html).unwrap();
        let labels = Labels::of(&page, &crate::extract::text_stats(&page).chars);
        let with_class = |c: &str| (0..page.len()).find(|&i| page.node(i).attr("class") == Some(c)).unwrap();
        assert_eq!(labels.role(with_class("card-header top")), None);
        assert_eq!(labels.role(with_class("header-top")).map(|r| r.0), Some(Role::Header));
    }

    #[test]
    fn a_consent_banner_s_usual_wording_reads_as_cookie() {
        // The wording of the IAB framework's banners, with "we" and "use cookies" apart.
        let banner = "We, and our partners use cookies and similar technologies to remember your preferences. \
            We store and/or access information on a device. Partners may assert a legitimate interest.";
        let hits = text_cue_hits(banner);
        assert_eq!(hits.best(), Some((Role::Cookie, 4)), "{hits:?}");
        assert_eq!(text_cue_hits("This website uses cookies.").best(), Some((Role::Cookie, 1)));
    }

    #[test]
    fn cue_hits_pick_the_dominant_role() {
        let hits =
            text_cue_hits("3rd party Ad. Not an offer or recommendation by X. See disclosure here or remove ads.");
        assert_eq!(hits.best().map(|b| b.0), Some(Role::Ad));
        // An ad's label in British English, alone over the slot.
        assert_eq!(text_cue_hits("Advert").best().map(|b| b.0), Some(Role::Ad));
        let hits = text_cue_hits("We use cookies to improve your experience. Accept all cookies");
        assert_eq!(hits.best().map(|b| b.0), Some(Role::Cookie));
        // A recommendations heading in its several wordings.
        for heading in [
            "You may also like",
            "You might like",
            "Services you might like",
            "Читайте также",
            "Похожие статьи",
            "Вам также может быть интересно",
        ] {
            assert_eq!(text_cue_hits(heading).best().map(|b| b.0), Some(Role::Related), "{heading}");
        }
    }
}
