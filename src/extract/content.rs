//! The article's content as clean blocks, and their HTML (escaped text, a few kept attributes).

use super::TextStats;
use crate::page::{collapse_whitespace, is_block_tag, NodeId, Page};
use serde::Serialize;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    Heading { level: u8, text: String },
    Paragraph { text: String },
    ListItem { ordered: bool, text: String },
    Quote { text: String },
    Code { text: String },
    Image { src: String, alt: String },
    Caption { text: String },
    TableRow { cells: Vec<String> },
}

impl Block {
    /// The block's plain text (empty for images).
    pub fn text(&self) -> String {
        match self {
            Block::Heading { text, .. }
            | Block::Paragraph { text }
            | Block::ListItem { text, .. }
            | Block::Quote { text }
            | Block::Code { text }
            | Block::Caption { text } => text.clone(),
            Block::TableRow { cells } => cells.join(" | "),
            Block::Image { .. } => String::new(),
        }
    }
}

/// Characters an answer holds at least (a menu's few labels under "More?" are none).
const QUESTION_ANSWER_MIN_CHARS: usize = 80;

/// Tags whose content is never article text (the `<head>`'s title and metadata among them: a
/// page whose body is empty until its scripts run is read from its root).
const DROPPED: [&str; 15] = [
    "head", "script", "style", "nav", "form", "button", "select", "input", "textarea", "svg", "iframe", "object",
    "embed", "video", "audio",
];

/// Class tokens that draw an element as a button.
const BUTTON_CLASSES: [&str; 2] = ["button", "btn"];
/// Characters of a control's caption at most ("Schedule a free consultation").
const BUTTON_CHARS: usize = 40;

/// Characters of a caption marked by its class at most: a few sentences.
const CAPTION_CHARS: usize = 400;
/// Elements a caption does not hold (besides headings): its picture, lists, tables, quotes, code.
const NOT_IN_A_CAPTION: [&str; 12] =
    ["img", "picture", "figure", "video", "iframe", "table", "ul", "ol", "blockquote", "pre", "form", "article"];

/// Whether a browser sets an element of this tag on a line of its own: a block, not the form
/// controls and media `is_block_tag` also counts, which sit in a line of text.
fn sets_a_line(tag: &str) -> bool {
    crate::page::is_block_tag(tag)
        && !matches!(tag, "button" | "select" | "option" | "label" | "img" | "picture" | "video" | "iframe")
}

/// A link that goes nowhere and says it is a button (`<a role="button">Click to expand...</a>`
/// under a quoted post): a script's control, not words of the text.
fn is_scripted_control(node: &crate::page::Node) -> bool {
    node.tag == "a"
        && node.attr("role") == Some("button")
        && node.attr("href").is_none_or(|h| h.trim().is_empty() || h.trim_start().starts_with("javascript:"))
        && node.attr("aria-controls").is_none()
        && node.attr("aria-expanded").is_none()
}

/// Whether a text shows nothing: blanks and zero-width characters only (a page builder's
/// `<p>&zwj;</p>` spacer is no paragraph).
fn shows_nothing(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'))
}

/// Collects the blocks of the article roots, skipping `excluded` nodes (invisible ones, hidden
/// blocks, bylines and the like: the caller decides).
pub fn collect_blocks(page: &Page, stats: &TextStats, roots: &[NodeId], excluded: &[bool]) -> Vec<Block> {
    let mut c = Collector { page, stats, excluded, blocks: Vec::new(), run: String::new(), last_text: None };
    for &root in roots {
        c.visit(root, false);
        c.flush();
    }
    c.blocks
}

struct Collector<'a> {
    page: &'a Page,
    stats: &'a TextStats,
    excluded: &'a [bool],
    blocks: Vec<Block>,
    /// Inline text waiting for a block boundary.
    run: String,
    /// The text node that ends `run`.
    last_text: Option<NodeId>,
}

impl Collector<'_> {
    /// Whether `id` is the label of a drop-down choice ("Size" over a shop card's sizes), wrapping
    /// it or beside it: the choice's options are not text, and its label alone reads as a stray word.
    fn labels_a_choice(&self, id: NodeId) -> bool {
        let page = self.page;
        let holds_choice = |n: NodeId| super::subtree(page, n).any(|d| page.node(d).tag == "select");
        page.node(id).tag == "label"
            && (holds_choice(id)
                || page.node(id).parent.is_some_and(|p| {
                    page.node(p).children.iter().any(|&s| s != id && page.node(s).is_element() && holds_choice(s))
                }))
    }

    /// Whether `id` is drawn as a button by its class ("Learn more", "Quick Shop", "Register Now"
    /// in a `<div class="btn">`): a short control with no blocks inside, not a word of a sentence
    /// ("press <span class="btn">Save</span>"). An accordion's toggle around a question's block is
    /// not one.
    fn styled_as_button(&self, id: NodeId) -> bool {
        let page = self.page;
        let node = page.node(id);
        !matches!(node.tag.as_str(), "a" | "button")
            && node
                .attr("class")
                .is_some_and(|c| c.split_whitespace().any(|t| BUTTON_CLASSES.iter().any(|b| t.eq_ignore_ascii_case(b))))
            && self.stats.chars[id] <= BUTTON_CHARS
            && !super::subtree(page, id).skip(1).any(|d| is_block_tag(&page.node(d).tag))
            && !super::is_phrase_of_paragraph(page, self.stats, id)
    }

    /// Whether `id` is a photo's caption by its class ("caption-text-block", "wp-caption-text",
    /// "image-caption"): a `p` or `div` of at most a few sentences with nothing but text
    /// inside. A wrapper that holds the picture or the headline as well is no caption.
    fn captioned_by_class(&self, id: NodeId) -> bool {
        let page = self.page;
        let node = page.node(id);
        matches!(node.tag.as_str(), "p" | "div")
            && node
                .attr("class")
                .is_some_and(|c| c.split_whitespace().any(|t| t.to_ascii_lowercase().contains("caption")))
            && self.stats.chars[id] <= CAPTION_CHARS
            && !super::is_phrase_of_paragraph(page, self.stats, id)
            && !super::subtree(page, id).skip(1).any(|d| {
                let tag = page.node(d).tag.as_str();
                NOT_IN_A_CAPTION.contains(&tag) || matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
            })
    }

    /// Whether a button is an FAQ's question over its answer ("Do you need a smart home hub?" as
    /// the toggle of the paragraphs after it): a line that asks, with the answer read as text right
    /// after it or after the box that holds the button alone. A reader keeps the question with
    /// its answer; other buttons are controls, not text.
    fn asks_over_its_answer(&self, id: NodeId) -> bool {
        let page = self.page;
        let chars = &self.stats.chars;
        // As long as a question line over a hidden answer may be (see `Page::visibility_mask`).
        if !(1..=crate::page::QUESTION_LINE_CHARS).contains(&chars[id]) || self.stats.link_chars[id] > 0 {
            return false;
        }
        if !page.text(id).trim_end().ends_with(['?', '？']) {
            return false;
        }
        let shown = |n: NodeId| page.node(n).is_element() || chars[n] > 0;
        let next_shown = |n: NodeId| page.following_siblings(n).find(|&c| shown(c));
        // The button, or a box around it and nothing else shown (at most two levels up).
        let mut toggle = id;
        for _ in 0..=2 {
            if let Some(answer) = next_shown(toggle) {
                return chars[answer] >= QUESTION_ANSWER_MIN_CHARS && !self.excluded[answer];
            }
            match page.node(toggle).parent {
                Some(p) if page.node(p).children.iter().filter(|&&c| shown(c)).count() == 1 => toggle = p,
                _ => return false,
            }
        }
        false
    }

    fn flush(&mut self) {
        let text = collapse_whitespace(&self.run);
        self.run.clear();
        if !shows_nothing(&text) {
            self.blocks.push(Block::Paragraph { text });
        }
    }

    fn visit(&mut self, id: NodeId, ordered: bool) {
        let page = self.page;
        let node = page.node(id);
        if self.excluded[id] {
            return;
        }
        if node.is_text() {
            if !self.is_scrambling_identifier(id) {
                if self.last_text.is_some_and(|prev| self.words_apart(prev, &self.run, id)) {
                    self.run.push(' ');
                }
                self.run.push_str(&node.text);
                self.last_text = Some(id);
            }
            return;
        }
        // A form is inputs and their labels, unless it wraps paragraphs of prose (ASP.NET pages, a
        // forum's post feed) or has no field at all.
        let wraps_prose = node.tag == "form" && (self.stats.prose[id] > 0 || super::is_fieldless_form(page, id));
        // A button that is words of a sentence (a name that opens a side note) is read with it.
        let phrase = node.tag == "button" && super::is_phrase_of_paragraph(self.page, self.stats, id);
        if node.tag == "button" && self.asks_over_its_answer(id) {
            self.flush();
            let text = collapse_whitespace(&self.text_read(id, true));
            if !shows_nothing(&text) {
                self.blocks.push(Block::Paragraph { text });
            }
            return;
        }
        if DROPPED.contains(&node.tag.as_str()) && !wraps_prose && !phrase {
            return;
        }
        if is_scripted_control(node) || self.labels_a_choice(id) || self.styled_as_button(id) {
            return;
        }
        let tag = node.tag.as_str();
        let whole = |c: &Self| collapse_whitespace(&c.text_without_excluded(id));
        match tag {
            "figcaption" | "caption" => {
                self.flush();
                let text = whole(self);
                if !shows_nothing(&text) {
                    self.blocks.push(Block::Caption { text });
                }
            }
            // Read as any block is (its lines stay lines), but as a caption: not the article's prose.
            _ if self.captioned_by_class(id) => {
                self.flush();
                let first = self.blocks.len();
                for &c in &node.children {
                    self.visit(c, ordered);
                }
                self.flush();
                for block in &mut self.blocks[first..] {
                    if let Block::Paragraph { text } = block {
                        *block = Block::Caption { text: std::mem::take(text) };
                    }
                }
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                let text = whole(self);
                if !shows_nothing(&text) {
                    self.blocks.push(Block::Heading { level: tag.as_bytes()[1] - b'0', text });
                }
            }
            "p" => {
                self.flush();
                for &c in &node.children {
                    self.visit(c, ordered);
                }
                self.flush();
            }
            // A list item that is a document of its own (a forum post in an <li>: paragraphs, a
            // quote, code) is read as its blocks, not as one line.
            "li" if self.holds_document(id) => {
                self.flush();
                for &c in &node.children {
                    self.visit(c, ordered);
                }
                self.flush();
            }
            "li" => {
                self.flush();
                let text = whole(self);
                if !shows_nothing(&text) {
                    self.blocks.push(Block::ListItem { ordered, text });
                }
            }
            "ol" | "ul" => {
                self.flush();
                for &c in &node.children {
                    self.visit(c, tag == "ol");
                }
            }
            "blockquote" => {
                self.flush();
                let text = whole(self);
                if !shows_nothing(&text) {
                    self.blocks.push(Block::Quote { text });
                }
            }
            "pre" => {
                self.flush();
                let text = self.text_without_excluded(id).trim_matches('\n').to_string();
                if !text.trim().is_empty() {
                    self.blocks.push(Block::Code { text });
                }
            }
            "img" => {
                if let Some(src) = node.attr("src").filter(|s| !s.is_empty() && !s.starts_with("data:")) {
                    self.flush();
                    let alt = node.attr("alt").unwrap_or("").to_string();
                    self.blocks.push(Block::Image { src: src.to_string(), alt });
                }
            }
            "tr" => {
                self.flush();
                let cells: Vec<String> = node
                    .children
                    .iter()
                    .filter(|&&c| matches!(page.node(c).tag.as_str(), "td" | "th"))
                    .map(|&c| collapse_whitespace(&self.text_without_excluded(c)))
                    .collect();
                if cells.iter().any(|c| !c.is_empty()) {
                    self.blocks.push(Block::TableRow { cells });
                }
            }
            "br" => self.run.push('\n'),
            _ => {
                let block = is_block_tag(tag) && !phrase;
                if block {
                    self.flush();
                }
                // A media player: the video and, beside it, its controls ("Play", "Current Time
                // 0:00", "Fullscreen"). Only a caption or paragraph beside the video is text.
                let player = node.children.iter().any(|&c| matches!(page.node(c).tag.as_str(), "video" | "audio"));
                for &c in &node.children {
                    if player && !self.holds_writing(c) {
                        continue;
                    }
                    self.visit(c, ordered);
                }
                if block {
                    self.flush();
                }
            }
        }
    }

    /// Whether a subtree holds two paragraphs or more (a quote counts as one). A heading over one
    /// line (a brand's name and what it sells) is still one item.
    fn holds_document(&self, id: NodeId) -> bool {
        let paragraphs = self
            .page
            .descendants(id)
            .into_iter()
            .filter(|&d| matches!(self.page.node(d).tag.as_str(), "p" | "blockquote"))
            .count();
        paragraphs >= 2
    }

    /// Whether a subtree holds a paragraph, heading or caption (not only a widget's labels).
    fn holds_writing(&self, id: NodeId) -> bool {
        self.page
            .descendants(id)
            .into_iter()
            .any(|d| matches!(self.page.node(d).tag.as_str(), "p" | "h2" | "h3" | "h4" | "figcaption" | "caption"))
    }

    fn text_without_excluded(&self, id: NodeId) -> String {
        let text = self.text_read(id, false);
        // A heading that is only a button is an accordion's header (the WAI-ARIA pattern): the
        // button's words are the heading's. A button beside a heading's words ("Expand all", a
        // link-copying icon) is a control.
        let heading = matches!(self.page.node(id).tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
        if heading && text.trim().is_empty() {
            return self.text_read(id, true);
        }
        text
    }

    /// Whether the text node `next` starts a word of its own after `prev`, which ends `run`, where
    /// one element ends and another begins: where a block's edge lies between them (a browser
    /// sets each block on a line of its own: a price's "Save 25%" box and "compared to $180.00"
    /// beside it, read as one line of a link), or where the case of the letters says so (see
    /// `set_apart`). Not in code, which is read as written, not across a subscript or superscript
    /// ("N<sub>2</sub>O"), nor after a `<wbr>` (a place where a long name may break:
    /// "Local<wbr>Options").
    fn words_apart(&self, prev: NodeId, run: &str, next: NodeId) -> bool {
        let page = self.page;
        let text = &page.node(next).text;
        // Words already apart, or a run just begun (a paragraph flushed before `next`), need no space.
        let touching = !run.ends_with(char::is_whitespace) && !text.starts_with(char::is_whitespace);
        if !touching || run.is_empty() || page.node(next - 1).tag == "wbr" {
            return false;
        }
        let prev_line: Vec<NodeId> = page.ancestors(prev).collect();
        let common = page.ancestors(next).find(|a| prev_line.contains(a));
        let between = |a: &NodeId| Some(*a) != common && common.is_none_or(|c| page.is_ancestor_of(c, *a));
        let elements_between: Vec<NodeId> =
            page.ancestors(next).filter(between).chain(prev_line.iter().copied().filter(between)).collect();
        let block_edge = elements_between.iter().any(|&a| sets_a_line(&page.node(a).tag));
        let inline_mark = |a: NodeId| matches!(page.node(a).tag.as_str(), "sub" | "sup");
        let code = |a: NodeId| matches!(page.node(a).tag.as_str(), "code" | "pre" | "kbd" | "samp");
        (block_edge || crate::page::set_apart(run, text))
            && !page.ancestors(next).chain(prev_line.iter().copied()).any(code)
            && !elements_between.into_iter().any(inline_mark)
    }

    /// An identifier the text facts left out (see `extract::text_stats`): it counts no characters.
    fn is_scrambling_identifier(&self, id: NodeId) -> bool {
        self.stats.chars[id] == 0 && super::is_identifier(&self.page.node(id).text)
    }

    /// The text under `id` outside excluded nodes and dropped tags (buttons read if `buttons`).
    fn text_read(&self, id: NodeId, buttons: bool) -> String {
        let page = self.page;
        let mut s = String::new();
        let mut last_text = None;
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            if self.excluded[n] {
                continue;
            }
            let node = page.node(n);
            if node.is_text() {
                if !self.is_scrambling_identifier(n) {
                    if last_text.is_some_and(|prev| self.words_apart(prev, &s, n)) {
                        s.push(' ');
                    }
                    s.push_str(&node.text);
                    last_text = Some(n);
                }
                continue;
            }
            if DROPPED.contains(&node.tag.as_str()) && !(buttons && node.tag == "button") {
                continue;
            }
            if (is_scripted_control(node) && !buttons)
                || self.labels_a_choice(n)
                || (!buttons && self.styled_as_button(n))
            {
                continue;
            }
            if node.tag == "br" || (n != id && is_block_tag(&node.tag)) {
                s.push(if node.tag == "br" { '\n' } else { ' ' });
            }
            for &c in node.children.iter().rev() {
                stack.push(c);
            }
        }
        s
    }
}

