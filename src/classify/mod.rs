//! Block roles: which non-article blocks a reader hides, and why (a reason a person can read).

pub mod signals;

use crate::extract::Article;
use crate::page::{NodeId, Page};
use serde::Serialize;
use signals::{is_titled_section, text_cue_hits, CueHits};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Cookie,
    Paywall,
    Newsletter,
    Ad,
    Promo,
    Disclaimer,
    Comments,
    Related,
    Share,
    Nav,
    Header,
    Footer,
}

impl Role {
    /// Roles of one block, not of a part of the page's frame (navigation, header, footer) nor of its
    /// discussion: such a block never holds most of a page's text.
    pub fn is_block_label(self) -> bool {
        !matches!(self, Role::Comments | Role::Nav | Role::Header | Role::Footer)
    }

    /// In priority order: when signals name two roles, the earlier one wins.
    pub const ALL: [Role; 12] = [
        Role::Cookie,
        Role::Paywall,
        Role::Newsletter,
        Role::Ad,
        Role::Promo,
        Role::Disclaimer,
        Role::Comments,
        Role::Related,
        Role::Share,
        Role::Nav,
        Role::Header,
        Role::Footer,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Role::Cookie => "cookie",
            Role::Paywall => "paywall",
            Role::Newsletter => "newsletter",
            Role::Ad => "ad",
            Role::Promo => "promo",
            Role::Disclaimer => "disclaimer",
            Role::Comments => "comments",
            Role::Related => "related",
            Role::Share => "share",
            Role::Nav => "nav",
            Role::Header => "header",
            Role::Footer => "footer",
        }
    }

    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == key)
    }

    /// A label a person reads in the panel.
    pub fn label(self) -> &'static str {
        crate::lexicon::lexicon().roles.get(self.key()).map(|r| r.label.as_str()).unwrap_or("Other")
    }
}

/// A block the reader hides.
#[derive(Debug, Clone, Serialize)]
pub struct HiddenBlock {
    pub node: NodeId,
    pub role: Role,
    pub reason: String,
    pub text: String,
}

/// Roles that may be hidden from inside the article block (short inline boilerplate only).
const INLINE_ROLES: [Role; 7] =
    [Role::Ad, Role::Promo, Role::Newsletter, Role::Paywall, Role::Share, Role::Related, Role::Disclaimer];

/// Finds the blocks to hide: every recognisable non-article block outside the article, and short
/// inline boilerplate (ad notices, share bars...) inside it. Nothing that holds a protected node
/// (the article, its heading, byline or dates) is ever returned.
pub fn find_hidden_blocks(page: &Page, article: &Article) -> Vec<HiddenBlock> {
    let mut out = Vec::new();
    let Some(body) = page.find_tag("body") else {
        return out;
    };
    let c = Classifier::new(page, article);
    c.walk_outside(body, &mut out);
    for &root in &article.roots {
        c.walk_inside(root, &mut out);
    }
    out.sort_by_key(|h| h.node);
    // Where the article's root is the body itself (a page of bare paragraphs), both walks read the
    // same blocks: each block is listed once, with the first walk's reason.
    out.dedup_by_key(|h| h.node);
    out
}

fn short(text: &str) -> String {
    const MAX: usize = 160;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{}…", cut.trim_end())
    }
}

/// An affiliate disclosure is a sentence or three ("We are a reader-supported website... When you
/// buy through links on our site, we may earn an affiliate commission.").
const MAX_DISCLOSURE_CHARS: usize = 400;

/// The affiliate disclosures' phrases (every language, in the lexicon's order) and one automaton
/// finding them all in one pass over a block's text.
fn disclosure_matcher() -> &'static (aho_corasick::AhoCorasick, Vec<String>) {
    static MATCHER: std::sync::OnceLock<(aho_corasick::AhoCorasick, Vec<String>)> = std::sync::OnceLock::new();
    MATCHER.get_or_init(|| {
        let phrases: Vec<String> =
            crate::lexicon::lexicon().affiliate_disclosures.values().flatten().cloned().collect();
        let automaton = aho_corasick::AhoCorasick::new(&phrases).expect("disclosure phrases form a valid automaton");
        (automaton, phrases)
    })
}

