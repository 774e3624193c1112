//! The article: its main block (scored from text shape, link density and markup) and its content
//! as clean blocks (paragraphs, headings, list items, quotes, code, captions, table rows).

pub mod content;
pub mod region;

use crate::classify::signals::{
    attr_is_article_like, attr_is_article_like_apart_from, is_frame_landmark, is_titled_section, Labels,
};
use crate::meta::Meta;
use crate::page::{NodeId, Page};
use std::collections::HashSet;

/// Where the article sits in the page.
#[derive(Debug, Clone, Default)]
pub struct Article {
    /// The main block and any sibling blocks that continue it, in document order.
    pub roots: Vec<NodeId>,
    /// Nodes that must never be hidden besides the roots: headline, byline, dates.
    pub keep: Vec<NodeId>,
    /// Whether the page reads as an article (enough substantial prose).
    pub readerable: bool,
    /// The block that scored best, before merging and climbing: the article's surest part.
    pub best: Option<NodeId>,
    /// Per node: page chrome (navigation, header, footer, sidebar, labelled boilerplate, invisible).
    pub chrome: Vec<bool>,
    /// Per node: shown on the page (see `Page::visibility_mask`), computed once for every stage.
    pub visible: Vec<bool>,
    /// Per node text facts, computed once for every stage.
    pub stats: TextStats,
    /// The page's role labels (id/class tokens), computed once for every stage.
    pub labels: Labels,
    /// The page's headline (see `first_headline`): the site's header comes before it.
    pub headline: Option<NodeId>,
    /// Roots taken for their place alone (a paragraph introducing the article from the section
    /// before it): they ride along with the article but do not make a block the article.
    pub lead_ins: Vec<NodeId>,
    /// The page declares itself a thread (a forum topic) or a Q&A page: its replies or answers
    /// are content.
    pub discussion: bool,
    /// The page sells what it shows: it declares a product or has a buying button.
    pub sells: bool,
}

impl Article {
    /// Marks each node that holds (or is) a root or a kept node.
    pub fn protected_set(&self, page: &Page) -> Vec<bool> {
        let mut set = vec![false; page.len()];
        for &n in self.roots.iter().chain(self.keep.iter()) {
            set[n] = true;
            for a in page.ancestors(n) {
                set[a] = true;
            }
        }
        set
    }
}

const COMMAS: [char; 4] = [',', '，', '、', '،'];

/// Per-element text facts, computed in one bottom-up pass.
#[derive(Debug, Clone, Default)]
pub struct TextStats {
    pub chars: Vec<usize>,
    pub link_chars: Vec<usize>,
    /// Paragraphs of prose (a `p` of 100+ characters, few of them links) in the subtree.
    pub prose: Vec<usize>,
    /// Commas (in several scripts) in the subtree's text: clauses, the mark of written sentences.
    pub commas: Vec<usize>,
    /// Characters of Chinese and Japanese in the subtree's text (counted in `chars` too): each
    /// says about as much as a word's worth of Latin letters.
    pub unspaced_chars: Vec<usize>,
}

/// Text that is a machine identifier (a UUID, 8-4-4-4-12 hex digits).
pub fn is_identifier(text: &str) -> bool {
    let t = text.trim();
    t.len() == 36
        && t.split('-').map(str::len).eq([8, 4, 4, 4, 12])
        && t.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
}

/// Identifiers in spans of their own, three or more side by side, are no words: a page sets them
/// between the letters of a label ("Sponsored"), hidden by its stylesheet, to scramble it. One
/// identifier in a sentence or a command (`celery result 4e196aa4-...`) is the text's own.
const SCRAMBLING_IDENTIFIERS: usize = 3;

fn is_scrambling_identifier(page: &Page, text_id: NodeId) -> bool {
    let lone_identifier = |el: NodeId| match page.node(el).children.as_slice() {
        [only] => page.node(*only).is_text() && is_identifier(&page.node(*only).text),
        _ => false,
    };
    let Some(span) = page.node(text_id).parent.filter(|&p| lone_identifier(p)) else { return false };
    let Some(holder) = page.node(span).parent else { return false };
    page.node(holder).children.iter().filter(|&&c| lone_identifier(c)).count() >= SCRAMBLING_IDENTIFIERS
}

/// Whether link `id` shows its own address as its text (`<a href=...>https://example.org/guide</a>`):
/// an address written out in a sentence or a reference ("The tutorial is at http://...", "Gemini
/// CLI. Google Cloud. https://..."). Menus and teasers name what they point to: such links do
/// not make a block that has words of its own a list of links.
fn shows_its_address(page: &Page, id: NodeId) -> bool {
    let [only] = page.node(id).children.as_slice() else { return false };
    let text = page.node(*only).text.trim();
    page.node(*only).is_text()
        && !text.contains(char::is_whitespace)
        && ["http://", "https://", "www."].iter().any(|p| text.len() > p.len() + 3 && text.starts_with(p))
}

/// Characters of text of its own a block needs for the addresses it shows to count as its words
/// (a line that is only an address is a link).
const MIN_OWN_CHARS_BESIDE_ADDRESSES: usize = 10;

/// Characters of the links under `id` that show their own address.
fn address_link_chars(page: &Page, stats: &TextStats, id: NodeId) -> usize {
    subtree(page, id).filter(|&d| page.node(d).tag == "a" && shows_its_address(page, d)).map(|d| stats.chars[d]).sum()
}

pub fn text_stats(page: &Page) -> TextStats {
    let n = page.len();
    let mut chars = vec![0usize; n];
    let mut link_chars = vec![0usize; n];
    let mut commas = vec![0usize; n];
    let mut unspaced_chars = vec![0usize; n];
    // An icon's drawing may carry words (an SVG <title>: "page anchor", "Positive Feedback") that
    // the page never shows as text. Parents come before their children.
    let mut in_drawing = vec![false; n];
    for id in 0..n {
        let node = page.node(id);
        in_drawing[id] = node.tag == "svg" || node.parent.is_some_and(|p| in_drawing[p]);
    }
    // Ids are in document order, so children come after parents: walk backwards.
    for id in (0..n).rev() {
        let node = page.node(id);
        if node.is_text() {
            let skip = node.parent.map(|p| matches!(page.node(p).tag.as_str(), "script" | "style")).unwrap_or(false)
                || in_drawing[id]
                || (is_identifier(&node.text) && is_scrambling_identifier(page, id));
            if !skip {
                chars[id] = node.text.split_whitespace().map(|w| w.chars().count() + 1).sum();
                commas[id] = node.text.matches(COMMAS).count();
                unspaced_chars[id] = node.text.chars().filter(|&c| crate::page::is_written_without_spaces(c)).count();
            }
        }
        if let Some(p) = node.parent {
            chars[p] += chars[id];
            commas[p] += commas[id];
            unspaced_chars[p] += unspaced_chars[id];
            link_chars[p] += if node.tag == "a" { chars[id] } else { link_chars[id] };
        }
    }
    let mut prose = vec![0usize; n];
    for id in (0..n).rev() {
        let node = page.node(id);
        if node.tag == "p" && chars[id] >= 100 && link_chars[id] * 3 < chars[id] {
            prose[id] += 1;
        }
        if let Some(p) = node.parent {
            prose[p] += prose[id];
        }
    }
    TextStats { chars, link_chars, prose, commas, unspaced_chars }
}

/// Characters of text a quoted post holds at least (a share bar's blockquote-free links hold none).
const MIN_QUOTED_POST_CHARS: usize = 40;

/// Whether the element holds a blockquote with text (an embedded post from a social network).
fn holds_quoted_post(page: &Page, stats: &TextStats, id: NodeId) -> bool {
    subtree(page, id).any(|d| page.node(d).tag == "blockquote" && stats.chars[d] >= MIN_QUOTED_POST_CHARS)
}

/// Whether the element's text holds the opening of one of the answers the page declares.
fn holds_declared_answer(page: &Page, openings: &[String], id: NodeId) -> bool {
    if openings.is_empty() {
        return false;
    }
    let text = crate::page::collapse_whitespace(&page.text(id));
    openings.iter().any(|opening| text.contains(opening.as_str()))
}

const PARAGRAPH_TAGS: [&str; 4] = ["p", "pre", "td", "blockquote"];
const UNLIKELY_TAGS: [&str; 10] =
    ["nav", "footer", "aside", "form", "header", "button", "select", "script", "style", "label"];

fn is_paragraph_like(page: &Page, id: NodeId) -> bool {
    let node = page.node(id);
    if PARAGRAPH_TAGS.contains(&node.tag.as_str()) {
        return true;
    }
    // A div (or section) with no block children acts as a paragraph.
    matches!(node.tag.as_str(), "div" | "section" | "span")
        && node.children.iter().any(|&c| page.node(c).is_text())
        && !node.children.iter().any(|&c| page.node(c).is_element() && crate::page::is_block_tag(&page.node(c).tag))
}

/// Characters a block of customer reviews holds at least (a line of rating summary holds fewer).
const MIN_REVIEWS_CHARS: usize = 400;
/// A menu's links hold a tenth of its text or more.
const MENU_MIN_LINK_SHARE: usize = 10;
/// Paragraphs of prose a page holds at least for a "sidebar" holding most of them to be read as
/// a layout's wrapper.
const MIN_LAYOUT_PROSE: usize = 4;

/// Finds the article's main block. The page's title helps keep the headline out of the hidden set;
/// what its metadata declares it (an article, a thread, a product) weighs in too.
pub fn find_article(page: &Page, meta: &Meta) -> Article {
    let stats = text_stats(page);
    let n = page.len();
    let mut score = vec![0f32; n];
    // The part of each score earned by the text below (without the element's own tag and labels).
    let mut earned = vec![0f32; n];
    let mut is_candidate = vec![false; n];
    let visible = page.visibility_mask();
    let mut labels = Labels::of(page, &stats.chars);
    // A forum thread's replies are its content, not comments on it.
    if meta.declared_discussion {
        labels.ignore_role(crate::classify::Role::Comments);
    }
    // A "social" block holding a quoted post (an embedded tweet's blockquote) is the article quoting
    // it, not a share bar.
    labels.retain_role(crate::classify::Role::Share, |id| !holds_quoted_post(page, &stats, id));
    // Some tokens name related content only where the block points elsewhere: a "teaser" that holds
    // a sentence and no link at all is the page's own (an article's standfirst, a page builder's
    // feature card). The outermost block so labelled decides for the parts inside it: the title
    // and sentence of an own card are no teasers, the sentence under a linked headline is one. A
    // short one is the title of a box of links beside it.
    let linking: Vec<&str> = crate::lexicon::lexicon().linking_tokens().collect();
    let mut own_card: Vec<Option<bool>> = vec![None; n];
    for id in 0..n {
        let labelled = labels.of_node(id).iter().any(|(_, t)| linking.contains(t));
        own_card[id] = page.node(id).parent.and_then(|p| own_card[p]).or_else(|| {
            labelled.then(|| {
                stats.chars[id] >= UNLINKED_TEASER_CHARS
                    && !subtree(page, id).chain(page.ancestors(id)).any(|d| points_elsewhere(page.node(d)))
            })
        });
    }
    for token in linking {
        labels.drop_token(token, |id| own_card[id] == Some(true));
    }
    // On a question-and-answer page, a "comment" written in paragraphs of prose, or one that holds
    // an answer the structured data gives, answers the question; the one-line remarks under an
    // answer stay comments.
    if meta.declared_answers {
        labels.retain_role(crate::classify::Role::Comments, |id| {
            stats.prose[id] == 0 && !holds_declared_answer(page, &meta.answer_openings, id)
        });
    }
    // A menu is links: a block labelled "menu" that holds a paragraph of prose with few links is
    // something else the page calls so (a tabbed FAQ's "tabs-menu" of answers). Other navigation
    // labels stand ("sidebar": an aside's box of prose beside the article).
    labels.drop_token("menu", |id| stats.prose[id] > 0 && stats.link_chars[id] * MENU_MIN_LINK_SHARE < stats.chars[id]);
    // A "sidebar" holding most of the page's prose is a layout's wrapper ("layout-sidebar-left":
    // a layout with a sidebar, around its main column too), not the sidebar. (On a page of
    // little prose, a forum thread's, the sidebar's box of prose may be most of it.)
    let body_prose = page.find_tag("body").map(|b| stats.prose[b]).unwrap_or(0);
    labels.drop_token("sidebar", |id| body_prose >= MIN_LAYOUT_PROSE && stats.prose[id] * 2 > body_prose);
    // A definition list's "terms" are the words it defines (a glossary set as "floated-terms"), not
    // terms of use.
    labels.drop_token("terms", |id| page.node(id).tag == "dl");
    // Some tokens name a role only where the page offers a product (its customer "reviews"), and
    // there only on a block long enough to hold them (not the line that sums up their ratings).
    let sells = meta.declared_product || holds_buy_button(page);
    for token in crate::lexicon::lexicon().product_page_tokens() {
        labels.drop_token(token, |id| !sells || stats.chars[id] < MIN_REVIEWS_CHARS);
    }
    // Where the page sells, its "offer" is the item's own box (price, stock, summary, the buy
    // button: schema.org's Offer), not a promotion, when it holds the item's description.
    if sells {
        labels.drop_token("offer", |id| stats.prose[id] > 0);
    }
    // The site's header comes before the page's headline: a block labelled "header" after it heads
    // a part of the content (a product's summary, a category's introduction), and one around it
    // is the article's own header (the headline and its introduction).
    let headline = first_headline(page, &meta.title);
    if let Some(headline) = headline {
        labels.retain_role(crate::classify::Role::Header, |id| id < headline && !page.is_ancestor_of(id, headline));
    }
    let unlikely = chrome_mask(page, &stats, &visible, &labels);
    for id in 0..n {
        if !page.node(id).is_element() {
            continue;
        }
        // A paragraph, or text written straight into a container between <br>s (its own
        // paragraph, credited to the container itself first).
        let (chars, commas, owner_first) = if is_paragraph_like(page, id) {
            (stats.chars[id], stats.commas[id], false)
        } else {
            let (chars, commas) = direct_text_counts(page, &stats, id);
            if chars < 100 {
                continue;
            }
            (chars, commas, true)
        };
        if chars < 25 || std::iter::once(id).chain(page.ancestors(id)).any(|a| unlikely[a]) {
            continue;
        }
        // Code's punctuation is not sentence structure: a long listing is not a paragraph of prose.
        let commas = if page.node(id).tag == "pre" { 0.0 } else { commas as f32 };
        let density = if owner_first { 0.0 } else { stats.link_chars[id] as f32 / chars.max(1) as f32 };
        let points = (1.0 + commas + (chars as f32 / 100.0).min(3.0)) * (1.0 - density);
        let owners: Vec<NodeId> = if owner_first {
            std::iter::once(id).chain(page.ancestors(id)).take(3).collect()
        } else {
            page.ancestors(id).take(3).collect()
        };
        for (level, anc) in owners.into_iter().enumerate() {
            // The body may hold the paragraphs itself (plain pages); the html element never.
            if !page.node(anc).is_element() || page.node(anc).tag == "html" {
                break;
            }
            if !is_candidate[anc] {
                is_candidate[anc] = true;
                score[anc] = initial_score(page, &labels, anc);
            }
            score[anc] += points / [1.0, 2.0, 3.0][level];
            earned[anc] += points / [1.0, 2.0, 3.0][level];
        }
    }
    for id in 0..n {
        if is_candidate[id] {
            let density = stats.link_chars[id] as f32 / stats.chars[id].max(1) as f32;
            score[id] *= 1.0 - density;
        }
    }
    let mut unlikely = unlikely;
    let best = loop {
        let best =
            (0..n).filter(|&id| is_candidate[id] && !unlikely[id]).fold(None, |best: Option<(NodeId, f32)>, id| {
                if best.map(|(_, b)| score[id] > b).unwrap_or(true) {
                    Some((id, score[id]))
                } else {
                    best
                }
            });
        // A consent dialog that markup does not name (its paragraphs on each purpose of the
        // cookies are prose) is no article: set it aside with the chrome and look again.
        match best {
            Some((id, _)) if crate::classify::signals::says_consent(page, id) => {
                for d in page.descendants(id) {
                    unlikely[d] = true;
                }
            }
            _ => break best,
        }
    };
    let mut article = Article {
        chrome: unlikely.clone(),
        headline,
        discussion: meta.declared_discussion || meta.declared_answers,
        sells,
        ..Article::default()
    };
    let Some((mut top, top_score)) = best else {
        article.stats = stats;
        article.visible = visible;
        article.labels = labels;
        return article;
    };
    article.best = Some(top);
    // The page's own word for its article body (schema.org microdata) beats the scores when it
    // holds real text and is not a small part of what the scores found.
    let marked_body = (0..n)
        .filter(|&id| page.node(id).attr("itemprop") == Some("articleBody") && !unlikely[id])
        .max_by_key(|&id| stats.chars[id]);
    if let Some(body) = marked_body {
        if stats.chars[body] >= 140 && stats.chars[body] * 2 >= stats.chars[top] {
            top = body;
        }
    }
    // Several blocks that score nearly as well (the items of a list article, the sections of a
    // guide) are parts of one article: take the nearest ancestor holding half of them (two at
    // least; half, so that one row of a long list of cards does not pass for the whole).
    // Comments and related stories rival the article too, but say what they are. A label on an
    // ancestor shared with the top block says nothing about either (a page wrapped in a "nav"
    // drawer), but then only blocks of prose count as parts of one article.
    let unlabelled = |a: NodeId| {
        let node = page.node(a);
        attr_is_article_like(node) || labels.role(a).is_none()
    };
    // A rival's own text must earn a quarter of the top block's points at least: an <article> tag
    // and a "post" label are worth many points by themselves, so short customer reviews, each in
    // its <article>, would otherwise rival a product's long description.
    // Blocks of prose made from the same template as the top block (same tag and class: the
    // sections of one post) count whatever their score.
    let rivals: Vec<NodeId> = (0..n)
        .filter(|&id| {
            is_candidate[id]
                && id != top
                && ((score[id] >= top_score * 0.75 && earned[id] * 4.0 >= earned[top])
                    || (same_template(page, id, top) && stats.prose[id] > 0))
        })
        .filter(|&id| !page.is_ancestor_of(id, top) && !page.is_ancestor_of(top, id))
        .filter(|&id| {
            let (own, shared): (Vec<NodeId>, Vec<NodeId>) =
                std::iter::once(id).chain(page.ancestors(id)).partition(|&a| !page.is_ancestor_of(a, top));
            own.into_iter().all(unlabelled) && (stats.prose[id] > 0 || shared.into_iter().all(unlabelled))
        })
        .collect();
    if rivals.len() >= 2 {
        let wanted = (rivals.len() / 2).max(2);
        let holder =
            page.ancestors(top).find(|&a| rivals.iter().filter(|&&r| page.is_ancestor_of(a, r)).count() >= wanted);
        if let Some(holder) = holder {
            if !unlikely[holder] && !matches!(page.node(holder).tag.as_str(), "body" | "html") {
                top = holder;
            }
        }
    }
    // A top block with no prose of its own (a code listing, a table, a teaser under a "content"
    // label) on a page whose prose lies elsewhere: climb to the ancestor holding half that prose.
    if stats.prose[top] == 0 && body_prose >= 4 {
        let holder = page.ancestors(top).find(|&a| stats.prose[a] * 2 >= body_prose);
        if let Some(holder) = holder {
            let tag = page.node(holder).tag.as_str();
            if !unlikely[holder]
                && !matches!(tag, "body" | "html")
                && stats.link_chars[holder] * 4 < stats.chars[holder]
            {
                top = holder;
            }
        }
    }
    // Walk up while the parent holds much more prose of the same kind (text split across blocks).
    while let Some(parent) = page.node(top).parent {
        let pnode = page.node(parent);
        if !pnode.is_element() || matches!(pnode.tag.as_str(), "body" | "html") {
            break;
        }
        // Never climb into a parent that also holds a sidebar, nav or other labelled block.
        // (A few lines a utility class hides, a "show more" item not yet shown, are neither.)
        let side_block = |c: NodeId| c != top && unlikely[c] && !folded_by_class(page, &labels, &visible, c);
        let mixed = pnode.children.iter().any(|&c| side_block(c) && stats.chars[c] > 0);
        let grows = !mixed && stats.chars[parent] as f32 <= stats.chars[top] as f32 * 1.35;
        let article_markup = attr_is_article_like(pnode) && is_candidate[parent] && score[parent] > top_score * 0.6;
        // An article cut into sections (page builders, accordions): the parent adds paragraphs of
        // prose, few links, and no page chrome beside them.
        let chrome = pnode.children.iter().any(|&c| {
            let child = page.node(c);
            is_frame_landmark(child) || child.tag == "aside" || child.attr("role") == Some("complementary")
        });
        let labelled_chars: usize = pnode.children.iter().filter(|&&c| side_block(c)).map(|&c| stats.chars[c]).sum();
        // The article's opening in a block of the same template before it (a body split by a
        // call to action): what follows a body may be comments or teasers with excerpts.
        let prose_before: usize = pnode
            .children
            .iter()
            .take_while(|&&c| c != top)
            .filter(|&&c| !unlikely[c] && same_template(page, c, top))
            .map(|&c| stats.prose[c])
            .max()
            .unwrap_or(0);
        let more_prose = !chrome
            && stats.prose[parent] >= stats.prose[top] + 2
            && (stats.prose[parent] * 10 >= stats.prose[top] * 13 || prose_before >= 3)
            && stats.link_chars[parent] * 4 < stats.chars[parent]
            && labelled_chars * 10 < stats.chars[parent] * 3;
        if (grows || more_prose || (article_markup && !mixed)) && !unlikely[parent] {
            top = parent;
        } else {
            break;
        }
    }
    // Siblings that continue the article: good score or substantial low-link prose.
    let threshold = (top_score * 0.2).max(10.0);
    // The next sibling holding visible text that is not chrome.
    let next_with_text = |id: NodeId| {
        page.following_siblings(id).find(|&c| page.node(c).is_element() && stats.chars[c] > 0 && !unlikely[c])
    };
    let mut roots = Vec::new();
    // The top block's post card, if it is one (see `thread_post` below).
    let top_card = post_card(page, top);
    if let Some(parent) = page.node(top).parent {
        for &sib in &page.node(parent).children {
            if sib == top {
                roots.push(sib);
                continue;
            }
            if !page.node(sib).is_element() || unlikely[sib] {
                continue;
            }
            let density = stats.link_chars[sib] as f32 / stats.chars[sib].max(1) as f32;
            let sib_score = if is_candidate[sib] { score[sib] } else { 0.0 };
            let prose = page.node(sib).tag == "p" && stats.chars[sib] > 80 && density < 0.25;
            // The article's own header, right before it: its headline and the paragraphs
            // introducing it (not the introduction of a shop's grid that lies between them).
            let intro = headline.is_some_and(|h| page.is_ancestor_of(sib, h))
                && stats.prose[sib] > 0
                && density < 0.25
                && next_with_text(sib) == Some(top);
            // A page builder's section right before the article that is one paragraph of prose
            // and nothing else (the introduction to the cards that follow).
            let lead_in = next_with_text(sib) == Some(top) && stats.prose[sib] == 1 && density < 0.1 && {
                let paragraph = page.descendants(sib).into_iter().find(|&d| page.node(d).tag == "p");
                paragraph.is_some_and(|p| stats.chars[p] * 10 >= stats.chars[sib] * 9)
            };
            // The next posts of a thread set as a list: items made from the top item's template (a
            // variant of it: the opening post's card adds a class for its author). (Not any
            // <article>: a news site may set the next story below the article in its own.)
            let next_post =
                sib > top && page.node(top).tag == "li" && stats.chars[sib] > 0 && template_variant(page, sib, top);
            // The other posts of a thread whose cards are <article>s, each in a wrapper of its own:
            // cards of one template with no heading (a news site's next story has its headline),
            // the opening post's and the replies' perhaps each with a modifier of its own.
            let thread_post = stats.chars[sib] > 0
                && post_card(page, sib).zip(top_card).is_some_and(|(a, b)| {
                    (template_variant(page, a, b) || shares_base_template(page, a, b))
                        && !holds_heading(page, a)
                        && !holds_heading(page, b)
                });
            // A consent dialog beside the article scores like prose too.
            if (sib_score >= threshold || prose || intro || lead_in || next_post || thread_post)
                && !crate::classify::signals::says_consent(page, sib)
            {
                roots.push(sib);
                if !(sib_score >= threshold || prose || intro || thread_post) {
                    article.lead_ins.push(sib);
                }
            }
        }
        // Posts of a thread set as a table's row groups (or a list's items): when three or more
        // sibling blocks of the top's make were found, the later ones of that make are the
        // thread's shorter posts. A block's make: its tag and class and those of its children (a
        // sponsor's card in the posts' wrapper is of another make).
        let make = |c: NodeId| {
            std::iter::once(c)
                .chain(page.node(c).children.iter().copied().filter(|&k| page.node(k).is_element()))
                .map(|e| (page.node(e).tag.as_str(), page.node(e).attr("class")))
                .collect::<Vec<_>>()
        };
        let top_make = make(top);
        let same_make = |c: NodeId| make(c) == top_make;
        if roots.iter().filter(|&&r| same_make(r)).count() >= RUN_OF_POSTS {
            let last = roots.iter().copied().filter(|&r| same_make(r)).max().unwrap_or(top);
            let later: Vec<NodeId> =
                page.following_siblings(last).filter(|&c| page.node(c).is_element() && same_make(c)).collect();
            roots.extend(later);
            roots.sort_unstable();
        }
        // A block between two parts of the article is a part of it too (a shop's feature section
        // written in headings and short lines, between its description and its sustainability
        // section), unless it is chrome, a bar of links, or the date line between the headline and
        // the body (metadata, shown apart).
        let children = &page.node(parent).children;
        let at = |r: NodeId| children.iter().position(|&c| c == r);
        // (Counted as lead-ins: whether the article holds enough of the page is judged without them.)
        if let (Some(first), Some(last)) = (roots.first().and_then(|&r| at(r)), roots.last().and_then(|&r| at(r))) {
            let between: Vec<NodeId> = children[first..=last]
                .iter()
                .copied()
                .filter(|&c| {
                    !roots.contains(&c)
                        && page.node(c).is_element()
                        && stats.chars[c] > 0
                        && !unlikely[c]
                        && stats.link_chars[c] * 2 < stats.chars[c]
                        && !crate::classify::signals::says_consent(page, c)
                        && !is_date_line(page, c)
                })
                .collect();
            article.lead_ins.extend(&between);
            roots.extend(between);
            roots.sort_unstable();
        }
    } else {
        roots.push(top);
    }
    article.roots = opening_post_first(page, &stats, &visible, &unlikely, meta, roots);
    article.readerable = is_readerable(page, &article, &stats, meta.declared_article);
    // Headline, byline and dates come before the article ends; later ones belong to comments.
    let end = article.roots.iter().map(|&r| last_descendant(page, r)).max().unwrap_or(0);
    // A date or author line in a shop's customer reviews ("Anonymous", "8 days ago") is a review's,
    // and keeps none of them on the page. (Not so in other comments: on a thread not declared as
    // one, the posts' dates keep the posts.)
    let in_reviews = |id: NodeId| {
        !matches!(page.node(id).tag.as_str(), "h1" | "h2")
            && page.ancestors(id).any(|a| labels_customer_reviews(&labels, a))
    };
    article.keep = headline_nodes(page, &meta.title).into_iter().filter(|&k| k <= end && !in_reviews(k)).collect();
    // The page's h1 headline is kept wherever it stands: a shop's item is read from its description,
    // which may come before the buy box that holds the item's name, price and summary.
    if let Some(h1) = article.headline.filter(|&h| h > end && page.node(h).tag == "h1") {
        article.keep.push(h1);
    }
    article.stats = stats;
    article.visible = visible;
    article.labels = labels;
    article
}