/// Whether a block reads as running prose (a sentence of some length). A "heading" of 120
/// characters or more is a standfirst set in heading markup, and reads as prose too.
fn is_prose(b: &Block) -> bool {
    match b {
        Block::Paragraph { text } | Block::ListItem { text, .. } | Block::Quote { text } => {
            let chars = crate::page::weighted_chars(text);
            chars >= 120 || (chars >= 50 && text.trim_end().ends_with(['.', '!', '?', '"', '”', '»', '。']))
        }
        Block::Heading { text, .. } => text.chars().count() >= 120,
        _ => false,
    }
}

/// Characters a sentence that ends with a colon has at least to open an article.
const COLON_OPENING_MIN_CHARS: usize = 50;

/// A paragraph that is a sentence of some length ending with a colon, naming no boilerplate.
fn opens_on_a_colon(b: &Block) -> bool {
    matches!(b, Block::Paragraph { text }
        if crate::page::weighted_chars(text) >= COLON_OPENING_MIN_CHARS && introduces_rows(text))
}

/// Whether a line has `max` words or fewer, read only that far. The checks of short lines below
/// ask it before lower-casing: a paragraph fails them without being copied. (Case never changes
/// white space, so the count is the lower-cased line's too.)
fn at_most_words(line: &str, max: usize) -> bool {
    line.split_whitespace().nth(max).is_none()
}

/// The most words an entry of a lexicon's list has, counted once into `cell` (the lexicon is fixed).
fn most_words(cell: &'static OnceLock<usize>, list: &[String]) -> usize {
    *cell.get_or_init(|| list.iter().map(|entry| entry.split_whitespace().count()).max().unwrap_or(0))
}

/// Words a photo's credit line has at most ("Gregg Newton/AFP via Getty Images").
const CREDIT_LINE_MAX_WORDS: usize = 10;

/// Whether a line is a photo's credit: short, and opening as credits do ("Photo: Shutterstock",
/// "Photo Courtesy of Noble Desktop") or naming a picture agency ("Gatsi/Getty Images").
fn is_credit_line(text: &str) -> bool {
    if !at_most_words(text, CREDIT_LINE_MAX_WORDS) {
        return false;
    }
    let lexicon = crate::lexicon::lexicon();
    let lower = text.trim().to_lowercase();
    lexicon.credit_line_openings.iter().any(|o| lower.starts_with(o.as_str()))
        || lexicon.credit_line_marks.iter().any(|m| lower.contains(m.as_str()))
}

/// Drops photo credit lines from the article's text (the page still shows them under the photos).
pub fn drop_credit_lines(blocks: Vec<Block>) -> Vec<Block> {
    blocks
        .into_iter()
        .filter(|b| !matches!(b, Block::Paragraph { text } | Block::Caption { text } if is_credit_line(text)))
        .collect()
}

/// Words a script's placeholder line has at most ("Loading paragraph...", "Wird geladen ...").
const PLACEHOLDER_MAX_WORDS: usize = 3;

/// Whether a line is a placeholder a script shows until it fills the place in ("Loading...",
/// "Loading image...", "Please wait"): an opening of `loading_placeholders`, alone, or with a word
/// and an ellipsis.
fn is_placeholder(line: &str) -> bool {
    let openings = &crate::lexicon::lexicon().loading_placeholders;
    // Bare, the line is an opening once its dots are trimmed; with an ellipsis, a few words.
    let without_dots = line.trim().trim_end_matches(['.', '…', ' ', '!']);
    static MOST: OnceLock<usize> = OnceLock::new();
    if !at_most_words(without_dots, most_words(&MOST, openings).max(PLACEHOLDER_MAX_WORDS)) {
        return false;
    }
    let line = line.trim().to_lowercase();
    let words = line.split_whitespace().count();
    openings.iter().any(|opening| {
        line.strip_prefix(opening.as_str()).is_some_and(|rest| {
            let bare = rest.trim_end_matches(['.', '…', ' ', '!']).is_empty();
            let ellipsis = rest.ends_with("...") || rest.ends_with('…');
            bare || (rest.starts_with(' ') && ellipsis && words <= PLACEHOLDER_MAX_WORDS)
        })
    })
}

/// Drops the placeholder lines of parts a script fills in ("Loading paragraph..."): the page
/// shows them only until it has run, and they say nothing.
pub fn drop_placeholders(blocks: Vec<Block>) -> Vec<Block> {
    blocks
        .into_iter()
        .filter(|b| {
            !matches!(b, Block::Paragraph { text } | Block::Heading { text, .. } | Block::ListItem { text, .. }
                if is_placeholder(text))
        })
        .collect()
}

/// Whether a line is only a counter of a post's reactions ("1 like", "12 replies", "3.4K views")
/// or of its poster's ("Posts: 2630"): a number and a word of `counter_words`, either way round,
/// which the page shows beside its posts, never in them.
fn is_counter(line: &str) -> bool {
    let counted =
        |word: &str| crate::lexicon::lexicon().counter_words.iter().any(|w| w.as_str() == word.to_lowercase());
    let is_number = |number: &str| {
        let digits = number.trim_end_matches(['k', 'K', 'm', 'M']);
        !digits.is_empty()
            && digits.starts_with(|c: char| c.is_ascii_digit())
            && digits.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    };
    let mut words = line.split_whitespace();
    let (Some(first), Some(second), None) = (words.next(), words.next(), words.next()) else { return false };
    match first.strip_suffix(':') {
        Some(label) => counted(label) && is_number(second),
        None => is_number(first) && counted(second),
    }
}

/// Words a poster's join-date line has at most ("Joined: Wed Apr 24, 2019 2:19 am").
const JOIN_DATE_MAX_WORDS: usize = 8;

/// Whether a line gives when a post's author joined the forum ("Join Date: Aug 2008", "Joined:
/// 5. Nov 2014, 16:05"): a label of `join_date_labels` with its colon, then a date. Without the
/// colon it may be a seller's or a freelancer's profile the page is about ("Member since 2016").
fn is_join_date(line: &str) -> bool {
    let labels = &crate::lexicon::lexicon().join_date_labels;
    static MOST: OnceLock<usize> = OnceLock::new();
    if !at_most_words(line, most_words(&MOST, labels) + JOIN_DATE_MAX_WORDS) {
        return false;
    }
    let lower = line.trim().to_lowercase();
    let Some((label, date)) = lower.split_once(':') else { return false };
    labels.iter().any(|l| l.as_str() == label.trim())
        && date.split_whitespace().count() <= JOIN_DATE_MAX_WORDS
        && date.chars().any(|c| c.is_ascii_digit())
}

/// Words a post's time line has at most ("answered May 2, 2009 at 0:09").
const POST_TIME_MAX_WORDS: usize = 8;

/// Whether a line only says when a post was written or changed ("asked Mar 3, 2021 at 14:22",
/// "Last edited: Oct 26, 2017", "edited 2 hours ago"): a label of `post_time_labels`, then a date
/// (`dates::normalize` reads one) or a time "ago". "Edited for a typo" is the poster's own note.
fn is_post_time(line: &str) -> bool {
    if !at_most_words(line, POST_TIME_MAX_WORDS) {
        return false;
    }
    let lower = line.trim().to_lowercase();
    crate::lexicon::lexicon().post_time_labels.iter().any(|label| {
        lower.strip_prefix(label.as_str()).is_some_and(|rest| {
            let rest = rest.strip_prefix(':').unwrap_or(rest);
            rest.starts_with(' ')
                && (crate::meta::dates::normalize(rest).is_some() || rest.split_whitespace().any(|w| w == "ago"))
        })
    })
}

/// Words a line that is only a date holds at most ("December 3, 2025 at 6:01 pm").
const DATE_LINE_MAX_WORDS: usize = 6;

/// Whether a line is only a date's label ("Posted on", "Last Updated:", "Last edited:"): one of the
/// metadata's `date_labels` or of `post_time_labels`, with its colon or a trailing "on"/"at" or
/// neither. Returns whether it ends with a colon.
fn date_label(line: &str) -> Option<bool> {
    let lower = line.trim().to_lowercase();
    let colon = lower.ends_with(':');
    let label = lower.trim_end_matches(':').trim_end();
    let label = label.strip_suffix(" on").or_else(|| label.strip_suffix(" at")).unwrap_or(label);
    let lexicon = crate::lexicon::lexicon();
    let mut labels =
        lexicon.date_labels.published.iter().chain(&lexicon.date_labels.updated).chain(&lexicon.post_time_labels);
    labels.any(|l| l == label).then_some(colon)
}

/// Whether a line is only a date ("Nov 21, 2018", "December 3, 2025 at 6:01 pm").
fn is_date_line(line: &str) -> bool {
    line.split_whitespace().count() <= DATE_LINE_MAX_WORDS && crate::meta::dates::normalize(line).is_some()
}

/// Drops a date's label set on a line of its own, with the date on the line below it ("Posted on"
/// then "Nov 21, 2018"): written apart, neither line says anything of the content, and the summary
/// gives the dates. A label with its colon goes alone too ("Last edited:" whose time a script
/// writes in); one without a colon or a date under it may be a word of the text ("Updated").
pub fn drop_split_datelines(blocks: Vec<Block>) -> Vec<Block> {
    fn line(block: Option<&Block>) -> Option<&str> {
        match block {
            Some(Block::Paragraph { text } | Block::ListItem { text, .. }) => Some(text),
            _ => None,
        }
    }
    let mut drop = vec![false; blocks.len()];
    for i in 0..blocks.len() {
        let Some(colon) = line(blocks.get(i)).and_then(date_label) else { continue };
        let date_below = line(blocks.get(i + 1)).is_some_and(is_date_line);
        drop[i] = colon || date_below;
        if date_below {
            drop[i + 1] = true;
        }
    }
    blocks.into_iter().zip(drop).filter(|(_, d)| !d).map(|(b, _)| b).collect()
}