/// Containers longer than this are split into their children before their text cues are read:
/// one boilerplate block is rarely that long, and reading it whole at every level is slow.
const LONGEST_SINGLE_BLOCK: usize = 3000;

/// How many levels below its card a card's main block may sit (a card's wrapper, link, info box).
const CARD_MAX_DEPTH: usize = 4;

/// Whether a node sits in a line of text: text, an inline element, or a <br>.
fn in_line(page: &Page, id: NodeId) -> bool {
    let node = page.node(id);
    node.is_text() || crate::page::is_inline_tag(&node.tag) || node.tag == "br"
}

/// Facts about every node, computed once per page, that the role decisions share.
struct Classifier<'a> {
    page: &'a Page,
    article: &'a Article,
    protected: Vec<bool>,
    visible: &'a [bool],
    stats: &'a crate::extract::TextStats,
    /// The subtree holds an image, video, iframe or ad slot.
    media: Vec<bool>,
    /// The subtree holds an email input (a newsletter's sign-up form).
    email_input: Vec<bool>,
    /// The subtree holds a phone-number input (deals by text message, but also quote forms).
    phone_input: Vec<bool>,
    /// The subtree holds an element its markup labels a paywall.
    paywall_mark: Vec<bool>,
    /// For a text or inline node, the characters of its line (see `part_of_a_sentence`); filled
    /// on first use.
    line_chars: std::cell::OnceCell<Vec<usize>>,
}

impl<'a> Classifier<'a> {
    fn new(page: &'a Page, article: &'a Article) -> Self {
        let n = page.len();
        let (mut media, mut email_input, mut phone_input) = (vec![false; n], vec![false; n], vec![false; n]);
        let mut paywall_mark = vec![false; n];
        for id in (0..n).rev() {
            let node = page.node(id);
            media[id] |=
                matches!(node.tag.as_str(), "img" | "iframe" | "video" | "ins" | "object" | "embed" | "picture");
            email_input[id] |= node.tag == "input"
                && (node.attr("type") == Some("email")
                    || node.attr("name").is_some_and(|v| v.to_ascii_lowercase().contains("email")));
            phone_input[id] |= node.tag == "input" && node.attr("type") == Some("tel");
            paywall_mark[id] |= article.labels.role(id).is_some_and(|(role, _)| role == Role::Paywall);
            if let Some(p) = node.parent {
                media[p] |= media[id];
                email_input[p] |= email_input[id];
                phone_input[p] |= phone_input[id];
                paywall_mark[p] |= paywall_mark[id];
            }
        }
        Classifier {
            page,
            article,
            protected: article.protected_set(page),
            visible: &article.visible,
            stats: &article.stats,
            media,
            email_input,
            phone_input,
            paywall_mark,
            line_chars: std::cell::OnceCell::new(),
        }
    }

    fn is_ignorable(&self, id: NodeId) -> bool {
        let node = self.page.node(id);
        !node.is_element()
            || matches!(
                node.tag.as_str(),
                "script" | "style" | "link" | "meta" | "head" | "title" | "br" | "hr" | "svg" | "path"
            )
            || !self.visible[id]
    }

    fn chars(&self, id: NodeId) -> usize {
        self.stats.chars[id]
    }

    fn link_density(&self, id: NodeId) -> f32 {
        self.stats.link_chars[id] as f32 / self.stats.chars[id].max(1) as f32
    }

    fn substantive_children(&self, id: NodeId) -> usize {
        self.page.node(id).children.iter().filter(|&&c| self.page.node(c).is_element() && self.chars(c) > 0).count()
    }