/// Whether a block is set aside only because a utility class hides it (see
/// `page::hides_by_class`), with no label of chrome on it.
fn folded_by_class(page: &Page, labels: &Labels, visible: &[bool], id: NodeId) -> bool {
    !visible[id] && labels.role(id).is_none() && crate::page::hidden_only_by_class(page.node(id))
}

/// Characters from which a block labelled as related content must link somewhere to be such.
const UNLINKED_TEASER_CHARS: usize = 80;

/// Whether an element links to another page or acts as such a link: an `href` on any element (a web
/// component's `<related-link href=...>` too), a script's target URL or click handler. (An empty
/// `href`, or a "#" place on the page, goes nowhere: a template's placeholder on an image's frame.)
fn points_elsewhere(node: &crate::page::Node) -> bool {
    node.is_element()
        && node.tag != "link"
        && (["href", "data-href", "data-url"].iter().any(|a| node.attr(a).is_some_and(leaves_the_page))
            || node.attr("onclick").is_some_and(|handler| !handler.trim().is_empty()))
}

/// Sibling blocks of one make found as parts of the article that make them a run of posts (a
/// thread's), whose later blocks of that make are posts too; two may be a story's two parts.
const RUN_OF_POSTS: usize = 3;

/// Posts set as cards (an `<article>` mostly of links: a title, a picture, a "read more") that make
/// a page a list of posts.
pub(crate) const POST_CARDS_OF_A_LIST: usize = 5;

/// Paragraphs of prose an article found holds at least to be an article whatever else the page lists.
const PROSE_OF_AN_ARTICLE: usize = 3;

/// Whether the article found is an introduction (under three paragraphs of prose) on a page that
/// lists posts as cards: then the page is the list, whatever it declares.
pub fn is_intro_over_posts(page: &Page, article: &Article) -> bool {
    let stats = &article.stats;
    let prose: usize = article.roots.iter().map(|&r| stats.prose[r]).sum();
    if prose >= PROSE_OF_AN_ARTICLE {
        return false;
    }
    (0..page.len()).filter(|&id| article.visible[id] && is_post_card(page, stats, id)).count() >= POST_CARDS_OF_A_LIST
}

/// Whether `id` is a post set as a card: an `<article>` with text, mostly of links.
pub(crate) fn is_post_card(page: &Page, stats: &TextStats, id: NodeId) -> bool {
    page.node(id).tag == "article" && stats.chars[id] > 0 && stats.link_chars[id] * 2 >= stats.chars[id]
}

/// The roots of a thread read as a region (see `region`), with its opening post before them when
/// they hold only the replies (see `opening_post`).
pub fn with_opening_post(page: &Page, article: &Article, meta: &Meta, roots: Vec<NodeId>) -> Vec<NodeId> {
    opening_post_first(page, &article.stats, &article.visible, &article.chrome, meta, roots)
}

/// `roots`, with the opening post of a declared thread before them when they left it out.
fn opening_post_first(
    page: &Page,
    stats: &TextStats,
    visible: &[bool],
    unlikely: &[bool],
    meta: &Meta,
    mut roots: Vec<NodeId>,
) -> Vec<NodeId> {
    if meta.declared_discussion {
        if let Some(post) = opening_post(page, stats, visible, unlikely, meta, &roots) {
            roots.insert(0, post);
        }
    }
    roots
}

/// Characters of a description's opening that find the post it quotes.
const DESCRIPTION_OPENING_CHARS: usize = 40;

/// A thread opens with its first post, which the page's description quotes. When the blocks found
/// hold only the replies (the opening post set apart in a card of its own before them), the
/// opening post's card: the child, holding the quoted words, of the nearest ancestor shared with
/// the replies, unless that ancestor is much more than the thread. The last such words before the
/// replies are taken (a hidden copy for search engines may come first).
fn opening_post(
    page: &Page,
    stats: &TextStats,
    visible: &[bool],
    unlikely: &[bool],
    meta: &Meta,
    roots: &[NodeId],
) -> Option<NodeId> {
    let first = *roots.first()?;
    let words = crate::page::collapse_whitespace(meta.excerpt.as_deref()?);
    if words.chars().count() < DESCRIPTION_OPENING_CHARS * 2 {
        return None;
    }
    let opening: String = words.chars().take(DESCRIPTION_OPENING_CHARS).collect();
    let quotes =
        |t: NodeId| page.node(t).is_text() && crate::page::collapse_whitespace(&page.node(t).text).contains(&opening);
    if roots.iter().any(|&r| subtree(page, r).any(quotes)) {
        return None;
    }
    let quoted =
        (0..first).rev().filter(|&t| visible[t] && quotes(t)).find(|&t| !page.ancestors(t).any(|a| unlikely[a]))?;
    let holder = page.ancestors(first).find(|&a| page.is_ancestor_of(a, quoted))?;
    let thread_chars: usize = roots.iter().map(|&r| stats.chars[r]).sum();
    if matches!(page.node(holder).tag.as_str(), "body" | "html") || stats.chars[holder] > thread_chars * 2 {
        return None;
    }
    page.ancestors(quoted).find(|&a| page.node(a).parent == Some(holder))
}

/// Characters a line that only gives a date holds at most ("Thursday, February 15, 2018 10:42 AM").
const DATE_LINE_CHARS: usize = 40;

/// Whether a block's text is a date and nothing else.
fn is_date_line(page: &Page, id: NodeId) -> bool {
    // (The markup's white space counts toward `short_text`'s limit: read more, then measure.)
    page.short_text(id, DATE_LINE_CHARS * 10)
        .is_some_and(|t| t.chars().count() <= DATE_LINE_CHARS && crate::meta::dates::normalize(&t).is_some())
}

/// Levels of single wrappers a post's card may sit under in a block of the thread.
const POST_CARD_DEPTH: usize = 3;

/// The <article> card a block of a thread is or wraps alone (through single-child wrappers).
fn post_card(page: &Page, id: NodeId) -> Option<NodeId> {
    let mut at = id;
    for _ in 0..=POST_CARD_DEPTH {
        if page.node(at).tag == "article" {
            return Some(at);
        }
        let mut elements = page.node(at).children.iter().copied().filter(|&c| page.node(c).is_element());
        at = elements.next().filter(|_| elements.next().is_none())?;
    }
    None
}