/// Whether a line is only a count ("12", "1,571", "3.4k"): beside a post, its votes, replies or the
/// poster's posts.
fn is_bare_count(line: &str) -> bool {
    let line = line.trim().to_lowercase();
    let digits = line.strip_suffix('k').unwrap_or(&line);
    !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && !digits.ends_with(['.', ','])
}

/// Drops what a discussion sets beside each post rather than in it: lines that are only a count
/// (votes, the poster's tallies), and the poster's badge even where it is set as a heading
/// ("Well-known member" in an <h5>). A thread's posts are written in words.
pub fn drop_post_furniture(blocks: Vec<Block>) -> Vec<Block> {
    blocks
        .into_iter()
        .filter(|b| match b {
            Block::Paragraph { text } => !is_bare_count(text),
            Block::Heading { text, .. } => !is_poster_badge(text),
            _ => true,
        })
        .collect()
}

/// Whether a line is only the badge a forum shows under a poster's name ("Member", "Original
/// Poster", "Moderator"): one of `poster_badges`, alone.
fn is_poster_badge(line: &str) -> bool {
    let badges = &crate::lexicon::lexicon().poster_badges;
    static MOST: OnceLock<usize> = OnceLock::new();
    at_most_words(line, most_words(&MOST, badges)) && badges.contains(&line.trim().to_lowercase())
}

/// Drops lines that only count a post's reactions, say when it was written or its poster joined,
/// or give the poster's badge (see `is_counter`, `is_post_time`, `is_join_date`, `is_poster_badge`).
pub fn drop_counters(blocks: Vec<Block>) -> Vec<Block> {
    blocks
        .into_iter()
        .filter(|b| {
            !matches!(b, Block::Paragraph { text } | Block::ListItem { text, .. }
                if is_counter(text) || is_join_date(text) || is_poster_badge(text) || is_post_time(text))
        })
        .collect()
}

/// Words a reading-time line has at most ("Reading time: 5 min read").
const READING_TIME_MAX_WORDS: usize = 5;

/// Whether a line only gives the article's reading time ("3 MIN. READ", "17 minutes read",
/// "Lesezeit: 4 Minuten"): a number, minutes, and a word of `reading_time_words`. A recipe's "10
/// mins" says no reading.
fn is_reading_time(line: &str) -> bool {
    // (Lower-casing never joins two words, so a longer line is no reading time either.)
    if line.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).nth(READING_TIME_MAX_WORDS).is_some() {
        return false;
    }
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let reading = &crate::lexicon::lexicon().reading_time_words;
    words.len() <= READING_TIME_MAX_WORDS
        && words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()))
        && words.iter().any(|w| w.starts_with("min"))
        && words.iter().any(|w| reading.iter().any(|r| r == w))
}

/// Drops the article's reading-time lines: the page's metadata (the summary gives its own), not
/// the article's text.
pub fn drop_reading_times(blocks: Vec<Block>) -> Vec<Block> {
    blocks.into_iter().filter(|b| !matches!(b, Block::Paragraph { text } if is_reading_time(text))).collect()
}

/// Lines of bare counting numbers in a row ("1", "2", "3") that make a carousel's or a pager's
/// buttons rather than data.
const COUNTING_RUN_MIN_LINES: usize = 3;

/// Drops runs of lines that only count ("1", "2", "3", "4", "5": a slider's dots, a pager's page
/// numbers, a size picker's sizes), three or more in a row, each one more than the line before.
/// Numbers in a table, a list or a sentence are not lines of their own and stay.
pub fn drop_counting_runs(blocks: Vec<Block>) -> Vec<Block> {
    let number = |b: &Block| match b {
        Block::Paragraph { text } | Block::ListItem { text, .. } if text.len() <= 4 => text.trim().parse::<u32>().ok(),
        _ => None,
    };
    let mut counting = vec![false; blocks.len()];
    let mut start = 0;
    while start < blocks.len() {
        let mut end = start;
        while let Some(n) = number(&blocks[end]) {
            if end > start && number(&blocks[end - 1]) != n.checked_sub(1) {
                break;
            }
            end += 1;
            if end == blocks.len() {
                break;
            }
        }
        if end - start >= COUNTING_RUN_MIN_LINES {
            counting[start..end].iter_mut().for_each(|c| *c = true);
        }
        start = end.max(start + 1);
    }
    blocks.into_iter().zip(counting).filter(|(_, c)| !c).map(|(b, _)| b).collect()
}

/// Share of the article's text, at its start, where a table of contents' title is looked for.
const CONTENTS_TITLE_HEAD: f32 = 0.2;

/// How a reply's subject opens, before the subject it answers ("Re: ", "AW: ").
const REPLY_PREFIXES: [&str; 4] = ["re:", "aw:", "antw:", "rép:"];

/// Drops the subject lines of a thread's replies ("Re: Discuss the 7.1.0 release here"): a
/// forum gives each reply the topic's title again, which says nothing the headline does not.
pub fn drop_reply_subjects(blocks: Vec<Block>, titles: &[&str]) -> Vec<Block> {
    let titles: Vec<String> = titles.iter().map(|t| t.trim().to_lowercase()).collect();
    // A reply's subject is a title after a prefix: a word more than the longest title at most.
    let most = titles.iter().map(|t| t.split_whitespace().count()).max().unwrap_or(0) + 1;
    let repeats_title = |text: &str| {
        if !at_most_words(text, most) {
            return false;
        }
        let lower = text.trim().to_lowercase();
        REPLY_PREFIXES.iter().any(|prefix| {
            lower.strip_prefix(prefix).is_some_and(|subject| {
                let subject = subject.trim();
                !subject.is_empty() && titles.iter().any(|t| t == subject)
            })
        })
    };
    blocks
        .into_iter()
        .filter(|b| !matches!(b, Block::Paragraph { text } | Block::Heading { text, .. } if repeats_title(text)))
        .collect()
}

/// Labels of the button that folds a table of contents away, written after its title ("Contents
/// hide", "Contents [show]").
const CONTENTS_TOGGLE_LABELS: [&str; 6] = ["hide", "show", "[hide]", "[show]", "toggle", "[toggle]"];

/// A line without the toggle's label at its end.
fn without_toggle_label(line: &str) -> &str {
    let Some((title, last)) = line.rsplit_once(char::is_whitespace) else { return line };
    if CONTENTS_TOGGLE_LABELS.iter().any(|label| last.eq_ignore_ascii_case(label)) {
        title.trim_end()
    } else {
        line
    }
}

/// Whether a line is only the title of a table of contents ("Table of Contents", "In this
/// article:").
fn is_contents_title(line: &str) -> bool {
    let titles = &crate::lexicon::lexicon().contents_titles;
    let line = without_toggle_label(line.trim()).trim_end_matches(':').trim_end();
    static MOST: OnceLock<usize> = OnceLock::new();
    at_most_words(line, most_words(&MOST, titles)) && titles.contains(&line.to_lowercase().replace('\u{2019}', "'"))
}

/// Drops the title of a table of contents that stands over no contents: its list is not text
/// (links within the page, set aside) or is filled in by a script, and the title is followed by
/// the article's first heading or paragraph. A title over its entries (list items, rows, or short
/// lines, as a manual's chapter lists them) stays. Only near the article's start, where such
/// tables sit.
pub fn drop_empty_contents_titles(blocks: Vec<Block>) -> Vec<Block> {
    let chars: Vec<usize> = blocks.iter().map(|b| b.text().chars().count()).collect();
    let head = chars.iter().sum::<usize>() as f32 * CONTENTS_TITLE_HEAD;
    let mut before = 0;
    let mut empty_title = vec![false; blocks.len()];
    for (i, block) in blocks.iter().enumerate() {
        let title = matches!(block, Block::Paragraph { text } | Block::Heading { text, .. } if is_contents_title(text));
        // (A picture between the title and what follows is an icon: the title is over what follows it.)
        let next = blocks[i + 1..].iter().find(|b| !matches!(b, Block::Image { .. }));
        let over_nothing = match next {
            None | Some(Block::Heading { .. }) => true,
            Some(next) => is_prose(next),
        };
        empty_title[i] = title && over_nothing && before as f32 <= head;
        before += chars[i];
    }
    blocks.into_iter().zip(empty_title).filter(|(_, empty)| !empty).map(|(b, _)| b).collect()
}

/// Share of the article's text, at its end, where a note about its author is looked for.
const AUTHOR_NOTE_TAIL: f32 = 0.1;
/// Characters at the end that are still its tail in a short article, where a card's few lines
/// are more than a tenth of the text, when they are at most a quarter of it.
const AUTHOR_CARD_MAX_CHARS: usize = 500;

/// The full names in a byline: split at commas, ampersands and joining words ("Ann Lee and Bo
/// Chen"); a one-word part names no one in particular ("Staff").
fn byline_names(byline: &str) -> Vec<String> {
    let lexicon = crate::lexicon::lexicon();
    let mut names: Vec<String> = Vec::new();
    for part in byline.split([',', '&', ';']) {
        let mut name: Vec<&str> = Vec::new();
        for word in part.split_whitespace() {
            if lexicon.name_joiners.iter().any(|j| j == word) {
                names.push(name.join(" "));
                name.clear();
            } else {
                name.push(word);
            }
        }
        names.push(name.join(" "));
    }
    names.retain(|name| name.split_whitespace().count() >= 2);
    names
}

/// Characters of the line before an author card's name that make it the card's label ("Meet
/// your guide", "Written by", "About the author") rather than the article's last line.
const AUTHOR_CARD_LABEL_MAX_CHARS: usize = 40;

/// Whether a line is only a label that opens an author card ("About the author", "Written by:"),
/// or such a label with a colon and the card's first words after it ("About the author: Craig
/// Hull is a freelance photographer").
fn is_author_card_label(line: &str) -> bool {
    let line = line.replace('\u{2019}', "'");
    crate::lexicon::lexicon().author_card_labels.iter().any(|label| {
        line.strip_prefix(label.as_str()).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.is_empty() || rest.starts_with(':')
        })
    })
}

/// Drops what is about the article's authors at its end, in the last tenth of the text (or its
/// last 500 characters, when they are at most a quarter of it). The page still shows it; it is
/// not the article.
/// - A note: a paragraph that opens with a full name from the byline and goes on with a verb of
///   `author_note_verbs` ("Sara Coughlin is a writer and editor with ...", "Scott Levine has no
///   position in any of the stocks mentioned").
/// - A card: a line that is only the byline or one of its names, which no other line of the
///   article repeats (a transcript's speaker lines do), with the short label before it and all
///   that follows (the author's title, bio, "See author profile"); or a line that is only a
///   card's label ("About the author", "Written by:"), with all that follows, byline or none.
pub fn drop_author_notes(blocks: Vec<Block>, byline: &str) -> Vec<Block> {
    let lexicon = crate::lexicon::lexicon();
    let names = byline_names(byline);
    // Lines are compared lower-cased, and only the lines of the tail are: the rest are only counted.
    let lower = |i: usize| blocks[i].text().trim().to_lowercase();
    let chars: Vec<usize> = blocks.iter().map(|b| b.text().trim().chars().count()).collect();
    let total: usize = chars.iter().sum();
    let in_tail = |after: usize| {
        after as f32 <= total as f32 * AUTHOR_NOTE_TAIL || (after <= AUTHOR_CARD_MAX_CHARS && after * 4 <= total)
    };
    let is_line = |b: &Block| matches!(b, Block::Paragraph { .. } | Block::Heading { .. });
    let mut name_lines: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    if !byline.trim().is_empty() {
        name_lines.push(byline.trim().to_lowercase());
    }
    // (A footnote's mark after the card's name is no part of it: "Ann Lee, MD*".)
    let is_name = |text: &str| name_lines.iter().any(|n| n == text.trim_end_matches('*').trim_end());

    // The card: its label line, or its name line and then its label when the line before is one.
    let mut after = total;
    let mut card_start = blocks.len();
    for (i, block) in blocks.iter().enumerate() {
        after -= chars[i];
        if !in_tail(after) || !is_line(block) {
            continue;
        }
        let text = lower(i);
        let label_line = is_author_card_label(&text);
        if !(label_line || is_name(&text)) || (0..blocks.len()).filter(|&j| lower(j) == text).count() > 1 {
            continue;
        }
        card_start = i;
        if label_line {
            break;
        }
        if let Some(label) = i.checked_sub(1).filter(|&j| is_line(&blocks[j])) {
            let text = lower(label);
            if text.chars().count() <= AUTHOR_CARD_LABEL_MAX_CHARS && !text.ends_with(['.', '!', '?', ':']) {
                card_start = label;
            }
        }
        break;
    }

    let mut after = total;
    let mut kept = Vec::with_capacity(card_start);
    for (block, chars) in blocks.into_iter().zip(chars).take(card_start) {
        after -= chars;
        let about_author = matches!(&block, Block::Paragraph { text } if names.iter().any(|name| {
            let next_word = text.strip_prefix(name.as_str()).and_then(|rest| rest.strip_prefix(' '));
            next_word.and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|word| lexicon.author_note_verbs.iter().any(|verb| verb == word))
        }));
        if !(in_tail(after) && about_author) {
            kept.push(block);
        }
    }
    kept
}

/// Characters the lines before an article's first paragraph, or after its last one, must reach
/// to be a part of the page rather than its edge (see `trim_edges`).
const EDGE_PART_MIN_CHARS: usize = 300;
/// Mean characters of the lines before the first paragraph that make them rows of content (a
/// schedule's "September 10  12pm-1pm  SAAC 217  Carrie Menke, Ph.D") rather than a kicker, a
/// credit, a price or a menu's words.
const HEAD_ROW_MEAN_CHARS: usize = 40;