    /// Outside the article: descend from the body; a subtree that holds a protected node is
    /// split, any other one gets a role from its own markup, or from its text cues, or is split
    /// further.
    fn walk_outside(&self, id: NodeId, out: &mut Vec<HiddenBlock>) {
        let page = self.page;
        for &child in &page.node(id).children {
            if self.is_ignorable(child) {
                continue;
            }
            if self.protected[child] {
                if !self.article.roots.contains(&child) {
                    self.walk_outside(child, out);
                }
                continue;
            }
            if self.chars(child) == 0 && !self.media[child] {
                continue;
            }
            if let Some((role, reason)) = self.markup_role(child, false) {
                if matches!(role, Role::Related | Role::Nav) && self.split_container(child, role, &reason, out) {
                    continue;
                }
                out.push(HiddenBlock { node: child, role, reason, text: short(&page.text(child)) });
                continue;
            }
            // Figures beside the article (a photo and its credit) are left alone unless marked up.
            if page.node(child).tag == "figure" {
                continue;
            }
            let substantive = self.substantive_children(child);
            if self.chars(child) > LONGEST_SINGLE_BLOCK && substantive >= 1 {
                self.walk_outside(child, out);
                continue;
            }
            let text = page.text(child);
            let hits = text_cue_hits(&text);
            let found = single_role_from_cues(&hits, &text, substantive < 2)
                .filter(|(role, _)| substantive < 2 || !self.wording_in_one_part(child, *role))
                .filter(|(role, _)| !(*role == Role::Promo && self.is_most_of_a_repeated_card(child)))
                // On a thread, a reply's "Add a comment" link does not make the reply a comment.
                .filter(|(role, _)| !(*role == Role::Comments && self.article.discussion));
            if let Some((role, reason)) = found {
                out.push(HiddenBlock { node: child, role, reason, text: short(&text) });
            } else if substantive >= 1 {
                self.walk_outside(child, out);
            }
        }
    }

    /// Whether the element holds a navigation menu (a <nav>, a navigation landmark) or a form.
    fn holds_menu(&self, id: NodeId) -> bool {
        crate::extract::subtree(self.page, id).any(|d| {
            let node = self.page.node(d);
            matches!(node.tag.as_str(), "nav" | "form") || node.attr("role") == Some("navigation")
        })
    }

    /// Whether the element is one card of a grid: three siblings or more share its tag and class
    /// (list items and articles may have none).
    /// A shop's product cards each say "Shop now" or "20% off"; that wording is the grid's, not a
    /// promotion to hide card by card (the cards' own buttons and badges are judged alone).
    fn is_repeated_card(&self, id: NodeId) -> bool {
        let page = self.page;
        let node = page.node(id);
        let Some(parent) = node.parent else { return false };
        // Plain <div>s side by side are no grid; list items and classed cards are.
        let class = node.attr("class").filter(|c| !c.trim().is_empty());
        if class.is_none() && !matches!(node.tag.as_str(), "li" | "article") {
            return false;
        }
        let alike = page
            .node(parent)
            .children
            .iter()
            .filter(|&&c| page.node(c).tag == node.tag && page.node(c).attr("class") == class)
            .count();
        alike >= 3
    }

    /// Whether the element is a grid's card, or most of one (the card's link or its info box, which
    /// the walk reaches when it descends into a card it did not hide): half of the card's text or
    /// more, a few levels down.
    fn is_most_of_a_repeated_card(&self, id: NodeId) -> bool {
        std::iter::once(id)
            .chain(self.page.ancestors(id))
            .take(CARD_MAX_DEPTH + 1)
            .take_while(|&a| self.chars(id) * 2 >= self.chars(a))
            .any(|a| self.is_repeated_card(a))
    }

    /// Whether a container's wording of `role` sits in some of its parts while another part, a
    /// quarter of its text or more and of a paragraph's length, holds none (cards above a copyright
    /// line): then the parts are judged one by one rather than the container as a whole. (A banner's
    /// teaser line beside its "Unlock" button is part of the banner.)
    fn wording_in_one_part(&self, id: NodeId, role: Role) -> bool {
        const PARAGRAPH_CHARS: usize = 200;
        let total = self.chars(id);
        self.page.node(id).children.iter().any(|&c| {
            self.chars(c) * 4 >= total
                && self.chars(c) >= PARAGRAPH_CHARS
                && !self.is_ignorable(c)
                && !text_cue_hits(&self.page.text(c)).hits_of(role)
        })
    }