/// Whether a block is or holds a heading (a story's headline, a section's title).
pub(crate) fn holds_heading(page: &Page, id: NodeId) -> bool {
    subtree(page, id).any(|d| matches!(page.node(d).tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"))
}

/// Whether two elements come from one template, one perhaps adding classes to the other's: the same
/// tag, and the class tokens of one (at least one) all among the other's.
fn template_variant(page: &Page, a: NodeId, b: NodeId) -> bool {
    let (ta, tb) = (class_tokens(page, a), class_tokens(page, b));
    let within = |x: &[&str], y: &[&str]| !x.is_empty() && x.iter().all(|t| y.contains(t));
    page.node(a).tag == page.node(b).tag && (within(&ta, &tb) || within(&tb, &ta))
}

/// The class tokens of an element.
fn class_tokens(page: &Page, id: NodeId) -> Vec<&str> {
    page.node(id).attr("class").unwrap_or_default().split_ascii_whitespace().collect()
}

/// Whether two elements share a template's base, each adding a modifier of its own (a thread's
/// `post-article post-box h-original-topic-post` and `post-article post-box h-reply-post-box`):
/// the same tag, and two class tokens or more in common, at least half of each one's tokens.
fn shares_base_template(page: &Page, a: NodeId, b: NodeId) -> bool {
    let (ta, tb) = (class_tokens(page, a), class_tokens(page, b));
    let shared = ta.iter().filter(|t| tb.contains(t)).count();
    page.node(a).tag == page.node(b).tag && shared >= 2 && shared * 2 >= ta.len().max(tb.len())
}

/// Whether two elements come from one template: the same tag and the same (non-empty) class.
fn same_template(page: &Page, a: NodeId, b: NodeId) -> bool {
    let (a, b) = (page.node(a), page.node(b));
    a.tag == b.tag && a.attr("class").is_some_and(|c| !c.trim().is_empty() && Some(c) == b.attr("class"))
}

/// Whether the page has a shop's buying button ("Add to cart", "Buy now"), in a button's words or
/// in the name a button or input carries ("add-to-cart-button"): the page offers a product, whether
/// or not its markup declares one.
fn holds_buy_button(page: &Page) -> bool {
    let phrases = &crate::lexicon::lexicon().buy_buttons;
    let says_buy = |s: &str| {
        let words = crate::page::collapse_whitespace(&s.to_lowercase().replace(['-', '_'], " "));
        phrases.iter().any(|p| words.contains(p.as_str()))
    };
    (0..page.len()).any(|id| {
        let node = page.node(id);
        matches!(node.tag.as_str(), "button" | "input")
            && (["id", "name", "value", "aria-label"].iter().any(|a| node.attr(a).is_some_and(says_buy))
                || (node.tag == "button" && page.short_text(id, 200).is_some_and(|t| says_buy(&t))))
    })
}

/// Whether a block labelled as a paywall holds a paragraph of prose: a paywall's markup names the
/// gated part of a story as often as its nag, and the story's part is the story.
pub fn is_gated_story(labels: &Labels, stats: &TextStats, id: NodeId) -> bool {
    stats.prose[id] > 0 && labels.role(id).is_some_and(|(role, _)| role == crate::classify::Role::Paywall)
}

/// How many levels up from a date or tag line its list item may be.
const LISTED_ITEM_MAX_DEPTH: usize = 3;

/// Whether a block is a line of a titled item in a list: a list item within a few levels up that
/// holds a heading (an event's date over its title and description). There the date or tag is the
/// item's own, not the page's metadata, which sits in a list of its own untitled facts.
fn in_titled_list_item(page: &Page, id: NodeId) -> bool {
    let item = page.ancestors(id).take(LISTED_ITEM_MAX_DEPTH).find(|&p| page.node(p).tag == "li");
    item.is_some_and(|item| holds_heading(page, item))
}

/// Whether a block holds a paragraph of prose: no list of terms, date or score does.
fn holds_prose(stats: &TextStats, id: NodeId) -> bool {
    stats.prose[id] > 0
}

/// A block of several prose paragraphs with few links: content whatever its labels say
/// ("col-sm-9 sidebar-first-only" can be the main column).
fn is_prose_block(stats: &TextStats, id: NodeId) -> bool {
    stats.prose[id] >= 3 && stats.link_chars[id] * 4 < stats.chars[id]
}

/// A block labelled as a cookie notice whose words are a consent notice's too (two cookie phrases,
/// as `says_consent` asks: a preference centre names its cookie types in its own words).
fn is_worded_consent_dialog(page: &Page, labels: &Labels, id: NodeId) -> bool {
    labels.role(id).is_some_and(|(role, _)| role == crate::classify::Role::Cookie)
        && crate::classify::signals::says_consent(page, id)
}

/// Paragraphs of prose outside the blocks labelled as replies that make a post of the page's own:
/// then replies are chrome, however much prose they hold. Without one (a link aggregator's thread,
/// a page of reviews) the replies may be what the page is for.
const OWN_PROSE_BESIDE_REPLIES: usize = 2;

/// Marks page chrome: navigation, headers, footers, sidebars, forms, labelled boilerplate and
/// invisible nodes (and, through `find_article`'s ancestor checks, everything inside them).
fn chrome_mask(page: &Page, stats: &TextStats, visible: &[bool], labels: &Labels) -> Vec<bool> {
    let body_chars = page.find_tag("body").map(|b| stats.chars[b]).unwrap_or(0).max(1);
    let body_prose = page.find_tag("body").map(|b| stats.prose[b]).unwrap_or(0);
    let is_replies = |id: NodeId| labels.role(id).is_some_and(|(role, _)| role == crate::classify::Role::Comments);
    // Paragraphs of prose outside every block labelled as replies: the page's own post or story.
    let mut in_replies = vec![false; page.len()];
    let mut own_prose = 0;
    for id in 0..page.len() {
        in_replies[id] = page.node(id).parent.is_some_and(|p| in_replies[p]) || is_replies(id);
        if !in_replies[id] && visible[id] && page.node(id).tag == "p" && stats.prose[id] > 0 {
            own_prose += 1;
        }
    }
    let replies_are_chrome = own_prose >= OWN_PROSE_BESIDE_REPLIES;
    (0..page.len())
        .map(|id| {
            let node = page.node(id);
            if !node.is_element() {
                return false;
            }
            if !visible[id] {
                return true;
            }
            // Page-wide wrappers (<html class="header-spacing">, an ASP.NET <form>) are not
            // judged by their labels: they hold everything, the article included.
            if matches!(node.tag.as_str(), "html" | "body" | "main" | "article") {
                return false;
            }
            // A site footer or menu is chrome however much of the page it holds, prose or not (a
            // shop's item whose description a script fills in: its footer is all the page has; a
            // shop's tiles over a footer of legal footnotes written as prose, or under a menu that
            // describes each of its departments in a sentence).
            if matches!(node.tag.as_str(), "footer" | "nav") {
                return true;
            }
            // Other blocks holding most of the page are its content (a layout's wrappers), but a
            // consent dialog can hold most of a short page's text (a preference centre), and a
            // site header's menus can outweigh a paywalled story's two paragraphs: a header or menu
            // holding none of the prose a page has wraps none of its content.
            let frame_without_prose =
                stats.prose[id] == 0 && body_prose > 0 && crate::classify::signals::is_frame(node, labels.of_node(id));
            if stats.chars[id] * 2 > body_chars && !frame_without_prose {
                return is_worded_consent_dialog(page, labels, id);
            }
            // A modal dialog opens on a click (a store's refund policy, a size chart, a cart); what
            // is open on arrival (a consent or sign-up box) is no article either, prose or not.
            if is_modal(node) {
                return true;
            }
            // Prose rescues a labelled block (a <nav> or a <footer> is chrome above), but not
            // replies beside a post of the page's own: the longest reply is not the article.
            let replies = replies_are_chrome && is_replies(id);
            if !replies && is_prose_block(stats, id) {
                return false;
            }
            // An ad is a line or two of copy: a block labelled as one that holds three paragraphs of
            // prose, links or not, is a feed whose class names the ad slots between its cards.
            let ad_label = labels.role(id).is_some_and(|(role, _)| role == crate::classify::Role::Ad);
            if ad_label && stats.prose[id] >= 3 {
                return false;
            }
            // A form around paragraphs of prose or around posts wraps content (a shop's product
            // list with its compare boxes, an ASP.NET page, a forum's thread of <article>s):
            // sign-up and search forms hold neither.
            let holds_posts = || subtree(page, id).any(|d| page.node(d).tag == "article");
            if node.tag == "form" && (stats.prose[id] >= 3 || holds_posts() || is_fieldless_form(page, id)) {
                return false;
            }
            let chrome_by_markup = UNLIKELY_TAGS.contains(&node.tag.as_str())
                || (!attr_is_article_like(node) && labels.role(id).is_some());
            // Asked last, of the few blocks markup calls chrome: it reads the block's heading.
            chrome_by_markup && !is_titled_section(page, id)
        })
        .collect()
}

/// A modal dialog by its ARIA markup (a closed `<dialog>` is not visible at all).
fn is_modal(node: &crate::page::Node) -> bool {
    node.attr("role").is_some_and(|r| matches!(r.trim().to_ascii_lowercase().as_str(), "dialog" | "alertdialog"))
        || node.attr("aria-modal").is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
}

/// Characters and commas of the text written directly in an element (its text children and
/// inline children), not in blocks: text between <br>s.
fn direct_text_counts(page: &Page, stats: &TextStats, id: NodeId) -> (usize, usize) {
    let (mut chars, mut commas) = (0, 0);
    for &c in &page.node(id).children {
        let child = page.node(c);
        let inline = child.is_text()
            || matches!(
                child.tag.as_str(),
                "a" | "b"
                    | "strong"
                    | "em"
                    | "i"
                    | "span"
                    | "font"
                    | "u"
                    | "small"
                    | "sup"
                    | "sub"
                    | "abbr"
                    | "cite"
                    | "q"
                    | "mark"
            );
        if inline {
            chars += stats.chars[c];
            commas += stats.commas[c];
        }
    }
    (chars, commas)
}

/// Enough substantial, low-link prose to call this an article (the shape of Readability's check).
/// `declared`: the page calls itself an article (JSON-LD or og:type), so less prose is enough.
fn is_readerable(page: &Page, article: &Article, stats: &TextStats, declared: bool) -> bool {
    let mut total = 0f32;
    // A short news item (a brief of one-sentence paragraphs) has no paragraph of 140 characters;
    // where the page declares itself an article, 600 characters of paragraphs of 40 or more, not
    // mostly links, are enough.
    let mut short_prose = 0usize;
    for &root in &article.roots {
        for id in page.descendants(root) {
            let node = page.node(id);
            if !node.is_element() {
                continue;
            }
            let chars = if matches!(node.tag.as_str(), "p" | "pre" | "blockquote" | "li")
                || (node.tag == "div" && is_paragraph_like(page, id))
            {
                stats.chars[id] + stats.unspaced_chars[id] * (crate::page::UNSPACED_CHAR_WEIGHT - 1)
            } else {
                // Text written straight into a container between <br>s.
                direct_text_counts(page, stats, id).0
            };
            let density = stats.link_chars[id] as f32 / stats.chars[id].max(1) as f32;
            if density >= 0.3 {
                continue;
            }
            if chars >= 140 {
                total += ((chars - 140) as f32).sqrt();
            }
            if chars >= 40 {
                short_prose += chars;
            }
        }
    }
    total >= if declared { 10.0 } else { 20.0 } || (declared && short_prose >= 600)
}

fn initial_score(page: &Page, labels: &Labels, id: NodeId) -> f32 {
    let node = page.node(id);
    let mut s = match node.tag.as_str() {
        "article" => 10.0,
        "div" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    if attr_is_article_like(node) {
        s += 25.0;
    }
    if node.attr("itemprop") == Some("articleBody") {
        s += 25.0;
    }
    if labels.role(id).is_some() {
        s -= 25.0;
    }
    s
}

/// The headline element(s): the h1 (or heading) whose text best matches the title, plus byline and
/// date elements next to it; these are never hidden.
fn headline_nodes(page: &Page, title_hint: &str) -> Vec<NodeId> {
    let mut keep = Vec::new();
    let hint = crate::page::collapse_whitespace(title_hint).to_lowercase();
    for id in 0..page.len() {
        let node = page.node(id);
        if !node.is_element() {
            continue;
        }
        let is_heading = matches!(node.tag.as_str(), "h1" | "h2");
        let is_meta = node.tag == "time"
            || matches!(node.attr("itemprop"), Some("author" | "datePublished" | "dateModified"))
            || node.attr("rel") == Some("author")
            || crate::classify::signals::any_attr_token(node, |t| matches!(t, "byline" | "author" | "dateline"));
        let meta_of_content =
            is_meta && !page.ancestors(id).any(|a| matches!(page.node(a).tag.as_str(), "footer" | "aside" | "nav"));
        if meta_of_content || (is_heading && names_title(page, id, &hint)) {
            keep.push(id);
        }
    }
    keep
}

/// Whether the element's text and the (lower-cased) title hint name each other.
fn names_title(page: &Page, id: NodeId, hint: &str) -> bool {
    let text = page.text(id).to_lowercase();
    !hint.is_empty() && !text.is_empty() && (hint.contains(&text) || text.contains(hint))
}

/// The first top-level heading (h1, h2, or an element marked up as a heading of level 1 or 2)
/// that names the page's title: where the page's own content begins.
fn first_headline(page: &Page, title_hint: &str) -> Option<NodeId> {
    let hint = crate::page::collapse_whitespace(title_hint).to_lowercase();
    let top_heading = |id: NodeId| {
        let node = page.node(id);
        matches!(node.tag.as_str(), "h1" | "h2")
            || (node.attr("role") == Some("heading") && matches!(node.attr("aria-level"), Some("1" | "2")))
    };
    (0..page.len()).find(|&id| top_heading(id) && names_title(page, id, &hint)).or_else(|| only_h1(page))
}

/// The page's one h1, when it has one only, of three words or more, outside navigation, footers,
/// sidebars and links (a site's name in an h1 is a link, a logo or a word or two): the headline
/// of a page whose title says something else (an SEO title over "Best Electric Cars for the Money
/// in 2026"). An article's own `<header>` around it does not count against it.
fn only_h1(page: &Page) -> Option<NodeId> {
    let mut h1s = (0..page.len()).filter(|&id| page.node(id).tag == "h1");
    let h1 = h1s.next()?;
    (h1s.next().is_none() && !page.in_frame_or_link(h1) && page.text(h1).split_whitespace().count() >= 3).then_some(h1)
}

/// The last node of a subtree (ids are in document order).
pub fn last_descendant(page: &Page, id: NodeId) -> NodeId {
    let mut n = id;
    while let Some(&last) = page.node(n).children.last() {
        n = last;
    }
    n
}

/// Whether an element holds a control to fill in: a text box, a choice, a list (a hidden input
/// or a button is none).
fn holds_field(page: &Page, id: NodeId) -> bool {
    subtree(page, id).any(|d| {
        let node = page.node(d);
        match node.tag.as_str() {
            "input" => !node.attr("type").is_some_and(|t| {
                let t = t.trim().to_ascii_lowercase();
                matches!(t.as_str(), "hidden" | "button" | "submit" | "reset" | "image")
            }),
            "textarea" | "select" => true,
            _ => false,
        }
    })
}

/// Whether `id` is a form with nothing to fill in or send (only hidden inputs, and buttons that run a
/// script): a wrapper around content (old Reddit sets each comment's text in one, a scholar's
/// profile its table of papers), not a form a reader uses.
pub(crate) fn is_fieldless_form(page: &Page, id: NodeId) -> bool {
    page.node(id).tag == "form"
        && !subtree(page, id).any(|d| {
            let node = page.node(d);
            match node.tag.as_str() {
                "input" => !node.attr("type").is_some_and(|t| t.eq_ignore_ascii_case("hidden")),
                // A `type="button"` runs a script (a sort menu, "Show more"): it submits nothing.
                "button" => !node.attr("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("button")),
                "textarea" | "select" => true,
                _ => false,
            }
        })
}

/// Characters a repeated phrase holds at least to be read as a copy for screen readers (not a
/// doubled word of the text: "ha ha").
const MIN_SPOKEN_COPY_CHARS: usize = 6;

/// Inline elements that say again, word for word, what stands just before them in the same line:
/// a copy for screen readers beside the shown one (`<span aria-hidden="true">EUR 16</span>
/// <span class="clipped">EUR 16</span>`, or a price followed by its spoken copy). A reader sees the
/// words once; the text keeps them once. Table cells and list items are the text's own entries,
/// and code is read as written.
pub fn spoken_copies(page: &Page, stats: &TextStats) -> Vec<NodeId> {
    let inline = |id: NodeId| !crate::page::is_block_tag(&page.node(id).tag);
    // Code says what it says, repeats included.
    let in_code = |id: NodeId| {
        std::iter::once(id)
            .chain(page.ancestors(id))
            .any(|a| matches!(page.node(a).tag.as_str(), "pre" | "code" | "kbd" | "samp"))
    };
    neighbours(page)
        .filter(|&(parent, before, id)| {
            page.node(id).is_element()
                && inline(id)
                && stats.chars[id] >= MIN_SPOKEN_COPY_CHARS
                && stats.chars[before] == stats.chars[id]
                && (page.node(before).is_text() || inline(before))
                && page.text(before) == page.text(id)
                && !in_code(parent)
        })
        .map(|(_, _, id)| id)
        .collect()
}

/// Each child of each node with the shown child before it (blank text and comments passed over),
/// as (parent, before, child).
fn neighbours(page: &Page) -> impl Iterator<Item = (NodeId, NodeId, NodeId)> + '_ {
    (0..page.len()).flat_map(move |parent| {
        let mut shown = page.node(parent).children.iter().copied().filter(move |&c| {
            let child = page.node(c);
            child.is_element() || (child.is_text() && !child.text.trim().is_empty())
        });
        let first = shown.next();
        shown.scan(first, move |before, id| Some((parent, before.replace(id)?, id)))
    })
}

/// Characters a section holds at least to be read as a layout's second copy of the one before it.
const MIN_LAYOUT_COPY_CHARS: usize = 80;

/// Sections that repeat, word for word, the section just before them in the same parent, heading
/// and all: a page builder's copies of one section for the desktop and the phone layout (or for
/// each breakpoint), all but one of which its style sheet hides. A reader sees one; the text keeps
/// the first. A heading and a paragraph written twice as siblings of their own (a page of filler
/// text) are the page's text as written: only containers count. The copy read is the first one
/// shown (`visible`): in the browser, the one the layout shows, wherever it stands.
pub fn layout_copies(page: &Page, stats: &TextStats, visible: &[bool]) -> Vec<NodeId> {
    let container = |id: NodeId| matches!(page.node(id).tag.as_str(), "div" | "section");
    neighbours(page)
        .filter(|&(_, before, id)| {
            container(id)
                && container(before)
                && visible[before]
                && stats.chars[id] >= MIN_LAYOUT_COPY_CHARS
                && stats.chars[before] == stats.chars[id]
                && page.text(before) == page.text(id)
                && (holds_heading(page, id) || names_other_layout(page, before, id))
        })
        .map(|(_, _, id)| id)
        .collect()
}

/// Whether two copies of a section carry different classes, one of them naming in its names the
/// screen it is laid out for ("scroll-slide desktop" and "scroll-slide mobile", "hidden-mobile").
fn names_other_layout(page: &Page, a: NodeId, b: NodeId) -> bool {
    let tokens = &crate::lexicon::lexicon().layout_breakpoint_tokens;
    let (a, b) = (page.node(a), page.node(b));
    let names_screen =
        |node: &crate::page::Node| crate::classify::signals::any_attr_token(node, |t| tokens.contains(t));
    a.attr("class") != b.attr("class") && (names_screen(a) || names_screen(b))
}

/// The ids of an element and everything inside it (ids run in document order, parents first).
pub fn subtree(page: &Page, id: NodeId) -> std::ops::RangeInclusive<NodeId> {
    id..=last_descendant(page, id)
}

/// A list of teasers for other pages ("Latest News": linked headlines, each with a line or two of
/// excerpt) inside the article's block: two or more items, and nothing else of substance.
fn is_teaser_list(page: &Page, stats: &TextStats, id: NodeId) -> bool {
    let items: Vec<NodeId> =
        page.node(id).children.iter().copied().filter(|&c| page.node(c).is_element() && stats.chars[c] > 0).collect();
    let teasers = items.iter().filter(|&&c| is_teaser(page, stats, c)).count();
    teasers >= 2 && teasers * 4 >= items.len() * 3
}

/// The outermost teaser lists under `root`.
fn teaser_lists(page: &Page, stats: &TextStats, root: NodeId) -> Vec<NodeId> {
    let mut found = Vec::new();
    let mut stack: Vec<NodeId> = page.node(root).children.clone();
    while let Some(id) = stack.pop() {
        if !page.node(id).is_element() {
            continue;
        }
        if is_teaser_list(page, stats, id) {
            found.push(id);
        } else {
            stack.extend(page.node(id).children.iter().copied());
        }
    }
    found
}

/// Characters of a teaser's section label, an unlinked heading over its headline.
const TEASER_LABEL_CHARS: usize = 30;

/// A headline that is wholly a link (under at most a short section label), and at most a short
/// excerpt beside it.
fn is_teaser(page: &Page, stats: &TextStats, id: NodeId) -> bool {
    let headings: Vec<NodeId> = page
        .descendants(id)
        .into_iter()
        .filter(|&d| matches!(page.node(d).tag.as_str(), "h2" | "h3" | "h4" | "h5" | "h6"))
        .collect();
    // A short unlinked heading over the headline is the teaser's section label ("Politics").
    let is_label = |h: NodeId| stats.link_chars[h] == 0 && stats.chars[h] <= TEASER_LABEL_CHARS;
    let Some(heading) = headings
        .iter()
        .copied()
        .find(|&h| !is_label(h))
        .or(headings.first().copied())
        .or_else(|| card_headline(page, stats, id))
    else {
        return false;
    };
    let heading_chars = stats.chars[heading];
    // A link to a place on this page ("#task-sent", a permalink) is not a teaser's.
    heading_chars > 0
        && links_away(page, heading) > 0
        && stats.link_chars[heading] * 10 >= heading_chars * 9
        && stats.chars[id] <= heading_chars + 300
}

/// Characters of a card's headline at least (four or five words).
const CARD_HEADLINE_MIN_CHARS: usize = 20;

/// A post's card set as an `<article>` without heading markup: its first line of text, when that
/// line is a block of its own (a "post__title" paragraph), is its headline.
fn card_headline(page: &Page, stats: &TextStats, id: NodeId) -> Option<NodeId> {
    if page.node(id).tag != "article" {
        return None;
    }
    // The block around the card's first words.
    let first_text = subtree(page, id).find(|&d| page.node(d).is_text() && stats.chars[d] > 0)?;
    let line =
        page.ancestors(first_text).take_while(|&a| a != id).find(|&a| crate::page::is_block_tag(&page.node(a).tag))?;
    // A headline says what the post is; a card that opens on a word or two (a commenter's
    // badge, a category) opens on something else.
    (stats.chars[line] >= CARD_HEADLINE_MIN_CHARS).then_some(line)
}

/// Links in `id`'s subtree to other pages (not "#" places on this one).
fn links_away(page: &Page, id: NodeId) -> usize {
    subtree(page, id)
        .filter(|&d| page.node(d).tag == "a" && page.node(d).attr("href").is_some_and(leaves_the_page))
        .count()
}

/// Whether a link target is another page: not empty, not a "#" place on this one.
fn leaves_the_page(href: &str) -> bool {
    let href = href.trim();
    !href.is_empty() && !href.starts_with('#')
}

/// Characters a title's wrapper holds besides it (a marker, a toggle's sign) and is still only
/// the title's.
const TITLE_WRAPPER_EXTRA_CHARS: usize = 25;

/// The outermost element that holds `title` and little else, below `root`: the title with its own
/// wrappers (a link, a button, a <summary>), whose parent is the block the title opens.
fn with_own_wrappers(page: &Page, stats: &TextStats, root: NodeId, title: NodeId) -> NodeId {
    let mut own = title;
    while let Some(parent) = page.node(own).parent {
        if parent == root || stats.chars[parent] > stats.chars[title] + TITLE_WRAPPER_EXTRA_CHARS {
            break;
        }
        own = parent;
    }
    own
}

/// Characters a title bar holds besides its heading: short labels ("Sponsored", "Feedback").
const TITLE_BAR_EXTRA_CHARS: usize = 80;

/// Sections introduced by a heading that names them as pointers elsewhere ("Related posts",
/// "Customers also viewed", "More from ..."): the heading and the block it opens, when that block
/// is a small part of `root` and not the article's best-scored one; in a block shared with the
/// text, the heading and the link lists after it, up to the next heading.
fn related_sections(page: &Page, article: &Article, root: NodeId) -> Vec<NodeId> {
    let stats = &article.stats;
    let is_heading = |id: NodeId| matches!(page.node(id).tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
    let holds_best = |id: NodeId| article.best.is_some_and(|b| b == id || page.is_ancestor_of(id, b));
    let mut out = Vec::new();
    for heading in page.descendants(root) {
        if !(is_heading(heading) || is_title_line(page, stats, heading))
            || !article.visible[heading]
            || stats.chars[heading] == 0
            || stats.chars[heading] > 80
        {
            continue;
        }
        if out.iter().any(|&o| o == heading || page.is_ancestor_of(o, heading)) {
            continue;
        }
        let title = page.text(heading);
        let hits = crate::classify::signals::text_cue_hits(&title);
        let names_related =
            hits.best().map(|(r, _)| r) == Some(crate::classify::Role::Related) && hits.roles_hit() == 1;
        // The bare word titles a card's label; as a heading it may title a section of the article
        // ("Related" work, further on in a paper's page).
        if !names_related && (is_heading(heading) || !is_related_title(&title)) {
            continue;
        }
        // The heading's own wrappers (a title bar), then the block it opens.
        let own = with_own_wrappers(page, stats, root, heading);
        let mut block = page.node(own).parent.filter(|&b| b != root && page.is_ancestor_of(root, b));
        // A title bar holds the heading and a few short labels beside it ("Sponsored", "Feedback"):
        // the section it titles is further up.
        while let Some(b) = block.filter(|&b| stats.chars[b] <= stats.chars[heading] + TITLE_BAR_EXTRA_CHARS) {
            block = page.node(b).parent.filter(|&p| p != root && page.is_ancestor_of(root, p));
        }
        // Pointers are links or short teasers: a block with a paragraph of prose that is not mostly
        // links may be a section of the article under an unlucky title ("Why it is trending").
        // Teaser cards whose headline links carry no text of their own (filled in by script) still
        // give each excerpt a link of its own.
        let pointers = |b: NodeId| {
            stats.prose[b] == 0
                || stats.link_chars[b] * 2 > stats.chars[b]
                || links_away(page, b) >= (2 * stats.prose[b]).max(4)
        };
        let small = |b: NodeId| stats.chars[b] * 5 < stats.chars[root] * 2;
        // On a page that is no article (a shop's item), carousels of other items under "Similar items"
        // can outweigh the item's own few lines: there a section without prose goes whatever its size.
        let other_items = |b: NodeId| !article.readerable && stats.prose[b] == 0;
        if let Some(block) = block.filter(|&b| (small(b) || other_items(b)) && pointers(b) && !holds_best(b)) {
            out.push(block);
            continue;
        }
        // The block is shared with the text: the heading and the link lists that follow it.
        out.push(own);
        let Some(parent) = page.node(own).parent else { continue };
        let siblings = &page.node(parent).children;
        let after = siblings.iter().skip_while(|&&c| c != own).skip(1);
        for &sib in after {
            if is_heading(sib) || holds_best(sib) {
                break;
            }
            // A block of titled cards right after the heading is the section's content (teasers
            // under "Latest News", each with its own title); any other block with headings is the
            // next section.
            if page.descendants(sib).into_iter().any(is_heading) {
                if pointers(sib) {
                    out.push(sib);
                }
                break;
            }
            if stats.chars[sib] > 0 && stats.link_chars[sib] * 2 <= stats.chars[sib] {
                break;
            }
            out.push(sib);
        }
    }
    out
}

/// Sections under `root` whose title says they are not the text: pointers elsewhere ("Related
/// posts") and, where the page sells, the shop's terms of sale ("Shipping & Returns").
pub fn titled_sections_not_text(page: &Page, article: &Article, root: NodeId) -> Vec<NodeId> {
    let mut out = related_sections(page, article, root);
    out.extend(link_trees(page, &article.stats, root));
    if article.sells {
        out.extend(store_policy_sections(page, article, root));
    }
    out
}

/// Items a tree of links holds at least: a site's menu of sections and their pages.
const LINK_TREE_MIN_ITEMS: usize = 8;

/// Lists under `root` that are a tree of links: nested lists whose every item is only its link
/// ("Services" over "Audit & Assurance" over "Internal Audits"), a site's menu copied into the
/// page. A listing's cards say something beside their links (a price, a date, a teaser) and are
/// not nested in one another. A tree that is most of the root's text is the page itself (a site
/// map, an index of a manual).
fn link_trees(page: &Page, stats: &TextStats, root: NodeId) -> Vec<NodeId> {
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(id) = stack.pop() {
        let list = matches!(page.node(id).tag.as_str(), "ul" | "ol");
        if list && stats.chars[id] > 0 && stats.link_chars[id] == stats.chars[id] {
            // A list of links only: its parts are smaller lists of links, trees only if it is one.
            if stats.chars[id] * 2 < stats.chars[root] && is_link_tree(page, id) {
                out.push(id);
            }
            continue;
        }
        stack.extend(page.node(id).children.iter().copied().filter(|&c| page.node(c).is_element()));
    }
    out
}

/// Elements a list may sit in between it and the item it is nested in (`<li><div><ul>`).
const NESTED_LIST_WRAPPERS: usize = 3;

/// Whether the list `id` holds enough items, and a list inside one of them.
fn is_link_tree(page: &Page, id: NodeId) -> bool {
    let mut items = 0;
    let mut nested = false;
    for d in subtree(page, id).skip(1) {
        match page.node(d).tag.as_str() {
            "li" => items += 1,
            "ul" | "ol" if !nested => {
                // Inside an item when the nearest item or list above it is an item.
                let holder = page
                    .ancestors(d)
                    .take(NESTED_LIST_WRAPPERS + 1)
                    .find(|&a| matches!(page.node(a).tag.as_str(), "li" | "ul" | "ol"));
                nested = holder.is_some_and(|a| page.node(a).tag == "li");
            }
            _ => {}
        }
    }
    nested && items >= LINK_TREE_MIN_ITEMS
}

/// Characters a section on a shop's terms of sale holds at most: a few lines on costs, times and
/// returns, not the item's description.
const STORE_POLICY_MAX_CHARS: usize = 2_000;

/// Sections of an item's page titled only with the words of the shop's terms of sale ("Shipping &
/// Returns", "Delivery", "Returns policy"): the same lines on every item the shop sells, not the
/// item's own text. Each is the title with the block it opens when that block holds no other
/// section's title (an accordion's panel, a <details>), else the title and the siblings after it
/// up to the next title. Only where the page sells: elsewhere "Delivery" may title an article's
/// own part (a courier's story).
fn store_policy_sections(page: &Page, article: &Article, root: NodeId) -> Vec<NodeId> {
    let stats = &article.stats;
    let holds_best = |id: NodeId| article.best.is_some_and(|b| b == id || page.is_ancestor_of(id, b));
    // Headings and the controls that open a panel title the sections of an item's page; a bold
    // line may title the policy's own parts ("Standard Shipping - $5").
    let is_section_title = |id: NodeId| {
        matches!(page.node(id).tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "summary" | "button")
    };
    let is_title = |id: NodeId| is_section_title(id) || is_title_line(page, stats, id);
    let holds_other_title = |block: NodeId| {
        subtree(page, block).any(|d| is_section_title(d) && stats.chars[d] > 0 && !is_store_policy_title(&page.text(d)))
    };
    let small = |b: NodeId| stats.chars[b] <= STORE_POLICY_MAX_CHARS && stats.chars[b] * 5 < stats.chars[root] * 2;
    let mut out: Vec<NodeId> = Vec::new();
    // The last node inside what was set aside so far: titles are met in document order, and each
    // section set aside ends after its title.
    let mut set_aside_to: Option<NodeId> = None;
    for title in page.descendants(root) {
        if !is_title(title) || !article.visible[title] || stats.chars[title] == 0 || stats.chars[title] > 40 {
            continue;
        }
        if set_aside_to.is_some_and(|end| title <= end) || !is_store_policy_title(&page.text(title)) {
            continue;
        }
        // The title's own wrappers (a button around it, a <summary>), then the block it opens.
        let own = with_own_wrappers(page, stats, root, title);
        let block = page.node(own).parent.filter(|&b| b != root && page.is_ancestor_of(root, b));
        if let Some(block) = block.filter(|&b| small(b) && !holds_best(b) && !holds_other_title(b)) {
            out.push(block);
            set_aside_to = Some(*subtree(page, block).end());
            continue;
        }
        // The block is shared with other sections: the title and what follows it, up to the next title.
        let mut section = vec![own];
        let mut chars = stats.chars[own];
        for sib in page.following_siblings(own) {
            chars += stats.chars[sib];
            if chars > STORE_POLICY_MAX_CHARS {
                break;
            }
            if holds_best(sib) || subtree(page, sib).any(|d| is_section_title(d) && stats.chars[d] > 0) {
                chars -= stats.chars[sib];
                break;
            }
            section.push(sib);
        }
        if chars <= STORE_POLICY_MAX_CHARS {
            set_aside_to = section.last().map(|&last| *subtree(page, last).end());
            out.extend(section);
        }
    }
    out
}

/// Whether a title is made of the words of a shop's terms of sale alone, one of them at least
/// naming shipping or returns ("Shipping & Returns", "Free Delivery", "Returns policy:").
fn is_store_policy_title(title: &str) -> bool {
    let lexicon = crate::lexicon::lexicon();
    let lower = title.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let names_policy = |w: &&str| lexicon.store_policy_words.iter().any(|p| p == w);
    let fills = |w: &&str| lexicon.store_policy_title_fillers.iter().any(|p| p == w);
    words.iter().any(names_policy) && words.iter().all(|w| names_policy(w) || fills(w))
}

/// A title that is only the word for related links ("Related", "Related:"): too common a word in
/// sentences ("related to") to be a cue of its own, but a title of nothing else.
fn is_related_title(title: &str) -> bool {
    let word = title.trim().trim_end_matches(':').trim();
    crate::lexicon::lexicon().related_titles.iter().any(|t| word.eq_ignore_ascii_case(t))
}

/// A line that titles the block it opens without heading markup (`<p class="uppercase">Popular
/// posts</p>` over a list of links): short, no links, nothing but inline content, and the first
/// thing with text in its parent, which holds more than the line.
fn is_title_line(page: &Page, stats: &TextStats, id: NodeId) -> bool {
    let node = page.node(id);
    if !matches!(node.tag.as_str(), "p" | "div" | "span" | "strong" | "b")
        || stats.chars[id] > 40
        || stats.link_chars[id] > 0
        || node.children.iter().any(|&c| {
            // (A `<label>` is set on a line of its own, but its words can be the title's:
            // "<span><label>Related</label></span>".)
            page.node(c).is_element() && page.node(c).tag != "label" && crate::page::is_block_tag(&page.node(c).tag)
        })
    {
        return false;
    }
    let Some(parent) = node.parent else { return false };
    let first_with_text = page.node(parent).children.iter().copied().find(|&c| stats.chars[c] > 0);
    first_with_text == Some(id) && stats.chars[parent] > stats.chars[id] + 25
}

/// A list the text announces ("Top expert recommendations:") in the middle of the article: the
/// line right before it ends with a colon, has two words or more (not "More:") and names no
/// boilerplate (not "You may also be interested in the following articles:"), and text follows the
/// list (or it ends a list item). Its items are the article's picks, links or not.
fn is_announced_list(page: &Page, stats: &TextStats, id: NodeId) -> bool {
    if !matches!(page.node(id).tag.as_str(), "ul" | "ol") {
        return false;
    }
    let Some(parent) = page.node(id).parent else { return false };
    let with_text = |c: &NodeId| page.node(*c).is_element() && stats.chars[*c] > 0;
    let siblings = &page.node(parent).children;
    let Some(at) = siblings.iter().position(|&c| c == id) else { return false };
    let before = siblings[..at].iter().rev().find(|c| with_text(c));
    let after = siblings[at + 1..].iter().find(|c| with_text(c));
    before.is_some_and(|&b| announces(page, stats, b)) && (after.is_some() || page.node(parent).tag == "li")
}

/// Whether a block is a line that announces what follows it ("Top expert recommendations:"): short,
/// without links, ending with a colon, two words or more (not "More:"), naming no boilerplate (not
/// "You may also be interested in the following articles:").
fn announces(page: &Page, stats: &TextStats, id: NodeId) -> bool {
    if stats.chars[id] > 120 || stats.link_chars[id] > 0 {
        return false;
    }
    let line = page.text(id);
    let line = line.trim();
    line.ends_with(':')
        && line.split_whitespace().count() >= 2
        && crate::classify::signals::text_cue_hits(line).best().is_none()
}

/// Whether a block is a line wholly or mostly a link (a linked title), short as a list's entry is.
fn is_link_line(stats: &TextStats, id: NodeId) -> bool {
    stats.chars[id] > 0 && stats.chars[id] < 250 && stats.link_chars[id] * 2 > stats.chars[id]
}

/// Paragraphs that are each a link, two or more in a row right after a line announcing them
/// ("I can't wait to see what my friends' favorite projects are:"), with the text going on after
/// them: a list the article writes as paragraphs, its picks, as `is_announced_list` reads a ul.
fn announced_link_paragraphs(page: &Page, stats: &TextStats, announcing: NodeId) -> Vec<NodeId> {
    let Some(parent) = page.node(announcing).parent else { return Vec::new() };
    let siblings = &page.node(parent).children;
    let Some(at) = siblings.iter().position(|&c| c == announcing) else { return Vec::new() };
    let with_text = siblings[at + 1..].iter().copied().filter(|&c| page.node(c).is_element() && stats.chars[c] > 0);
    let mut run = Vec::new();
    for c in with_text {
        if page.node(c).tag == "p" && is_link_line(stats, c) {
            run.push(c);
        } else {
            // The text goes on after the entries: a paragraph or a heading of its own words.
            return if run.len() >= 2 && !is_link_line(stats, c) { run } else { Vec::new() };
        }
    }
    Vec::new()
}

/// Whether `list` is a ul/ol with an item that has text and no link: a list of the article's own
/// points, some of which link out (a checklist's "Tent", "Rainfly", "Stakes" under "SHELTER"). Menus,
/// tag lists and further reading link every item.
fn holds_plain_items(page: &Page, stats: &TextStats, list: NodeId) -> bool {
    matches!(page.node(list).tag.as_str(), "ul" | "ol")
        && page
            .node(list)
            .children
            .iter()
            .any(|&c| page.node(c).tag == "li" && stats.chars[c] > 0 && stats.link_chars[c] == 0)
}

/// Characters of its own words a list item needs beside its links to describe them.
const DESCRIBED_ITEM_CHARS: usize = 15;

/// Whether `id` is a list item that says something of its own about what it links ("<a>CS50's
/// Introduction to Computer Science</a> from Harvard University ★★★★★(189)", "Best for beginners:
/// <a>Certified Business Consultant</a>"): a line of the article's own list. A menu's or further
/// reading's items are their links, with a date or a count at most.
fn is_described_link_item(page: &Page, stats: &TextStats, id: NodeId) -> bool {
    page.node(id).tag == "li"
        && stats.chars[id] >= stats.link_chars[id] + DESCRIBED_ITEM_CHARS
        && !subtree(page, id).skip(1).any(|d| crate::page::is_block_tag(&page.node(d).tag))
}

/// Whether `id` is such an item or an item of a list most of whose items are (one tersely worded
/// step, "Here are my <a>Top Four Tips</a>", among its described siblings), or a list of two or
/// more items that all are.
fn describes_its_links(page: &Page, stats: &TextStats, id: NodeId) -> bool {
    let items_of = |list: NodeId| -> Vec<NodeId> {
        page.node(list).children.iter().copied().filter(|&c| stats.chars[c] > 0).collect()
    };
    if !matches!(page.node(id).tag.as_str(), "ul" | "ol") {
        return is_described_link_item(page, stats, id)
            || page.node(id).parent.is_some_and(|list| {
                let items = items_of(list);
                let described = items.iter().filter(|&&i| is_described_link_item(page, stats, i)).count();
                items.len() >= 3 && described * 2 > items.len()
            });
    }
    let items = items_of(id);
    items.len() >= 2 && items.iter().all(|&i| is_described_link_item(page, stats, i))
}

/// Links marked rel="tag" (a post's tags: "Tags: stock car 2018, stock car brasil, ...").
fn is_tag_link(page: &Page, id: NodeId) -> bool {
    let node = page.node(id);
    node.tag == "a"
        && node.attr("rel").is_some_and(|rel| rel.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("tag")))
}

/// Characters a list of a post's tags holds at most.
const MAX_TAG_LIST_CHARS: usize = 600;

/// A run of two or more tag links with nothing but a label and separators around them, whatever
/// element holds it (a `<strong>` set loose in the post's block).
fn is_tag_list(page: &Page, stats: &TextStats, id: NodeId) -> bool {
    let tags: Vec<NodeId> = subtree(page, id).filter(|&d| is_tag_link(page, d)).collect();
    let tag_chars: usize = tags.iter().map(|&t| stats.chars[t]).sum();
    tags.len() >= 2 && stats.link_chars[id] == tag_chars && stats.chars[id] < tag_chars + 30
}

/// Whether `id` is a sentence that links some of its words ("This hotel features in my lists of
/// the <a>best hotels in Bangkok</a> and the <a>best new hotels of 2017</a>."): it ends as a
/// sentence does and 30 characters or more of it are not links, or it is a short sentence around
/// a link or two (`is_worded_around_links`). A menu's or further reading's entries are their links.
fn is_sentence_with_links(page: &Page, stats: &TextStats, id: NodeId) -> bool {
    page.text(id).trim_end().ends_with(['.', '!', '?'])
        && (stats.chars[id].saturating_sub(stats.link_chars[id]) >= 30 || is_worded_around_links(page, stats, id))
}

/// Words of its own a short sentence needs around its links ("For more information, see <a>...</a>.").
const WORDS_AROUND_LINKS: usize = 3;
/// Links such a sentence holds at most: "Follow us on <a>Facebook</a>, <a>X</a> and <a>Instagram</a>."
/// is a row of links with words between them.
const LINKS_IN_A_SHORT_SENTENCE: usize = 2;

/// Whether `id` opens and closes with words of its own, three or more of them, around one or two
/// links: a cross-reference written as a sentence ("For more information, see <a>Overview of
/// storage</a>.", "See <a>Outputting forms</a> for more details."). A menu's or further reading's
/// entries open with their links.
fn is_worded_around_links(page: &Page, stats: &TextStats, id: NodeId) -> bool {
    let in_link = |t: NodeId| in_link_within(page, id, t);
    let texts = || subtree(page, id).filter(|&d| page.node(d).is_text() && stats.chars[d] > 0);
    let own_words = texts()
        .filter(|&t| !in_link(t))
        .flat_map(|t| page.node(t).text.split_whitespace())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    let links = subtree(page, id).filter(|&d| page.node(d).tag == "a").count();
    own_words >= WORDS_AROUND_LINKS
        && links <= LINKS_IN_A_SHORT_SENTENCE
        && texts().next().is_some_and(|t| !in_link(t))
        && texts().next_back().is_some_and(|t| !in_link(t))
}

/// Whether `id` is a paragraph written as a sentence whose links all point within the page ("<a
/// href="#usage">See more examples below.</a>"): a cross-reference of the text, where a menu's or
/// further reading's links lead away, and a table of contents links each section.
fn is_sentence_linking_within(page: &Page, id: NodeId) -> bool {
    let text = page.text(id);
    let text = text.trim_end();
    page.node(id).tag == "p" && text.ends_with(['.', '!', '?', ':']) && text.split_whitespace().nth(2).is_some() && {
        let links: Vec<NodeId> = subtree(page, id).filter(|&d| page.node(d).tag == "a").collect();
        links.len() <= SENTENCE_MAX_INNER_LINKS && links.iter().all(|&a| in_page_target(page, a).is_some())
    }
}

/// Links within the page a sentence holds at most; a table of contents written as one paragraph
/// holds one per section.
const SENTENCE_MAX_INNER_LINKS: usize = 2;

/// Whether `id` is labelled as a shop's customer reviews: comments by a word that names them only
/// on a page that sells ("reviews"), which are no thread's posts.
pub(crate) fn labels_customer_reviews(labels: &Labels, id: NodeId) -> bool {
    matches!(labels.role(id), Some((crate::classify::Role::Comments, token))
        if crate::lexicon::lexicon().product_page_tokens().any(|t| t == token))
}

/// Whether the node `t` sits inside a link within the block `id`.
fn in_link_within(page: &Page, id: NodeId, t: NodeId) -> bool {
    page.ancestors(t).take_while(|&a| a != id).any(|a| page.node(a).tag == "a")
}

/// Whether `id` ends with a stop written right after a link ("<a>Install Python</a>." or "Install
/// the <a>SDK</a>:"): a linked phrase set as a sentence. A menu's entries end with their links.
fn ends_with_a_stop_after_a_link(page: &Page, stats: &TextStats, id: NodeId) -> bool {
    let in_link = |t: NodeId| in_link_within(page, id, t);
    let mut texts = subtree(page, id).rev().filter(|&d| page.node(d).is_text() && stats.chars[d] > 0);
    let (Some(last), Some(before)) = (texts.next(), texts.next()) else { return false };
    matches!(page.node(last).text.trim(), "." | ":" | "!" | "?") && !in_link(last) && in_link(before)
}

/// A list of steps each written as a sentence around a link ("<a>Install Python</a>.", "<a>Install
/// and set up ngrok</a>."): two items or more so written, and the others sentences or mostly words
/// of their own (a step that shows a command to run). Instructions, not a menu.
fn is_linked_steps(page: &Page, stats: &TextStats, list: NodeId) -> bool {
    if !matches!(page.node(list).tag.as_str(), "ul" | "ol") {
        return false;
    }
    let items = page.node(list).children.iter().copied().filter(|&c| page.node(c).tag == "li" && stats.chars[c] > 0);
    let mut linked_sentences = 0;
    for item in items {
        if ends_with_a_stop_after_a_link(page, stats, item) {
            linked_sentences += 1;
        } else if !is_sentence_with_links(page, stats, item) && stats.link_chars[item] * 2 > stats.chars[item] {
            return false;
        }
    }
    linked_sentences >= 2
}

/// Characters of an item's linked title at most (a book's title and author, a deal's headline).
const ITEM_TITLE_CHARS: usize = 80;

/// Items in a row that make a run of linked titles the article's own.
const ITEM_TITLES_IN_A_RUN: usize = 3;

/// Paragraphs that are wholly a link and title the paragraph of prose after them, three times or
/// more in one block or in the entries of one list: the items of a roundup or a list of picks
/// ("Imprivata acquires Verosint" over the deal's story; a book's title over what the writer thinks
/// of it). They are the article's headings, not a list of links. A line that shows an address is
/// not a title.
fn linked_item_titles(page: &Page, article: &Article, root: NodeId) -> HashSet<NodeId> {
    let stats = &article.stats;
    let is_title = |id: NodeId| {
        let chars = stats.chars[id];
        page.node(id).tag == "p"
            && chars > 0
            && chars <= ITEM_TITLE_CHARS
            && stats.link_chars[id] * 10 >= chars * 9
            && address_link_chars(page, stats, id) == 0
    };
    let is_prose = |id: NodeId| page.node(id).tag == "p" && stats.prose[id] > 0;
    // Each title over its text, with the block that holds the pair: the pairs are counted for
    // that block and for the block around it (one item a list's entry: the run is the list's).
    let mut pairs: Vec<(NodeId, NodeId)> = Vec::new();
    let mut runs = vec![0usize; page.len()];
    let outer_of = |block: NodeId| page.node(block).parent.filter(|&o| o == root || page.is_ancestor_of(root, o));
    for block in subtree(page, root) {
        // Siblings with text, past what the page labels (an advertisement between title and text).
        let lines: Vec<NodeId> = page
            .node(block)
            .children
            .iter()
            .copied()
            .filter(|&c| page.node(c).is_element() && stats.chars[c] > 0 && article.labels.role(c).is_none())
            .collect();
        for pair in lines.windows(2).filter(|pair| is_title(pair[0]) && is_prose(pair[1])) {
            pairs.push((block, pair[0]));
            runs[block] += 1;
            if let Some(outer) = outer_of(block) {
                runs[outer] += 1;
            }
        }
    }
    let in_a_run = |block: NodeId| runs[block] >= ITEM_TITLES_IN_A_RUN;
    pairs
        .into_iter()
        .filter(|&(block, _)| in_a_run(block) || outer_of(block).is_some_and(in_a_run))
        .map(|(_, title)| title)
        .collect()
}

/// Whether `id` is a list of linked steps, a part of one (an item, the paragraph in an item) or
/// a wrapper around one only.
fn in_linked_steps(page: &Page, stats: &TextStats, id: NodeId) -> bool {
    std::iter::once(id).chain(page.ancestors(id).take(2)).any(|l| is_linked_steps(page, stats, l))
        || wraps_linked_steps(page, stats, id)
}

/// Whether `id` only wraps a list of linked steps (a tab's panel around the steps for one language).
fn wraps_linked_steps(page: &Page, stats: &TextStats, id: NodeId) -> bool {
    let mut inner = id;
    loop {
        let mut with_text = page.node(inner).children.iter().copied().filter(|&c| stats.chars[c] > 0);
        match (with_text.next(), with_text.next()) {
            (Some(only), None) => inner = only,
            _ => break,
        }
    }
    inner != id && is_linked_steps(page, stats, inner)
}

/// Whether `id` holds a heading whose every link points to the heading itself (a documentation
/// site's `<div class="heading-wrapper"><h2 id="why"><a href="#why">Why?</a></h2><a href="#why">
/// #</a></div>`): the section's title with its permalink. A related post's title links away, and
/// an accordion's question links to "#".
fn is_anchored_heading(page: &Page, id: NodeId) -> bool {
    let heading =
        subtree(page, id).find(|&d| matches!(page.node(d).tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"));
    let Some(anchor) = heading.and_then(|h| page.node(h).attr("id")).filter(|a| !a.is_empty()) else {
        return false;
    };
    subtree(page, id).filter(|&d| page.node(d).tag == "a").all(|a| in_page_target(page, a) == Some(anchor))
}

/// The id a link points to within its own page ("#usage" gives "usage"), if it does.
fn in_page_target(page: &Page, link: NodeId) -> Option<&str> {
    page.node(link).attr("href")?.trim().strip_prefix('#').filter(|target| !target.is_empty())
}

/// The nearest block-level ancestor of `id`: the line or paragraph an inline element is part of.
fn enclosing_block(page: &Page, id: NodeId) -> Option<NodeId> {
    page.ancestors(id).find(|&a| crate::page::is_block_tag(&page.node(a).tag))
}

/// Whether `id` is a span inside a line of text: the block around it (past its inline wrappers,
/// <strong><span><a>interior design trends</a></span></strong>) reads mostly as text, so the span
/// is a linked phrase of a sentence, not a list of links.
fn is_linked_span_in_text(page: &Page, stats: &TextStats, id: NodeId) -> bool {
    page.node(id).tag == "span"
        && enclosing_block(page, id).is_some_and(|block| stats.link_chars[block] * 2 <= stats.chars[block])
}

/// Whether `id` is an inline element inside a paragraph of text with words of its own around it
/// (a link whose aria-label "food subscription boxes" names a role): the words are the sentence's.
pub(crate) fn is_phrase_of_paragraph(page: &Page, stats: &TextStats, id: NodeId) -> bool {
    let tag = page.node(id).tag.as_str();
    (!crate::page::is_block_tag(tag) || tag == "button")
        && enclosing_block(page, id).is_some_and(|block| {
            page.node(block).tag == "p"
                && stats.link_chars[block] * 2 <= stats.chars[block]
                && stats.chars[block] >= stats.chars[id] + 30
        })
}

/// Blocks the page keeps out of search results' snippets (`data-nosnippet`): an author's bio card,
/// a wiki's "Retrieved from" line, a mock-up's words. Such a block is not the article's text,
/// except a code listing or a table (a site may keep its code boxes out of snippets), a block that
/// holds the one that scored best, or one with a large share of the page (a site that marks its
/// whole story so): there the mark says nothing of what is boilerplate.
pub fn unsnippeted_blocks(page: &Page, article: &Article) -> Vec<NodeId> {
    let marked = |id: NodeId| page.node(id).is_element() && page.node(id).attr("data-nosnippet").is_some();
    if !(0..page.len()).any(marked) {
        return Vec::new();
    }
    // Bottom up: whether each node holds code or a table.
    let mut holds_listing = vec![false; page.len()];
    for id in (0..page.len()).rev() {
        let node = page.node(id);
        holds_listing[id] |= matches!(node.tag.as_str(), "pre" | "code" | "table");
        if let Some(parent) = node.parent {
            holds_listing[parent] |= holds_listing[id];
        }
    }
    let body = page.find_tag("body").map_or(0, |b| article.stats.chars[b]);
    (0..page.len())
        .filter(|&id| {
            marked(id)
                && !holds_listing[id]
                && article.stats.chars[id] * 5 < body * 2
                && !article.best.is_some_and(|best| best == id || page.is_ancestor_of(id, best))
        })
        .collect()
}

/// Whether `id` is a tooltip's bubble: marked as a tooltip (role="tooltip", a "tooltip" class)
/// and named by the ARIA attributes of the element just before it, the words or the footnote mark
/// it explains (`<dfn aria-labelledby="t1">search engine</dfn><span id="t1" class="tooltip">A
/// search engine is ...</span>`). The page shows it on hover, apart from the sentence; read in
/// line it would break the sentence in two. A tooltip mark on the explained words themselves
/// (`<a class="tooltip">rebate</a>`) names no such pair: they stay.
pub fn is_tooltip_bubble(page: &Page, id: NodeId) -> bool {
    let node = page.node(id);
    let Some(own_id) = node.attr("id").map(str::trim).filter(|i| !i.is_empty()) else {
        return false;
    };
    let tokens = &crate::lexicon::lexicon().tooltip_attr;
    let marked = node.attr("role").is_some_and(|r| r.trim().eq_ignore_ascii_case("tooltip"))
        || crate::classify::signals::any_attr_token(node, |t| tokens.contains(t));
    // (Most elements with an id are no tooltip: their siblings are not read.)
    if !marked {
        return false;
    }
    let before = node.parent.and_then(|parent| {
        let siblings = &page.node(parent).children;
        siblings.iter().take_while(|&&s| s != id).filter(|&&s| page.node(s).is_element()).last().copied()
    });
    let names_it = |d: NodeId| {
        ["aria-describedby", "aria-labelledby", "aria-controls"]
            .iter()
            .any(|a| page.node(d).attr(a).is_some_and(|v| v.split_whitespace().any(|r| r == own_id)))
    };
    before.is_some_and(|b| std::iter::once(b).chain(page.descendants(b)).any(names_it))
}

/// Characters a footnote's mark holds at most ("12", "[3]", "†").
const FOOTNOTE_MARK_MAX_CHARS: usize = 4;

/// Whether an element is the mark of a note in the text: a superscript that is, or sits in, a
/// link within the page ("#fn6", "#citations") and holds a number, a bracketed one or a symbol
/// ("<sup><a href="#fn6">6</a></sup>", "<a href="#note-3"><sup>[3]</sup></a>"). The page shows it;
/// read in line it is a stray number ("a wealth management practice 6 .").
pub fn is_footnote_mark(page: &Page, id: NodeId) -> bool {
    let node = page.node(id);
    if node.tag != "sup" {
        return false;
    }
    let in_page_link = |n: NodeId| {
        let link = page.node(n);
        link.tag == "a" && link.attr("href").is_some_and(|h| h.trim_start().starts_with('#') && h.trim().len() > 1)
    };
    let linked = page.descendants(id).into_iter().any(in_page_link) || node.parent.is_some_and(in_page_link);
    let mark = page.short_text(id, 64).is_some_and(|t| {
        let bare = t.trim_matches(|c: char| matches!(c, '[' | ']' | '(' | ')' | ' '));
        !bare.is_empty()
            && t.chars().count() <= FOOTNOTE_MARK_MAX_CHARS
            && bare.chars().all(|c| c.is_ascii_digit() || matches!(c, '*' | '†' | '‡' | '§' | ',' | '-' | '–'))
    });
    linked && mark
}

/// The lists under `root` that are announced or hold one in an item ("Buying options:" over the
/// shops' links, beside "Plan to spend: $15-$70"), and announced runs of linked paragraphs, found
/// in one walk.
fn announced_lists(page: &Page, stats: &TextStats, root: NodeId) -> HashSet<NodeId> {
    let mut found = HashSet::new();
    for d in subtree(page, root) {
        if is_announced_list(page, stats, d) {
            found.insert(d);
            let holders = page.ancestors(d).take_while(|&a| a != root);
            found.extend(holders.filter(|&a| matches!(page.node(a).tag.as_str(), "ul" | "ol")));
        } else if page.node(d).tag == "p" && announces(page, stats, d) {
            found.extend(announced_link_paragraphs(page, stats, d));
        }
    }
    found
}

/// Blocks inside the article that are not its text: bylines, dates, captions, share and tag
/// lists, link lists. They stay visible on the page (hiding them gains the reader nothing), but the
/// extracted article text leaves them out.
pub fn non_text_blocks(page: &Page, article: &Article) -> Vec<NodeId> {
    let stats = &article.stats;
    let skip_tokens = &crate::lexicon::lexicon().extract_skip_attr;
    let term_tokens = &crate::lexicon::lexicon().extract_term_attr;
    let preview_tokens = &crate::lexicon::lexicon().link_preview_attr;
    let mut out = Vec::new();
    for &root in &article.roots {
        let root_chars = stats.chars[root].max(1);
        // Teasers are the content of a listing; in an article with three paragraphs of prose
        // outside them, they point away from it.
        let mut teaser_lists = teaser_lists(page, stats, root);
        let teaser_prose: usize = teaser_lists.iter().map(|&t| stats.prose[t]).sum();
        if stats.prose[root] < teaser_prose + 3 {
            teaser_lists.clear();
        }
        let announced = announced_lists(page, stats, root);
        let item_titles = linked_item_titles(page, article, root);
        // The article's last paragraph of prose: lists before it are inside the article.
        let last_prose =
            subtree(page, root).rev().find(|&d| page.node(d).tag == "p" && stats.prose[d] > 0).unwrap_or(0);
        let mut stack: Vec<NodeId> = page.node(root).children.clone();
        while let Some(id) = stack.pop() {
            let node = page.node(id);
            if !node.is_element() {
                continue;
            }
            let chars = stats.chars[id];
            let small = chars * 5 < root_chars * 2;
            // Labels never take out the block that scored best (an intro under "listicle-header").
            let holds_best = article.best.is_some_and(|b| b == id || page.is_ancestor_of(id, b));
            // An <article> is never a label's block: its "tag-ai author-ann" classes name its topics.
            // A link's preview card is a block; a link that shows the linked page's title inline
            // ("inline-onebox") is a phrase of its sentence.
            let link_preview = crate::page::is_block_tag(&node.tag)
                && crate::classify::signals::any_attr_token(node, |t| preview_tokens.contains(t));
            let labelled = node.tag != "article"
                && (crate::classify::signals::any_attr_token(node, |t| {
                    skip_tokens.contains(t)
                        && !(term_tokens.contains(t) && (holds_prose(stats, id) || in_titled_list_item(page, id)))
                }) || link_preview
                    || article.labels.role(id).is_some_and(|(_, token)| {
                        !attr_is_article_like(node)
                            || (!attr_is_article_like_apart_from(node, token) && !is_prose_block(stats, id))
                    }))
                && !is_titled_section(page, id)
                && !holds_best
                && !is_gated_story(&article.labels, stats, id)
                && !is_phrase_of_paragraph(page, stats, id);
            let link_list = matches!(node.tag.as_str(), "div" | "p" | "ul" | "ol" | "li" | "section" | "span" | "nav")
                && chars < 250
                && stats.link_chars[id] * 2 > chars
                && (chars - stats.link_chars[id] < MIN_OWN_CHARS_BESIDE_ADDRESSES
                    || stats.link_chars[id].saturating_sub(address_link_chars(page, stats, id)) * 2 > chars);
            let teasers = teaser_lists.contains(&id);
            let announced = announced.contains(&id)
                || (node.tag == "li" && node.parent.is_some_and(|list| announced.contains(&list)));
            let list = if node.tag == "li" { node.parent.unwrap_or(id) } else { id };
            // A list inside the article whose items say something of their links is its own.
            let described_links = link_list && id < last_prose && describes_its_links(page, stats, id);
            let link_list = link_list
                && !described_links
                && !announced
                && !holds_plain_items(page, stats, list)
                && !is_sentence_with_links(page, stats, id)
                && !is_sentence_linking_within(page, id)
                && !in_linked_steps(page, stats, id)
                && !is_linked_span_in_text(page, stats, id)
                && !is_anchored_heading(page, id)
                && !item_titles.contains(&id);
            let teasers = teasers && !announced;
            let tag_list = || chars < MAX_TAG_LIST_CHARS && stats.link_chars[id] > 0 && is_tag_list(page, stats, id);
            // A dialog with fields to fill opens on a click (a form to report the item, a postcode
            // to check delivery): not the text. Other dialogs may hold it (a description, a size chart).
            let dialog = is_modal(node) && !holds_best && holds_field(page, id);
            // A form to write in (a reply's box, with its guidance and its terms) is the reader's to
            // fill, not the text, though its notice is long enough to read as prose (see the reading
            // of forms in `content`).
            let reply_form =
                node.tag == "form" && !holds_best && subtree(page, id).any(|d| page.node(d).tag == "textarea");
            // Comments marked as such are never the text, however much of the block they are (a
            // short post over its long thread of comments; a shop's reviews beside a short description).
            let comments =
                labelled && article.labels.role(id).is_some_and(|(r, _)| r == crate::classify::Role::Comments);
            if (small || comments)
                && (labelled || dialog || reply_form || link_list || node.tag == "time" || teasers || tag_list())
            {
                out.push(id);
            } else {
                stack.extend(node.children.iter().copied());
            }
        }
        out.extend(titled_sections_not_text(page, article, root));
        let titles = contents_titles(page, article, root, &out);
        out.extend(titles);
    }
    out
}

/// Text a block may keep beside its set-aside links and still be only their title ("Table of
/// Contents", "In this article", "Inhalt").
const CONTENTS_TITLE_CHARS: usize = 40;
/// ... when what was set aside is this many times longer.
const CONTENTS_TITLE_RATIO: usize = 4;

/// The titles of tables of contents whose links were set aside: a block whose text, once its
/// link lists are left out, is a short line alone, and whose links mostly point within the page
/// (`href="#..."`). The title would be read with nothing under it. Given as the title's own
/// nodes, so that what is set aside is counted once.
fn contents_titles(page: &Page, article: &Article, root: NodeId, set_aside: &[NodeId]) -> Vec<NodeId> {
    let stats = &article.stats;
    // Characters set aside under each node (nested set-aside blocks counted once).
    let mut aside = vec![0usize; page.len()];
    for &o in set_aside {
        if set_aside.iter().any(|&p| p != o && page.is_ancestor_of(p, o)) {
            continue;
        }
        for n in std::iter::once(o).chain(page.ancestors(o)) {
            aside[n] += stats.chars[o];
            if n == root {
                break;
            }
        }
    }
    let holds_best = |id: NodeId| article.best.is_some_and(|b| b == id || page.is_ancestor_of(id, b));
    let in_page_links = |id: NodeId| {
        let hrefs: Vec<&str> = page.descendants(id).into_iter().filter_map(|d| page.node(d).attr("href")).collect();
        !hrefs.is_empty() && hrefs.iter().filter(|h| h.trim_start().starts_with('#')).count() * 5 >= hrefs.len() * 4
    };
    let mut out = Vec::new();
    let mut stack: Vec<NodeId> = page.node(root).children.clone();
    while let Some(id) = stack.pop() {
        if !page.node(id).is_element() || aside[id] == 0 || aside[id] >= stats.chars[id] {
            continue;
        }
        let left = stats.chars[id] - aside[id];
        if left <= CONTENTS_TITLE_CHARS
            && aside[id] >= CONTENTS_TITLE_RATIO * left
            && !holds_best(id)
            && in_page_links(id)
        {
            // The pieces of the block outside what was set aside.
            let mut pieces = vec![id];
            while let Some(p) = pieces.pop() {
                if aside[p] == 0 {
                    out.push(p);
                } else if aside[p] < stats.chars[p] {
                    pieces.extend(page.node(p).children.iter().copied());
                }
            }
        } else {
            stack.extend(page.node(id).children.iter().copied());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::page::html::parse_html;

    /// A paragraph of prose numbered for a test: "<p>Paragraph 3 of the story …</p>".
    fn numbered_paragraph(i: usize, rest: &str) -> String {
        format!("<p>Paragraph {i} of {rest}</p>")
    }

    /// The text extracted from a page that declares itself an article (og:type) and holds `inner`
    /// in its `<article>`: the reading that sets aside labels, link lists and forms.
    fn declared_article_text(inner: &str) -> String {
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><article>{inner}</article></body>"#
        );
        crate::extract(&parse_html(&html).unwrap()).text_content()
    }

    #[test]
    fn a_show_more_item_hidden_by_a_class_does_not_cut_the_article_from_its_introduction() {
        // A review's column: its introduction, a "Quick look" of picks whose last ones wait behind
        // "Show more" (hidden by a utility class), then the body. The hidden pick is no sidebar:
        // the article is the whole column, introduction first.
        let section = |n: usize| {
            format!(
                "<p>Section {n} tells how the watch held up, in rain, in snow, and on long runs, with \
                 its battery, its screen, its straps, and its maps, over weeks of testing by our team.</p>"
            )
        };
        let body: String = (1..=12).map(section).collect();
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><main><div class="col">
            <div class="summary"><p>Introduction: a GPS watch can be a handy sidekick for the backcountry,
            for training, or for daily life, and we tested fifty of them over a decade.</p></div>
            <div class="pick">Best overall: the Runner 970</div>
            <div class="d-none w-100 more-picks">Best for phones: the Ultra 3</div>
            <div><div class="articletext"><h2>The best GPS watches</h2>{body}</div></div>
            </div><aside><a href="/a">Other reviews</a> <a href="/b">Deals</a></aside></main></body>"#
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.starts_with("Introduction: a GPS watch") && text.contains("Section 12"), "{text}");
        assert!(!text.contains("Ultra 3") && !text.contains("Other reviews"), "{text}");
    }

    #[test]
    fn a_labelled_consent_dialog_is_never_content_however_much_of_the_page_it_holds() {
        let purpose = |what: &str| {
            format!(
                "<p>{what} cookies are stored on your browser by this website, with your consent, to help us \
                 analyse and understand how you use it, and you can opt out of them in the cookie settings. \
                 Manage consent preferences at any time from the privacy settings.</p>"
            )
        };
        let dialog = format!(
            r#"<div id="onetrust-consent-sdk"><h2>About your privacy</h2>{}{}{}{}{}<button>Accept all cookies</button></div>"#,
            purpose("Necessary"),
            purpose("Analytics"),
            purpose("Advertisement"),
            purpose("Functional"),
            purpose("Social media")
        );
        let post =
            |i: usize, line: &str| format!(r#"<div class=msg><span class=author>user{i}</span><p>{line}</p></div>"#);
        let thread = [
            post(1, "No stream link this time; the recording goes up in an hour."),
            post(2, "Early start, so they must want the whole news cycle."),
            post(3, "Waiting for the sequel, as every year."),
        ]
        .concat();
        // A short thread: the preference centre holds most of the page's text.
        let html = format!(r#"<body><h1>Showcase thread</h1><div class=board>{thread}</div>{dialog}</body>"#);
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        assert!(text.contains("the recording goes up in an hour") && !text.contains("opt out of them"), "{text}");
        // A long article: the dialog holds little of the page, and its prose does not make it content.
        let para = |i: usize| {
            numbered_paragraph(
                i,
                "the story goes on about the harbour, the boats, the weather and the people \
                 who worked there for years, and what the town made of it all when the season ended.",
            )
        };
        let story: String = (1..=12).map(para).collect();
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><article><h1>The harbour</h1>{story}</article>{dialog}</body>"#
        );
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        assert!(text.contains("Paragraph 12 of the story") && !text.contains("opt out of them"), "{text}");
    }

    #[test]
    fn a_thread_of_posts_inside_a_form_beside_a_preference_centre_is_read() {
        let kind = |what: &str| {
            format!(
                "<h3>{what} Cookies</h3><p>These technologies help the site work and remember what you choose, \
                 such as your language, your region and the items in your basket; if you block them, parts of \
                 the site may no longer work as you expect them to, and some pages may not load at all.</p>"
            )
        };
        let centre: String =
            ["Strictly Necessary", "Performance", "Functional", "Targeting", "Social Media", "Analytics"]
                .map(kind)
                .concat();
        let dialog = format!(
            r#"<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk">We use cookies to improve your visit.
            <button>Accept All Cookies</button></div><div id="onetrust-pc-sdk">{centre}</div></div>"#
        );
        let post = |i: usize, line: &str| {
            format!(
                r#"<article class="cPost ipsComment"><div class="ipsComment_content"><p>{line}</p></div></article>"#
            )
            .replace("cPost", &format!("cPost post-{i}"))
        };
        let thread = [
            post(1, "Does anyone know what the two ports under the power supply are for? The manual says nothing about them, but they look very intentional, one on the outside and one on the inside of the bottom panel."),
            post(2, "I heard the rear one is for an external connection to the lighting hub, so that a second case or a desk strip can share the same controller without another cable run through the back."),
        ]
        .concat();
        let html = format!(
            r#"<head><script type="application/ld+json">{{"@type":"DiscussionForumPosting","headline":"New case"}}</script></head>
            <body><h1>New case</h1><div id="elPostFeed"><form action="/reply">{thread}</form></div>{dialog}</body>"#
        );
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        assert!(text.contains("rear one is for an external connection"), "{text}");
        assert!(!text.contains("remember what you choose"), "{text}");
        // The preference centre says two cookie phrases ("use cookies", "accept all cookies") and
        // holds most of the page: it is chrome all the same.
        let stats = super::text_stats(&page);
        let labels = super::Labels::of(&page, &stats.chars);
        let chrome = super::chrome_mask(&page, &stats, &page.visibility_mask(), &labels);
        let sdk = (0..page.len()).find(|&i| page.node(i).attr("id") == Some("onetrust-consent-sdk")).unwrap();
        assert!(stats.chars[sdk] * 2 > stats.chars[page.find_tag("body").unwrap()]);
        assert!(chrome[sdk]);
    }

    #[test]
    fn a_threads_opening_post_in_a_card_of_its_own_is_read_with_the_replies() {
        let opening = "I fitted tailgate lights to my car last week, and wanted them to switch on by themselves when the tailgate opens. Here is how I wired them to the boot light.";
        let reply = |line: &str| format!(r#"<article class="post"><div class="body">{line}</div></article>"#);
        let replies = [
            reply("Those trim pieces look the same as on the older model; I wonder whether they simply reused the moulds for them."),
            reply("Do the lights stay on for as long as the tailgate is open, or do they switch themselves off after a while?"),
            reply("They stay on until you close it, as far as I can tell; I have not left it open for more than ten minutes yet."),
        ]
        .concat();
        let html = format!(
            r#"<head><meta name="description" content="{opening}">
            <script type="application/ld+json">{{"@type":"DiscussionForumPosting","headline":"Tailgate lights"}}</script></head>
            <body><h1>Tailgate lights</h1><div class="thread">
            <div class="card original"><div class="body">{opening}</div></div>
            <div class="messages"><div class="sort-menu">Sort by: oldest first, newest first, most reactions</div>
            <div class="replies">{replies}</div></div></div></body>"#
        );
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        assert!(text.starts_with("I fitted tailgate lights"), "{text}");
        assert!(text.contains("They stay on until you close it"), "{text}");
        assert_eq!(text.matches("I fitted tailgate lights").count(), 1, "{text}");
        assert!(!text.contains("Sort by"), "{text}");
    }

    #[test]
    fn a_threads_opening_post_is_read_when_its_card_and_the_replies_differ_by_a_modifier_class() {
        let card = |classes: &str, who: &str, body: &str| {
            format!(
                r#"<div class="wrapper"><article class="{classes}"><div class="byline">{who}</div>
                <div class="post-body">{body}</div><div class="meta"><time>7/9/05</time> Share</div></article></div>"#
            )
        };
        let opening = card(
            "post-article post-box h-original-topic-post",
            "Former Member",
            "Here is an idea to increase your tips on catering jobs: I add a line for a discretionary gratuity \
             of five to twenty percent and let the client keep, drop or change it. What do you think of it?",
        );
        let replies: String = [
            "That is a great idea! We started adding fifteen percent to our contracts, and nobody has batted an eye; some give more.",
            "My belief is that if you need a tip, you should add more to the base charge from the start, and leave it at that.",
            "I agree that many clients do not know, and you have to tell them about tipping caterers, though gently.",
        ]
        .iter()
        .map(|body| card("post-article post-box h-reply-post-box", "member", body))
        .collect();
        let other = card(
            "post-article post-box sponsored promo-card wide-card",
            "Sponsor",
            "Order our smokers today and get a free cover with every model we sell, while stocks last.",
        );
        let html = format!(
            r#"<body><h1>Catering tips</h1><div class="thread">{opening}<p class="sort-note">Replies sorted oldest to newest</p>
            {replies}{other}</div></body>"#
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Here is an idea to increase your tips"), "{text}");
        assert!(text.contains("nobody has batted an eye"), "{text}");
        // A card sharing two of its five classes with the posts is of another template.
        assert!(!text.contains("free cover"), "{text}");
    }

    #[test]
    fn a_threads_opening_post_is_put_before_replies_read_as_a_region_that_left_it_out() {
        let opening = "With last year the one for vintage styles, and many brands making smaller watches again, \
            what do you all think will be the trend in the watch market this year?";
        let replies: String = (1..=6)
            .map(|i| {
                format!(r#"<article class="message"><div class="body">Guess number {i}: bronze cases.</div></article>"#)
            })
            .collect();
        let page = |itemtype: &str| {
            let html = format!(
                r#"<head><meta name="description" content="{opening}"></head><body><div class="thread" {itemtype}>
                <div id="card"><div class="byline">sanmartin</div><div class="body">{opening}</div></div>
                <div id="replies">{replies}</div></div></body>"#
            );
            parse_html(&html).unwrap()
        };
        let id = |page: &crate::page::Page, name: &str| {
            (0..page.len()).find(|&i| page.node(i).attr("id") == Some(name)).unwrap()
        };
        let thread = page(r#"itemscope itemtype="https://schema.org/DiscussionForumPosting""#);
        let meta = crate::meta::extract_meta(&thread);
        let article = super::find_article(&thread, &meta);
        let (card, replies) = (id(&thread, "card"), id(&thread, "replies"));
        assert_eq!(super::with_opening_post(&thread, &article, &meta, vec![replies]), vec![card, replies]);
        // Roots that hold it already are left as they are (`opening_post` finds it in them).
        assert_eq!(super::with_opening_post(&thread, &article, &meta, vec![card, replies]), vec![card, replies]);
        // So are the roots of a page that declares no thread.
        let plain = page("");
        let meta = crate::meta::extract_meta(&plain);
        let article = super::find_article(&plain, &meta);
        let replies = id(&plain, "replies");
        assert_eq!(super::with_opening_post(&plain, &article, &meta, vec![replies]), vec![replies]);
    }

    #[test]
    fn the_replies_after_a_threads_opening_post_are_read_on_a_page_declared_an_article() {
        // A list of posts, the first one's card marked as the thread author's; the replies are
        // short and hold no paragraph of prose; the page calls itself an article.
        let opening: String = (1..=6)
            .map(|i| format!("Host number {i} kept our server up all year, answered tickets within the hour, and cost less than the rest, so it earns a place on this list. "))
            .collect();
        let reply = |line: &str| format!(r#"<li class="message"><div class="text">{line}</div></li>"#);
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head>
            <body><h1>Best server hosts</h1><ol class="messages">
            <li class="message author"><div class="text">{opening}</div></li>{}</ol>
            <footer><p>About us, terms and privacy.</p></footer></body>"#,
            [
                reply("Any hosts in Europe you would add to the list?"),
                reply("This reads like an advert for the first two hosts."),
                reply("Mint servers have been good to me for two years."),
                reply("Why does the title say 2025 when it was posted in June?"),
                reply("Did you try any of the cheaper plans with modded servers?"),
                reply("Apex has been the most stable for my small server too."),
                reply("NameHero is missing, and its prices beat most of these."),
                reply("Lagless? I would like to see their uptime for this year."),
            ]
            .concat(),
        );
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        assert!(text.contains("Host number 6"), "{text}");
        for line in ["Any hosts in Europe", "reads like an advert", "Mint servers"] {
            assert!(text.contains(line), "{line} missing from: {text}");
        }
        assert!(!text.contains("About us"), "{text}");
    }

    #[test]
    fn a_reply_set_in_a_form_without_fields_is_read() {
        // Each reply's text sits in a form that holds only a hidden input (the thread's software edits
        // replies in place); the form at the end, with a text box and a button, is for writing one.
        let reply = |who: &str, line: &str| {
            format!(
                r##"<div class="thing comment"><p class="tagline"><a href="/u/{who}">{who}</a> 12 points</p>
                <form action="#" class="usertext"><input type="hidden" name="thing_id" value="{who}">
                <div class="md"><p>{line}</p></div></form></div>"##
            )
        };
        let thread = [
            reply("moss", "Might this also help with tinnitus, if the same cells could be regrown in the inner ear?"),
            reply(
                "fern",
                "The grown follicles would still need a surgeon to implant them, so the cost may not fall much.",
            ),
            reply("reed", "They have been promising this for forty years, but a working follicle in a dish is new."),
        ]
        .concat();
        let html = format!(
            r#"<body><div class="sitetable"><h1><a href="/story">Hair follicles grown in the lab</a></h1>
            <p>A team grew working hair follicles from stem cells for the first time, and they kept growing hair for weeks.</p>
            {thread}<form action="/comment"><textarea name="text">Write a reply</textarea><button>Save</button>
            <p>Please be civil.</p></form></div></body>"#
        );
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        for line in ["help with tinnitus", "still need a surgeon", "promising this for forty years"] {
            assert!(text.contains(line), "{line} missing from: {text}");
        }
        assert!(!text.contains("Please be civil"), "{text}");
    }

    #[test]
    fn a_card_labelled_related_inside_the_article_is_not_text_a_section_so_titled_is() {
        let para = |i: usize| {
            format!(
                "<p>Step {i}: every morning, once the coffee is sorted, the script opens the calendar, the notes \
                 and the browser tabs for the day, so that the first hour goes to work and not to setting up.</p>"
            )
        };
        let card = "<div class=\"display-card\"><span class=\"card-label\"><label>Related</label></span>\
            <div><h5><a href=/tools/>4 automation tools that save time for Windows users</a></h5>\
            <p>Save time and streamline your workflow with these tools for your PC.</p></div></div>";
        let section = "<h2>Related</h2><p><a href=/papers/fold/>A 2010 paper with six co-authors</a> considers \
            what happens when the folds are restricted to simple folds, one line at a time.</p>";
        let html = format!(
            "<body><article><h1>My morning script</h1>{}{card}{}{section}</article></body>",
            (1..=2).map(para).collect::<String>(),
            (3..=5).map(para).collect::<String>()
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(!text.contains("automation tools") && !text.contains("streamline your workflow"), "{text}");
        assert!(text.contains("considers what happens when the folds are restricted"), "{text}");
    }

    #[test]
    fn a_carousel_of_other_items_under_its_title_bar_is_not_text() {
        // A shop's item page: a few lines about the item, then "Similar items" in a title bar with
        // its labels, over a carousel of cards (opened by script, so no links) that outweighs them.
        let card = |i: usize| {
            format!(
                r#"<li class=cell><div class=card><h3>Ladies knitted jumper in green wool, size {i}, hardly worn</h3>
                <span>Pre-owned</span> <span>$1{i}.99</span> <span>+ $4.50 delivery</span></div></li>"#
            )
        };
        let cards: String = (1..=14).map(card).collect();
        let html = format!(
            r#"<body><header><nav><a href="/">Shop</a> <a href="/deals">Deals</a></nav></header><main>
            <div class=item><h1>Three-pack of ladies tops, black, white and green, size 6</h1>
            <div>Condition: new with tags</div><div>Delivery: varies by country</div>
            <div>Returns: the seller accepts returns within 30 days</div></div>
            <div class=more><div class=bar><div class=titles><div class=t><h2>Similar items</h2></div>
            <span>Sponsored · Feedback on our suggestions</span></div></div>
            <div class=strip><ul>{cards}</ul></div></div></main></body>"#
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Condition: new with tags"), "{text}");
        assert!(!text.contains("knitted jumper"), "{text}");
    }

    #[test]
    fn identifiers_scrambling_a_label_are_not_text() {
        assert!(super::is_identifier(" 303097ac-d3e5-41e1-baf5-303640756ebf "));
        assert!(!super::is_identifier("303097ac-d3e5-41e1-baf5-303640756ebf and more"));
        assert!(!super::is_identifier("state-of-the-art-approach-to-machine-learning"));
        // "Sponsored", letter by letter, between identifiers a stylesheet hides.
        let scrambled: String = "Sponsored"
            .chars()
            .enumerate()
            .map(|(i, c)| {
                format!("<span class=a{i}>{c}</span><span class=z>{i:08x}-d3e5-41e1-baf5-30364075{i:04x}</span>")
            })
            .collect();
        let html = format!(
            r#"<body><main><h1>Walking boots, size 9</h1><p>Leather walking boots worn twice, in their box, with
            a spare pair of laces; the soles show no wear and the lining is clean.</p>
            <div class=label>{scrambled}</div>
            <ul><li>Size 9, <span>{scrambled}</span></li><li>Brown leather</li><li>Worn twice</li></ul>
            <p>Your order's number is <span>4e196aa4-0141-4601-8138-7aa33db0f577</span>; quote it when you write.</p>
            </main></body>"#
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("spare pair of laces"), "{text}");
        assert!(text.contains("Brown leather"), "{text}");
        assert!(!text.contains("-d3e5-"), "{text}");
        // One identifier in a sentence is the sentence's.
        assert!(text.contains("is 4e196aa4-0141-4601-8138-7aa33db0f577;"), "{text}");
    }

    #[test]
    fn a_feed_in_a_container_named_for_its_ad_slots_is_read() {
        // A section page's news feed sits in a container whose class names the ad slots between its
        // cards ("section-more-ads"); three teasers with a paragraph each are no advertisement.
        let card = |i: usize| {
            format!(
                r#"<article class=card><h3><a href="/news/{i}">Markets move sharply on the bank's report number {i} and the jobs data</a></h3>
                <p>Traders weighed the figures of report number {i} against the forecasts of the spring, and most
                of them sold before the close of the session on Friday.</p></article>"#
            )
        };
        let cards: String = (1..=5).map(card).collect();
        // The site's footer of links holds more text than the feed, as a news site's does.
        let links: String =
            (1..=40).map(|i| format!(r#"<a href="/section/{i}">Section of the site number {i}</a> "#)).collect();
        let html = format!(
            r#"<body><header><nav><a href="/">Home</a> <a href="/economy">Economy</a></nav></header>
            <div class="container container--ads"><p>Advertisement</p></div>
            <div class="container__inner container--section-more-ads"><section class=feed>{cards}</section></div>
            <footer>{links}</footer></body>"#
        );
        let page = parse_html(&html).unwrap();
        let extraction = crate::extract(&page);
        let text = extraction.text_content();
        for line in ["report number 1", "report number 5", "close of the session"] {
            assert!(text.contains(line), "{line} missing from: {text}");
        }
        assert!(!extraction.hidden.iter().any(|h| h.text.contains("report number")), "a card is hidden");
    }

    #[test]
    fn a_table_in_a_form_whose_buttons_only_run_scripts_is_read() {
        // A profile's list of papers sits in a form whose only buttons are script controls (a sort
        // menu, "Show more"): nothing is filled in or sent, so the rows are content. The form after
        // it sends something (its button submits) and stays out.
        let row = |i: usize| {
            format!(
                r#"<tr><td><a href="/paper{i}">Learning representations by method number {i}</a>
                <div>A Author, B Author</div><div>Journal of Learning {i}, 2013</div></td><td>{i}0</td><td>2013</td></tr>"#
            )
        };
        let rows: String = (1..=8).map(row).collect();
        let html = format!(
            r#"<body><div role=main><div id=profile role=main><h1>Ada Example</h1><p>Professor of Computer Science</p>
            <p>Interests: <a href=/t/ml>machine learning</a></p></div>
            <div id=papers role=region><form method=post action=/list><input type=hidden name=token value=x>
            <table><thead><tr><th>Title <button type=button>Sort</button></th><th>Cited by</th><th>Year</th></tr></thead>
            <tbody>{rows}</tbody></table><button type=button>Show more</button></form></div></div>
            <form action=/follow><label>Follow this author</label><input type=email name=email><button type=submit>Follow</button></form></body>"#
        );
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        for line in ["method number 1", "method number 8", "Journal of Learning 5"] {
            assert!(text.contains(line), "{line} missing from: {text}");
        }
        assert!(!text.contains("Follow this author"), "{text}");
    }

    #[test]
    fn a_consent_dialog_the_markup_does_not_name_is_not_the_article() {
        let project = |i: usize| {
            format!(r#"<p>Project {i}: a <a href="/p{i}">wall shelf from an old frame</a>, an afternoon's work.</p>"#)
        };
        let projects: String = (1..=6).map(project).collect();
        let purpose = |what: &str| {
            format!(
                "<p>{what} cookies are stored on your browser by this website, with your consent, to help us \
                 analyse and understand how you use it, and you can opt out of them in the cookie settings.</p>"
            )
        };
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><article class=post><h1>Ten wood projects</h1>
            <p>Some of my best blogging friends and I are sharing our favourite easy wood projects this week.</p>
            {projects}</article><div class="xyz-modal"><div class="xyz-body"><p>This website uses cookies to improve
            your experience while you navigate through the website.</p>{}{}{}<button>Accept all</button></div></div></body>"#,
            purpose("Necessary"),
            purpose("Analytics"),
            purpose("Advertisement")
        );
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        assert!(text.contains("Project 4: a wall shelf") && !text.contains("opt out of them"), "{text}");
        // A consent overlay in two parts, a banner and a list of partners that names no cookie: when
        // the banner is set aside, the overlay beside the article is not read as its continuation.
        let vendor = |i: usize| {
            format!(
                "<p>Vendor {i} processes data for measurement, audience research and product development, \
                 keeps it for up to two years, and shares it with its own processors, in and outside the EU.</p>"
            )
        };
        let intro = "Some of my best blogging friends and I are sharing our favourite easy wood projects this week, \
            all of them made with power tools, none of them a big piece of furniture or a complicated build.";
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><div class=post><h1>Ten wood projects</h1>
            <p>{intro}</p>{three}<p>{intro}</p></div><div class="xyz-overlay"><div class="xyz-banner">{}{}{}{}</div>
            <div class="xyz-vendors">{}{}</div></div><footer>{}</footer></body>"#,
            purpose("Necessary"),
            purpose("Analytics"),
            purpose("Advertisement"),
            purpose("Functional"),
            vendor(1),
            vendor(2),
            "<p>Copyright Create and Babble, all rights reserved; we earn from qualifying purchases.</p>".repeat(12),
            three = (1..=3).map(project).collect::<String>()
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(
            text.contains("Project 3: a wall shelf") && !text.contains("Vendor 1") && !text.contains("opt out"),
            "{text}"
        );
    }

    #[test]
    fn a_teaser_under_a_section_label_is_still_a_teaser() {
        let para = |i: usize| {
            numbered_paragraph(
                i,
                "the story explains, in plain words and with care, how a business \
                 files its forms on time, and what an owner should keep as evidence of each payment.",
            )
        };
        // Each card names its section in an unlinked heading above the linked headline.
        let teaser = |i: usize| {
            format!(
                r#"<div class="card"><h4>Insights</h4><h3><a href="/blog/other-{i}">Other post {i}</a></h3><p>Excerpt {i} of another post, long enough to read as a paragraph of its own, about payroll.</p></div>"#
            )
        };
        let body: String = (1..=5).map(para).collect();
        let teasers: String = (1..=3).map(teaser).collect();
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><div class="page"><h1>Filing on time</h1>
            {body}<div class="more"><div class="cards">{teasers}</div></div>{last}</div></body>"#,
            last = para(6)
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Paragraph 6 of the story"), "{text}");
        assert!(!text.contains("Excerpt 2 of another post"), "{text}");
    }

    #[test]
    fn linked_titles_over_the_items_of_a_roundup_are_its_text_a_lone_link_line_is_not() {
        let story = |i: usize| {
            format!(
                "<p>Company {i} is buying a startup that detects threats to identities, for {i}0 million \
                 dollars in cash and stock, to add its engine to the platform it sells to banks.</p>"
            )
        };
        let item = |i: usize| {
            format!(r#"<p><a href="https://example.com/deal-{i}">Company {i} acquires a startup</a></p>{}"#, story(i))
        };
        // The same items each in a list's entry of its own.
        let entry = |i: usize| format!("<li>{}</li>", item(i));
        // A line that only shows an address is a link, however regular.
        let address = |i: usize| {
            format!(r#"<p><a href="https://example.com/deal-{i}">https://example.com/deal-{i}</a></p>{}"#, story(i))
        };
        let page = |items: String| {
            format!(
                r#"<head><meta property="og:type" content="article"></head><body><article><h1>Deals of the month</h1>
                {intro}{items}{outro}<p><a href="https://example.com/other">Our other roundup</a></p></article></body>"#,
                intro = story(90),
                outro = story(91)
            )
        };
        for items in
            [(1..=3).map(item).collect::<String>(), format!("<ol>{}</ol>", (1..=3).map(entry).collect::<String>())]
        {
            let text = crate::extract(&parse_html(&page(items)).unwrap()).text_content();
            assert!(text.contains("Company 2 acquires a startup"), "{text}");
            assert!(!text.contains("Our other roundup"), "{text}");
        }
        let text = crate::extract(&parse_html(&page((1..=3).map(address).collect())).unwrap()).text_content();
        assert!(text.contains("Company 2 is buying"), "{text}");
        assert!(!text.contains("https://example.com/deal-2"), "{text}");
        // Two titles are not a run.
        let text = crate::extract(&parse_html(&page((1..=2).map(item).collect())).unwrap()).text_content();
        assert!(text.contains("Company 2 is buying"), "{text}");
        assert!(!text.contains("Company 2 acquires a startup"), "{text}");
    }

    #[test]
    fn a_links_preview_card_is_not_the_posts_text_a_title_shown_inline_is() {
        let para = |i: usize| {
            numbered_paragraph(
                i,
                "the post asks which daily news site suits a beginner who reads \
                 English slowly, and says what the writer has tried so far and why it was too hard.",
            )
        };
        let body: String = (1..=3).map(para).collect();
        let inner = format!(
            r#"<h1>Best daily news for a beginner?</h1>
            {body}<aside class="onebox allowlistedgeneric"><header><a href="https://learn.example.org/">learn.example.org</a></header>
            <h3><a href="https://learn.example.org/">Learning English - Homepage</a></h3>
            <p>Learn English with these free videos and materials. This site will help you improve your English and your teaching, in many ways.</p></aside>
            <ul><li>Running it with a host name seems to work; <a class="inline-onebox" href="https://q.example.com/1">How to reach one container from another?</a> and its first answer is where I learnt that.</li></ul>
            {last}"#,
            last = para(4)
        );
        let text = declared_article_text(&inner);
        assert!(text.contains("Paragraph 4 of the post"), "{text}");
        assert!(!text.contains("Learn English with these free videos"), "{text}");
        assert!(text.contains("work; How to reach one container from another? and its first answer"), "{text}");
    }

    #[test]
    fn a_note_whose_class_names_a_tag_is_text_a_tag_list_is_not() {
        let para = |i: usize| {
            numbered_paragraph(
                i,
                "the book teaches the language from first principles, with every \
                 example checked by the compiler on each build, so that the reader can trust it.",
            )
        };
        let body: String = (1..=3).map(para).collect();
        let inner = format!(
            r#"<h1>Introduction</h1>{body}
            <div class="book-rating">Rated 4.5 out of 5 by the readers of the first edition</div>
            <blockquote class="blockquote-tag blockquote-tag-note"><p class="blockquote-tag-title">Note</p>
            <p>This is the beta release. There are bound to be typos, errors and rough edges; if you spot one, send a fix on <a href="/repo">GitHub</a>.</p></blockquote>
            {last}<div class="post-tags"><a href="/t/lean">Lean</a> <a href="/t/proofs">Proofs</a> <a href="/t/types">Types</a> <a href="/t/books">Books</a> and more</div>
"#,
            last = para(4)
        );
        let text = declared_article_text(&inner);
        assert!(text.contains("This is the beta release."), "{text}");
        assert!(text.contains("Paragraph 4 of the book"), "{text}");
        assert!(!text.contains("Proofs"), "{text}");
        assert!(!text.contains("Rated 4.5"), "{text}");
    }

    #[test]
    fn a_date_over_a_listed_items_title_and_description_is_the_items_the_pages_own_date_is_not_text() {
        let event = |date: &str, name: &str, city: &str| {
            format!(
                r#"<li><div class="date">{date}</div><h2><a href="https://example.org/{name}"><span class="title">{name}</span></a></h2>
                <p><span class="location">{city}, United States</span></p>
                <p>{name} brings together the people who run small networks for a living, with two days of talks on
                security, backups and billing, and an evening where the vendors answer questions from the floor.</p></li>"#
            )
        };
        let inner = format!(
            r#"<h1>Conferences in 2026</h1>
            <p>The meetings below are of special interest to those who run the networks of small firms, from a city near you.</p>
            <ul><li><div class="date">Updated March 2, 2026</div></li><li>Five minutes to read</li></ul>
            <ul class="events">{}{}{}</ul>"#,
            event("March 16, 2026", "FabDay", "Atlanta"),
            event("April 7, 2026", "NetSummit", "Denver"),
            event("May 19, 2026", "OpsWeek", "Austin"),
        );
        let text = declared_article_text(&inner);
        assert!(text.contains("March 16, 2026"), "{text}");
        assert!(text.contains("May 19, 2026"), "{text}");
        assert!(text.contains("OpsWeek brings together"), "{text}");
        assert!(!text.contains("Updated March 2"), "{text}");
    }

    #[test]
    fn a_heading_linked_to_itself_is_the_sections_title_one_linked_to_a_toggle_is_not_kept_so() {
        let para = |i: usize| {
            numbered_paragraph(
                i,
                "the guide explains how the framework builds small desktop apps \
                 on the web view each system already has, and what that saves the people who use them.",
            )
        };
        let section = |id: &str, title: &str, href: &str, i: usize| {
            format!(
                r#"<div class="heading-wrapper"><h2 id="{id}"><a class="heading-link" href="{href}">{title}</a></h2><a class="anchor-link" href="{href}"><svg></svg><span class="sr-only">Section titled {title}</span></a></div>{}"#,
                para(i)
            )
        };
        let inner = format!(
            r#"<h1>What is it?</h1>{}{}{}{}"#,
            para(1),
            section("why", "Why choose it?", "#why", 2),
            section("size", "Smaller apps", "#size", 3),
            section("faq", "Is it free to use?", "#", 4),
        );
        let text = declared_article_text(&inner);
        assert!(text.contains("Why choose it?\n"), "{text}");
        assert!(text.contains("Smaller apps\n"), "{text}");
        assert!(!text.contains("Section titled"), "{text}");
        assert!(!text.contains("Is it free"), "{text}");
        assert!(text.contains("Paragraph 4 of the guide"), "{text}");
    }

    #[test]
    fn a_sentence_linking_within_the_page_is_text_a_contents_paragraph_and_a_link_away_are_not() {
        let para = |i: usize| {
            numbered_paragraph(
                i,
                "the reference explains how a component keeps a value between renders \
                 and how a set function asks for the next render with the new value.",
            )
        };
        let inner = format!(
            r##"<h1>useState</h1>{}
            <p><a href="#usage">See more examples below.</a></p>
            <p>Calling the set function <a href="#old-value"><strong>does not</strong> change the state in the running code</a>:</p>
            <pre>console.log(count);</pre>{}<p><a href="/blog/all-posts">Read all of our posts.</a></p>{}
            <p><a href="#reference">Reference</a> <a href="#usage">Usage</a> <a href="#troubleshooting">Read the troubleshooting notes.</a></p>{}"##,
            para(1),
            para(2),
            para(3),
            para(4),
        );
        let text = declared_article_text(&inner);
        assert!(text.contains("See more examples below."), "{text}");
        assert!(text.contains("Calling the set function does not change the state"), "{text}");
        assert!(!text.contains("troubleshooting"), "{text}");
        assert!(!text.contains("Read all of our posts."), "{text}");
    }

    #[test]
    fn a_form_to_write_a_reply_in_is_not_the_text_a_form_around_the_article_is() {
        let para = |i: usize| {
            numbered_paragraph(
                i,
                "the answer explains why a dough rises faster in a warm kitchen, \
                 and how long it should rest in the fridge before it is shaped and baked.",
            )
        };
        let body: String = (1..=3).map(para).collect();
        let reply_form = r#"<form action="/answer/submit" method="post"><h2>Your Answer</h2>
            <p>Thanks for contributing an answer!</p><ul><li>Please be sure to answer the question. Provide details and share your research!</li></ul>
            <textarea name="post-text"></textarea><button type="submit">Post Your Answer</button>
            <p>By clicking Post Your Answer, you agree to our terms of service and acknowledge that you have read our privacy policy.</p></form>"#;
        let inner = format!(r#"<h1>Why does dough rise?</h1>{body}{reply_form}{last}"#, last = para(4));
        let text = declared_article_text(&inner);
        assert!(text.contains("Paragraph 4 of the answer"), "{text}");
        // Its notice is a paragraph long enough to be prose, which the reading of forms keeps.
        assert!(!text.contains("By clicking"), "{text}");
        // A site that wraps its whole page in one form (a web-forms engine) keeps its article.
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><form action="/page.aspx" method="post"><article><h1>Why does dough rise?</h1>{body}</article><textarea name="feedback"></textarea></form></body>"#
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Paragraph 1 of the answer"), "{text}");
        assert!(text.contains("Paragraph 3 of the answer"), "{text}");
    }

    #[test]
    fn post_cards_without_heading_markup_are_teasers_comments_opening_on_a_badge_are_not() {
        let para = |i: usize| {
            numbered_paragraph(
                i,
                "the guide explains, in plain words and with care, how a shop collects \
                 reviews of its products and sends them to the search engine's merchant feed.",
            )
        };
        // A grid of cards for other posts: the title is a paragraph wholly a link, then an excerpt
        // and a "Read More" to the same post.
        let card = |i: usize| {
            format!(
                r#"<article class="post-card"><a href="/blog/post-{i}"><img src="t{i}.jpg"></a><div class="text"><p class="title"><a href="/blog/post-{i}">The future of paid search, part {i}</a></p><div class="excerpt"><p>Excerpt {i} of another post: ads are finally here, after years of quiet speculation among marketing leaders.</p></div><a href="/blog/post-{i}">Read More »</a></div></article>"#
            )
        };
        // A thread's comment, an <article> that opens on its writer's badge (a link of two letters).
        let comment = |i: usize| {
            format!(
                r#"<article class="entry"><div class="badge"><a href="/page/status">IB</a></div><p>Comment {i}: don't you feel banking has longer hours with more down time, while consulting is formatting slides?</p></article>"#
            )
        };
        let body: String = (1..=4).map(para).collect();
        let cards: String = (1..=3).map(card).collect();
        let comments: String = (1..=3).map(comment).collect();
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><div class="page"><h1>Product reviews</h1>
            {body}<div class="grid">{cards}</div><div class="entries">{comments}</div></div></body>"#
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Paragraph 4 of the guide"), "{text}");
        assert!(!text.contains("Excerpt 2 of another post"), "{text}");
        assert!(text.contains("Comment 2: don't you feel"), "{text}");
    }

    #[test]
    fn a_section_titled_as_the_sites_other_posts_or_insights_is_not_the_text() {
        let para = |i: usize| {
            numbered_paragraph(
                i,
                "the guide walks through the costs of a move, the quotes to ask for, \
                 and the questions that tell a careful mover from a careless one.",
            )
        };
        let card = |title: &str, i: usize| {
            format!(r#"<div class="card"><a href="/{i}">{title} {i}</a><span>Mar {i}, 2026</span></div>"#)
        };
        let section = |title: &str| {
            let cards: String = (1..=3).map(|i| card(&format!("Card under {title}"), i)).collect();
            format!("<section><h2>{title}</h2><div>{cards}</div></section>")
        };
        let (body, tail): (String, String) = ((1..=3).map(para).collect(), (4..=5).map(para).collect());
        let sections: String = ["Related Blog Posts", "More blog posts", "Featured insights", "Related Insights"]
            .iter()
            .map(|t| section(t))
            .collect();
        let html = format!("<body><article><h1>Moving guide</h1>{body}{sections}{tail}</article></body>");
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Paragraph 5 of the guide"), "{text}");
        for title in ["Related Blog Posts", "More blog posts", "Featured insights", "Related Insights"] {
            assert!(!text.contains(title), "{title}: {text}");
        }
    }

    #[test]
    fn a_russian_heading_names_a_block_of_pointers_elsewhere() {
        let para = |i: usize| {
            format!(
                "<p>Абзац {i}: диета Аткинса ограничивает углеводы, и первые две недели меню строится из мяса, \
                 рыбы, яиц и зелёных овощей, а потом углеводы возвращаются понемногу.</p>"
            )
        };
        let card = |name: &str| {
            format!(
                r#"<div class="tumb"><div class="title"><a href="/{name}.html">Диета {name}</a></div>
                <div class="body">Популярная диета при активном ритме жизни. Результат до 10 кг за 14 дней.</div></div>"#
            )
        };
        let body: String = (1..=5).map(para).collect();
        let cards: String = ["белковая", "гречневая", "капустная"].iter().map(|n| card(n)).collect();
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><div class="post"><h1>Диета Аткинса</h1>
            {body}<div id="tumblock"><h2>Самые популярные диеты</h2>{cards}</div></div></body>"#
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Абзац 5"), "{text}");
        assert!(!text.contains("Популярная диета"), "{text}");
    }

    #[test]
    fn teasers_for_other_posts_inside_an_article_are_not_its_text() {
        let para = |i: usize| {
            numbered_paragraph(
                i,
                "the story explains, in plain words and with care, how the gym's owner \
                 answers for faulty equipment, and what an injured member should keep as evidence.",
            )
        };
        let teaser = |i: usize| {
            format!(
                r#"<div class="post"><h3><a href="/blog/other-{i}">Other post {i}</a></h3><p>Excerpt {i} of another post, long enough to read as a paragraph of its own, about disability claims.</p></div>"#
            )
        };
        let (body, tail): (String, String) = ((1..=3).map(para).collect(), (4..=5).map(para).collect());
        let teasers: String = (1..=3).map(teaser).collect();
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><div class="page"><h1>Hurt at the gym</h1>
            {body}<div class="side"><h2>Latest News</h2><div class="posts">{teasers}</div></div>{tail}</div></body>"#
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Paragraph 5 of the story"), "{text}");
        assert!(!text.contains("Excerpt 2 of another post"), "{text}");
        // The same teasers on a page with little prose besides them are its content (a listing).
        let listing = format!(
            r#"<head><meta property="og:type" content="article"></head><body><div class="page"><h1>Blog</h1>
            {paras}<div class="side"><div class="posts">{teasers}</div></div>{last}</div></body>"#,
            paras = para(1),
            last = para(2)
        );
        let text = crate::extract(&parse_html(&listing).unwrap()).text_content();
        assert!(text.contains("Excerpt 2 of another post"), "{text}");
        // Cards too long to be teasers one by one, in the block after a heading that sits in a
        // widget of its own, beside a testimonial: the block goes with the heading.
        let card = |i: usize| {
            format!(
                r#"<article class="card"><div class="text"><h3><a href="/blog/other-{i}">Other post {i}</a></h3><div class="excerpt"><p>Excerpt {i} of another post, long enough to read as a paragraph of its own, about disability claims: when the agency denies a claim, it can feel like a dead end, and many applicants wonder whether they can sue to receive the benefits they believe they deserve. There are remedies, and deadlines.</p></div><a href="/blog/other-{i}">Read More</a></div></article>"#
            )
        };
        let testimonial = "<div class=quote><p>“They worked hard on my case from the first call to the last, and \
            I would recommend them to anyone who was hurt and needs someone on their side to deal with insurers.” \
            Jennifer M., Google reviewer</p></div>";
        let (body, cards): (String, String) = ((1..=5).map(para).collect(), (1..=4).map(card).collect());
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><div class="page"><h1>Hurt at the gym</h1>
            <div class="main">{body}</div><div class="side">{testimonial}<div class="widget"><h2>Latest News</h2></div>
            <div class="widget"><div class="posts">{cards}</div></div></div></div></body>"#
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Paragraph 5 of the story"), "{text}");
        assert!(!text.contains("Excerpt 2 of another post"), "{text}");
    }

    #[test]
    fn a_form_around_paragraphs_of_prose_is_content_a_sign_up_form_is_not() {
        let item = |i: usize| {
            format!(
                "<li><h3><a href=/p{i}>Air purifier model {i}</a></h3><p>Model {i} pulls air in from every side \
                 through a washable pre-filter and a true HEPA filter, and runs quietly enough for a bedroom.</p>\
                 <a href=/p{i}/reviews>Read all the reviews of model {i}</a> \
                 <a href=/p{i}/qa>Questions and answers</a><input type=checkbox> Compare</li>"
            )
        };
        let items: String = (1..=4).map(item).collect();
        // The shop's menu holds more text than the list (the form is no page-wide wrapper).
        let menu: String = (1..=40).map(|i| format!("<li><a href=/c{i}>Department number {i}</a></li>")).collect();
        let html = format!(
            "<body><header><nav><ul>{menu}</ul></nav></header><main><h1>Air purifiers</h1><form action=/compare>\
             <ul>{items}</ul></form><form action=/signup><label>Email</label><input name=email>\
             <button>Sign up for deals</button></form></main></body>"
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Model 1 pulls air in") && text.contains("Model 4 pulls air in"), "{text}");
        assert!(!text.contains("Sign up for deals"), "{text}");
    }

    #[test]
    fn the_longest_reply_is_not_the_article_beside_a_post_of_the_pages_own() {
        let question = "<p>I have done a lot of home improvement work, crown molding and a deck, so I own a circular \
            saw and a miter saw, and now I would like to make furniture.</p><p>What got you started as a woodworker, \
            and what would you advise someone starting today to read or build first?</p>";
        let long_reply = (1..=5)
            .map(|i| {
                format!(
                    "<p>Part {i} of my story: my grandfather was a carpenter, and I learned in his shop, on scrap \
                     wood, long before I was allowed near a power tool, which was the right way round.</p>"
                )
            })
            .collect::<String>();
        let short_reply = "<p>Take a class at a local school: an evening a week for a term taught me more than any \
            of the books I had read.</p><p>And build a simple box first: square corners and a lid that fits teach \
            you most of what matters.</p>";
        let reply = |body: &str| {
            format!("<li class=comments__item><a class=author href=/u>Name</a><div class=body>{body}</div></li>")
        };
        let html = format!(
            "<body><main><h1>Beginning woodworking</h1><div class=question>{question}</div>\
             <div class=comments><h3>Replies</h3><ol>{}{}{}</ol></div></main></body>",
            reply(short_reply),
            reply(&long_reply),
            reply(short_reply).repeat(6)
        );
        let page = parse_html(&html).unwrap();
        let article = super::find_article(&page, &crate::meta::extract_meta(&page));
        let question = (0..page.len()).find(|&i| page.node(i).attr("class") == Some("question")).unwrap();
        let best = article.best.unwrap();
        assert!(best == question || page.is_ancestor_of(question, best), "{}", page.text(best));
    }

    #[test]
    fn a_modal_dialog_is_never_the_article_however_much_prose_it_holds() {
        let card = |i: usize| {
            format!("<div class=card><h3><a href=/p{i}>Wool runner, colour {i}</a></h3><span>$98</span></div>")
        };
        let policy = |i: usize| {
            format!(
                "<p>Clause {i}. Items bought between November and December may be returned until the middle of \
                 January, unworn and unwashed, with their tags, at the customer's own shipping cost.</p>"
            )
        };
        let page = |dialog_attrs: &str| {
            format!(
                "<body><nav><a href=/>Home</a></nav><main><h1>Men's sneakers</h1>\
                 <p>Light, soft and made for every day: the sneakers you reach for first, in wool or in tree fibre.</p>\
                 <div class=grid>{}</div></main>\
                 <footer><a href=#refunds aria-controls=refunds>Refund policy</a></footer>\
                 <div id=refunds class='modal fade' {dialog_attrs}><h2>Refund policy</h2>{}</div></body>",
                (1..=40).map(card).collect::<String>(),
                (1..=5).map(policy).collect::<String>()
            )
        };
        for attrs in ["role=dialog", "aria-modal=true"] {
            let text = crate::extract(&parse_html(&page(attrs)).unwrap()).text_content();
            assert!(text.contains("Wool runner, colour 40"), "{attrs}: {text}");
            assert!(!text.contains("Clause 1."), "{attrs}: {text}");
        }
    }

    #[test]
    fn a_footer_of_fine_print_is_never_the_article() {
        let para = |i: usize| {
            format!(
                "<p>Paragraph {i}: the new tablet is thinner than the last one, its screen is brighter outdoors, \
                 and its battery lasts a full working day, by the maker's own measure.</p>"
            )
        };
        let legal = |i: usize| {
            format!(
                "<p>Note {i}. Trade-in values vary with the condition, year and configuration of the device, and \
                 offers may not be available in all stores; some restrictions apply to every offer.</p>"
            )
        };
        // The site's menu is long too: the footer is not most of the page.
        let menu: String = (1..=40).map(|i| format!("<li><a href=/c{i}>Department number {i}</a></li>")).collect();
        let html = format!(
            "<body><nav><ul>{menu}</ul></nav><main><h1>Tablet</h1>{}</main><footer><section>{}</section></footer></body>",
            (1..=3).map(para).collect::<String>(),
            (1..=6).map(legal).collect::<String>()
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Paragraph 3: the new tablet"), "{text}");
        assert!(!text.contains("Trade-in values"), "{text}");
    }

    #[test]
    fn a_teaser_that_links_nowhere_is_the_pages_own_text() {
        let para = |i: usize| {
            format!(
                "<p>Paragraph {i}: index funds follow a market benchmark as closely as they can, which keeps \
                 their costs low, their turnover small, and their returns close to the market's own.</p>"
            )
        };
        // A page builder's "teaser" component: a feature card with its title and sentence, no link
        // (the template's empty href on the picture's frame goes nowhere).
        let own_card = "<div class=\"teaser feature-card\"><div href class=frame><img src=/icon.svg alt=''></div>\
            <h3 class=card-teaser__title>An enviable cost advantage</h3>\
            <div class=card-teaser__content>Our average index fund costs far less than the industry's average fund \
            of the same kind.</div></div>";
        // A news site's teaser of another story: a linked headline over its summary sentence.
        let other_story = "<div class=story-teaser><h3><a href=/next>Bond funds explained in ten charts</a></h3>\
            <p class=teaser-dek>How bond funds offset some of the risk of stocks, and where they fall short of it, \
            for savers near retirement.</p></div>";
        let html = format!(
            "<body><article><h1>Index funds</h1>{}{own_card}{}{other_story}{}</article></body>",
            (1..=3).map(para).collect::<String>(),
            (4..=6).map(para).collect::<String>(),
            (7..=9).map(para).collect::<String>()
        );
        let extraction = crate::extract(&parse_html(&html).unwrap());
        let text = extraction.text_content();
        let hidden: Vec<&str> = extraction.hidden.iter().map(|h| h.text.as_str()).collect();
        assert!(text.contains("Our average index fund costs far less"), "{text} {hidden:?}");
        assert!(!text.contains("Bond funds explained") && !text.contains("offset some of the risk"), "{text}");
        assert!(hidden.iter().any(|h| h.contains("Bond funds explained")), "{hidden:?}");
        assert!(!hidden.iter().any(|h| h.contains("cost advantage")), "{hidden:?}");
    }

    #[test]
    fn a_category_page_declared_as_an_article_is_read_as_its_list_of_posts() {
        // A blog's category page carries the og:type its posts carry; what reads as its article is
        // the category's introduction, and its posts are cards.
        let cards: String = (1..=16)
            .map(|i| {
                format!(
                    "<article class=post><a href=/r{i}><img src=/r{i}.jpg alt=''><h3>Crispy recipe number {i} \
                     with lemon</h3></a><span>{i} reviews</span></article>"
                )
            })
            .collect();
        let html = format!(
            "<html><head><meta property=og:type content=article></head><body><nav><a href=/>Home</a></nav>\
             <main><section><h1>Air Fryer Recipes</h1><p>I love a meal with crispiness and crunch, and these \
             recipes deliver: perfectly cooked proteins, the crispiest vegetables, and dinners in no time, on \
             the nights when there is no time at all, with a bag of nuggets and fries from the freezer, or a \
             salmon fillet that cooks in ten minutes flat.</p></section>\
             <section><h2>Top rated</h2>{cards}</section></main><footer>About us</footer></body></html>"
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("I love a meal"), "{text}");
        assert!(text.contains("Crispy recipe number 16 with lemon"), "{text}");
    }

    #[test]
    fn a_footer_is_chrome_even_when_it_is_most_of_the_page() {
        // A shop's item whose description a script fills in: the HTML holds an empty mount point
        // and the site's footer of links. There is no article to read, and the footer is not one.
        let links =
            |i: usize| -> String { (1..=8).map(|j| format!("<a href=/h{i}/{j}>Help topic {i}.{j}</a>, ")).collect() };
        let columns: String = (1..=6).map(|i| format!("<dl><dt>Column {i}</dt><dd>{}</dd></dl>", links(i))).collect();
        let html = format!(
            "<body><div id=root></div><footer><div class=site-footer>{columns}\
             <div>Copyright 2026 Shop Holdings. All rights reserved. Terms of use, privacy policy.</div></div></footer></body>"
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert_eq!(text, "");
        // A page of product cards whose footer of legal footnotes holds more text than the cards:
        // the cards are the content, the footnotes are not, whether they are list items or
        // paragraphs of prose (fine print is prose too).
        let cards: String = (1..=3)
            .map(|i| format!("<section><h2>Watch model {i}</h2><p>The ultimate way to watch your health.</p><p>From $399.</p></section>"))
            .collect();
        for (list, item) in [("ol", "li"), ("div", "p")] {
            let notes: String = (1..=8)
                .map(|i| {
                    format!(
                        "<{item}>Footnote {i}. Trade-in values vary with the condition, year and configuration of \
                         the device; offers may not be available in all stores, and some restrictions apply.</{item}>"
                    )
                })
                .collect();
            let html =
                format!("<body><main><h1>Watches</h1>{cards}</main><footer><{list}>{notes}</{list}></footer></body>");
            let text = crate::extract(&parse_html(&html).unwrap()).text_content();
            assert!(text.contains("Watch model 3"), "{list}: {text}");
            assert!(!text.contains("Trade-in values"), "{list}: {text}");
        }
    }

    #[test]
    fn a_site_menu_is_chrome_even_when_it_is_most_of_the_page() {
        // A shop's item page of short lines under a menu whose every department comes with a
        // sentence: the menu holds most of the page's text, and its sentences are prose.
        let department = |i: usize| {
            format!(
                "<li><a href=/d{i}>Department {i}</a><p>Department {i} stocks tapes, glues and fasteners, \
                 with next-day delivery, bulk prices, and a returns window of thirty days.</p></li>"
            )
        };
        let menu: String = (1..=8).map(department).collect();
        let html = format!(
            "<body><nav><ul>{menu}</ul></nav><main><h1>Clear tape, 40 pack</h1><h2>Specifications</h2>\
             <p>Manufacturer: 3M</p><p>Part number 17026CLR</p><p>Width 19 mm, length 33 m.</p></main></body>"
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Part number 17026CLR"), "{text}");
        assert!(!text.contains("stocks tapes"), "{text}");
    }

    #[test]
    fn a_list_of_links_the_text_announces_is_content_a_list_of_further_reading_is_not() {
        let para = |i: usize| {
            format!(
                "<p>Tool {i} is the backbone of every electrician's kit: it measures voltage, current and \
                 resistance, so faults are found fast, and it pays for itself within a month of work.</p>"
            )
        };
        let picks = "<h4>Top expert recommendations:</h4><ul><li><h2><a href=\"https://shop.example/fluke\">Fluke \
            117</a></h2></li><li><h2><a href=\"https://shop.example/klein\">Klein Tools MM400</a></h2></li></ul>";
        let shops = "<ul><li><p><b>Plan to spend:</b> $15-$70</p></li><li><p><b>Buying options:</b></p><ul><li><a \
            href=\"https://shop.example/c\">Amazon (Craftsman)</a></li><li><a href=\"https://shop.example/m\">Home \
            Depot (Milwaukee)</a></li></ul></li></ul>";
        let further = "<p>You may also be interested in the following articles:</p><ul><li><a href=\"/a\">Who \
            is winning the cloud race</a></li><li><a href=\"/b\">The year in review</a></li></ul>";
        let html = format!(
            r#"<head><title>Must-have electrician tools</title></head><body><article><h1>Must-have electrician
            tools</h1>{}{}{picks}{}{shops}{further}{}{}</article></body>"#,
            para(1),
            para(2),
            para(3),
            para(4),
            para(5)
        );
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        assert!(text.contains("Fluke 117") && text.contains("Klein Tools MM400"), "{text}");
        assert!(text.contains("Amazon (Craftsman)") && text.contains("Plan to spend"), "{text}");
        assert!(!text.contains("winning the cloud race"), "{text}");
    }

    #[test]
    fn linked_paragraphs_the_text_announces_are_content_unannounced_ones_are_not() {
        let para = |i: usize| {
            format!(
                "<p>Project {i} took a weekend in the garage: a few boards, a drill, some sandpaper and stain, \
                 and a good deal of patience while the glue dried between each of the steps.</p>"
            )
        };
        let link = |name: &str| format!("<p><a href=\"https://friend.example/{}\">{name}</a></p>", name.len());
        let picks = format!(
            "<p>I can't wait to see what my friends' favorite projects are:</p>{}{}{}",
            link("Industrial Pipe Bookshelf"),
            link("Reclaimed Wood Arrows"),
            link("Cordless Drill Organizer")
        );
        let unannounced = format!("{}{}", link("Who is winning the cloud race"), link("The year in review"));
        let prose = |first: usize, last: usize| (first..=last).map(para).collect::<String>();
        let html = format!(
            r#"<head><title>Easy wood projects</title></head><body><article><h1>Easy wood projects</h1>{}{picks}{}
            {unannounced}{}</article></body>"#,
            prose(1, 2),
            prose(3, 3),
            prose(4, 5)
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Industrial Pipe Bookshelf") && text.contains("Cordless Drill Organizer"), "{text}");
        assert!(!text.contains("winning the cloud race"), "{text}");
    }

    #[test]
    fn a_checklist_whose_items_partly_link_out_and_a_sentence_with_links_are_content_a_list_of_links_is_not() {
        let para = |i: usize| {
            format!(
                "<p>Part {i} of the checklist comes from twenty years on the trail: what we carry, what we left \
                 at home after the first season, and what we would never go without again, whatever the weather.</p>"
            )
        };
        let shelter = "<h3>SHELTER</h3><ul><li><a href=/tents>Tent</a></li><li>Rainfly</li>\
            <li><a href=/stakes>Stakes</a></li><li><a href=/stakes>Guylines</a></li></ul>\
            <ul><li>Our tent features in our lists of the <a href=/l>lightest shelters of the year</a> \
            and the <a href=/w>best shelters for wind</a>.</li></ul>\
            <p>Carry <strong><span><a href=/p>trekking poles</a></span></strong> that double as tent poles.</p>";
        let more = "<h3>Popular</h3><ul><li><a href=/a>Best tents</a></li><li><a href=/b>Best stoves</a></li>\
            <li><a href=/c>Best packs</a></li></ul>";
        let (before, after): (String, String) = ((1..=3).map(para).collect(), (4..=5).map(para).collect());
        let html =
            format!("<body><article><h1>Backpacking checklist</h1>{before}{shelter}{more}{after}</article></body>");
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Rainfly") && text.contains("Stakes") && text.contains("Guylines"), "{text}");
        // A sentence that links some of its words is text too.
        assert!(text.contains("features in our lists of the lightest shelters"), "{text}");
        // So is a linked phrase wrapped in a span inside a paragraph.
        assert!(text.contains("Carry trekking poles that double"), "{text}");
        assert!(!text.contains("Best stoves"), "{text}");
    }

    #[test]
    fn a_tree_of_links_in_the_page_is_its_menu_an_index_made_of_one_is_the_page() {
        // A service page whose hero holds a copy of the site's menu: sections over their pages.
        let branch = |name: &str| {
            let pages: String =
                (1..=3).map(|i| format!("<li><a href=/{name}/{i}>{name} service {i}</a></li>")).collect();
            format!("<li><a href=/{name}>{name} overview</a><ul>{pages}</ul></li>")
        };
        let tree = format!("<ul>{}{}{}</ul>", branch("Audit"), branch("Tax"), branch("Payroll"));
        let card = |i: usize| {
            format!(
                "<div class=card><h3>Benefit {i}</h3><span>Consultants who know plan {i} inside out.</span>\
                 <span>Reports every quarter.</span></div>"
            )
        };
        let cards: String = (1..=4).map(card).collect();
        let more_cards: String = (5..=8).map(card).collect();
        // Beside it, the page's own lists: offices, each only its link, in two columns (lists set
        // straight in a list, in no item of it); a plan's steps, each saying more than its link,
        // over a nested line; a short nested list of plans.
        let office = |i: usize| format!("<li><a href=/office/{i}>Office in town {i}</a></li>");
        let offices = format!(
            "<ul>{}</ul><ul>{}</ul>",
            (1..=5).map(office).collect::<String>(),
            (6..=9).map(office).collect::<String>()
        );
        let steps: String = (1..=9)
            .map(|i| {
                format!("<li><a href=/step/{i}>Step {i} of onboarding</a>, a week<ul><li>Review {i}</li></ul></li>")
            })
            .collect();
        let plans = "<ul><li><a href=/plans>Plans</a><ul><li><a href=/basic>Basic plan</a></li>\
            <li><a href=/full>Full plan</a></li></ul></li></ul>";
        let html = format!(
            "<body><div class=hero><h1>HR Consulting</h1>{tree}</div><div class=cards>{cards}</div>\
             <div class=cards>{more_cards}<ul>{offices}</ul><ol>{steps}</ol>{plans}</div><footer>Copyright 2025 Example LLP</footer></body>"
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Consultants who know plan 1") && text.contains("Reports every quarter"), "{text}");
        assert!(!text.contains("Tax service 2") && !text.contains("Audit overview"), "{text}");
        assert!(text.contains("Office in town 9") && text.contains("Step 9 of onboarding, a week"), "{text}");
        assert!(text.contains("Basic plan"), "{text}");
        // A page that is its index of links keeps it.
        let html = format!("<body><main><h1>Site map</h1>{tree}</main><footer>Copyright 2025</footer></body>");
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Tax service 2") && text.contains("Audit overview"), "{text}");
    }

    #[test]
    fn a_cross_reference_written_as_a_short_sentence_is_text_a_row_of_links_is_not() {
        let para = |i: usize| {
            format!(
                "<p>Section {i} of the guide: storage keeps each table in columns, replicated across zones, so \
                 that queries read only the columns they need and survive the loss of a whole zone.</p>"
            )
        };
        let lines = "<p>For more information, see <a href=/storage>Overview of storage</a>.</p>\
            <p>See <a href=/forms>Outputting forms as HTML</a> for more details.</p>\
            <p><a href=/news>Storage news</a> and <a href=/blog>our blog</a> for you.</p>\
            <p>Catch the crew on <a href=/fb>Facebook</a>, <a href=/x>Twitter</a> and <a href=/ig>Instagram</a>.</p>\
            <p>Photo from <a href=/box>the October box review</a>.</p>\
            <p>The limits are in <a href=/pricing>Storage pricing and quotas.</a></p>";
        let (before, after): (String, String) = ((1..=3).map(para).collect(), (4..=5).map(para).collect());
        let html = format!("<body><article><h1>Storage guide</h1>{before}{lines}{after}</article></body>");
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("For more information, see Overview of storage."), "{text}");
        assert!(text.contains("See Outputting forms as HTML for more details."), "{text}");
        // Opening or closing with a link, with three links, or with two words of its own: entries
        // of links.
        assert!(!text.contains("Storage news"), "{text}");
        assert!(!text.contains("The limits are"), "{text}");
        assert!(!text.contains("Catch the crew"), "{text}");
        assert!(!text.contains("Photo from"), "{text}");
    }

    #[test]
    fn an_address_written_out_in_a_sentence_or_a_reference_is_text_a_line_of_only_an_address_is_not() {
        let para = |i: usize| {
            format!(
                "<p>Step {i} of the backup: the archive holds every file of the home directory, compressed, and \
                 it is checked against its list of sums before the old copy on the second drive is removed.</p>"
            )
        };
        let cited = "<p>The tutorial is at <a href=\"http://example.org/cloning/clonezilla-tutorial/\">\
            http://example.org/cloning/clonezilla-tutorial/</a></p>\
            <ul><li>(n.d.). Building effective agents. Example Labs. <a href=\"https://example.com/engineering/agents\">\
            https://example.com/engineering/agents</a></li></ul>\
            <p><a href=\"https://example.net/only-an-address\">https://example.net/only-an-address</a></p>\
            <p>Share <a href=\"https://example.net/share-this-post\">https://example.net/share-this-post</a></p>";
        let (before, after): (String, String) = ((1..=3).map(para).collect(), (4..=5).map(para).collect());
        let html = format!("<body><article><h1>Backing up a laptop</h1>{before}{cited}{after}</article></body>");
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("The tutorial is at http://example.org/cloning/clonezilla-tutorial/"), "{text}");
        assert!(text.contains("Example Labs. https://example.com/engineering/agents"), "{text}");
        // An address alone, or beside a word, is a link as before.
        assert!(!text.contains("only-an-address") && !text.contains("share-this-post"), "{text}");
    }

    #[test]
    fn a_list_inside_the_article_whose_items_describe_their_links_is_content() {
        let para = |i: usize| {
            format!(
                "<p>Part {i}: these courses were checked one by one this month, and each of them still gives a \
                 certificate of completion to anyone who passes its graded work, without paying for it.</p>"
            )
        };
        let item =
            |name: &str, school: &str| format!("<li><a href=/c/{school}>{name}</a> from <em>{school}</em> (189)</li>");
        let courses = [
            "Introduction to Computer Science and Programming",
            "Web Programming with Python and JavaScript",
            "Introduction to Databases with SQL and Queries",
        ]
        .map(|n| item(n, "Harvard University"))
        .concat();
        let menu = "<ul><li><a href=/a>Best tents</a></li><li><a href=/b>Best stoves</a></li></ul>";
        let later = ["The strange life and mysterious death of a coder", "The enduring power of a habit we all share"]
            .map(|n| item(n, "Elsewhere Weekly"))
            .concat();
        let html = format!(
            "<body><article><h1>Free certificates</h1>{}<ul>{courses}</ul>{menu}{}<ul>{later}</ul></article></body>",
            (1..=3).map(para).collect::<String>(),
            (4..=5).map(para).collect::<String>()
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Web Programming with Python and JavaScript from Harvard University (189)"), "{text}");
        // Bare links inside the article, and items after its last paragraph, are not its text.
        assert!(!text.contains("Best stoves") && !text.contains("power of a habit"), "{text}");
    }

    #[test]
    fn a_tersely_worded_item_among_items_that_describe_their_links_is_part_of_the_list() {
        let para = |i: usize| {
            format!(
                "<p>Part {i}: nobody is perfectly zero waste, and the point is to make better choices, one habit \
                 at a time, in the kitchen, the bathroom and the shops where you buy your food every week.</p>"
            )
        };
        let steps = "<ol><li>The first post you should absolutely read is <a href=/a>What is zero waste?</a></li>\
            <li>Here are my <a href=/b>Top four tips for beginners</a></li>\
            <li>Next up is all about the five Rs <a href=/c>Refuse, reduce, reuse, recycle and rot</a></li>\
            <li>Here is a road map for the whole journey, from the first swap: <a href=/d>The step-by-step guide</a></li></ol>";
        // Most items bare links, one described: a menu's list, not the article's (long enough to be
        // judged item by item).
        let menu: String = [
            "Best tents for a family weekend",
            "Best stoves for a mountain trip",
            "Best lamps for long nights",
            "Best sleeping bags for cold nights",
            "Best backpacks for a day in the hills",
        ]
        .map(|name| format!("<li><a href=/{}>{name}</a></li>", name.len()))
        .concat();
        let menu = format!(
            "<ul>{menu}<li>Our pick of the season, tested in the rain: <a href=/h>Rain jackets for walkers</a></li>\
             <li><a href=/i>Best boots for wet ground and rocky paths</a></li></ul>"
        );
        let html = format!(
            "<body><article><h1>Zero waste for beginners</h1>{}{steps}{menu}{}</article></body>",
            (1..=3).map(para).collect::<String>(),
            (4..=5).map(para).collect::<String>()
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Here are my Top four tips for beginners"), "{text}");
        assert!(text.contains("Refuse, reduce, reuse"), "{text}");
        assert!(!text.contains("Best stoves for a mountain trip"), "{text}");
    }

    #[test]
    fn a_section_of_one_paragraph_right_before_the_article_introduces_it() {
        let card = |name: &str| {
            format!(
                "<div class=\"col\"><p><strong>{name}</strong><br>One of the easiest houseplants to grow, even if \
                 you forget to water it now and then, it thrives where little sunlight reaches, in a hall, a \
                 bathroom, or an office, and it forgives a beginner, a traveller, and a busy parent alike.</p></div>"
            )
        };
        let cards: String =
            ["Pothos", "Sansevieria", "Philodendron", "Peace Lily", "Calathea", "Fern", "Ivy", "ZZ Plant"]
                .map(card)
                .concat();
        let guides: String = (1..=40)
            .map(|i| format!("<li><a href=\"/guide/{i}\">Garden guide number {i} for the season</a></li>"))
            .collect();
        let html = format!(
            r#"<head><title>Houseplants for low light</title><meta property="og:type" content="article"></head>
            <body><main><section class="hero"><h1>Houseplants for low light</h1></section>
            <section class="slider"><p class="text-area">If you are unsure what light a spot gets, hold your hand
            above a sheet of white paper: a clearly defined shadow means high light, a faint one low light.</p>
            <div role="tablist"></div></section>
            <section class="columns">{cards}</section><section class="more"><ul>{guides}</ul></section></main></body>"#
        );
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        assert!(text.contains("hold your hand above a sheet of white paper"), "{text}");
        assert!(!text.contains("Garden guide"), "{text}");
        assert!(text.contains("ZZ Plant"), "{text}");
    }

    #[test]
    fn the_only_h1_is_the_headline_when_the_title_says_something_else() {
        let slide = |i: usize| {
            format!(
                "<section><h2>Car {i}</h2><p>Car {i} is the pick for drivers who want range and comfort at a \
                 fair price, with fast charging, a roomy cabin and a ride that soaks up bad roads.</p></section>"
            )
        };
        let slides: String = (1..=6).map(slide).collect();
        let html = format!(
            r#"<head><title>We Found the Best EVs That Deliver Strong Value</title></head><body>
            <div class="site-header"><a href="/">Cars</a> <a href="/news">News</a> <a href="/reviews">Reviews</a></div>
            <header><h1>Best Electric Cars for the Money in 2026</h1></header>
            <div class="listicle"><section class="listicle-header"><p>Cars are more expensive than ever, and electric
            ones doubly so. Still, a handful of good electric cars cost a lot less and give good value.</p></section>
            {slides}</div></body>"#
        );
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        assert!(text.contains("Cars are more expensive than ever"), "{text}");
        assert!(text.contains("Car 6 is the pick"), "{text}");
    }

    #[test]
    fn a_block_labelled_header_after_the_headline_is_content_the_site_header_is_not() {
        let para = |i: usize| {
            format!(
                "<p>Paragraph {i} tells how the gang crosses the plains, who rides with it, what it takes \
                 from the towns on its way, and what the law does about it, season after season.</p>"
            )
        };
        let story: String = (1..=8).map(para).collect();
        let html = format!(
            r#"<head><title>Outlaws of the plains on Example Store</title></head><body>
            <div class="site-header"><a href="/">Store</a> <a href="/new">New and noteworthy</a> <a href="/help">Help</a></div>
            <div role="heading" aria-level="1">Outlaws of the plains</div>
            <div class="game_header_ctn"><p>Developer: Lone Star Games. A gang of outlaws on the run, with bounty
            hunters massing on their heels.</p></div>
            <div class="story">{story}<table class="wikitable sticky-header"><tr><td>1899</td><td>Blackwater</td></tr>
            <tr><td>1907</td><td>Beecher's Hope</td></tr></table></div></body>"#
        );
        let page = parse_html(&html).unwrap();
        let extraction = crate::extract(&page);
        let text = extraction.text_content();
        assert!(text.contains("Beecher's Hope"), "{text}");
        assert!(!text.contains("New and noteworthy"), "{text}");
        let hidden: Vec<&str> = extraction.hidden.iter().map(|h| h.text.as_str()).collect();
        assert!(hidden.iter().any(|h| h.contains("New and noteworthy")), "{hidden:?}");
        assert!(!hidden.iter().any(|h| h.contains("bounty") || h.contains("Blackwater")), "{hidden:?}");
    }

    #[test]
    fn a_section_headed_as_pointers_elsewhere_is_not_text() {
        let para = |i: usize| {
            numbered_paragraph(
                i,
                "the review says the boots kept water out on a wet week in the hills, \
                 and that the soles gripped on rock, mud and wet grass alike, without a blister.",
            )
        };
        let (first, last): (String, String) = ((1..=3).map(para).collect(), (4..=6).map(para).collect());
        let links: String = (1..=6)
            .map(|i| {
                format!("<li><a href=/p/{i}>Walking sock model {i}</a>, merino wool, two pairs for twelve pounds</li>")
            })
            .collect();
        // In the article's block, between its paragraphs (the items are not links alone; the box is too
        // long to be hidden for its wording).
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><div class="post"><h1>Boots</h1>
            {first}<div class=box><h2>Customers also viewed</h2><ul>{links}</ul></div>{last}</div></body>"#
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Paragraph 4 of the review"), "{text}");
        assert!(!text.contains("Walking sock model 2"), "{text}");
        // On a shop's page read as a region, as a carousel block of its own.
        let cards: String = (1..=6)
            .map(|i| {
                format!("<div class=card><h3><a href=/b{i}>Boot model {i}</a></h3><span>Price {i}9.00</span></div>")
            })
            .collect();
        let html = format!(
            r#"<body><div class=wrap><h1>Boots</h1><div class=grid>{cards}</div>
            <div class=carousel><div class=bar><h2>Recently viewed</h2></div><ul>{recent}</ul></div></div></body>"#,
            recent = (1..=3).map(|i| format!("<li><a href=/s/{i}>Walking sock model {i}</a></li>")).collect::<String>()
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Boot model 6"), "{text}");
        assert!(!text.contains("Walking sock model 2"), "{text}");
        // A section of the article whose title happens to hold such words is text.
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><div class="post"><h1>Boots</h1>
            {first}<div class=box><h2>Why these boots are trending</h2><p>Hikers bought them in numbers this \
            spring because the price fell while the soles, the laces and the lining stayed as they were.</p></div>
            {last}</div></body>"#
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Hikers bought them in numbers"), "{text}");
        // Titled by a plain line, not a heading.
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><div class="post"><h1>Boots</h1>
            {first}<div class=box><p class=upper>Popular posts</p><ul>{links}</ul></div>{last}</div></body>"#
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Paragraph 4 of the review"), "{text}");
        assert!(!text.contains("Walking sock model 2"), "{text}");
        // Teaser cards whose headline links are empty until a script fills them: each excerpt still
        // comes with links of its own (its category's, its headline's).
        let cards: String = (1..=3)
            .map(|i| {
                format!(
                    "<div class=card><a href=/c/{i}></a><a href=/story-{i}></a><p>Excerpt {i}: a walker tells \
                     how a pair of boots carried her along a coast path for a month without a single blister.</p></div>"
                )
            })
            .collect();
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><div class="post"><h1>Boots</h1>
            {first}{last}<div class=side><p>Trending stories</p><div class=cards>{cards}</div></div></div></body>"#
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Paragraph 6 of the review"), "{text}");
        assert!(!text.contains("Excerpt 2"), "{text}");
    }

    #[test]
    fn short_reviews_in_article_tags_do_not_rival_a_long_description() {
        // Sentences without commas, so that each block's points come from its length.
        let para = |i: usize| {
            format!(
                "<p>Part {i} of the description says that the microphone keeps the warm and smooth sound that made \
                 it a studio classic for decades. It now adds a preamp so that quiet voices need no extra box or \
                 cable or power supply. The new model also keeps the old switches and the old mount and the old \
                 foam cover that so many singers and hosts know well.</p>"
            )
        };
        let paras: String = (1..=3).map(para).collect();
        let review = |i: usize| {
            format!("<article class=review><p>Review {i}: great sound and very easy to set up at home.</p></article>")
        };
        let reviews: String = (1..=8).map(review).collect();
        let html = format!(
            "<body><main><section class=product><div class=main><h1>Microphone</h1><div class=buy>Add to cart</div>\
             <div class=details><article class=desc>{paras}</article></div></div>\
             <div class=community><div class=reviews>{reviews}</div></div></section></main></body>"
        );
        let page = parse_html(&html).unwrap();
        let meta = crate::meta::Meta { title: "Microphone".into(), ..Default::default() };
        let article = super::find_article(&page, &meta);
        let holds = |class: &str| {
            let node = (0..page.len()).find(|&i| page.node(i).attr("class") == Some(class)).unwrap();
            article.roots.iter().any(|&r| r == node || page.is_ancestor_of(r, node))
        };
        assert!(holds("desc") && !holds("review"), "{:?}", article.roots);
    }

    #[test]
    fn a_list_article_is_read_whole_not_its_best_item() {
        let item = |i: usize| {
            format!(
                "<div class=item><h2>Scooter {i}</h2><div class=item-body><div class=text>\
                 <p>Scooter {i} rides far, climbs well, folds small, and costs less than most of its rivals, which is rare among the scooters we have tested over the last three years of daily riding.</p>\
                 <p>Its battery, brakes, and tyres held up over months of daily commuting, in rain, heat, and cold alike, and the maker answered every question we sent within a day or two.</p>\
                 </div></div><ul><li><a href=/a>Check the price at the first big store online</a></li>\
                 <li><a href=/b>Check the price at the second big store online</a></li></ul></div>"
            )
        };
        // An aside between the items stops the usual climbing (a parent beside page chrome).
        let items: String = (1..=4).map(item).collect::<Vec<_>>().join("<aside>Sponsored: try our app</aside>");
        let html = format!(
            "<head><script type=application/ld+json>{{\"@type\":\"Article\",\"headline\":\"Best scooters\"}}</script></head>\
             <body><nav><a href=/>Home</a></nav><div class=list>{items}</div><footer>About us</footer></body>"
        );
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        for i in 1..=4 {
            assert!(text.contains(&format!("Scooter {i} rides far")), "item {i} missing: {text}");
        }
        assert!(!text.contains("About us"), "{text}");
    }

    #[test]
    fn a_list_article_is_read_whole_inside_a_labelled_page_wrapper() {
        // The same list article, but the whole page sits in a wrapper whose class says "nav"
        // (a slide-out navigation drawer): a label the article and its rivals share says nothing.
        let item = |i: usize| {
            format!(
                "<div class=block><div class=grid><div class=cell><div class=text>\
                 <p>Part {i} of the review: the console runs games faster, cooler, and quieter than the model it replaces, which matters in a small living room, and it does so while drawing less power from the wall than its predecessor did at launch.</p>\
                 <p>Part {i} goes on: its controller, menus, and store have changed little, although loading times, already short, are shorter again on every game, and the old accessories, from headsets to chargers, all work as they did before.</p>\
                 </div></div></div></div>"
            )
        };
        let items: String = (1..=4).map(item).collect::<Vec<_>>().join("<aside>Sponsored: try our app</aside>");
        let html = format!(
            "<head><script type=application/ld+json>{{\"@type\":\"Article\",\"headline\":\"Review\"}}</script></head>\
             <body><div class=\"nav-drawer\"><nav><a href=/>Home</a></nav><div class=body>{items}</div>\
             <footer>About us</footer></div></body>"
        );
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        for i in 1..=4 {
            assert!(text.contains(&format!("Part {i} of the review")), "part {i} missing: {text}");
        }
    }

    #[test]
    fn a_guide_section_named_after_its_heading_is_text_not_a_share_bar() {
        let para = "Once you have mastered the art of editing history in one repository, you can move up to the next level and share drafts with a colleague, which opens up a number of interesting possibilities.";
        let html = format!(
            "<head><script type=application/ld+json>{{\"@type\":\"Article\",\"headline\":\"Guide\"}}</script></head>\
             <body><div class=body><div class=section id=intro><h1>Guide</h1><p>{para}</p><p>{para}</p><p>{para}</p>\
             <div class=section id=sharing-with-a-single-developer><h2>Sharing with a single developer</h2>\
             <p>Set up a second repository and pull from it; the drafts come across with their markers.</p></div>\
             <div class=sharing><a href=/x>Share on X</a></div></div></div></body>"
        );
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        assert!(text.contains("Set up a second repository"), "{text}");
        assert!(!text.contains("Share on X"), "{text}");
    }

    #[test]
    fn headings_whose_anchors_hold_role_words_stay_in_the_text() {
        let para = "Surveys of adolescents since 2019 show more of them reporting poor mental health, and fewer of them receiving treatment in the year after, according to the federal survey on drug use and health.";
        let html = format!(
            "<head><script type=application/ld+json>{{\"@type\":\"Article\",\"headline\":\"Teen health\"}}</script></head>\
             <body><article><h1>Teen health</h1><p>{para}</p><p>{para}</p>\
             <h2 id=what-share-of-adolescents-report-treatment>What share of adolescents report treatment?</h2><p>{para}</p>\
             <h3 id=h-how-popular-is-therapy-online>How popular is therapy online?</h3><p>{para}</p>\
             <h3 id=how-to-add-survey-ads>How to Add Survey Links to Clinic Ads</h3><p>{para}</p>\
             <section id=reply-to-a-survey-by-text-section><div><div><h2 id=reply-to-a-survey-by-text>Reply to a survey by text</h2></div></div>\
             <p>{para}</p></section>\
             <div id=related-products-and-services><div><h2>Related products and services</h2></div>\
             <p><a href=/a>Health plans for families and for small businesses</a></p></div></article></body>"
        );
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        for heading in [
            "What share of adolescents",
            "How popular is therapy",
            "How to Add Survey Links",
            "Reply to a survey by text",
        ] {
            assert!(text.contains(heading), "{heading} missing: {text}");
        }
        assert_eq!(text.matches("Surveys of adolescents").count(), 6, "{text}");
        // A heading worded as a role titles that role's block: its anchor does not rescue it.
        assert!(!text.contains("Related products"), "{text}");
    }

    #[test]
    fn a_label_never_takes_the_best_scored_block_out_of_the_text() {
        // The intro of a list article, in a section whose class says "header".
        let intro = "So you have decided to give your home a refresh, but where to begin, with hundreds of paint swatches, endless furniture arrangements, and scores of styles to choose from?";
        let item = |i: usize| {
            format!("<div class=item><h2>Service {i}</h2><p>Service {i} starts you off with a style quiz and then a designer and a plan and a list of things to buy.</p></div>")
        };
        let items: String = (1..=12).map(item).collect();
        let html = format!(
            "<head><script type=application/ld+json>{{\"@type\":\"Article\",\"headline\":\"Design services\"}}</script></head>\
             <body><div class=wrap><section class=listicle-header><h1>Design services</h1>\
             <div class=intro><p>{intro}</p><p>{intro}</p><p>{intro}</p></div></section>\
             <div class=list>{items}</div></div></body>"
        );
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        assert!(text.starts_with("So you have decided"), "{text}");
    }

    #[test]
    fn an_article_element_is_text_whatever_its_taxonomy_classes_say() {
        // Blog engines class each post by its tags and author: "tag-ai author-ann" are no labels.
        let post = |i: usize| {
            format!(
                "<article class=\"entry tag-ai author-ann\"><h2>Post {i}</h2><p>Post {i} tells how a consulting firm, after a year of talks, opened an office in a new city and hired a dozen people there, most of them from the region, to serve clients in energy, banking, and telecoms.</p></article>"
            )
        };
        let posts: String = (1..=4).map(post).collect();
        let lead = "The week in consulting, in four short posts from our newsroom, each with the facts as the firms gave them to us, checked against their filings.";
        let html = format!(
            "<head><script type=application/ld+json>{{\"@type\":\"Article\",\"headline\":\"News\"}}</script></head>\
             <body><div class=list><p>{lead}</p><p>{lead}</p>{posts}</div></body>"
        );
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        assert!(text.contains("Post 3 tells how"), "{text}");
    }

    #[test]
    fn a_role_named_in_the_article_s_template_is_still_a_role_unless_it_holds_the_prose() {
        let para = |i: usize| {
            format!(
                "<p>Part {i}: wireless earbuds now last a whole working day on one charge, and the case adds two \
                 more, so a week of commutes needs one trip to the charger, which changes how people use them.</p>"
            )
        };
        let card = |i: usize| {
            format!(
                "<div class=card><a href=/blog/{i}>Earbud story {i}: using white noise and earbuds to calm a busy mind</a><p>Imagine slipping on your earbuds not \
                 just to drown out the world, but to invite in a gentle wave...</p><span>NOV {i}, 2025</span></div>"
            )
        };
        let (body, cards): (String, String) = ((1..=6).map(para).collect(), (1..=3).map(card).collect());
        let more: String = (7..=9).map(para).collect();
        // "article" and "content" in these names say where the block sits; "recommended" and "nav"
        // say what it is. A block of the article's paragraphs keeps its place whatever its name.
        let html = format!(
            "<body><main><div class=article-main-content><h1>Earbuds for work</h1>\
             {body}<div class=content-nav-section>{more}</div>\
             <div class=article-recommended-section><h3>Recommend Posts</h3>{cards}</div></div></main></body>"
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Part 1: wireless earbuds") && text.contains("Part 9: wireless"), "{text}");
        assert!(!text.contains("Earbud story") && !text.contains("gentle wave"), "{text}");
    }

    #[test]
    fn a_block_marked_as_no_content_for_search_engines_is_not_text() {
        // "robots-nocontent" (Yahoo's and Jetpack's) and "nocontent" (Google's) mark what a page itself
        // says is not its content.
        let para = "<p>The town's ferry ran again on Monday after a month of repairs, and the first crossing carried \
            forty cars, two buses and a wedding party that had waited since spring to reach the island chapel.</p>";
        let html = format!(
            "<body><article><h1>Ferry back</h1>{para}{para}\
             <div class=\"robots-nocontent sd-block\"><h3>Spread the word</h3><p>Tell your friends about us today!</p></div>\
             {para}<div class=nocontent><p>Questions? Write to the desk at any hour.</p></div>{para}</article></body>"
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("The town's ferry ran again"), "{text}");
        assert!(!text.contains("Spread the word") && !text.contains("Questions? Write"), "{text}");
    }

    #[test]
    fn an_article_in_sections_of_one_template_is_read_whole() {
        // The first section is long and scores far above the others; all share one template.
        let long = "Mathematics is, at its core, an art: like painters, musicians, or writers, mathematicians create, explore, and test new worlds, pushing past the limits of what they imagine.";
        let short = |i: usize| {
            format!("Section {i} tells of a proof found this year that settles a question asked a century ago by a mathematician in Vienna.")
        };
        let section = |body: String| {
            format!("<div class=block><div class=\"post-content wysiwyg\">{body}</div></div><aside>Ad</aside>")
        };
        let first = section(format!("<p>{long}</p><p>{long}</p><p>{long}</p><p>{long}</p>"));
        let rest: String = (2..=4).map(|i| section(format!("<h2>Part {i}</h2><p>{}</p>", short(i)))).collect();
        let html = format!(
            "<head><script type=application/ld+json>{{\"@type\":\"Article\",\"headline\":\"Year in maths\"}}</script></head>\
             <body><div class=post>{first}{rest}</div></body>"
        );
        let page = parse_html(&html).unwrap();
        let text = crate::extract(&page).text_content();
        assert!(text.contains("Section 4 tells of a proof"), "{text}");
    }

    #[test]
    fn an_article_body_split_by_a_call_to_action_is_read_from_its_opening() {
        // The opening (an introduction and a table whose names link out) and the long rest of the
        // story sit in two blocks of one template, with a download box between them: the opening
        // scores far below the rest, and adds too little prose to the parent to climb for that.
        let paragraph = |i: usize| {
            format!("<p>Company {i} wires hospitals and schools across three states, and it doubled its revenue last year by taking on the maintenance of the systems it had installed.</p>")
        };
        let rows: String = (1..=30)
            .map(|i| format!("<tr><td><a href=/c{i}>Contractor number {i}</a></td><td>${i}.5B</td></tr>"))
            .collect();
        let opening = format!(
            "<div class=\"rich-text body\"><p>Electrical contractors design, install and repair the power, fire and security systems of buildings large and small, from houses to factories.</p>\
             {}{}{}<table>{rows}</table></div>",
            paragraph(100),
            paragraph(101),
            paragraph(102)
        );
        let rest: String = (1..=40).map(paragraph).collect();
        let html = format!(
            "<head><script type=application/ld+json>{{\"@type\":\"Article\",\"headline\":\"Top contractors\"}}</script></head>\
             <body><h1>Top contractors</h1><div class=wrap>{opening}<div class=cta>Free download: the top 50 fastest-paying contractors. Download now</div>\
             <div class=\"rich-text body\">{rest}</div></div></body>"
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Electrical contractors design, install") && text.contains("$30.5B"), "{text}");
        assert!(text.contains("Company 40 wires"), "{text}");
        assert!(!text.contains("Free download"), "{text}");
    }

    #[test]
    fn a_post_s_tags_are_not_its_text_a_sentence_linking_a_tag_is() {
        let paragraph = |i: usize| {
            format!("<p>Round {i} of the season runs at a track in the south, and the organisers may still move it, as they did twice last year when the weather closed the circuit.</p>")
        };
        let body: String = (1..=5).map(paragraph).collect();
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><h1>Stock car calendar</h1><div class=entry>{body}
            <p>See our <a href="/tag/stock-car" rel="tag">stock car</a> page for the results of every round so far this year.</p>
            <strong>Tags<br><a href="/tag/a" rel="tag">stock car calendar</a>, <a href="/tag/b" rel="tag">stock car brasil</a>, <a href="/tag/c" rel="tag">interlagos</a></strong>
            <p>Comments that insult other readers will not be approved by the moderator.</p></div></body>"#
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("See our stock car page for the results"), "{text}");
        assert!(!text.contains("stock car brasil"), "{text}");
    }

    #[test]
    fn the_article_header_around_the_headline_brings_its_introduction() {
        // A documentation page: the headline and the introduction in a block labelled "header",
        // the sections in the next block, a survey and a footer beside them.
        let intro = "A promise is an object standing for the eventual completion, or failure, of an operation that runs while the rest of the page goes on, and for its result.";
        let part = |i: usize| {
            format!("<section><h2>Part {i}</h2><p>Part {i} explains one more way to chain operations, with an example, its output, and the mistakes people make, in order.</p><p>It ends with a note on errors, which propagate down the chain, and on how to handle them once.</p></section>")
        };
        let parts: String = (1..=6).map(part).collect();
        let html = format!(
            "<head><title>Using promises - JavaScript | Docs</title></head><body><nav>Docs Guides Reference</nav>\
             <main><div class=\"layout__header\"><h1>Using promises</h1><section><p>{intro}</p><p>{intro}</p></section></div>\
             <div class=\"layout__body\">{parts}</div><div class=\"layout__footer\">Help improve these docs. Was this page helpful?</div></main></body>"
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("A promise is an object"), "{text}");
        assert!(text.contains("Part 6 explains"), "{text}");
    }

    #[test]
    fn a_table_of_contents_goes_with_its_title_and_a_list_of_links_elsewhere_keeps_its_line() {
        let para = |i: usize| {
            format!(
                "<h2 id=s{i}>Step {i}</h2><p>Step {i} of the guide says what to buy, what to measure twice and \
                 what to leave for the weekend, with the tools it takes and the mistakes people make.</p>"
            )
        };
        let steps: String = (1..=6).map(para).collect();
        let entries = |href: &str| -> String {
            (1..=6)
                .map(|i| {
                    format!("<li><a href=\"{href}{i}\">Step {i}: what to buy, what to measure, what to leave</a></li>")
                })
                .collect()
        };
        let page = |title: &str, href: &str| {
            format!(
                r#"<head><meta property="og:type" content="article"></head><body><article><h1>Build a shelf</h1>
                <p>Building a shelf takes a free afternoon, a drill, a level and a little patience with the wall plugs.</p>
                <div class=box><p class=box-title>{title}</p><ul>{}</ul></div>{steps}</article></body>"#,
                entries(href)
            )
        };
        // The links point within the page: their title goes with them.
        let text = crate::extract(&parse_html(&page("Table of Contents", "#s")).unwrap()).text_content();
        assert!(!text.contains("Table of Contents") && !text.contains("Step 1: what to buy"), "{text}");
        assert!(text.contains("Step 6 of the guide") && text.contains("a free afternoon"), "{text}");
        // Links to other pages: the line over them is not a contents' title, and stays.
        let text = crate::extract(&parse_html(&page("Buying options:", "/shop/item")).unwrap()).text_content();
        assert!(text.contains("Buying options:") && !text.contains("Step 1: what to buy"), "{text}");
    }

    #[test]
    fn an_items_name_in_a_buy_box_after_its_description_is_never_hidden() {
        let module = |i: usize| {
            format!(
                "<div class=module><h2>Part {i}</h2><p>Part {i}: the lantern spreads the scent of a few drops of oil \
                 with a flame effect that is safe to touch, indoors on a table or outdoors on a terrace, and it \
                 runs for hours on one charge.</p>\
                 <p>Its tank holds enough water for a long evening, and it turns itself off when the tank runs dry, \
                 so it can be left alone.</p></div>"
            )
        };
        let modules: String = (1..=6).map(module).collect();
        let html = format!(
            r#"<head><title>Flame diffuser, indoor and outdoor - Shop</title></head><body>
            <div class=content>{modules}</div>
            <div class=sidebar id=right_block><h1>Flame diffuser, indoor and outdoor</h1><span>79,00 EUR</span>
            <p>A compact lantern for essential oils.</p></div></body>"#
        );
        let page = parse_html(&html).unwrap();
        let extraction = crate::extract(&page);
        assert!(extraction.text_content().contains("Part 6: the lantern"), "{}", extraction.text_content());
        let hidden: Vec<&str> = extraction.hidden.iter().map(|h| h.text.as_str()).collect();
        assert!(!hidden.iter().any(|t| t.contains("Flame diffuser")), "{hidden:?}");
    }

    /// A short story's paragraph, written as prose (sentences with commas).
    fn story_paragraph(i: usize) -> String {
        format!(
            "<p>Part {i}: gaming used to be simple, we bought a game, sat in front of a console, played to the \
             end and then, a month later, bought the next one, and nobody paid again for the same game.</p>"
        )
    }

    /// A publisher's menu of 40 sister brands: many words, no prose.
    fn brand_menu() -> String {
        let items: String = (1..=40).map(|i| format!("<li><a href=/b{i}>Sister brand number {i}</a></li>")).collect();
        format!("<div class=\"hat\">A network of leading companies<ul>{items}</ul></div><nav><a href=/>Home</a></nav>")
    }

    /// The text extracted from a body laid out as `layout`, where `{menu}` stands for the brand menu
    /// and `{story}` for a story's two paragraphs.
    fn story_under_brand_menu(layout: &str) -> String {
        let body = layout
            .replace("{menu}", &brand_menu())
            .replace("{story}", &format!("{}{}", story_paragraph(1), story_paragraph(2)));
        crate::extract(&parse_html(&format!("<body>{body}</body>")).unwrap()).text_content()
    }

    #[test]
    fn a_site_header_holding_most_of_a_thin_page_but_none_of_its_prose_is_chrome() {
        // A paywalled story shows two paragraphs under a header whose menus are longer.
        let text = story_under_brand_menu(
            "<div id=\"full-header\">{menu}</div><article><h1>So many ways to play</h1>{story}</article>",
        );
        assert!(text.contains("Part 2: gaming"), "{text}");
        assert!(!text.contains("Sister brand number 7"), "{text}");
    }

    #[test]
    fn a_wrapper_named_as_the_header_that_holds_the_only_prose_is_read() {
        let text = story_under_brand_menu(
            "<div class=\"header-wrapper\">{menu}<div class=\"story\">{story}</div></div><div>Contact us</div>",
        );
        assert!(text.contains("Part 2: gaming"), "{text}");
    }

    #[test]
    fn a_page_without_prose_reads_the_header_wrapper_holding_most_of_it() {
        // No prose anywhere: the block holding most of the page is all there is to read.
        let specs: String = (1..=30).map(|i| format!("<li>Feature {i}: fits a cup holder</li>")).collect();
        let html = format!(
            "<body><div class=\"header-wrapper\"><nav><a href=/>Home</a></nav><b>Blue travel kettle</b>\
             <ul>{specs}</ul></div><div>Contact us</div></body>"
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Feature 12: fits a cup holder"), "{text}");
    }

    #[test]
    fn replies_holding_most_of_a_page_without_prose_are_no_frame() {
        // Only the page's header, menus and footer lose their hold on most of the page for want of
        // prose: replies written between <br>s are a thread's content as much.
        let replies: String = (1..=15)
            .map(|i| format!("<li><div class=\"message\">Reply {i}: it can still work, I think,<br>but clicks cost more now</div></li>"))
            .collect();
        let html = format!(
            "<body><article><h1>Will this method work?</h1>{}<section id=\"comments\"><ul>{replies}</ul></section>\
             </article></body>",
            story_paragraph(1)
        );
        let page = parse_html(&html).unwrap();
        let stats = super::text_stats(&page);
        let labels = super::Labels::of(&page, &stats.chars);
        let chrome = super::chrome_mask(&page, &stats, &page.visibility_mask(), &labels);
        let replies = (0..page.len()).find(|&i| page.node(i).attr("id") == Some("comments")).unwrap();
        assert!(stats.chars[replies] * 2 > stats.chars[page.find_tag("body").unwrap()]);
        assert!(stats.prose[replies] == 0 && stats.prose[page.find_tag("body").unwrap()] > 0);
        assert!(!chrome[replies]);
    }

    /// A thread set as a table, one row group per post: a long opening post, three answers long
    /// enough to score, three short replies, then `after`.
    fn thread_in_row_groups(after: &str) -> String {
        let sentence = "a hybrid computer joins a quantum processor to a classical one, and the classical side does \
                        the error correction, the scheduling and the reading of results, ";
        let post = |i: usize, sentences: usize| {
            format!(
                "<tbody><tr><td><b>Post {i}</b></td></tr><tr><td><div class=\"narrow\">Post {i} says: {}which takes \
                 a great deal of ordinary computing power.</div></td></tr></tbody>",
                sentence.repeat(sentences)
            )
        };
        let reply = |i: usize| {
            format!(
                "<tbody><tr><td><b>Reply {i}</b></td></tr><tr><td><div class=\"narrow\">Reply {i}: well done, this \
                 reads like a summary of the news.</div></td></tr></tbody>"
            )
        };
        let posts: String = std::iter::once(post(1, 14)).chain((2..=4).map(|i| post(i, 8))).collect();
        let replies: String = (5..=7).map(reply).collect();
        format!(
            "<body><h1>Hybrid quantum and classical computing</h1><table>{posts}{replies}{after}</table>\
             <p><a href=/a>Home</a> <a href=/b>Forum</a></p></body>"
        )
    }

    #[test]
    fn a_threads_short_replies_after_its_posts_in_row_groups_are_read() {
        let text = crate::extract(&parse_html(&thread_in_row_groups("")).unwrap()).text_content();
        assert!(text.contains("Post 4 says"), "{text}");
        assert!(text.contains("Reply 6: well done"), "{text}");
    }

    #[test]
    fn a_row_group_of_another_make_after_a_thread_is_not_one_of_its_posts() {
        // The forum's note under the posts: row groups like theirs, but of a class of its own.
        let note = "<tbody class=\"legend\"><tr><td><b>Note</b></td></tr><tr><td><div class=\"narrow\">Times on this \
                    forum are shown in your own time zone, posts are listed oldest first, and a moderator may move, \
                    merge or close a thread at any time.</div></td></tr></tbody>";
        let text = crate::extract(&parse_html(&thread_in_row_groups(note)).unwrap()).text_content();
        assert!(text.contains("Reply 6: well done"), "{text}");
        assert!(!text.contains("your own time zone"), "{text}");
    }

    #[test]
    fn a_block_of_a_two_part_storys_make_after_it_is_not_a_post() {
        let part = |i: usize, sentences: usize| {
            format!(
                "<div class=\"part\"><p>Part {i}: {}and that is the end of this part.</p></div>",
                "the council voted, after a long and heated debate, to close the old bridge to cars, buses and lorries, "
                    .repeat(sentences)
            )
        };
        let html = format!(
            "<body><h1>The old bridge closes</h1>{}{}<div class=\"part\"><p>Next week: the plan to widen the ring road, and what it \
             will cost the people who live along it, in time and in money.</p></div></body>",
            part(1, 6),
            part(2, 4)
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Part 2: the council"), "{text}");
        assert!(!text.contains("ring road"), "{text}");
    }
}