/// Drops the short non-prose lines before the article's first paragraph and after its last one
/// (kickers, photo credits, "Image 1 of 8", share labels, tag lines), though not a data table or
/// code listing after them, nor the line right before it. Lines of 300 characters or
/// more on either side stay when they are half as long as the rest or longer; those before the
/// first paragraph stay too when they are rows of 40 characters or more on average. Before the
/// first paragraph, a heading over a list or table of two rows or more stays with its rows (a
/// product's "Highlights" over its description), and so does a sentence that introduces a list.
/// After the last one, a line that opens with a label the body's lines open with stays.
pub fn trim_edges(mut blocks: Vec<Block>) -> Vec<Block> {
    let Some(first_prose) = blocks.iter().position(is_prose) else {
        return blocks;
    };
    // A sentence that ends with a colon opens the article as its first paragraph does ("The
    // Latest on a deadly stabbing (all times local):" over "10 p.m." and the first entry).
    let first = blocks[..first_prose].iter().position(opens_on_a_colon).unwrap_or(first_prose);
    let last = blocks.iter().rposition(is_prose).unwrap_or(first);
    let mut tail = blocks.split_off(last + 1);
    // Tables, code and lists after the last paragraph are the article's; so is a table's own
    // caption, and the line or heading that introduces a list or table ("Key topics include:",
    // "Learning Objectives"), or a heading and the one line under it that introduce one (a
    // brand's name, its coupon code, then its list), unless it names boilerplate ("Related posts").
    let rows_at = |i: usize| matches!(tail.get(i), Some(Block::ListItem { .. } | Block::TableRow { .. }));
    let heading_at = |i: usize| matches!(tail.get(i), Some(Block::Heading { .. }));
    let plain_line_at = |i: usize| matches!(tail.get(i), Some(Block::Paragraph { text }) if text.chars().count() < 80);
    // A short line labelled as lines of the body are ("Approximate cost per day: £6.81" closing
    // the last day of a menu as it closed the others) is the article's. (The body's labels are
    // gathered only for a tail line that has one.)
    let body_labels = std::cell::OnceCell::new();
    let labels_a_body_line = |label: String| {
        body_labels
            .get_or_init(|| {
                blocks[first..]
                    .iter()
                    .filter_map(|b| line_label(&b.text()))
                    .collect::<std::collections::HashSet<String>>()
            })
            .contains(&label)
    };
    let keep_tail = |i: usize, b: &Block| match b {
        Block::TableRow { .. } | Block::Code { .. } | Block::ListItem { .. } => true,
        Block::Caption { .. } if matches!(tail.get(i + 1), Some(Block::TableRow { .. })) => true,
        Block::Paragraph { text } | Block::Heading { text, .. }
            if crate::classify::signals::text_cue_hits(text).best().is_none()
                && ((text.trim_end().ends_with(':') && rows_at(i + 1))
                    || (heading_at(i) && (rows_at(i + 1) || (plain_line_at(i + 1) && rows_at(i + 2))))
                    || (i > 0 && heading_at(i - 1) && rows_at(i + 1))) =>
        {
            true
        }
        _ => b.text().chars().count() >= 80 || line_label(&b.text()).is_some_and(labels_a_body_line),
    };
    // An image is kept with what it stands among: one between the last paragraph and a kept
    // list (a section's photo over its "Features:") stays, one at the very end does not.
    let mut kept = 0;
    for (i, block) in tail.iter().enumerate() {
        if matches!(block, Block::Image { .. }) {
            continue;
        }
        if !keep_tail(i, block) {
            break;
        }
        kept = i + 1;
    }
    // A tail of half the body's length or more, and more than a few lines, is no edge but a part
    // of the page (a course's schedule of short lines under its one paragraph of description, a
    // product's specifications).
    let chars = |blocks: &[Block]| blocks.iter().map(|b| b.text().chars().count()).sum::<usize>();
    let tail_chars = chars(&tail);
    if tail_chars * 2 < chars(&blocks[first..]) || tail_chars < EDGE_PART_MIN_CHARS {
        // Past the first short line, a data table or code listing is still the article's (a
        // "full data table" after the related links), with the line right before it.
        let structured = |b: &Block| matches!(b, Block::TableRow { .. } | Block::Code { .. });
        let keep: Vec<bool> = (0..tail.len())
            .map(|i| i < kept || structured(&tail[i]) || tail.get(i + 1).is_some_and(structured))
            .collect();
        tail = tail.into_iter().zip(keep).filter_map(|(block, keep)| keep.then_some(block)).collect();
    }
    // The same holds before the first paragraph (a product's specifications over its one paragraph
    // of description), and so do rows of some length (an event's schedule over its description).
    let head_chars = chars(&blocks[..first]);
    let head_is_part = head_chars >= EDGE_PART_MIN_CHARS
        && (head_chars * 2 >= chars(&blocks[first..]) || head_chars / first.max(1) >= HEAD_ROW_MEAN_CHARS);
    if !head_is_part {
        // A titled list or table before the first paragraph is the page's (a product's "Highlights"
        // over its description); one row under a heading is a kicker's line ("Last updated ...").
        let rows = |b: Option<&Block>| matches!(b, Some(Block::ListItem { .. } | Block::TableRow { .. }));
        let mut keep = vec![false; first];
        for i in 0..first {
            let titled =
                matches!(blocks[i], Block::Heading { .. }) && rows(blocks.get(i + 1)) && rows(blocks.get(i + 2));
            // A sentence that introduces a list ("Along the way, you will:") opens the article
            // with its items, as the tail keeps such a line with its list.
            let introduces = matches!(&blocks[i], Block::Paragraph { text } if introduces_rows(text)
                || (opens_rows_unmarked(text) && rows(blocks.get(i + 2))))
                && rows(blocks.get(i + 1));
            let continues = i > 0 && keep[i - 1] && rows(blocks.get(i));
            let opens_first =
                i + 1 == first && (is_section_title(&blocks[i], &blocks[first..]) || is_salutation(&blocks[i]));
            keep[i] = titled || introduces || continues || opens_first;
        }
        // The first paragraph and all after it stay.
        let mut keep = keep.into_iter();
        blocks.retain(|_| keep.next().unwrap_or(true));
    }
    blocks.extend(tail);
    blocks
}

/// Words a line's label has at most ("Approximate cost per day:"); more before a colon make a
/// sentence.
const LABEL_MAX_WORDS: usize = 5;

/// The label a line opens with ("Approximate cost per day: £6.81" gives "approximate cost per
/// day"): a few words before a colon, with words after it.
fn line_label(text: &str) -> Option<String> {
    let (label, rest) = text.split_once(':')?;
    let words = label.split_whitespace().count();
    ((1..=LABEL_MAX_WORDS).contains(&words) && !rest.trim().is_empty()).then(|| label.trim().to_lowercase())
}

/// Words a sentence that introduces a list has at least ("Along the way, you will:"), more than a
/// label's ("Ingredients:", "Last updated:").
const INTRO_SENTENCE_MIN_WORDS: usize = 5;

/// A line of a sentence's words with no closing mark over rows ("Speed can be raised with codes"
/// over the codes): it introduces them, though it does not end with a colon.
fn opens_rows_unmarked(text: &str) -> bool {
    let text = text.trim_end();
    !text.ends_with(['.', '!', '?']) && has_an_introductions_words(text)
}

/// Whether a line is a sentence that introduces what follows it: it ends with a colon, has a
/// sentence's words, and names no boilerplate ("Related posts:").
fn introduces_rows(text: &str) -> bool {
    let text = text.trim_end();
    text.ends_with([':', '：']) && has_an_introductions_words(text)
}

/// Whether a line has a sentence's words (more than a label's) and names no boilerplate: what a
/// line that introduces rows has, whatever mark it ends with.
fn has_an_introductions_words(text: &str) -> bool {
    text.split_whitespace().nth(INTRO_SENTENCE_MIN_WORDS - 1).is_some()
        && crate::classify::signals::text_cue_hits(text).best().is_none()
}

/// Whether a heading titles the section it opens rather than labels the article (a kicker's
/// "And finally", "Opinion"): a question ("What is Azure Functions?"), a phrase of four words or
/// more ("The Prized SM7B Gets a Major Upgrade"), or the first of several titles of one rank
/// ("Introduction" over the first paragraph, "Method" further on); naming no boilerplate and no
/// reading time.
fn is_section_title(block: &Block, after: &[Block]) -> bool {
    let Block::Heading { text, level } = block else { return false };
    let text = text.trim();
    let first_of_its_rank = after.iter().any(|b| matches!(b, Block::Heading { level: l, .. } if l == level));
    (text.ends_with(['?', '？']) || text.split_whitespace().count() >= SECTION_TITLE_MIN_WORDS || first_of_its_rank)
        && crate::classify::signals::text_cue_hits(text).best().is_none()
        && !is_reading_time(text)
}

/// Whether a line greets the reader as a letter or a post does ("Hello everyone,", "Dear Ms Lee,",
/// "To the support team,"): a few words ending with a comma.
fn is_salutation(block: &Block) -> bool {
    let Block::Paragraph { text } = block else { return false };
    let text = text.trim();
    text.ends_with(',') && (1..=SALUTATION_MAX_WORDS).contains(&text.split_whitespace().count())
}

/// Words a greeting line has at most.
const SALUTATION_MAX_WORDS: usize = 6;

/// Words a heading over the first paragraph has at least to title its section.
const SECTION_TITLE_MIN_WORDS: usize = 4;

/// A paragraph this long is written once in an article: a second one is a copy.
const UNIQUE_PARAGRAPH_CHARS: usize = 100;
/// A quote this long that repeats text already read is a copy (a reply quoting a post).
const QUOTED_MIN_CHARS: usize = 40;
/// Long paragraphs a repeated stretch must hold to be a copy of the content (a recipe's line or a
/// photo credit repeated through the article is not).
const COPY_MIN_PARAGRAPHS: usize = 3;
/// ... or two, in a stretch of this many blocks repeated in order (a shop's description, its
/// list of what a membership includes and all, written out for two layouts).
const COPY_MIN_BLOCKS: usize = 6;
/// ... and a tenth of all the text: a copy of the content is a large part of what was read.
const COPY_MIN_SHARE: usize = 10;

/// Drops a second copy of the content: a stretch of blocks that repeats, in order, an earlier
/// stretch it does not overlap, and holds three long paragraphs or more (or two, in six blocks or
/// more) and a tenth of the text
/// (pages that carry their article twice, once in a "gated" or mobile wrapper; a post quoted whole
/// under its reply). Drops too a quote of text already read (a reply quoting part of a post), and
/// a heading said again right under itself (a teaser's title over its video and over its text),
/// and short lines said again right after themselves, one or a run of them (a ticker's items
/// written twice so that they scroll without a gap, a label drawn for two layouts). Lines repeated
/// here and there (a recipe's ingredients, a credit under each photo, a paragraph repeated in
/// place, code, a table's rows) are left.
pub fn drop_repeated_runs(blocks: Vec<Block>) -> Vec<Block> {
    let texts: Vec<String> = blocks.iter().map(Block::text).collect();
    let mut first_seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let total: usize = texts.iter().map(String::len).sum();
    let mut drop = vec![false; blocks.len()];
    let mut i = 0;
    while i < blocks.len() {
        // A heading said twice in a row (a teaser's title over its video and again over its text).
        if i > 0 && matches!(blocks[i], Block::Heading { .. }) && blocks[i] == blocks[i - 1] {
            drop[i] = true;
            i += 1;
            continue;
        }
        // A run of short lines said again right after itself, once or more (a ticker's items
        // written twice so that they scroll without a gap, a label drawn for two layouts).
        if let Some(k) = (1..=REPEATED_LINES_MAX_RUN).find(|&k| repeats_right_after(&blocks, &texts, i, k)) {
            let mut end = i + 2 * k;
            drop[i + k..end].fill(true);
            while repeats_right_after(&blocks, &texts, end - k, k) {
                drop[end..end + k].fill(true);
                end += k;
            }
            i = end;
            continue;
        }
        // A quote of a paragraph already read, or of part of one (a forum reply quoting a post).
        if matches!(blocks[i], Block::Quote { .. })
            && texts[i].len() >= QUOTED_MIN_CHARS
            && texts[..i].iter().any(|t| t.contains(texts[i].as_str()))
        {
            drop[i] = true;
            i += 1;
            continue;
        }
        let earlier = match first_seen.get(texts[i].as_str()) {
            Some(&j) if !texts[i].is_empty() => j,
            _ => {
                first_seen.entry(texts[i].as_str()).or_insert(i);
                i += 1;
                continue;
            }
        };
        // The copy runs while it repeats the earlier stretch block by block, before that stretch
        // reaches the copy's own start.
        let len = (0..)
            .take_while(|&k| earlier + k < i && i + k < blocks.len() && texts[earlier + k] == texts[i + k])
            .count();
        let long = (i..i + len)
            .filter(|&k| is_prose(&blocks[k]) && texts[k].chars().count() >= UNIQUE_PARAGRAPH_CHARS)
            .count();
        let chars: usize = texts[i..i + len].iter().map(String::len).sum();
        let copied = long >= COPY_MIN_PARAGRAPHS || (long >= 2 && len >= COPY_MIN_BLOCKS);
        if copied && chars * COPY_MIN_SHARE >= total {
            drop[i..i + len].fill(true);
        }
        i += len.max(1);
    }
    blocks.into_iter().zip(drop).filter(|(_, d)| !d).map(|(b, _)| b).collect()
}