    /// A sidebar or similar container that holds blocks of sharper roles (a newsletter form, an
    /// ad) is reported part by part; parts without a role of their own take the container's.
    fn split_container(&self, id: NodeId, role: Role, reason: &str, out: &mut Vec<HiddenBlock>) -> bool {
        let page = self.page;
        let parts: Vec<(NodeId, String, Option<Labelled>)> = page
            .node(id)
            .children
            .iter()
            .copied()
            .filter(|&c| !self.is_ignorable(c) && (self.chars(c) > 0 || self.media[c]))
            .map(|c| {
                let t = page.text(c);
                let own = self.markup_role(c, false).or_else(|| single_role_from_cues(&text_cue_hits(&t), &t, true));
                (c, t, own)
            })
            .collect();
        let sharper = |r: &Role| matches!(r, Role::Cookie | Role::Paywall | Role::Newsletter | Role::Ad | Role::Promo);
        if parts.len() < 2 || !parts.iter().any(|(_, _, own)| own.as_ref().is_some_and(|(r, _)| sharper(r))) {
            return false;
        }
        for (node, text, own) in parts {
            let (role, reason) = own.unwrap_or((role, reason.to_string()));
            out.push(HiddenBlock { node, role, reason, text: short(&text) });
        }
        true
    }

    /// Inside the article: only short blocks with strong cues, never a paragraph of prose.
    fn walk_inside(&self, id: NodeId, out: &mut Vec<HiddenBlock>) {
        let page = self.page;
        for &child in &page.node(id).children {
            if self.is_ignorable(child) {
                continue;
            }
            if self.protected[child] {
                self.walk_inside(child, out);
                continue;
            }
            let chars = self.chars(child);
            let density = self.link_density(child);
            // Words inside a sentence are never judged by their markup (a link's aria-label).
            let markup_role = self
                .markup_role(child, true)
                .filter(|_| !crate::extract::is_phrase_of_paragraph(page, self.stats, child));
            if let Some((role, reason)) = markup_role {
                // Comments marked as such are never article text, however long.
                // A sign-up box without prose may be longer (its consent small print).
                let small =
                    chars < 400 || density > 0.5 || (self.is_signup_form(child) && self.stats.prose[child] == 0);
                let gated_story = crate::extract::is_gated_story(&self.article.labels, self.stats, child);
                if role == Role::Comments || (INLINE_ROLES.contains(&role) && small && !gated_story) {
                    out.push(HiddenBlock { node: child, role, reason, text: short(&page.text(child)) });
                    continue;
                }
            }
            // The block's text, built once for the two checks that read it.
            let text = std::cell::OnceCell::new();
            let text_of = || text.get_or_init(|| page.text(child)).as_str();
            if let Some(phrase) = self.affiliate_disclosure(child, text_of) {
                let reason = format!("an affiliate disclosure (\"{phrase}\")");
                out.push(HiddenBlock { node: child, role: Role::Disclaimer, reason, text: short(text_of()) });
                continue;
            }
            if chars > 0 && chars < 250 && !self.part_of_a_sentence(child) {
                let text = text_of();
                let chars = text.chars().count();
                let hits = text_cue_hits(text);
                if let Some((role, n)) = hits.best() {
                    let label = reads_as_label(&hits, role, text);
                    let strong = n >= 2 || (n == 1 && label && (chars < 60 || density > 0.4));
                    if strong
                        && INLINE_ROLES.contains(&role)
                        && !self.item_of_a_content_list(child, role)
                        && !self.part_of_a_table(child)
                    {
                        let reason = format!(
                            "short block inside the article with {} wording ({})",
                            role.label().to_lowercase(),
                            hits.examples(role)
                        );
                        out.push(HiddenBlock { node: child, role, reason, text: short(text) });
                        continue;
                    }
                }
            }
            if let Some(reason) = self.paywall_breaker(child, text_of) {
                out.push(HiddenBlock { node: child, role: Role::Paywall, reason, text: short(text_of()) });
                continue;
            }
            self.walk_inside(child, out);
        }
    }

