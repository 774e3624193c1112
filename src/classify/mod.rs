//! Block roles: which non-article blocks a reader hides, and why (a reason a person can read).

pub mod signals;

use crate::extract::Article;
use crate::page::{NodeId, Page};
use serde::Serialize;
use signals::{attr_role, link_density, text_cue_hits, CueHits};

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
    let protected = article.protected_set(page);
    walk_outside(page, body, &protected, article, &mut out);
    for &root in &article.roots {
        walk_inside(page, root, &protected, &mut out);
    }
    out.sort_by_key(|h| h.node);
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

fn is_ignorable(page: &Page, id: NodeId) -> bool {
    let node = page.node(id);
    matches!(node.tag.as_str(), "script" | "style" | "link" | "meta" | "head" | "title" | "br" | "hr" | "svg" | "path")
        || !page.is_visible(id)
}

fn has_media(page: &Page, id: NodeId) -> bool {
    page.descendants(id).into_iter().any(|n| {
        matches!(page.node(n).tag.as_str(), "img" | "iframe" | "video" | "ins" | "object" | "embed" | "picture")
    })
}

/// Outside the article: descend from the body; a subtree that holds a protected node is split,
/// any other one gets a role from its own markup, or from its text cues, or is split further.
fn walk_outside(page: &Page, id: NodeId, protected: &[bool], article: &Article, out: &mut Vec<HiddenBlock>) {
    for &child in &page.node(id).children {
        if !page.node(child).is_element() || is_ignorable(page, child) {
            continue;
        }
        if protected[child] {
            if !article.roots.contains(&child) {
                walk_outside(page, child, protected, article, out);
            }
            continue;
        }
        let text = page.text(child);
        if text.is_empty() && !has_media(page, child) {
            continue;
        }
        if let Some((role, reason)) = markup_role(page, child, false) {
            if matches!(role, Role::Related | Role::Nav) && split_container(page, child, role, &reason, out) {
                continue;
            }
            out.push(HiddenBlock { node: child, role, reason, text: short(&text) });
            continue;
        }
        // Figures beside the article (a photo and its credit) are left alone unless marked up.
        if page.node(child).tag == "figure" {
            continue;
        }
        let hits = text_cue_hits(&text);
        let substantive_children = page
            .node(child)
            .children
            .iter()
            .filter(|&&c| page.node(c).is_element() && !page.text(c).is_empty())
            .count();
        if let Some((role, reason)) = single_role_from_cues(&hits, &text, substantive_children < 2) {
            out.push(HiddenBlock { node: child, role, reason, text: short(&text) });
        } else if substantive_children >= 1 {
            walk_outside(page, child, protected, article, out);
        }
    }
}

/// A role with its reason.
type Labelled = (Role, String);

/// A sidebar or similar container that holds blocks of sharper roles (a newsletter form, an ad)
/// is reported part by part; parts without a role of their own take the container's.
fn split_container(page: &Page, id: NodeId, role: Role, reason: &str, out: &mut Vec<HiddenBlock>) -> bool {
    let parts: Vec<(NodeId, String, Option<Labelled>)> = page
        .node(id)
        .children
        .iter()
        .filter(|&&c| page.node(c).is_element() && !is_ignorable(page, c))
        .map(|&c| (c, page.text(c)))
        .filter(|(c, t)| !t.is_empty() || has_media(page, *c))
        .map(|(c, t)| {
            let own = markup_role(page, c, false).or_else(|| single_role_from_cues(&text_cue_hits(&t), &t, true));
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
fn walk_inside(page: &Page, id: NodeId, protected: &[bool], out: &mut Vec<HiddenBlock>) {
    for &child in &page.node(id).children {
        if !page.node(child).is_element() || is_ignorable(page, child) || protected[child] {
            if page.node(child).is_element() && protected[child] {
                walk_inside(page, child, protected, out);
            }
            continue;
        }
        let text = page.text(child);
        let chars = text.chars().count();
        let density = link_density(page, child);
        if let Some((role, reason)) = markup_role(page, child, true) {
            // Comments marked as such are never article text, however long.
            if role == Role::Comments || (INLINE_ROLES.contains(&role) && (chars < 400 || density > 0.5)) {
                out.push(HiddenBlock { node: child, role, reason, text: short(&text) });
                continue;
            }
        }
        if !text.is_empty() && chars < 250 {
            let hits = text_cue_hits(&text);
            if let Some((role, n)) = hits.best() {
                let strong = n >= 2 || (n == 1 && (chars < 60 || density > 0.4));
                if strong && INLINE_ROLES.contains(&role) {
                    let reason = format!(
                        "short block inside the article with {} wording ({})",
                        role.label().to_lowercase(),
                        hits.examples(role)
                    );
                    out.push(HiddenBlock { node: child, role, reason, text: short(&text) });
                    continue;
                }
            }
        }
        walk_inside(page, child, protected, out);
    }
}

/// A role from the element's own markup: tag, ARIA landmark, id/class tokens, an email form.
fn markup_role(page: &Page, id: NodeId, inside_article: bool) -> Option<(Role, String)> {
    let node = page.node(id);
    if let Some((role, token)) = attr_role(node) {
        return Some((role, format!("its markup is labelled \"{token}\"")));
    }
    if !inside_article {
        let landmark = node.attr("role").unwrap_or("");
        match (node.tag.as_str(), landmark) {
            ("nav", _) | (_, "navigation") => return Some((Role::Nav, "a navigation landmark".into())),
            ("footer", _) | (_, "contentinfo") => {
                // A footer that is only legal text (copyright, terms) is the legal block itself.
                let hits = text_cue_hits(&page.text(id));
                if hits.best().map(|(r, _)| r) == Some(Role::Disclaimer) && hits.roles_hit() == 1 {
                    let reason = format!("a footer with legal wording: {}", hits.examples(Role::Disclaimer));
                    return Some((Role::Disclaimer, reason));
                }
                return Some((Role::Footer, "the page footer".into()));
            }
            ("header", _) | (_, "banner") => return Some((Role::Header, "the site header".into())),
            ("aside", _) | (_, "complementary") => {
                return Some((Role::Related, "a sidebar (aside) beside the article".into()))
            }
            _ => {}
        }
    }
    if has_email_form(page, id) && page.text(id).chars().count() < 600 {
        return Some((Role::Newsletter, "a short form asking for an email address".into()));
    }
    None
}

fn has_email_form(page: &Page, id: NodeId) -> bool {
    page.descendants(id).into_iter().any(|n| {
        let node = page.node(n);
        node.tag == "input"
            && (node.attr("type") == Some("email")
                || node.attr("name").map(|v| v.to_ascii_lowercase().contains("email")).unwrap_or(false))
    })
}

/// A role from text cues alone, when they point one way.
fn single_role_from_cues(hits: &CueHits, text: &str, is_leaf: bool) -> Option<(Role, String)> {
    let (role, n) = hits.best()?;
    let chars = text.chars().count();
    let one_way = hits.roles_hit() == 1;
    // Long blocks need several cues of one kind; legal text is long by nature.
    let enough = match role {
        Role::Disclaimer | Role::Comments | Role::Cookie => n >= 2 || (n == 1 && (is_leaf || chars < 300)),
        _ => chars < 400 && (n >= 2 || is_leaf),
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