/// Most blocks in a run of short lines that `drop_repeated_runs` drops when said twice in a row.
const REPEATED_LINES_MAX_RUN: usize = 8;
/// Characters a line of such a run holds at most: a label or a title, not a sentence of the text
/// (a paragraph repeated in place stays).
const REPEATED_LINE_MAX_CHARS: usize = 80;

/// Whether the `k` blocks from `i` are short lines (no code, no table rows) that the next `k`
/// blocks repeat.
fn repeats_right_after(blocks: &[Block], texts: &[String], i: usize, k: usize) -> bool {
    i + 2 * k <= blocks.len()
        && (i..i + k).all(|j| {
            matches!(
                blocks[j],
                Block::Paragraph { .. } | Block::Heading { .. } | Block::ListItem { .. } | Block::Caption { .. }
            ) && !texts[j].trim().is_empty()
                && texts[j].chars().count() < REPEATED_LINE_MAX_CHARS
                && blocks[j] == blocks[j + k]
        })
}

/// Escapes text for HTML.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The blocks as plain text, a blank line between blocks. A bulleted list's items are marked
/// "- ", as plain text writes a list, unless the page wrote a bullet into the item ("• Free
/// returns"); a numbered list's items are left as they are, since many pages write the number
/// into the item's own text.
pub fn blocks_to_text(blocks: &[Block]) -> String {
    let bulleted = |text: &str| text.starts_with(['-', '•', '*', '·', '–']);
    let lines: Vec<String> = blocks
        .iter()
        .map(|b| match b {
            Block::ListItem { ordered: false, text } if !text.is_empty() && !bulleted(text) => format!("- {text}"),
            _ => b.text(),
        })
        .filter(|t| !t.is_empty())
        .collect();
    lines.join("\n\n")
}