    /// The phrase with which a block says the page earns from its links ("This post contains
    /// affiliate links", "we may earn a commission"), when the block is that notice: one paragraph
    /// at most, of a notice's length, not words inside a sentence. A disclosure is a disclaimer,
    /// whatever its length; an article about affiliate marketing says "affiliate links" without
    /// these first-person phrases.
    /// `text` gives the block's text.
    fn affiliate_disclosure<'t>(&self, id: NodeId, text: impl FnOnce() -> &'t str) -> Option<String> {
        let chars = self.chars(id);
        if chars == 0 || chars >= MAX_DISCLOSURE_CHARS || self.stats.prose[id] > 1 || self.part_of_a_sentence(id) {
            return None;
        }
        let (automaton, phrases) = disclosure_matcher();
        // The first phrase of the list the text holds.
        let first = automaton.find_overlapping_iter(&text().to_lowercase()).map(|m| m.pattern().as_usize()).min()?;
        Some(phrases[first].clone())
    }

    /// Why `id` is a paywall set in the article where its text breaks off ("This article is
    /// exclusive to subscribers. Unlock this article ... Monthly $39 ... View all plans"): a box
    /// that holds an element marked as the paywall's, says what it is, and holds no paragraph of
    /// prose, however long its plans make it. `text` gives the block's text.
    fn paywall_breaker<'t>(&self, id: NodeId, text: impl FnOnce() -> &'t str) -> Option<String> {
        if !self.paywall_mark[id] || self.chars(id) >= LONGEST_SINGLE_BLOCK || self.stats.prose[id] > 0 {
            return None;
        }
        let hits = text_cue_hits(text());
        hits.hits_of(Role::Paywall)
            .then(|| format!("a paywall box inside the article, with its wording ({})", hits.examples(Role::Paywall)))
    }

    /// Whether `id` is an inline run of a line that holds more text than it ("<p><span>The skill
    /// pulls in the latest news and trending papers, built at </span><a>Mizal</a>...</p>"): a part
    /// of a sentence is never judged alone. The line is the run of text and inline siblings
    /// between the blocks around it, past inline wrappers that hold the same words
    /// (<em><strong>and follow us on</strong></em>): a button's <a><span>Shop now</span></a> after
    /// a paragraph in the same box is a line of its own. A <br> does not end a line
    /// ("<strong>categorize_newsletter()</strong><br>Sorts the newsletters" is one entry).
    fn part_of_a_sentence(&self, id: NodeId) -> bool {
        let page = self.page;
        if !crate::page::is_inline_tag(&page.node(id).tag) {
            return false;
        }
        let mut top = id;
        while let Some(parent) = page.node(top).parent.filter(|&p| page.node(p).is_element() && in_line(page, p)) {
            top = parent;
        }
        if page.node(top).parent.is_none() {
            return false;
        }
        let line_chars = self.line_chars.get_or_init(|| self.lines_of_inline_siblings());
        line_chars[top] > self.chars(id)
    }

    /// The characters of each run of text and inline siblings, given to every node of the run:
    /// summed once per page, as a paragraph of thousands of <span>s would make a sum per node
    /// quadratic.
    fn lines_of_inline_siblings(&self) -> Vec<usize> {
        let page = self.page;
        let mut line_chars = vec![0; page.len()];
        for id in 0..page.len() {
            let children = &page.node(id).children;
            for run in children.split(|&c| !in_line(page, c)) {
                let chars = run.iter().map(|&c| self.chars(c)).sum();
                for &c in run {
                    line_chars[c] = chars;
                }
            }
        }
        line_chars
    }

    /// Whether `id` is a table or inside one: its rows and cells are data ("Free plan or free trial |
    /// 14-day free trial" in a comparison), never a block set in the article.
    fn part_of_a_table(&self, id: NodeId) -> bool {
        std::iter::once(id).chain(self.page.ancestors(id)).any(|a| self.page.node(a).tag == "table")
    }

    /// Whether `id` is an item of a list whose other items carry no cue of `role`: one point of a
    /// review's "Cons" ("Subscription required to unlock all its best features") is the list's
    /// content like the rest, not a promotion set in the article. A list of three offers or more
    /// ("Air Purifiers – $50 instant discount", ...) is what the page offers, not a banner: its
    /// items are content however many of them name a discount. (Lists of "Read more" links are
    /// still judged item by item.)
    fn item_of_a_content_list(&self, id: NodeId, role: Role) -> bool {
        let page = self.page;
        if page.node(id).tag != "li" {
            return false;
        }
        let Some(list) = page.node(id).parent else {
            return false;
        };
        let others: Vec<NodeId> =
            page.node(list).children.iter().copied().filter(|&c| c != id && page.node(c).tag == "li").collect();
        (role == Role::Promo && others.len() >= 2)
            || (!others.is_empty() && others.iter().all(|&c| !text_cue_hits(&page.text(c)).hits_of(role)))
    }

    /// A role from the element's own markup: tag, ARIA landmark, id/class tokens, an email form.
    fn markup_role(&self, id: NodeId, inside_article: bool) -> Option<(Role, String)> {
        let node = self.page.node(id);
        if let Some((role, token)) = self.article.labels.role(id).filter(|_| !is_titled_section(self.page, id)) {
            return Some((role, format!("its markup is labelled \"{token}\"")));
        }
        if !inside_article {
            let landmark = node.attr("role").unwrap_or("");
            match (node.tag.as_str(), landmark) {
                ("nav", _) | (_, "navigation") => return Some((Role::Nav, "a navigation landmark".into())),
                ("footer", _) | (_, "contentinfo") => {
                    // A footer that is only legal text (copyright, terms) is the legal block itself.
                    if self.chars(id) <= LONGEST_SINGLE_BLOCK {
                        let hits = text_cue_hits(&self.page.text(id));
                        if hits.best().map(|(r, _)| r) == Some(Role::Disclaimer) && hits.roles_hit() == 1 {
                            let reason = format!("a footer with legal wording: {}", hits.examples(Role::Disclaimer));
                            return Some((Role::Disclaimer, reason));
                        }
                    }
                    return Some((Role::Footer, "the page footer".into()));
                }
                // A <header> after the page's headline, without a menu, heads a part of the
                // content (a card's title and date, a post's number); a site header holds a menu.
                // So does a "banner" there: page builders give the role to every wide section.
                ("header", _) | (_, "banner")
                    if self.article.headline.is_some_and(|h| h < id) && !self.holds_menu(id) => {}
                ("header", _) | (_, "banner") => return Some((Role::Header, "the site header".into())),
                ("aside", _) | (_, "complementary") => {
                    return Some((Role::Related, "a sidebar (aside) beside the article".into()))
                }
                _ => {}
            }
        }
        if self.is_signup_form(id) {
            return Some((Role::Newsletter, "a short form asking for an email address or phone number".into()));
        }
        None
    }

    /// A short block around an email input, or around a phone-number input with no paragraph of
    /// prose: a sign-up box ("Get editor selected deals texted right to your phone!"). A quote form
    /// that opens with the page's own paragraphs ("The average electrician cost in ... is $876")
    /// is not one.
    fn is_signup_form(&self, id: NodeId) -> bool {
        self.chars(id) < 600 && (self.email_input[id] || (self.phone_input[id] && self.stats.prose[id] == 0))
    }
}

/// A role with its reason.
type Labelled = (Role, String);

/// Whether one phrase of `role` is enough to judge `text`: it is a label ("Read more: ...",
/// "Sponsored by ...", "... Read more »") or a line of four words or fewer ("Get 40% Off"), not a
/// sentence that holds the phrase ("Use our checklist so you don't miss anything").
fn reads_as_label(hits: &CueHits, role: Role, text: &str) -> bool {
    hits.labels_with(role) || text.split_whitespace().count() <= 4
}

/// A role from text cues alone, when they point one way.
fn single_role_from_cues(hits: &CueHits, text: &str, is_leaf: bool) -> Option<(Role, String)> {
    let (role, n) = hits.best()?;
    let chars = text.chars().count();
    let one_way = hits.roles_hit() == 1;
    // Long blocks need several cues of one kind; legal text is long by nature.
    let enough = match role {
        Role::Disclaimer | Role::Comments | Role::Cookie => n >= 2 || (n == 1 && (is_leaf || chars < 300)),
        // One phrase in a leaf: as inside the article, a label's or a short line's, not a sentence's.
        _ => chars < 400 && (n >= 2 || (is_leaf && reads_as_label(hits, role, text))),
    };
    if !(enough && (one_way || is_leaf)) {
        return None;
    }
    Some((role, format!("{} wording: {}", role.label().to_lowercase(), hits.examples(role))))
}

/// Counts of hidden blocks by role, in role order.
pub fn counts_by_role(hidden: &[HiddenBlock]) -> Vec<(Role, usize)> {
    let mut counts: Vec<(Role, usize)> = Vec::new();
    for role in Role::ALL {
        let n = hidden.iter().filter(|h| h.role == role).count();
        if n > 0 {
            counts.push((role, n));
        }
    }
    counts
}