/// The blocks as clean HTML (the `content` field of the JSON output).
pub fn blocks_to_html(blocks: &[Block]) -> String {
    let mut html = String::from("<div id=\"cleanread-content\">");
    let mut open_list: Option<bool> = None;
    let mut in_table = false;
    for b in blocks {
        let list_kind = match b {
            Block::ListItem { ordered, .. } => Some(*ordered),
            _ => None,
        };
        if open_list.is_some() && list_kind != open_list {
            html.push_str(if open_list == Some(true) { "</ol>" } else { "</ul>" });
            open_list = None;
        }
        let is_row = matches!(b, Block::TableRow { .. });
        if in_table && !is_row {
            html.push_str("</table>");
            in_table = false;
        }
        match b {
            Block::Heading { level, text } => html.push_str(&format!("<h{level}>{}</h{level}>", escape_html(text))),
            Block::Paragraph { text } => html.push_str(&format!("<p>{}</p>", escape_html(text))),
            Block::ListItem { ordered, text } => {
                if open_list.is_none() {
                    html.push_str(if *ordered { "<ol>" } else { "<ul>" });
                    open_list = Some(*ordered);
                }
                html.push_str(&format!("<li>{}</li>", escape_html(text)));
            }
            Block::Quote { text } => html.push_str(&format!("<blockquote>{}</blockquote>", escape_html(text))),
            Block::Code { text } => html.push_str(&format!("<pre>{}</pre>", escape_html(text))),
            Block::Image { src, alt } => {
                html.push_str(&format!("<img src=\"{}\" alt=\"{}\">", escape_html(src), escape_html(alt)))
            }
            Block::Caption { text } => html.push_str(&format!("<figcaption>{}</figcaption>", escape_html(text))),
            Block::TableRow { cells } => {
                if !in_table {
                    html.push_str("<table>");
                    in_table = true;
                }
                html.push_str("<tr>");
                for c in cells {
                    html.push_str(&format!("<td>{}</td>", escape_html(c)));
                }
                html.push_str("</tr>");
            }
        }
    }
    if let Some(ordered) = open_list {
        html.push_str(if ordered { "</ol>" } else { "</ul>" });
    }
    if in_table {
        html.push_str("</table>");
    }
    html.push_str("</div>");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> Block {
        Block::Paragraph { text: text.to_string() }
    }

    /// The text of each block read from `body`'s markup.
    fn texts(body: &str) -> Vec<String> {
        let page = crate::page::html::parse_html(&format!("<body>{body}</body>")).unwrap();
        let stats = crate::extract::text_stats(&page);
        let body = page.find_tag("body").unwrap();
        collect_blocks(&page, &stats, &[body], &vec![false; page.len()]).iter().map(Block::text).collect()
    }

    #[test]
    fn a_table_after_the_last_paragraph_keeps_its_caption_and_rows() {
        let prose =
            "A list of films in which a character lives the same day again and again, with a short synopsis of each.";
        let row = |a: &str| Block::TableRow { cells: vec![a.to_string(), "1993".to_string()] };
        let blocks = vec![
            para("Kicker"),
            para(prose),
            Block::Caption { text: "Films with time loops".to_string() },
            row("Groundhog Day"),
            row("Palm Springs"),
            para("Share this"),
        ];
        let kept = trim_edges(blocks);
        assert_eq!(kept.len(), 4, "{kept:?}");
        assert_eq!(kept[0], para(prose));
        assert!(matches!(kept[1], Block::Caption { .. }));
        assert_eq!(kept[3], row("Palm Springs"));
    }

    #[test]
    fn a_data_table_after_short_lines_at_the_end_is_kept_with_the_line_before_it() {
        let prose = "Agencies in the cheapest states charge a third less per hour than those in the dearest, \
            though the gap narrows for the larger firms.";
        let row = |a: &str| Block::TableRow { cells: vec![a.to_string(), "$14.55".to_string()] };
        let blocks = vec![
            para(prose),
            para("Sent with the free newsletter."),
            para("Here is the full data table for all 50 states."),
            row("Alaska"),
            row("Wyoming"),
        ];
        let kept = trim_edges(blocks);
        assert_eq!(kept.len(), 4, "{kept:?}");
        assert_eq!(kept[1], para("Here is the full data table for all 50 states."));
        assert_eq!(kept[3], row("Wyoming"));
    }

    #[test]
    fn a_second_copy_of_the_article_is_dropped_but_lines_repeated_here_and_there_are_kept() {
        let long = |i: usize| {
            para(&format!("Paragraph {i} of the story, long enough to be written only once in the article it belongs to, and then some."))
        };
        let ingredient =
            para("1 cup zucchini noodles, 4 oz. cooked chicken, half a cup of edamame and a teaspoon of oil");
        let article = [long(0), ingredient.clone(), long(1), long(2), ingredient.clone(), long(3)];
        // The whole article again, as a page's "gated" copy carries it.
        let blocks: Vec<Block> = article.iter().chain(article.iter()).cloned().collect();
        let kept = drop_repeated_runs(blocks);
        assert_eq!(kept.len(), 6, "{kept:#?}");
        assert_eq!(kept.iter().filter(|b| **b == ingredient).count(), 2);
        // The same paragraph repeated in place (a test page's filler) is no copy of a stretch.
        let filler = vec![long(0), long(0), long(0), long(0), long(0)];
        assert_eq!(drop_repeated_runs(filler.clone()), filler);
    }

    #[test]
    fn a_heading_said_twice_in_a_row_is_read_once() {
        let title = Block::Heading { level: 3, text: "Agentic Security Workforce".into() };
        let text = para("Mission-ready agents out of the box to automate high-impact workflows.");
        let blocks = vec![title.clone(), title.clone(), text.clone(), title.clone()];
        // The title again after its text is a section of its own, and is kept.
        assert_eq!(drop_repeated_runs(blocks), [title.clone(), text.clone(), title]);
        // A paragraph said twice in a row is left: a page may write it so.
        let paragraph = para("Mission-ready agents out of the box to automate high-impact workflows, for every team.");
        assert_eq!(drop_repeated_runs(vec![paragraph.clone(), paragraph.clone()]), [paragraph.clone(), paragraph]);
    }

    #[test]
    fn short_lines_said_again_right_after_themselves_are_read_once() {
        // A ticker's items, written three times over so that they scroll without a gap.
        let ticker = [para("Bespoke Packaging Designs"), para("Sustainable Packaging"), para("Proven Track Record")];
        let intro =
            para("We design packaging for brands of every size, from the first sketch to the shelf, and then some.");
        let mut blocks = vec![intro.clone()];
        for _ in 0..3 {
            blocks.extend(ticker.iter().cloned());
        }
        let read: Vec<Block> = std::iter::once(intro.clone()).chain(ticker.iter().cloned()).collect();
        assert_eq!(drop_repeated_runs(blocks), read);
        // A line said once more further on is a line of its own, kept.
        let apart = vec![ticker[0].clone(), intro.clone(), ticker[0].clone()];
        assert_eq!(drop_repeated_runs(apart.clone()), apart);
        // Code and a table's rows may repeat a line in place and mean it.
        let code = Block::Code { text: "}".into() };
        let row = Block::TableRow { cells: vec!["0".into(), "0".into()] };
        let data = vec![code.clone(), code, row.clone(), row];
        assert_eq!(drop_repeated_runs(data.clone()), data);
    }

    #[test]
    fn a_short_description_written_out_twice_with_its_list_is_read_once() {
        let long = |i: usize| {
            para(&format!("Paragraph {i} of a shop's description, long enough to be written only once on its page, and then some."))
        };
        let item = |t: &str| Block::ListItem { ordered: false, text: t.to_string() };
        let description = [
            long(0),
            para("Membership includes:"),
            item("Live classes"),
            item("Q&A time"),
            item("A community"),
            long(1),
        ];
        let blocks: Vec<Block> = description.iter().chain(description.iter()).cloned().collect();
        assert_eq!(drop_repeated_runs(blocks), description);
        // Two long paragraphs repeated with fewer blocks around them are left (a pull quote and its
        // paragraph said again).
        let short: Vec<Block> = [long(0), long(1), para("A line."), long(0), long(1)].to_vec();
        assert_eq!(drop_repeated_runs(short.clone()), short);
        // A list said again under one long paragraph is left too (a recipe's ingredients and its note).
        let recipe = [item("Flour"), item("Salt"), item("Yeast"), item("Water"), item("Oil"), long(0)];
        let twice: Vec<Block> = recipe.iter().chain(recipe.iter()).cloned().collect();
        assert_eq!(drop_repeated_runs(twice.clone()), twice);
    }

    #[test]
    fn a_question_written_as_a_button_is_read_over_its_answer() {
        let answer =
            "Thread, Zigbee and Z-Wave are low-energy networks, separate from your Wi-Fi, used by smart bulbs.";
        let html = format!(
            "<body><div><div><div class=q><button type=button><div>What are Thread, Zigbee and Z-Wave?</div></button></div>\
            <div><p>{answer}</p></div></div>\
            <button type=button>Show more</button><div><p>{answer} Again.</p></div>\
            <button type=button>Was this helpful?</button><div><button>Yes</button><button>No</button></div></div></body>"
        );
        let page = crate::page::html::parse_html(&html).unwrap();
        let stats = crate::extract::text_stats(&page);
        let body = page.find_tag("body").unwrap();
        let texts: Vec<String> =
            collect_blocks(&page, &stats, &[body], &vec![false; page.len()]).iter().map(Block::text).collect();
        // The question, in the box that holds its button alone; a control's label is no text, nor
        // a question with no answer after it.
        assert_eq!(texts, ["What are Thread, Zigbee and Z-Wave?", answer, &format!("{answer} Again.")]);
    }

    #[test]
    fn a_list_item_of_several_paragraphs_is_read_as_its_paragraphs() {
        let html = "<body><ul><li><p>First paragraph of a post.</p><blockquote>A quote in it.</blockquote>\
            <p>Last paragraph of the post.</p></li><li><p>A loose list item.</p></li><li>A tight one.</li></ul></body>";
        let page = crate::page::html::parse_html(html).unwrap();
        let stats = crate::extract::text_stats(&page);
        let body = page.find_tag("body").unwrap();
        let blocks = collect_blocks(&page, &stats, &[body], &vec![false; page.len()]);
        assert_eq!(
            blocks,
            vec![
                para("First paragraph of a post."),
                Block::Quote { text: "A quote in it.".to_string() },
                para("Last paragraph of the post."),
                Block::ListItem { ordered: false, text: "A loose list item.".to_string() },
                Block::ListItem { ordered: false, text: "A tight one.".to_string() },
            ]
        );
    }

    #[test]
    fn plain_text_marks_bulleted_items_and_leaves_numbered_ones_as_written() {
        let item = |ordered: bool, text: &str| Block::ListItem { ordered, text: text.to_string() };
        let blocks = vec![
            para("It offers:"),
            item(false, "Thousands of themes"),
            item(false, "Full code access"),
            item(false, "• Free returns"),
            Block::Image { src: "a.png".to_string(), alt: String::new() },
            item(true, "1. Install it"),
            item(true, "Run it"),
            Block::TableRow { cells: vec!["Plan".to_string(), "Free".to_string()] },
        ];
        assert_eq!(
            blocks_to_text(&blocks),
            "It offers:\n\n- Thousands of themes\n\n- Full code access\n\n• Free returns\n\n1. Install it\n\nRun it\n\nPlan | Free"
        );
    }

    #[test]
    fn the_label_of_a_drop_down_choice_is_not_read_but_other_labels_are() {
        // A shop's card: its name and price, then a size to pick beside its label, or wrapped in it.
        let beside = "<div class=card><h3>Dark Roast Coffee</h3><span>$19.99</span>\
            <div><label>Size</label><div class=select><select><option>1 bag</option></select></div></div></div>";
        assert_eq!(texts(beside), ["Dark Roast Coffee", "$19.99"]);
        let wrapped = "<div class=card><h3>Dark Roast Coffee</h3><span>$19.99</span>\
            <label>Grind <select><option>Whole bean</option></select></label></div>";
        assert_eq!(texts(wrapped), ["Dark Roast Coffee", "$19.99"]);
        // ... also in a card read whole, as a list item.
        let item = "<ul><li><a href=/dark>Dark Roast Coffee</a> <label>Size</label><span><select><option>1 bag</option></select></span></li></ul>";
        assert_eq!(texts(item), ["Dark Roast Coffee"]);
        // A label with no choice beside it is words of the page (a caption set as a label).
        let alone = "<div class=card><h3>Dark Roast Coffee</h3><label>Roasted in small batches</label></div>";
        assert_eq!(texts(alone), ["Dark Roast Coffee", "Roasted in small batches"]);
    }

    #[test]
    fn a_caption_drawn_as_a_button_is_not_read_but_a_word_so_drawn_in_a_sentence_is() {
        // A service's card with its call to action, and a shop card's "Quick Shop" read whole.
        let card = "<div class=card><h3>Payroll</h3><p>We run your payroll every month.</p>\
            <div class=\"btn btn-primary\">Learn more</div></div>";
        assert_eq!(texts(card), ["Payroll", "We run your payroll every month."]);
        let item = "<ul><li><a href=/dark>Dark Roast Coffee</a> <span>$19.99</span> \
            <quick-shop class=\"button quick-shop\"><span>Quick Shop</span></quick-shop></li></ul>";
        assert_eq!(texts(item), ["Dark Roast Coffee $19.99"]);
        // A key named in a sentence of a manual, and an accordion's toggle around its question.
        let manual =
            "<p>When the form is filled in, press <span class=btn>Save</span> to keep your changes for later.</p>";
        assert_eq!(texts(manual), ["When the form is filled in, press Save to keep your changes for later."]);
        let toggle = "<div class=\"btn collapsed\"><div>What is an espresso machine?</div></div>";
        assert_eq!(texts(toggle), ["What is an espresso machine?"]);
    }

    #[test]
    fn reply_subjects_that_repeat_the_title_are_dropped() {
        let title = "Discuss the 7.1.0 release here";
        let blocks = vec![
            para("Re: Discuss the 7.1.0 release here"),
            para("The upgrade went fine here."),
            Block::Heading { level: 3, text: "RE: discuss the 7.1.0 release here".to_string() },
            // Another subject, or the title in a sentence, is the post's own.
            para("Re: the network issue"),
            para("Re: Discuss the 7.1.0 release here, I agree"),
        ];
        let kept: Vec<String> = drop_reply_subjects(blocks, &[title, ""]).iter().map(Block::text).collect();
        assert_eq!(
            kept,
            ["The upgrade went fine here.", "Re: the network issue", "Re: Discuss the 7.1.0 release here, I agree"]
        );
    }

    #[test]
    fn lines_that_only_count_a_posts_reactions_or_describe_its_poster_are_dropped() {
        let line = |t: &str| para(t);
        let blocks = vec![
            line("The update broke my sensors; rolling back fixed it."),
            line("3 Likes"),
            line("12 replies"),
            line("3.4K views"),
            line("1,204 views"),
            line("3 likes and a reply"),
            line("Likes"),
            Block::Heading { level: 3, text: "10 Views".to_string() },
            // A poster's badge, counts and join date, beside each post.
            line("Original Poster"),
            line("Member"),
            line("Posts: 2630"),
            line("Joined: Wed Apr 24, 2019 2:19 am"),
            line("Join Date: Aug 2008"),
            // No colon: a seller's profile the page is about; a sentence.
            line("Joined Oct 2018"),
            line("Joined: the team that won the 2019 cup and then went on to win it again"),
            line("Posts: many"),
            line("Members get early access"),
            // When the post was written or changed, under it; the poster's own note stays.
            line("answered May 2, 2009 at 0:09"),
            line("Last edited: Oct 26, 2017"),
            line("edited 2 hours ago"),
            line("Edited for a typo."),
            line("Asked the council twice about the 2019 plan, she was told to wait."),
        ];
        let kept: Vec<String> = drop_counters(blocks).iter().map(Block::text).collect();
        assert_eq!(
            kept,
            [
                "The update broke my sensors; rolling back fixed it.",
                "3 likes and a reply",
                "Likes",
                "10 Views",
                "Joined Oct 2018",
                "Joined: the team that won the 2019 cup and then went on to win it again",
                "Posts: many",
                "Members get early access",
                "Edited for a typo.",
                "Asked the council twice about the 2019 plan, she was told to wait."
            ]
        );
    }

    #[test]
    fn a_dates_label_on_its_own_line_goes_with_the_date_under_it() {
        let blocks = vec![
            para("Posted on"),
            para("Nov 21, 2018"),
            para("An online course is a set of lessons you take at your own pace."),
            para("Last Updated:"),
            para("December 3, 2025"),
            // A label with its colon whose time a script writes in goes alone.
            para("Last edited:"),
            para("Thanks, that fixed it for me."),
            // Without a colon or a date below, the word is the text's own.
            para("Updated"),
            para("The list now covers ten platforms."),
            // A date line with no label above stays (a dated entry of a list).
            para("March 7, 2025"),
        ];
        let kept: Vec<String> = drop_split_datelines(blocks).iter().map(Block::text).collect();
        assert_eq!(
            kept,
            [
                "An online course is a set of lessons you take at your own pace.",
                "Thanks, that fixed it for me.",
                "Updated",
                "The list now covers ten platforms.",
                "March 7, 2025"
            ]
        );
    }

    #[test]
    fn words_of_blocks_read_as_one_line_stay_apart() {
        // A product card's link: its name, its price and a box saying the saving, each a block.
        let card = "<li><a href=\"/p/1\"><div>Merrell boots</div><div><span>$134.73</span><div>Save 25%</div>\
            <span>compared to $180.00</span></div></a></li>";
        assert_eq!(texts(card), ["Merrell boots $134.73 Save 25% compared to $180.00"]);
        // A block around both parts of a word splits nothing.
        assert_eq!(texts("<li><a><div><b>Un</b>believable</div></a></li>"), ["Unbelievable"]);
    }

    #[test]
    fn words_of_elements_set_side_by_side_stay_apart_but_not_in_code_formulas_or_at_a_break() {
        // Items drawn by custom elements; a name over its tagline; an acronym before a word.
        let items = "<p>Roles: <x-item><a>Staff accountant</a></x-item><x-item><a>CFO</a></x-item>\
            <x-item><a>Controller</a></x-item></p>";
        assert_eq!(texts(items), ["Roles: Staff accountant CFO Controller"]);
        assert_eq!(
            texts("<li><a><b>Song Sweeper</b><span>Clean up your music</span></a></li>"),
            ["Song Sweeper Clean up your music"]
        );
        // An old price struck through beside the new one, its sign in an element of its own or not;
        // a number that goes on is one.
        let prices = "<p><del>$30.00</del><ins><span>$</span>21.00</ins> or <del>€25</del><ins>€19</ins></p>";
        assert_eq!(texts(prices), ["$30.00 $21.00 or €25 €19"]);
        assert_eq!(texts("<p><b>1</b>2$ and 3<b>$a</b></p>"), ["12$ and 3$a"]);
        // The price of reading markup alone: a word split before its capital reads as two.
        assert_eq!(texts("<p>The <b>i</b><i>Phone</i> case</p>"), ["The i Phone case"]);
        // Read as written: a word split elsewhere, code, a formula, a long name's break.
        assert_eq!(texts("<p><b>Un</b>believable <b>KPI</b>s</p>"), ["Unbelievable KPIs"]);
        assert_eq!(texts("<p>Call <code>icu.</code><code>Collator</code> now.</p>"), ["Call icu.Collator now."]);
        assert_eq!(
            texts("<p>Nitrous oxide, N<sub>2</sub>O, and x<sup>2</sup>Y.</p>"),
            ["Nitrous oxide, N2O, and x2Y."]
        );
        assert_eq!(texts("<li><a>Local<wbr>Options</a></li>"), ["LocalOptions"]);
    }

    #[test]
    fn a_quote_of_a_post_already_read_is_dropped() {
        let post = "Hello, I am writing a course for car rental staff and need a name for it: which sounds better?";
        let blocks = vec![
            para(post),
            Block::Quote { text: "I am writing a course for car rental staff".to_string() },
            para("English for car rental, I would say."),
            Block::Quote { text: "A quote from a book, not from this page, stays in the text.".to_string() },
        ];
        let kept = drop_repeated_runs(blocks);
        assert_eq!(kept.len(), 3, "{kept:#?}");
        assert!(matches!(kept[2], Block::Quote { .. }));
    }

    #[test]
    fn a_short_caption_alone_after_the_last_paragraph_is_trimmed() {
        let prose =
            "A list of films in which a character lives the same day again and again, with a short synopsis of each.";
        let blocks = vec![para(prose), Block::Caption { text: "Photo: Reuters".to_string() }];
        assert_eq!(trim_edges(blocks), vec![para(prose)]);
    }

    #[test]
    fn an_image_between_the_last_paragraph_and_a_titled_list_is_no_edge_one_at_the_end_is() {
        let prose = "Like its predecessor, the microphone has an internal suspension that takes out light vibration, \
            and shielding that keeps out hum.";
        let image = Block::Image { src: "detail.jpg".to_string(), alt: String::new() };
        let features = Block::Heading { level: 2, text: "Microphone Features:".to_string() };
        let item = |t: &str| Block::ListItem { ordered: false, text: t.to_string() };
        let blocks = vec![
            para(prose),
            para(prose),
            para(prose),
            image.clone(),
            features,
            item("Built-in active preamp"),
            item("Bass roll-off and presence boost"),
        ];
        assert_eq!(trim_edges(blocks.clone()), blocks);
        assert_eq!(trim_edges(vec![para(prose), image.clone()]), vec![para(prose)]);
        assert_eq!(trim_edges(vec![para(prose), image, para("Share this")]), vec![para(prose)]);
    }

    #[test]
    fn a_sentence_introducing_a_list_before_the_first_paragraph_stays_with_its_items() {
        let prose = "Use the package discovery tool to find packages you can use in your own code.";
        let item = |t: &str| Block::ListItem { ordered: false, text: t.to_string() };
        let blocks = vec![
            para("In this tutorial, you'll get a brief introduction to the language. Along the way, you will:"),
            item("Install the compiler."),
            item("Write some simple code."),
            item(prose),
            para(prose),
        ];
        assert_eq!(trim_edges(blocks.clone()), blocks);
        // A label's colon is no sentence's, and a line naming boilerplate introduces no content.
        for line in ["Last updated:", "You may also be interested in the following articles:"] {
            let blocks = vec![para(line), item("Install the compiler."), para(prose)];
            assert_eq!(trim_edges(blocks), vec![para(prose)], "{line}");
        }
    }

    #[test]
    fn a_line_without_a_closing_mark_over_two_rows_opens_the_article_with_them() {
        let prose = "Whatever you set is the speed you get: the value is not added to the old one, it replaces it.";
        let item = |t: &str| Block::ListItem { ordered: false, text: t.to_string() };
        let codes = || vec![item("player.setav speedmult 100"), item("player.setav health 200")];
        let with_line = |line: &str, rows: Vec<Block>| {
            let mut blocks = vec![para(line)];
            blocks.extend(rows);
            blocks.push(para(prose));
            blocks
        };
        let opening = with_line("Running speed can be raised with console codes", codes());
        assert_eq!(trim_edges(opening.clone()), opening);
        // A closed sentence says its say; a label has too few words; a line naming boilerplate
        // introduces no content; and one row under a line is a kicker's.
        let cases = [
            (with_line("Photo by the author for this page.", codes()), "closed sentence"),
            (with_line("Console codes", codes()), "label"),
            (with_line("You may also be interested in these articles", codes()), "boilerplate"),
            (with_line("Running speed can be raised with console codes", codes()[..1].to_vec()), "one row"),
        ];
        for (blocks, case) in cases {
            assert_eq!(trim_edges(blocks), vec![para(prose)], "{case}");
        }
    }

    #[test]
    fn a_sentence_ending_with_a_colon_opens_the_article_as_a_paragraph_does() {
        let prose = "Authorities say the stabbing on the train may have begun when the attacker tried to steal shoes.";
        let opening = "HAYWARD, Calif. (AP) - The Latest on a deadly stabbing on a commuter train (all times local):";
        let blocks = vec![para("Crime"), para(opening), para("10 p.m."), para(prose)];
        assert_eq!(trim_edges(blocks.clone()), blocks[1..].to_vec());
        // A short one is a label's line; one naming boilerplate opens nothing.
        for line in ["Here is what we know so far:", "You may also be interested in the following articles today:"] {
            let blocks = vec![para(line), para("10 p.m."), para(prose)];
            assert_eq!(trim_edges(blocks), vec![para(prose)], "{line}");
        }
        // With no paragraph of prose at all, nothing is trimmed, as before.
        let no_prose = vec![para("Crime"), para(opening), para("10 p.m.")];
        assert_eq!(trim_edges(no_prose.clone()), no_prose);
    }

    #[test]
    fn short_lines_after_the_last_paragraph_are_kept_when_they_are_a_large_part_of_the_page() {
        let prose = "A graduate class on the algorithms behind modern machine learning: generative models, \
            robustness and inference, with proofs and problem sets.";
        let line =
            |i: usize| Block::ListItem { ordered: false, text: format!("Problem set {i} is due on Friday at noon") };
        let mut blocks = vec![para(prose)];
        blocks.extend((1..=9).map(line));
        assert_eq!(trim_edges(blocks.clone()), blocks, "a schedule longer than the description stays");
        let short_line = para("Problem set 1 is due on Friday at noon");
        assert_eq!(trim_edges(vec![para(prose), short_line]), vec![para(prose)], "one short line after it is an edge");
    }

    #[test]
    fn a_labelled_line_after_the_last_paragraph_stays_when_the_body_writes_lines_so_labelled() {
        let prose = |day: &str| {
            para(&format!(
                "Breakfast on {day} is porridge with a sliced banana, lunch the soup left over from the night \
                 before, and dinner a jacket potato with beans and a green salad."
            ))
        };
        let cost = |amount: &str| para(&format!("Approximate cost per day: {amount}"));
        let body = vec![prose("Monday"), cost("£2.70"), prose("Tuesday")];
        let blocks: Vec<Block> = body.iter().cloned().chain([cost("£6.81")]).collect();
        assert_eq!(trim_edges(blocks.clone()), blocks, "the day's cost closes the last day as it closed the first");
        // A line labelled as nothing in the body is an edge, and so is a label with nothing after it.
        let blocks: Vec<Block> = body.iter().cloned().chain([para("Photo: Ann Lee")]).collect();
        assert_eq!(trim_edges(blocks), body);
        let blocks: Vec<Block> = body.iter().cloned().chain([para("Approximate cost per day:")]).collect();
        assert_eq!(trim_edges(blocks), body);
        // The body's labels are its own: a credit over the first paragraph is an edge, as is its
        // like at the end; and a sentence before a colon is no label.
        let credit = |name: &str| para(&format!("Photo: {name}"));
        let blocks: Vec<Block> = [credit("Ann Lee")].iter().chain(&body).cloned().chain([credit("Bo Chen")]).collect();
        assert_eq!(trim_edges(blocks), body);
        let total = |amount: &str| para(&format!("Everything the two of us ate all week came to: {amount}"));
        let body: Vec<Block> = vec![prose("Monday"), total("£19"), prose("Tuesday")];
        let blocks: Vec<Block> = body.iter().cloned().chain([total("£21")]).collect();
        assert_eq!(trim_edges(blocks), body);
    }

    #[test]
    fn a_heading_and_its_one_line_over_a_list_after_the_last_paragraph_are_kept() {
        let prose = "I hope this list of affordable, ethical and sustainable clothing brands helps others \
            find what they need, as it has helped me over the years.";
        let heading = |text: &str| Block::Heading { level: 2, text: text.to_string() };
        let item = |text: &str| Block::ListItem { ordered: false, text: text.to_string() };
        let body = vec![para(prose), para(prose), para(prose), para(prose)];
        let tail = vec![
            heading("Aventura"),
            item("organic cotton"),
            item("hemp"),
            heading("Pact"),
            para("coupon code: READER15"),
            item("organic cotton"),
            item("climate neutral"),
        ];
        let blocks: Vec<Block> = body.iter().chain(&tail).cloned().collect();
        assert_eq!(trim_edges(blocks.clone()), blocks);
        // A short line under a heading with no list after it is still an edge.
        let blocks: Vec<Block> = body.iter().cloned().chain([heading("Share"), para("Facebook Twitter")]).collect();
        assert_eq!(trim_edges(blocks), body);
    }

    #[test]
    fn a_titled_list_before_the_first_paragraph_is_kept_and_a_titled_line_is_not() {
        let prose = "A stoneware mug with a wide handle, glazed by hand in small batches; each one differs a \
            little in colour and holds a large coffee or a pot of tea.";
        let heading = |text: &str| Block::Heading { level: 2, text: text.to_string() };
        let item = |text: &str| Block::ListItem { ordered: false, text: text.to_string() };
        let highlights = vec![heading("Highlights"), item("Materials: ceramic"), item("Capacity: 350 ml")];
        let blocks: Vec<Block> = [para("Price: $24"), para("Low in stock")]
            .into_iter()
            .chain(highlights.clone())
            .chain([para(prose)])
            .collect();
        let expected: Vec<Block> = highlights.into_iter().chain([para(prose)]).collect();
        assert_eq!(trim_edges(blocks), expected);
        let dated = vec![heading("Pros and cons of consulting"), item("Last updated January 2025"), para(prose)];
        assert_eq!(trim_edges(dated), vec![para(prose)]);
    }

    #[test]
    fn a_standfirst_in_heading_markup_is_no_edge_to_trim() {
        let standfirst = "New research from a builders' federation shows that fewer than half of homeowners offer \
            their builder a hot drink, despite the pressure to finish jobs before Christmas.";
        let prose = "The research found that 42% of homeowners do not offer tea or coffee, and that builders \
            notice it; small kindnesses, they say, keep a job on good terms to its end.";
        let blocks =
            vec![Block::Heading { level: 3, text: standfirst.to_string() }, para(prose), para(prose), para(prose)];
        assert_eq!(trim_edges(blocks.clone()), blocks);
        let kicker = vec![Block::Heading { level: 3, text: "And finally".to_string() }, para(prose)];
        assert_eq!(trim_edges(kicker), vec![para(prose)]);
    }

    #[test]
    fn a_section_title_right_over_the_first_paragraph_stays_a_label_does_not() {
        let prose = "The microphone pairs the classic dynamic capsule with a built-in preamp, so no separate \
            booster is needed to reach a usable level.";
        let heading = |t: &str| Block::Heading { level: 2, text: t.to_string() };
        for title in ["The Prized SM7B Gets a Major Upgrade", "Why a preamp?"] {
            let blocks = vec![heading(title), para(prose), para(prose)];
            assert_eq!(trim_edges(blocks.clone()), blocks, "{title}");
        }
        for label in ["Reviews", "Bridgestone Team | 5 min read"] {
            assert_eq!(trim_edges(vec![heading(label), para(prose)]), vec![para(prose)], "{label}");
        }
        // A short title is a section's when a title of its rank comes later: the first of several.
        let sections = vec![heading("Introduction"), para(prose), heading("Method"), para(prose)];
        assert_eq!(trim_edges(sections.clone()), sections);
        let label =
            vec![heading("Introduction"), para(prose), Block::Heading { level: 3, text: "Method".into() }, para(prose)];
        assert_eq!(trim_edges(label.clone()), label[1..]);
        // Only the line right over the first paragraph titles its section.
        let apart = vec![heading("The Prized SM7B Gets a Major Upgrade"), para("Updated today"), para(prose)];
        assert_eq!(trim_edges(apart), vec![para(prose)]);
    }

    #[test]
    fn a_greeting_over_the_first_paragraph_stays() {
        let prose = "I am looking for your recommendations for a new pair of headphones for the train, closed \
            back if possible, for under two hundred pounds.";
        let blocks = vec![para("Hello everyone,"), para(prose), para(prose)];
        assert_eq!(trim_edges(blocks.clone()), blocks);
        // A longer line, or one that ends otherwise, is the edge as before.
        let long = para("Posted by the moderators of this board, in the general section, yesterday,");
        assert_eq!(trim_edges(vec![long, para(prose)]), vec![para(prose)]);
        assert_eq!(trim_edges(vec![para("Hello everyone"), para(prose)]), vec![para(prose)]);
    }

    #[test]
    fn a_schedule_before_the_first_paragraph_is_kept_a_kicker_and_a_price_are_not() {
        let prose = "Over the course of eight weeks we use yoga to explore the body, the breath and the mind; \
            no experience is necessary and all levels of ability are welcome.";
        let rows: Vec<Block> = (10..17)
            .map(|day| para(&format!("September {day}      12pm - 1pm     Room 217     Carrie Menke, Ph.D")))
            .collect();
        let mut blocks = vec![para("Schedule")];
        blocks.extend(rows);
        blocks.extend([para(prose), para(prose), para(prose)]);
        assert_eq!(trim_edges(blocks.clone()), blocks, "the schedule's rows stay");
        // Short lines over the article are its edge, however many: a kicker, a price, a menu.
        let mut blocks: Vec<Block> = ["Audeze", "Open-back headphones", "$799", "$799 $799.00", "Product variants"]
            .iter()
            .cycle()
            .take(30)
            .map(|t| para(t))
            .collect();
        blocks.extend([para(prose), para(prose), para(prose), para(prose), para(prose)]);
        assert_eq!(trim_edges(blocks), vec![para(prose); 5], "short lines are an edge");
    }

    #[test]
    fn a_list_after_the_last_paragraph_is_kept_with_the_line_or_heading_that_introduces_it() {
        let prose = "A good safety program screens renters so that only qualified drivers take the vehicles out, \
            and it starts at the rental counter.";
        let item = |text: &str| Block::ListItem { ordered: false, text: text.to_string() };
        let blocks = vec![
            para(prose),
            para("Key topics discussed in the guide include:"),
            item("General procedures at the rental counter"),
            item("Reporting losses"),
        ];
        assert_eq!(trim_edges(blocks.clone()), blocks);
        let heading = |text: &str| Block::Heading { level: 3, text: text.to_string() };
        let titled = vec![para(prose), heading("Learning objectives"), item("Reporting losses"), item("Insurance")];
        assert_eq!(trim_edges(titled.clone()), titled);
        let related = vec![para(prose), heading("Related posts"), item("Renting a van"), item("Renting a truck")];
        assert_eq!(trim_edges(related), vec![para(prose)]);
        // A short line that introduces nothing is still an edge, and so is a teaser's "unlock" line.
        let teaser = vec![para(prose), para("Unlock this piece to learn about:"), item("Planning with voice memos")];
        assert_eq!(trim_edges(teaser), vec![para(prose)]);
        assert_eq!(trim_edges(vec![para(prose), para("Photo: the counter")]), vec![para(prose)]);
    }

    #[test]
    fn photo_credit_lines_are_not_text_sentences_about_photos_are() {
        let blocks = vec![
            para("Photo: Shutterstock"),
            Block::Caption { text: "Gregg Newton/AFP via Getty Images".into() },
            para("Photo Courtesy of Noble Desktop"),
            para("Photos show the damage."),
            para("Courtesy of the museum, the painting now hangs in the town hall, where anyone can see it."),
        ];
        let kept: Vec<String> = drop_credit_lines(blocks).iter().map(Block::text).collect();
        assert_eq!(
            kept,
            [
                "Photos show the damage.",
                "Courtesy of the museum, the painting now hangs in the town hall, where anyone can see it."
            ]
        );
    }

    #[test]
    fn a_note_about_the_author_at_the_end_is_dropped_a_mention_earlier_is_not() {
        let body = "The toothbrush cleaned better than any other we tried, and its battery lasted three weeks. ";
        let mut blocks = vec![para("Sara Coughlin is the name on the box, and the brand we tested first.")];
        blocks.extend((0..12).map(|_| para(&body.repeat(2))));
        blocks.push(para("Sara Coughlin is a writer and editor with ample experience covering health trends."));
        blocks.push(para("Jo Lee has no position in any of the stocks mentioned."));
        let kept = drop_author_notes(blocks, "Sara Coughlin and Jo Lee");
        let texts: Vec<String> = kept.iter().map(Block::text).collect();
        assert_eq!(texts.len(), 13, "{texts:?}");
        assert!(texts[0].starts_with("Sara Coughlin is the name on the box"));
        assert!(!texts.iter().any(|t| t.contains("writer and editor") || t.contains("no position")));
        // A one-word byline names no one in particular.
        let blocks = vec![para("Staff is a word."), para("Staff is a writer.")];
        assert_eq!(drop_author_notes(blocks.clone(), "Staff"), blocks);
    }

    #[test]
    fn an_author_card_at_the_end_is_dropped_a_speaker_line_is_not() {
        let body = "The toothbrush cleaned better than any other we tried, and its battery lasted three weeks. ";
        let heading = |text: &str| Block::Heading { level: 3, text: text.to_string() };
        let mut blocks: Vec<Block> = (0..12).map(|_| para(&body.repeat(2))).collect();
        blocks.push(para("It is the one to buy."));
        let article = blocks.clone();
        blocks.extend([
            heading("Meet your guide"),
            para("Sara Coughlin"),
            para("Senior editor"),
            para("I review toothbrushes."),
        ]);
        assert_eq!(drop_author_notes(blocks.clone(), "Sara Coughlin"), article);
        // The line before the name is the article's when it is a sentence.
        let mut signed = article.clone();
        signed.push(para("Thank you."));
        let mut card = signed.clone();
        card.extend([para("Sara Coughlin"), para("Senior editor")]);
        assert_eq!(drop_author_notes(card, "Sara Coughlin"), signed);
        // A footnote's mark after the card's name.
        let mut marked = signed.clone();
        marked.extend([para("Sara Coughlin, MD*"), para("Senior editor")]);
        assert_eq!(drop_author_notes(marked, "Sara Coughlin, MD"), signed);
        // A name line that comes back is a transcript's speaker, not a card.
        let mut transcript = vec![para("Sara Coughlin"), para(&body.repeat(20))];
        transcript.extend([para("Sara Coughlin"), para("What did you test next?")]);
        assert_eq!(drop_author_notes(transcript.clone(), "Sara Coughlin"), transcript);
        // Earlier in the article, the name line stays.
        let mut early = vec![para("Sara Coughlin")];
        early.extend(article.iter().cloned());
        assert_eq!(drop_author_notes(early.clone(), "Sara Coughlin"), early);
    }

    #[test]
    fn a_short_articles_author_card_is_dropped_though_it_is_more_than_a_tenth_of_it() {
        let body = "The toothbrush cleaned better than any other we tried, and its battery lasted three weeks. ";
        let bio = |sentences: usize| {
            para(&"Regan is a Connecticut native who lives with her husband, two sons and two cats. ".repeat(sentences))
        };
        let article: Vec<Block> = (0..3).map(|_| para(&body.repeat(4))).collect();
        let with_card = |article: &[Block], card: Block| {
            let mut blocks = article.to_vec();
            blocks.extend([para("Regan"), card]);
            blocks
        };
        // About 1,100 characters of article and a card of under 300: more than its last tenth.
        assert_eq!(drop_author_notes(with_card(&article, bio(3)), "Regan"), article);
        // A card longer than a short bio is more than a card, however long the article.
        let longer_article: Vec<Block> = (0..8).map(|_| para(&body.repeat(4))).collect();
        let long = with_card(&longer_article, bio(7));
        assert_eq!(drop_author_notes(long.clone(), "Regan"), long);
        // Nor is a quarter of the page or more a card at its end.
        let short_article = article[..1].to_vec();
        let most = with_card(&short_article, bio(3));
        assert_eq!(drop_author_notes(most.clone(), "Regan"), most);
    }

    #[test]
    fn a_script_placeholder_line_is_dropped_a_sentence_about_loading_is_not() {
        let kept = vec![
            para("Loading the truck took an hour."),
            para("Loading docks need wide doors..."),
            para("We shipped it."),
        ];
        let mut blocks = vec![para("Loading..."), para("Loading paragraph..."), para("Loading image…")];
        blocks.extend(kept.iter().cloned());
        blocks.extend([
            para("Please wait"),
            para("Wird geladen …"),
            Block::ListItem { ordered: false, text: "Loading".into() },
        ]);
        assert_eq!(drop_placeholders(blocks), kept);
    }

    #[test]
    fn a_reading_time_line_is_dropped_a_recipe_time_is_not() {
        let kept = vec![para("Prep time"), para("10 mins"), para("Read the label first: it takes 3 minutes.")];
        let mut blocks = vec![para("3 MIN. READ"), para("17 minutes read"), para("Reading time: 5 min")];
        blocks.extend(kept.iter().cloned());
        blocks.push(para("Lesezeit: 4 Minuten"));
        assert_eq!(drop_reading_times(blocks), kept);
    }

    #[test]
    fn a_run_of_counting_lines_is_dropped_numbers_that_do_not_count_stay() {
        let kept = vec![para("Osprey Atmos AG LT 65"), para("Best for Lightweight Simplicity")];
        let mut blocks = vec![kept[0].clone()];
        blocks.extend(["1", "2", "3", "4", "5"].map(para));
        blocks.push(kept[1].clone());
        assert_eq!(drop_counting_runs(blocks), kept);
        // A run that ends the text, a run starting elsewhere than one.
        let mut tail = kept.clone();
        tail.extend(["8", "9", "10"].map(para));
        assert_eq!(drop_counting_runs(tail), kept);
        // A slider's dots as list items.
        let mut dots = kept.clone();
        dots.extend(["1", "2", "3"].map(|n| Block::ListItem { ordered: false, text: n.to_string() }));
        assert_eq!(drop_counting_runs(dots), kept);
        // Two numbers, numbers that do not count up, a count in a sentence: the article's.
        let mut mixed = kept.clone();
        mixed.extend(["1", "2"].map(para));
        mixed.push(para("Step 3"));
        mixed.extend(["7", "3", "12"].map(para));
        mixed.push(para("1 2 3 go"));
        assert_eq!(drop_counting_runs(mixed.clone()), mixed);
    }

    #[test]
    fn a_contents_title_over_no_contents_is_dropped_one_over_its_entries_is_not() {
        let body = "The camera handled low light better than any other we tried, and its battery lasted. ";
        let heading = |text: &str| Block::Heading { level: 2, text: text.to_string() };
        let item = |text: &str| Block::ListItem { ordered: false, text: text.to_string() };
        let mut article: Vec<Block> = vec![heading("Why it matters")];
        article.extend((0..12).map(|_| para(&body.repeat(2))));
        // Over the first heading (its list of in-page links was set aside), or over a paragraph.
        for title in ["Table of Contents", "In this article:"] {
            let mut page = vec![para(title)];
            page.extend(article.iter().cloned());
            assert_eq!(drop_empty_contents_titles(page), article, "{title}");
        }
        let mut page = vec![heading("On this page")];
        page.extend(article[1..].iter().cloned());
        assert_eq!(drop_empty_contents_titles(page), article[1..]);
        // With its toggle's label after it, or an icon between it and the first heading.
        let icon = Block::Image { src: "toc.svg".into(), alt: String::new() };
        for title in [
            vec![para("Contents hide")],
            vec![para("Table of Contents [show]")],
            vec![heading("Table of Contents"), icon],
        ] {
            let mut page = title.clone();
            page.extend(article.iter().cloned());
            // (The icon stays: only the title goes.)
            assert_eq!(drop_empty_contents_titles(page), [&title[1..], &article[..]].concat(), "{title:?}");
        }
        // A title that only ends on such a word is not one ("Contents we show").
        let mut shown = vec![para("What we show")];
        shown.extend(article.iter().cloned());
        assert_eq!(drop_empty_contents_titles(shown.clone()), shown);
        // Over its entries, it stays.
        let mut listed = vec![para("Table of Contents"), item("Why it matters")];
        listed.extend(article.iter().cloned());
        assert_eq!(drop_empty_contents_titles(listed.clone()), listed);
        let mut manual = vec![para("Table of Contents"), para("11.1. Introduction"), para("11.2. Index Types")];
        manual.extend(article.iter().cloned());
        assert_eq!(drop_empty_contents_titles(manual.clone()), manual);
        // Late in the text, a heading 'Contents' is the article's own.
        let mut late = article.clone();
        late.extend([heading("Contents"), para(&body.repeat(2))]);
        assert_eq!(drop_empty_contents_titles(late.clone()), late);
    }

    #[test]
    fn a_card_opened_by_an_author_label_is_dropped_without_a_byline() {
        let body = "The camera handled low light better than any other we tried, and its battery lasted. ";
        let mut blocks: Vec<Block> = (0..12).map(|_| para(&body.repeat(2))).collect();
        blocks.push(para("Go out and shoot."));
        let article = blocks.clone();
        let mut card = article.clone();
        card.extend([para("About the Author:"), para("Juliette Carreiro is a content creator.")]);
        assert_eq!(drop_author_notes(card, ""), article);
        // The label and the card's first words on one line.
        let mut inline = article.clone();
        inline.push(para("About the author: Craig Hull is a freelance photographer."));
        assert_eq!(drop_author_notes(inline, ""), article);
        // A sentence that opens with the words is the article's.
        let mut sentence = article.clone();
        sentence.push(para("The author of this guide shoots weddings."));
        assert_eq!(drop_author_notes(sentence.clone(), ""), sentence);
        // A label that recurs (a list of posts, each 'Written by') opens no card.
        let mut listing = article.clone();
        listing.extend([para("Written by"), para("Ann Lee"), para("Written by"), para("Bo Chen")]);
        assert_eq!(drop_author_notes(listing.clone(), ""), listing);
        // Before the last tenth of the text, the label stays.
        let mut early = vec![para("About the author")];
        early.extend(article.iter().cloned());
        assert_eq!(drop_author_notes(early.clone(), ""), early);
    }

    /// The texts of the blocks read under the element with this id, nothing excluded.
    fn texts_under(html: &str, id: &str) -> Vec<String> {
        let page = crate::page::html::parse_html(html).unwrap();
        let root = (0..page.len()).find(|&i| page.node(i).attr("id") == Some(id)).unwrap();
        let blocks = collect_blocks(&page, &crate::extract::text_stats(&page), &[root], &vec![false; page.len()]);
        blocks.iter().map(Block::text).collect()
    }

    #[test]
    fn a_spacer_of_zero_width_characters_is_no_paragraph() {
        let html = "<body><div id=post><p>First paragraph of the story.</p><p>\u{200D}</p><h2>\u{200B} </h2>\
            <p>Second paragraph, with a family emoji 👨\u{200D}👩\u{200D}👧 kept whole.</p></div></body>";
        assert_eq!(
            texts_under(html, "post"),
            [
                "First paragraph of the story.",
                "Second paragraph, with a family emoji 👨\u{200D}👩\u{200D}👧 kept whole."
            ]
        );
    }

    #[test]
    fn a_link_that_is_a_scripts_button_is_not_text_a_toggle_and_a_link_are() {
        let html = r#"<div id=post><blockquote><div>Ann said:</div><div>The lid opens with one hand.</div>
            <div class=expand><a role="button" tabindex="0">Click to expand...</a></div></blockquote>
            <p>Mine too. <a role="button" href="javascript:void(0)">Add to Cart</a></p>
            <div class=faq><a role="button" aria-expanded="false">Does the lid lock?</a><div>It clicks shut.</div></div>
            <p>See <a role="button" href="/manual">the manual</a>.</p></div>"#;
        let text = texts_under(html, "post").join(" | ");
        assert!(!text.contains("Click to expand") && !text.contains("Add to Cart"), "{text}");
        for kept in ["Ann said:", "The lid opens", "Mine too.", "Does the lid lock?", "the manual"] {
            assert!(text.contains(kept), "{kept}: {text}");
        }
    }

    #[test]
    fn a_block_classed_as_a_caption_is_read_as_one_but_a_wrapper_with_its_picture_is_not() {
        let html = "<body><article><div class=wp-caption><h1>The headline</h1><img src=/p.jpg>\
            <div class=caption-text-block><p>A player celebrates a point, Tuesday, Nov. 19.</p></div></div>\
            <p>First paragraph of the story.</p>\
            <div class=image-caption>The court <b>at night</b>.<div>Photo: AP</div></div></article></body>";
        let page = crate::page::html::parse_html(html).unwrap();
        let article = page.find_tag("article").unwrap();
        let blocks = collect_blocks(&page, &crate::extract::text_stats(&page), &[article], &vec![false; page.len()]);
        let kinds: Vec<(&str, String)> = blocks
            .iter()
            .filter(|b| !matches!(b, Block::Image { .. }))
            .map(|b| match b {
                Block::Caption { text } => ("caption", text.clone()),
                Block::Paragraph { text } => ("paragraph", text.clone()),
                Block::Heading { text, .. } => ("heading", text.clone()),
                other => ("other", other.text()),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                ("heading", "The headline".to_string()),
                ("caption", "A player celebrates a point, Tuesday, Nov. 19.".to_string()),
                ("paragraph", "First paragraph of the story.".to_string()),
                // Its lines stay lines.
                ("caption", "The court at night.".to_string()),
                ("caption", "Photo: AP".to_string()),
            ]
        );
    }

    #[test]
    fn a_video_players_controls_are_not_text_but_its_caption_is() {
        let html = "<body><article><p>First paragraph of the story.</p>\
            <div class=player><video src=/v.mp4>Your browser cannot play this video.</video>\
            <div role=button><span>Play Video</span></div><div class=time>Current Time 0:00</div>\
            <figcaption>The hotel room, filmed by a guest.</figcaption></div>\
            <p>Second paragraph of the story.</p></article></body>";
        let page = crate::page::html::parse_html(html).unwrap();
        let article = page.find_tag("article").unwrap();
        let blocks = collect_blocks(&page, &crate::extract::text_stats(&page), &[article], &vec![false; page.len()]);
        let text: Vec<String> = blocks.iter().map(Block::text).collect();
        assert_eq!(
            text,
            ["First paragraph of the story.", "The hotel room, filmed by a guest.", "Second paragraph of the story."]
        );
    }

    #[test]
    fn an_accordion_header_reads_its_button_and_a_control_beside_a_heading_is_left_out() {
        let html = "<body><div id=faq><h2>Questions <button>Expand all</button></h2>\
            <h3><button aria-expanded=true aria-controls=a1>Can the mat hold screws from a laptop?</button></h3>\
            <div id=a1><p>Yes: its magnets hold the small screws of phones and laptops alike.</p></div></div></body>";
        assert_eq!(
            texts_under(html, "faq"),
            [
                "Questions",
                "Can the mat hold screws from a laptop?",
                "Yes: its magnets hold the small screws of phones and laptops alike."
            ]
        );
    }

    #[test]
    fn a_form_is_dropped_unless_it_wraps_prose() {
        let post = "I am in the market for a camera for street and portrait work, and would like some advice from people who have used the recent models before I buy one.";
        let html = format!(
            "<body><div id=feed><form action=/mod><p>{post}</p><input value=Quote></form>\
             <form action=/reply><label>Reply</label><textarea>Type here</textarea><p>Be polite.</p></form></div></body>"
        );
        assert_eq!(texts_under(&html, "feed"), [post]);
    }
}
