//! cleanread: the article, without promos and legal boilerplate, plus a structured summary.
//!
//! `analyze(&Page)` is the whole pipeline: metadata, the article's main block, the blocks to hide
//! (each with a role and a reason), the article's clean content, and the summary. The page model
//! comes from HTML (native) or from the browser's live DOM (wasm); see `page`.

pub mod classify;
pub mod extract;
pub mod lexicon;
pub mod meta;
pub mod page;
pub mod render;
pub mod summary;
#[cfg(target_arch = "wasm32")]
pub mod web;

use classify::HiddenBlock;
use extract::content::{collect_blocks, Block};
use page::{NodeId, Page};
use serde::Serialize;

/// Everything the reader knows about a page.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reading {
    /// False for pages that are not articles (home pages, listings): then nothing is hidden.
    pub is_article: bool,
    /// A sentence for the user when something is off (not an article, nothing found).
    pub message: Option<String>,
    pub meta: meta::Meta,
    pub dateline: Option<String>,
    pub blocks: Vec<Block>,
    pub hidden: Vec<HiddenBlock>,
    pub summary: summary::Summary,
    /// Words, a Chinese or Japanese character counting as one (see `summary::TextLength`).
    pub word_count: usize,
    pub reading_time_minutes: usize,
    /// The article's root nodes in the page.
    pub article_nodes: Vec<NodeId>,
}

impl Reading {
    /// The article's plain text, a blank line between blocks (see `blocks_to_text`).
    pub fn text_content(&self) -> String {
        extract::content::blocks_to_text(&self.blocks)
    }
}

/// A text without its soft hyphens (U+00AD), which a page shows only where a word breaks at a
/// line's end: the summary reads and copies "Vladimir", not "Vladi\u{AD}mir". (The article's
/// text keeps them, as the page has them.)
fn without_soft_hyphens(text: &str) -> String {
    text.replace('\u{AD}', "")
}

fn prose(blocks: &[Block]) -> Vec<String> {
    let mut previous: Option<&Block> = None;
    let mut paragraphs = Vec::new();
    for b in blocks {
        match b {
            Block::Paragraph { text } | Block::ListItem { text, .. } | Block::Quote { text } => {
                paragraphs.push(without_soft_hyphens(text))
            }
            // A block quote's caption names its source ("<figcaption>— Ben G"): it signs the quote.
            Block::Caption { text } if matches!(previous, Some(Block::Quote { .. })) => {
                paragraphs.push(without_soft_hyphens(text))
            }
            _ => {}
        }
        previous = Some(b);
    }
    paragraphs
}

/// The article and its surroundings, without the summary: what the benchmarks time as "extraction".
#[derive(Debug, Clone)]
pub struct Extraction {
    pub meta: meta::Meta,
    pub is_article: bool,
    pub blocks: Vec<Block>,
    pub hidden: Vec<HiddenBlock>,
    pub article_nodes: Vec<NodeId>,
}

impl Extraction {
    /// The article's plain text, as `Reading::text_content` gives it.
    pub fn text_content(&self) -> String {
        extract::content::blocks_to_text(&self.blocks)
    }
}

/// Metadata, the article's main block, the blocks to hide, and the article's clean content.
pub fn extract(page: &Page) -> Extraction {
    let mut meta = meta::extract_meta(page);
    let mut article = extract::find_article(page, &meta);
    let is_article = article.readerable && !article.roots.is_empty();
    let hidden = if is_article { classify::find_hidden_blocks(page, &article) } else { Vec::new() };
    // Invisible nodes are never article text; neither are hidden blocks nor bylines and the like.
    let mut excluded: Vec<bool> = article.visible.iter().map(|v| !v).collect();
    // Pages that are not articles (listings, products, forums) have their content spread over
    // cards and lists: then it is the page minus its chrome (see `extract::region`).
    // A page's word that it is an article (og:type) is taken unless what was found of it is a
    // paragraph or two over a list of posts (a blog's category page declared as its posts are),
    // or the page is a thread, whose opening post is an article of a kind but whose replies are
    // its content as much.
    let declared = meta.declared_article && !meta.declared_discussion && !extract::is_intro_over_posts(page, &article);
    let share = match (is_article, declared) {
        (false, _) => extract::region::SHARE_FOR_NON_ARTICLE,
        (true, false) => extract::region::SHARE_FOR_UNDECLARED_ARTICLE,
        (true, true) => extract::region::SHARE_FOR_DECLARED_ARTICLE,
    };
    // An article keeps its own treatment (bylines out, edges trimmed) unless the region replaces it.
    // Replies are part of a page read as a region (a thread), never of a declared article's.
    let region_chrome = if declared && is_article {
        article.chrome.clone()
    } else {
        extract::region::chrome_without_replies(page, &article.chrome, &article.visible, &article.labels)
    };
    // Whether the article holds enough of the page is judged without its lead-ins.
    let scored_roots: Vec<NodeId> = article.roots.iter().copied().filter(|r| !article.lead_ins.contains(r)).collect();
    let mut region = Some(extract::region::content_roots(page, &article.stats, &region_chrome, &scored_roots, share))
        .filter(|roots| !is_article || *roots != scored_roots)
        .map(|roots| extract::with_opening_post(page, &article, &meta, roots));
    // Nor are blocks to hide, words only screen readers say, nor a screen reader's copy of words shown.
    // Nor a layout's second copy of a section (its phone layout's, beside its desktop one).
    let spoken_copies = extract::spoken_copies(page, &article.stats);
    let layout_copies = extract::layout_copies(page, &article.stats, &article.visible);
    let for_screen_readers = (0..page.len()).filter(|&id| page::is_for_screen_readers(page.node(id)));
    // Nor a tooltip's bubble beside the words it explains (shown on hover, apart from the sentence).
    let tooltips = (0..page.len()).filter(|&id| extract::is_tooltip_bubble(page, id));
    // Nor a footnote's mark in a sentence (a stray number once read in line).
    let footnote_marks = (0..page.len()).filter(|&id| extract::is_footnote_mark(page, id));
    // Nor what the page keeps out of search snippets (an author's bio card over the story).
    let unsnippeted = extract::unsnippeted_blocks(page, &article);
    let set_apart = spoken_copies
        .into_iter()
        .chain(layout_copies)
        .chain(for_screen_readers)
        .chain(tooltips)
        .chain(footnote_marks)
        .chain(unsnippeted);
    for top in hidden.iter().map(|h| h.node).chain(set_apart) {
        for n in page.descendants(top) {
            excluded[n] = true;
        }
    }
    let read = |roots: &[NodeId], not_text: Vec<NodeId>| {
        let mut excluded = excluded.clone();
        for top in not_text {
            for n in page.descendants(top) {
                excluded[n] = true;
            }
        }
        collect_blocks(page, &article.stats, roots, &excluded)
    };
    let region_not_text = |roots: &[NodeId]| {
        let mut not_text: Vec<NodeId> = (0..page.len()).filter(|&id| region_chrome[id]).collect();
        for &root in roots {
            not_text.extend(extract::titled_sections_not_text(page, &article, root));
        }
        not_text
    };
    let mut from_region = region.is_some();
    // Characters the article's reading set aside as not its text (teasers, link lists, labels).
    let mut set_aside = 0;
    let mut blocks = match &region {
        Some(roots) => read(roots, region_not_text(roots)),
        None => {
            let not_text = extract::non_text_blocks(page, &article);
            set_aside = not_text.iter().map(|&id| article.stats.chars[id]).sum();
            read(&article.roots, not_text)
        }
    };
    // The chosen block's (or region's) reading kept nothing: every part was labelled boilerplate (a
    // page whose best-written block is its legal notice, a region that is a thread of replies), or
    // the block's reading set aside twice what it kept as
    // cards or labelled blocks (a shop's grid of products, each tagged with its categories). The
    // page's main region is the better reading when it reads more than twice as much.
    // Counted in characters, as `set_aside` is (bytes would weigh non-Latin scripts triple).
    let chars_of = |blocks: &[Block]| -> usize { blocks.iter().map(|b| b.text().chars().count()).sum() };
    let kept = chars_of(&blocks);
    if blocks.is_empty() || (!from_region && kept * 2 < set_aside) {
        // The region of what is left once hidden blocks are set aside too (a story whose replies,
        // hidden as comments, were most of the page's text).
        let left_out: Vec<bool> = region_chrome.iter().zip(&excluded).map(|(&c, &e)| c || e).collect();
        let roots = extract::region::content_roots(page, &article.stats, &left_out, &[], extract::region::WHOLE_REGION);
        let region_blocks = read(&roots, region_not_text(&roots));
        let region_kept = chars_of(&region_blocks);
        if blocks.is_empty() || region_kept > 2 * kept {
            blocks = region_blocks;
            from_region = true;
            region = Some(roots);
        }
    }
    if let Some(roots) = region {
        article.roots = roots;
    }
    // Lines no page's content is made of: a second copy of the text, a script's "Loading...", a
    // slider's "1 2 3", a contents title over nothing.
    let mut blocks = extract::content::drop_repeated_runs(blocks);
    blocks = extract::content::drop_placeholders(blocks);
    blocks = extract::content::drop_counters(blocks);
    blocks = extract::content::drop_split_datelines(blocks);
    if article.discussion {
        blocks = extract::content::drop_post_furniture(blocks);
    }
    blocks = extract::content::drop_counting_runs(blocks);
    blocks = extract::content::drop_empty_contents_titles(blocks);
    blocks = extract::content::drop_reply_subjects(blocks, &[&meta.title, &meta.headline]);
    // An article's edges carry kickers and credits; a region's short lines are its content (cards).
    if !from_region {
        blocks = extract::content::drop_credit_lines(extract::content::trim_edges(blocks));
        blocks = extract::content::drop_author_notes(blocks, meta.byline.as_deref().unwrap_or(""));
    }
    // A reading time is the page's metadata (the summary gives its own), or a card's.
    blocks = extract::content::drop_reading_times(blocks);
    // The headline is shown apart; drop it from the body when the body starts with it.
    if let Some(Block::Heading { text, .. }) = blocks.first() {
        if text.eq_ignore_ascii_case(&meta.title) || text.eq_ignore_ascii_case(&meta.headline) {
            blocks.remove(0);
        }
    }
    // The article's own direction, from the nearest `dir` on its root or above: a right-to-left
    // article can sit in a left-to-right page (`<body dir="rtl">` under `<html dir="ltr">`).
    if let Some(&root) = article.roots.first() {
        let declared = std::iter::once(root)
            .chain(page.ancestors(root))
            .filter_map(|a| page.node(a).attr("dir"))
            .map(|d| d.trim().to_ascii_lowercase())
            .find(|d| d == "rtl" || d == "ltr");
        if declared.is_some() {
            meta.dir = declared;
        }
    }
    let paragraphs = prose(&blocks);
    if meta.lang.is_none() {
        meta.lang = meta::guess_language(&paragraphs.join(" "));
    }
    // Without a description, the excerpt is the first paragraph (as readers show it).
    if meta.excerpt.is_none() {
        meta.excerpt = paragraphs.first().cloned();
    }
    Extraction { meta, is_article, blocks, hidden, article_nodes: article.roots }
}

/// Runs the whole analysis on a page: the extraction, then the summary.
pub fn analyze(page: &Page) -> Reading {
    let Extraction { meta, is_article, blocks, hidden, article_nodes } = extract(page);
    let mut paragraphs = prose(&blocks);
    let dated = paragraphs.iter().take(4).enumerate().find_map(|(i, p)| meta::find_dateline(p).map(|d| (i, d)));
    // The summary reads the story without its dateline: a key point opening "TOKYO (Reuters) -"
    // repeats the panel's source line.
    if let Some((i, _)) = dated {
        if let Some(rest) = meta::without_dateline(&paragraphs[i]) {
            paragraphs[i] = rest.to_string();
        }
    }
    let length: summary::TextLength = blocks.iter().map(|b| summary::TextLength::of(&b.text())).sum();
    let mut summary =
        if is_article { summary::summarize(&paragraphs, &meta.headline) } else { summary::Summary::default() };
    // The dateline's place is where the story comes from: a place of the story, though the
    // summary read the text after it.
    let dateline = dated.map(|(_, d)| d);
    if let Some(place) = dateline.as_deref().and_then(meta::dateline_place).filter(|_| is_article) {
        let places = &mut summary.entities.places;
        if !places.iter().any(|p| p.eq_ignore_ascii_case(&place)) {
            places.insert(0, place);
            places.truncate(summary::entities::MAX_ENTITIES);
        }
    }
    let message = if !is_article {
        Some("This page does not look like an article, so nothing was hidden.".to_string())
    } else if hidden.is_empty() {
        Some("No promotional or legal blocks were found on this page.".to_string())
    } else {
        None
    };
    Reading {
        is_article,
        message,
        meta,
        dateline,
        blocks,
        hidden,
        summary,
        reading_time_minutes: length.reading_time_minutes(),
        word_count: length.total(),
        article_nodes,
    }
}

#[cfg(test)]
mod tests {
    use crate::page::html::parse_html;

    /// The texts of the blocks a page's analysis would hide, and its article text.
    fn hidden_and_text(html: &str) -> (Vec<String>, String) {
        let extraction = crate::extract(&parse_html(html).unwrap());
        (extraction.hidden.iter().map(|h| h.text.clone()).collect(), extraction.text_content())
    }

    /// A paragraph of prose for test articles whose hiding rules are under test.
    const DOORBELL_PARAGRAPH: &str = "<p>The doorbell camera records a sharp picture day and night, and it keeps a \
        whole week of clips on its own card, so nothing leaves the house unless you want it to, which we liked a lot.</p>";

    #[test]
    fn a_page_whose_body_is_empty_until_scripts_run_has_no_text() {
        // A long title is a block of text of its own: it must not be read as the page's.
        let html = "<html><head><title>Online Care That Caters to You | Example | Online Therapy | Virtual \
            Counseling | Telehealth Therapy</title>\
            <meta name=description content='Care for anxiety and more.'></head>\
            <body><div hidden></div></body></html>";
        let extraction = crate::extract(&parse_html(html).unwrap());
        assert_eq!(extraction.text_content(), "");
        assert!(extraction.meta.title.starts_with("Online Care That Caters to You"), "{}", extraction.meta.title);
    }

    #[test]
    fn a_point_of_a_review_s_list_is_never_hidden_for_one_promotional_word() {
        let para = DOORBELL_PARAGRAPH;
        let html = format!(
            "<body><article><h1>Doorbell review</h1>{para}{para}<div>Unlock AI-picked stocks</div>\
             <h3>Cons</h3><ul><li>Dependent on hardwired power</li><li>Subscription required to unlock all its best features</li></ul>\
             {para}{para}</article></body>"
        );
        let (hidden, text) = hidden_and_text(&html);
        assert!(hidden.iter().any(|t| t.contains("Unlock AI-picked stocks")), "{hidden:?}");
        assert!(!hidden.iter().any(|t| t.contains("Subscription required")), "{hidden:?}");
        assert!(text.contains("Subscription required to unlock all its best features"));
        // A list of offers is the page's content, each item's discount notwithstanding.
        let offers: String = ["Air purifiers", "Dehumidifiers", "Ventilation fans"]
            .iter()
            .map(|item| format!("<li>{item} – $50 instant discount</li>"))
            .collect();
        let html = format!(
            "<body><article><h1>Rebates</h1>{para}{para}<div>Unlock AI-picked stocks</div>\
             <h3>Instant rebates</h3><ul>{offers}</ul>{para}{para}</article></body>"
        );
        let (hidden, text) = hidden_and_text(&html);
        assert_eq!(hidden, ["Unlock AI-picked stocks"]);
        assert!(text.contains("Dehumidifiers – $50 instant discount"), "{text}");
    }

    #[test]
    fn a_shop_card_beside_the_article_is_not_hidden_for_its_discount_by_its_inner_box() {
        let para = DOORBELL_PARAGRAPH;
        // Each card's text is all in one link and one box inside it, a few levels below the card.
        let card = |name: &str, price: &str| {
            format!(
                "<li class=\"grid-item\"><div class=\"card\"><a class=\"card-link\" href=\"/item\"><div class=\"card-info\">\
                 <h2>{name}</h2><p>Handmade from full grain leather and stitched by hand, with room for eight cards.</p>\
                 <p>{price}</p></div></a></div></li>"
            )
        };
        let html = format!(
            "<head><meta property=\"og:type\" content=\"article\"></head><body><article><h1>Wallets</h1>{para}{para}{para}</article><div><ul class=\"grid\">{}{}{}</ul></div><div>Get 40% Off</div></body>",
            card("Bifold Wallet", "Sale Price USD 39.90, 5% off: USD 39.90 <del>USD 42.00</del> (5% off)"),
            card("Ranch Wallet", "USD 159.28"),
            card("Cash Wallet", "USD 74.65"),
        );
        let (hidden, _) = hidden_and_text(&html);
        assert!(!hidden.iter().any(|t| t.contains("Bifold Wallet")), "{hidden:?}");
        // The discount stays a badge of its own, and a promotion outside the grid is still hidden.
        assert!(hidden.iter().any(|t| t.starts_with("Sale Price")), "{hidden:?}");
        assert!(hidden.iter().any(|t| t == "Get 40% Off"), "{hidden:?}");
    }

    #[test]
    fn a_line_asking_readers_to_follow_the_site_and_an_ad_break_s_label_are_hidden() {
        let para = DOORBELL_PARAGRAPH;
        let html = format!(
            "<body><article><h1>Doorbells</h1>{para}{para}<p>Article continues below</p>{para}<p>Follow us on <a href=https://instagram.com/doorbells>Instagram</a></p>{para}{para}</article></body>"
        );
        let (hidden, text) = hidden_and_text(&html);
        assert_eq!(hidden, ["Article continues below", "Follow us on Instagram"]);
        assert!(text.contains("The doorbell camera records") && !text.contains("Follow us"), "{text}");
    }

    #[test]
    fn words_inside_a_sentence_are_never_hidden_alone_and_a_button_on_its_own_line_is() {
        let para = DOORBELL_PARAGRAPH;
        // Cue words wrapped twice inside a sentence: the sentence stays whole.
        let sentence =
            "<p>The maker offers a <em><strong>free trial</strong></em> of its cloud plan with every camera.</p>";
        // A button after the paragraph in the same box is a line of its own.
        let card = "<div><p>Our pick comes in three colours and fits any door frame.</p> <a href=/shop><span>Shop now</span></a></div>";
        let html =
            format!("<body><article><h1>Doorbells</h1>{para}{para}{sentence}{card}{para}{para}</article></body>");
        let (hidden, text) = hidden_and_text(&html);
        assert_eq!(hidden, ["Shop now"]);
        assert!(text.contains("The maker offers a free trial of its cloud plan"), "{text}");
    }

    #[test]
    fn a_sentence_set_word_by_word_in_spans_stays_whole() {
        // Some pages wrap every word in its own <span> (for animation or highlighting): the words
        // are one line however many spans there are, and cue words among them are not a block.
        let words: String = (0..3000).map(|i| format!("<span>word{i} </span>")).collect();
        let sentence =
            format!("<p>{words}<span>with a <em><strong>free trial</strong></em></span><span> of its plan.</span></p>");
        let para = DOORBELL_PARAGRAPH;
        let html = format!("<body><article><h1>Doorbells</h1>{para}{sentence}{para}</article></body>");
        let (hidden, text) = hidden_and_text(&html);
        assert!(hidden.is_empty(), "{hidden:?}");
        assert!(text.contains("word2999 with a free trial of its plan."), "{}", &text[text.len() - 200..]);
    }

    #[test]
    fn a_tooltip_bubble_beside_the_words_it_explains_is_not_read_into_the_sentence() {
        let para = DOORBELL_PARAGRAPH;
        let glossary = "<p>Video results grew fastest of all <span class=\"term\"><dfn aria-labelledby=\"t1\">search \
            engine</dfn><span id=\"t1\" class=\"term_tooltip\">A search engine is a website for finding pages. \
            <a href=\"/glossary\">Learn more</a></span></span> result types this year.</p>";
        let footnote = "<p>I wrote this in a hurry<sup><a href=\"#\" aria-describedby=\"fn1\">1</a></sup><span \
            id=\"fn1\" role=\"tooltip\">On a train, in fact.</span> and it shows.</p>";
        // A tooltip class on the explained words themselves: they are the sentence's.
        let term =
            "<p>Buy one and claim a <a class=\"custom-tooltip\" href=\"#\">post-purchase rebate</a> of $100.</p>";
        let html = format!("<body><article><h1>Notes</h1>{para}{glossary}{footnote}{term}{para}</article></body>");
        let (_, text) = hidden_and_text(&html);
        assert!(text.contains("fastest of all search engine result types this year."), "{text}");
        assert!(text.contains("in a hurry1 and it shows."), "{text}");
        assert!(text.contains("claim a post-purchase rebate of $100."), "{text}");
        assert!(!text.contains("A search engine is") && !text.contains("On a train"), "{text}");
    }

    #[test]
    fn a_footnote_s_mark_is_not_read_into_the_sentence_a_power_is() {
        let para = DOORBELL_PARAGRAPH;
        let marks = "<p>Buyers want a wealth management practice<sup class=\"fn\"> <a href=\"#fn6\">6</a> </sup>. \
            Sellers want a fair price<a href=\"#note-7\"><sup>[7]</sup></a>, and a room of 20 m<sup>2</sup> will do.</p>";
        let html = format!("<body><article><h1>Notes</h1>{para}{marks}{para}</article></body>");
        let (_, text) = hidden_and_text(&html);
        assert!(text.contains("a wealth management practice. Sellers want a fair price, and"), "{text}");
        assert!(text.contains("a room of 20 m2 will do."), "{text}");
    }

    #[test]
    fn an_answer_on_a_q_and_a_page_is_never_hidden_for_its_add_a_comment_link() {
        let para = DOORBELL_PARAGRAPH;
        let answer = "<div class=\"answer\"><div class=\"layout\"><div class=\"votes\">3</div><div class=\"cell\">\
            <p>Wire the camera to the transformer behind the chime; the old bell wires carry enough power for it, \
            so no new cable is needed.</p><div class=\"menu\">Share Follow answered by Ann</div>\
            <a href=\"#\">Add a comment</a></div></div></div>";
        let page = |itemtype: &str| {
            format!(
                "<html itemscope itemtype=\"https://schema.org/{itemtype}\"><body><div class=\"question\"><h1>Which \
                 doorbell?</h1>{para}{para}{para}{para}{para}{para}</div><div class=\"answers\">{answer}</div></body></html>"
            )
        };
        let (hidden, _) = hidden_and_text(&page("QAPage"));
        assert!(!hidden.iter().any(|t| t.contains("transformer behind the chime")), "{hidden:?}");
        // Elsewhere a block that ends by offering to comment is still taken for a comment.
        let (hidden, _) = hidden_and_text(&page("WebPage"));
        assert!(hidden.iter().any(|t| t.contains("transformer behind the chime")), "{hidden:?}");
    }

    #[test]
    fn the_note_about_the_author_after_the_article_is_not_its_text() {
        let para = DOORBELL_PARAGRAPH;
        let html = format!(
            "<head><meta name=\"author\" content=\"Sara Coughlin\"><title>Doorbell review</title></head><body>\
             <article><h1>Doorbell review</h1>{para}{para}{para}{para}{para}{para}{para}{para}{para}{para}\
             <p>Sara Coughlin is a writer and editor with ample experience covering home tech.</p></article></body>"
        );
        let (_, text) = hidden_and_text(&html);
        assert!(text.contains("The doorbell camera records"), "{text}");
        assert!(!text.contains("writer and editor"), "{text}");
    }

    #[test]
    fn words_for_screen_readers_are_left_out_and_their_copy_of_shown_words_read_once_code_as_written() {
        let para = DOORBELL_PARAGRAPH;
        let html = format!(
            "<head><title>Doorbell review</title></head><body>\
             <article><h1>Doorbell review</h1>{para}{para}{para}\
             <p>Price: <span aria-hidden=\"true\">EUR 163.12</span><span class=\"clipped\">EUR 163.12</span></p>\
             <p>List: <span>EUR 60.24<span class=\"a-offscreen\">EUR 60.24</span></span> today</p>{para}\
             <p>It was a very, <b>very</b> long night.</p>{para}\
             <pre><code><span>apple</span>\n<span>apple</span></code></pre>{para}{para}</article></body>"
        );
        let (_, text) = hidden_and_text(&html);
        assert!(text.contains("Price: EUR 163.12\n"), "{text}");
        assert!(text.contains("List: EUR 60.24 today"), "{text}");
        assert!(text.contains("a very, very long night"), "{text}");
        assert!(text.contains("apple\napple"), "{text}");
        // Words only a screen reader says are no words a reader sees, on a shop's grid too.
        let card = |i: usize| {
            format!(
                "<li><a href=/mug{i}>Blue mug {i}</a> <del>$30.00</del><span class=\"screen-reader-text\">Current \
                price is:</span><ins>$21.00</ins></li>"
            )
        };
        let cards: String = (1..=12).map(card).collect();
        let (_, text) = hidden_and_text(&format!("<body><h1>Mugs</h1><ul>{cards}</ul></body>"));
        assert!(text.contains("Blue mug 12 $30.00 $21.00"), "{text}");
    }

    #[test]
    fn lines_that_say_nothing_of_the_article_are_not_its_text() {
        // The line filters as `extract` runs them: a contents title over nothing, a reading time,
        // a script's placeholder, a slider's dots, an author card opened by its label alone.
        let para = DOORBELL_PARAGRAPH;
        let html = format!(
            "<head><title>Doorbell review</title></head><body>\
             <article><h1>Doorbell review</h1>{para}<p>4 min read</p><p>Table of Contents</p><h2>Setup</h2>{para}\
             {para}<p>Loading image...</p><ul><li>1</li><li>2</li><li>3</li></ul>{para}{para}{para}{para}{para}\
             {para}{para}<h3>About the author</h3><p>Sara writes about home tech for the magazine, and has tested \
             every video doorbell sold in the country since the first one came out.</p></article></body>"
        );
        let (_, text) = hidden_and_text(&html);
        assert!(text.contains("The doorbell camera records"), "{text}");
        for gone in ["Table of Contents", "4 min read", "Loading image", "\n1\n", "About the author", "Sara writes"] {
            assert!(!text.contains(gone), "{gone:?} in {text}");
        }
    }

    #[test]
    fn a_dialog_with_fields_to_fill_is_not_the_text_a_dialog_of_details_is() {
        let para = DOORBELL_PARAGRAPH;
        // A paragraph of prose: a form around one is read, unless it is a dialog's with fields to fill.
        let report = "Tell us why you are reporting this item, and anything else we should know about it before our \
            team looks into it.";
        let sizes = "The doorbell fits door frames from two to four inches wide, with the wedge kit for angled walls.";
        let html = format!(
            "<head><title>Doorbell review</title><meta property=\"og:type\" content=\"article\"></head><body>\
             <article><h1>Doorbell review</h1>{para}{para}{para}{para}{para}{para}\
             <div role=\"dialog\" class=\"overlay\"><form><p>{report}</p>\
             <label><input type=\"radio\" name=\"why\"> It is not handmade</label>\
             <textarea name=\"more\"></textarea><button>Send</button></form></div>\
             <div role=\"dialog\"><p>{sizes}</p></div>{para}{para}</article></body>"
        );
        let (_, text) = hidden_and_text(&html);
        assert!(text.contains("The doorbell camera records"), "{text}");
        assert!(!text.contains("reporting this item"), "{text}");
        assert!(text.contains("door frames from two to four inches"), "{text}");
    }

    #[test]
    fn a_block_kept_out_of_search_snippets_is_not_the_text_unless_it_is_code_or_the_story() {
        let para = DOORBELL_PARAGRAPH;
        let bio =
            "Ann is a writer who has covered home security for ten years, and tests every camera in her own hallway.";
        let code = "curl -s http://camera.local/api/clips";
        let html = format!(
            "<head><title>Doorbell review</title></head><body><article><h1>Doorbell review</h1>\
             <div data-nosnippet>{bio}</div>{para}{para}{para}\
             <section data-nosnippet><pre><code>{code}</code></pre></section>{para}{para}</article></body>"
        );
        let (_, text) = hidden_and_text(&html);
        assert!(!text.contains("Ann is a writer") && text.contains(code), "{text}");
        // A site that marks its whole story so says nothing of what is boilerplate.
        let whole =
            format!("<body><article data-nosnippet><h1>Doorbell review</h1>{para}{para}{para}</article></body>");
        assert!(hidden_and_text(&whole).1.contains("The doorbell camera records"));
        // Nor does a site that marks half of it.
        let night = "<p>At night the camera switches to infrared and still picks out a face at six metres, even in \
            rain, which none of the cheaper doorbells we tried could do.</p>";
        let half = format!(
            "<body><article><h1>Doorbell review</h1>{para}{para}{para}<div data-nosnippet>{night}{night}{night}</div>\
             </article></body>"
        );
        assert!(hidden_and_text(&half).1.contains("switches to infrared"));
    }

    #[test]
    fn a_section_s_copy_for_another_layout_is_read_once_but_text_written_twice_is_kept() {
        let para = DOORBELL_PARAGRAPH;
        let feature = "<h2>Night vision</h2><p>Infrared lights pick out a face at six metres, in rain or fog, and tell a parcel from a person.</p>";
        let count = |text: &str, what: &str| text.matches(what).count();
        // The desktop and the phone layout's copies of one section, side by side.
        let html = format!(
            "<body><article><h1>Doorbells</h1>{para}{para}<div class=\"desktop\">{feature}</div>\
             <div class=\"mobile\">{feature}</div>{para}{para}</article></body>"
        );
        let (_, text) = hidden_and_text(&html);
        assert_eq!(count(&text, "Infrared lights"), 1, "{text}");
        // The copy the layout shows is read, even after one it hides.
        let (_, text) = hidden_and_text(&html.replace("class=\"desktop\"", "hidden"));
        assert_eq!(count(&text, "Infrared lights"), 1, "{text}");
        // A heading and paragraph written twice as the page's own siblings are its text as written.
        let html =
            format!("<body><article><h1>Doorbells</h1>{para}{para}{feature}{feature}{para}{para}</article></body>");
        let (_, text) = hidden_and_text(&html);
        assert_eq!(count(&text, "Infrared lights"), 2, "{text}");
        // Two like items of a list are two entries (an event listed twice), heading or not; so are
        // two like boxes without a heading.
        let html = format!(
            "<body><article><h1>Doorbells</h1>{para}{para}<ul><li>{feature}</li><li>{feature}</li></ul>{para}{para}</article></body>"
        );
        let (_, text) = hidden_and_text(&html);
        assert_eq!(count(&text, "Infrared lights"), 2, "{text}");
        let entry = "<div><p>Infrared lights pick out a face at six metres, in rain or fog, on every model we tested.</p></div>";
        let html = format!("<body><article><h1>Doorbells</h1>{para}{para}{entry}{entry}{para}{para}</article></body>");
        let (_, text) = hidden_and_text(&html);
        assert_eq!(count(&text, "Infrared lights"), 2, "{text}");
        // ... unless their names say which screen each is for: a slide without a heading, twice.
        let slide = |screen: &str| {
            format!("<section class=\"slide slide-{screen}\"><div class=title>Night vision</div>{entry}</section>")
        };
        let (desktop, mobile) = (slide("desktop"), slide("mobile"));
        let html =
            format!("<body><article><h1>Doorbells</h1>{para}{para}{desktop}{mobile}{para}{para}</article></body>");
        let (_, text) = hidden_and_text(&html);
        assert_eq!(count(&text, "Infrared lights"), 1, "{text}");
    }

    #[test]
    fn a_paywall_box_with_its_plans_is_hidden_but_a_story_wrapped_in_paywall_markup_is_not() {
        let para = DOORBELL_PARAGRAPH;
        // Over 400 characters with its plans, in nothing but short lines: no paragraph of prose.
        let plan = |name: &str, price: &str| {
            format!(
                "<div class=\"card\"><p class=\"card-title\">{name}</p><p class=\"card-price\">{price}</p>\
                 <p>Billed once a year, cancel at any time</p><a href=\"/subscribe\">Get Started</a></div>"
            )
        };
        let plans: String = [("Monthly", "$39"), ("Starter", "$30"), ("Annual", "$399"), ("Groups", "$300")]
            .iter()
            .map(|(n, p)| plan(n, p))
            .collect();
        let breaker = format!(
            "<div class=\"restricted-breaker\"><span class=\"site-paywall-logo\"><img alt=\"Plus\"></span>\
             <h2>This story is exclusive to Plus subscribers</h2><h3>Unlock this article, plus in-depth analysis \
             and news alerts.</h3>{plans}<a href=\"/plans\">View All Plans</a></div>"
        );
        let html = format!("<body><article><h1>Doorbells</h1>{para}{para}{breaker}{para}{para}</article></body>");
        let (hidden, text) = hidden_and_text(&html);
        assert!(hidden.iter().any(|t| t.contains("exclusive to Plus subscribers")), "{hidden:?}");
        assert!(!text.contains("Get Started") && text.contains("keeps a whole week of clips"), "{text}");
        // The same wording in a box without the paywall's markup is judged as any other block.
        let unmarked = breaker.replace("site-paywall-logo", "site-logo");
        let (_, text) = hidden_and_text(&format!(
            "<body><article><h1>Doorbells</h1>{para}{para}{unmarked}{para}{para}</article></body>"
        ));
        assert!(text.contains("Get Started"), "{text}");
        // A paywall wrapper around the story's metered part holds its prose: never hidden, short
        // (under the 400 characters a marked block may have) or long.
        let metered = "<p>Past the meter, the doorbell's night vision picks out a face at six metres away, \
            in rain or fog, and tells a parcel from a person before it rings your phone.</p>";
        for part in [metered.to_string(), format!("{para}{metered}{para}")] {
            let wrapped = format!(
                "<body><article><h1>Doorbells</h1>{para}{para}<div class=\"paywall\"><h2>Night</h2>{part}\
                 <p>Unlock this article with Plus.</p></div>{para}{para}</article></body>"
            );
            let (_, text) = hidden_and_text(&wrapped);
            assert!(text.contains("picks out a face"), "{text}");
        }
    }

    #[test]
    fn a_sign_up_box_for_deals_by_text_message_is_hidden_but_a_quote_form_s_paragraph_is_not() {
        let para = DOORBELL_PARAGRAPH;
        let (title, call, pitch, button, thanks) = (
            "Doorbell Deals",
            "Be the first to know!",
            "Get editor selected deals texted right to your phone!",
            "Sign Me Up",
            "Thanks for signing up!",
        );
        let consent = "By signing up, you agree to receive recurring automated SMS marketing messages at the number \
            provided. Msg and data rates may apply. Up to 2 messages a day. Reply STOP to opt out, HELP for help. \
            Consent is not a condition of purchase. You can change your mind at any time by writing to us, and we \
            will never share your number. See our Privacy Policy and Terms of Use.";
        // Longer than the 400 characters a block inside an article may have to be hidden for its
        // markup: the consent text is what makes it so.
        let box_chars: usize = [title, call, pitch, button, consent, thanks].iter().map(|t| t.chars().count()).sum();
        assert!(box_chars > 400, "{box_chars}");
        let sms = format!(
            "<section><div>{title}</div><div><div>{call}</div><div>{pitch}</div></div><form><input type=tel \
             placeholder=\"Enter Phone Number\"><button>{button}</button></form><div>{consent}</div>\
             <div>{thanks}</div></section>"
        );
        let quote = "<div><h2>Typical range: $120 - $180</h2><p>The average doorbell installation costs $120 - $180, \
            but it could vary from $90 to $240. Discover the detailed price range here.</p>\
            <form><input type=tel placeholder=\"Phone\"><button>Get quotes</button></form></div>";
        let html =
            format!("<body><article><h1>Doorbell deals</h1>{para}{para}{sms}{para}{quote}{para}</article></body>");
        let (hidden, text) = hidden_and_text(&html);
        assert!(hidden.iter().any(|t| t.contains("Be the first to know")), "{hidden:?}");
        assert!(!text.contains("texted right to your phone"), "{text}");
        assert!(text.contains("The average doorbell installation costs"), "{text}");
    }

    #[test]
    fn a_part_of_a_sentence_is_never_hidden_for_its_wording() {
        let para = DOORBELL_PARAGRAPH;
        let html = format!(
            "<body><article><h1>Doorbell deals</h1>{para}{para}\
             <p>The Black Friday campaign offers <strong>50% off</strong> and runs for a week.</p>\
             <p><span>Each morning the app also pulls in the latest news and trending clips from the street, \
             the porch and the garden, and sorts them by the hour they were taken, built at </span><a href=/x>Ring</a>\
             <span>: a feed of what happened at the door while you slept, which you can share with your neighbours \
             or keep to yourself.</span></p>\
             <p><strong>50% off</strong></p>{para}{para}</article></body>"
        );
        let (hidden, text) = hidden_and_text(&html);
        assert!(text.contains("offers 50% off and runs for a week"), "{text}");
        assert!(text.contains("the app also pulls in the latest news and trending clips"), "{text}");
        // A line of its own with that wording is still judged.
        assert_eq!(hidden, ["50% off"]);
    }

    #[test]
    fn a_phrase_of_a_paragraph_is_never_hidden_or_dropped_for_its_markup() {
        let para = DOORBELL_PARAGRAPH;
        // The link's accessible name holds "subscription", a class of a newsletter box elsewhere.
        let html = format!(
            "<body><article><h1>Doorbell gifts</h1>{para}{para}\
             <p>The shop is home to many of our favourite <a href=/b aria-label=\"food subscription boxes\">food \
             subscription boxes</a>, and it sells doorbells too.</p>\
             <p>So says the shop's founder <button class=sidenote-button>Ada Lovelace</button>, who fits them.</p>\
             <p><a href=/n class=newsletter-signup>Get our weekly letter</a></p>{para}{para}</article></body>"
        );
        let (hidden, text) = hidden_and_text(&html);
        assert!(text.contains("many of our favourite food subscription boxes, and it sells"), "{text}");
        // A name set in a button that opens a side note is words of its sentence too.
        assert!(text.contains("founder Ada Lovelace, who fits them"), "{text}");
        // A labelled link that is a line of its own is still hidden.
        assert_eq!(hidden, ["Get our weekly letter"]);
    }

    #[test]
    fn one_phrase_hides_a_label_not_a_sentence_that_holds_it() {
        let para = DOORBELL_PARAGRAPH;
        let html = format!(
            "<body><article><h1>Moving day</h1>{para}{para}\
             <p>Use our Moving Day Checklist so you don't miss anything.</p>\
             <p>Pack extra sheets, blankets, towels and similar items.</p>\
             <p>Read more: How to pack a kitchen</p><p>Ten boxes for a move, and where they go. Read more »</p>\
             <div>Get 40% Off</div>{para}{para}</article></body>"
        );
        let (hidden, _) = hidden_and_text(&html);
        assert_eq!(
            hidden,
            ["Read more: How to pack a kitchen", "Ten boxes for a move, and where they go. Read more »", "Get 40% Off"]
        );
        // Outside the article too.
        let html = format!(
            "<body><article><h1>Moving day</h1>{para}{para}{para}{para}{para}</article>\
             <div class=events><p>Click a name to visit its website, where you can check the latest news on each event.</p></div>\
             <div class=box><p>Latest news</p></div></body>"
        );
        assert_eq!(hidden_and_text(&html).0, ["Latest news"]);
    }

    #[test]
    fn a_row_of_a_table_is_never_hidden_for_its_wording() {
        let para = DOORBELL_PARAGRAPH;
        let html = format!(
            "<body><article><h1>Website builders compared</h1>{para}{para}\
             <table><tr><th>Builder</th><th>Free plan or free trial</th></tr>\
             <tr><td>Sitely</td><td>14-day free trial</td></tr><tr><td>Pagecraft</td><td>Free plan</td></tr></table>\
             {para}{para}</article></body>"
        );
        let (hidden, text) = hidden_and_text(&html);
        assert!(hidden.is_empty(), "{hidden:?}");
        assert!(text.contains("Sitely | 14-day free trial"), "{text}");
    }

    #[test]
    fn the_article_direction_is_the_nearest_declared_one() {
        let para = "<p>A paragraph long enough to be read as the article's text, with a few more words in it so that it counts as prose and not a label of the page, and some more.</p>";
        let dir = |html: String| crate::extract(&parse_html(&html).unwrap()).meta.dir;
        assert_eq!(
            dir(format!(r#"<html dir="ltr"><body dir="rtl"><article>{para}{para}</article></body></html>"#)).as_deref(),
            Some("rtl")
        );
        assert_eq!(
            dir(format!(r#"<html><body><main dir="rtl"><article>{para}{para}</article></main></body></html>"#))
                .as_deref(),
            Some("rtl")
        );
        assert_eq!(
            dir(format!(r#"<html dir="rtl"><body><article>{para}{para}</article></body></html>"#)).as_deref(),
            Some("rtl")
        );
        assert_eq!(dir(format!(r#"<html><body><article>{para}{para}</article></body></html>"#)), None);
    }

    #[test]
    fn a_declared_forum_thread_reads_its_replies_an_article_leaves_its_comments() {
        let post = "I walk about twenty miles a week on wet hills and my boots let water in after a year, every \
            time, whatever I pay for them. Which boots have lasted longer than that for you, and what did they cost?";
        let reply = |i: usize| {
            format!(
                r#"<div class="comment"><p>Reply {i}: mine have lasted three winters on the same kind of ground, \
                and I wax them once a month, which matters more than the brand, in my experience.</p></div>"#
            )
        };
        let replies: String = (1..=3).map(reply).collect();
        let body = format!(
            r#"<body><div class=topic><h1>Which boots?</h1><div class=post><p>{post}</p></div>
            <div class="comments">{replies}</div></div></body>"#
        );
        // Both an article (og:type) and a thread (JSON-LD), as forum software often says.
        let thread = format!(
            r#"<head><meta property="og:type" content="article"><script type="application/ld+json">
            {{"@type":"DiscussionForumPosting","headline":"Which boots?"}}</script></head>{body}"#
        );
        let text = crate::extract(&parse_html(&thread).unwrap()).text_content();
        assert!(text.contains("I walk about twenty miles") && text.contains("Reply 3: mine have lasted"), "{text}");
        // A thread as a page's main entity, each post an <article> (the opening post's is the
        // best-written block): the replies are read too.
        let wrap = |post: String| {
            format!(
                "<article class=message><div class=user><a href=/u>jo</a></div><div class=cell><div class=content>\
                <article class=message-body>{post}</article></div></div></article>"
            )
        };
        let posts: String = (1..=12).map(|i| wrap(reply(i))).collect();
        let opening = wrap(format!("<p>{post}</p><p>{post}</p>"));
        let main_entity = format!(
            r#"<head><script type="application/ld+json">{{"@type":"WebPage","mainEntity":
            {{"@type":"DiscussionForumPosting","headline":"Which boots?","author":{{"name":"jo"}}}}}}</script></head>
            <body><h1>Which boots?</h1>{opening}{posts}</body>"#
        );
        let text = crate::extract(&parse_html(&main_entity).unwrap()).text_content();
        assert!(text.contains("I walk about twenty miles") && text.contains("Reply 12: mine have lasted"), "{text}");
        let article = format!(r#"<head><meta property="og:type" content="article"></head>{body}"#);
        let text = crate::extract(&parse_html(&article).unwrap()).text_content();
        assert!(text.contains("I walk about twenty miles") && !text.contains("Reply 3: mine"), "{text}");
    }

    #[test]
    fn a_threads_vote_counts_and_badges_are_dropped_an_articles_numbers_and_headings_stay() {
        let post = |i: usize| {
            format!(
                "<div class=post><h5>Well-known member</h5><div class=votes><p>{}</p></div><p>Answer {i}: wax the boots once a month and dry \
                 them slowly, away from the fire, and they will last three winters on wet ground.</p>\
                 <div class=stats><p>1,571</p></div></div>",
                i * 3
            )
        };
        let posts: String = (1..=4).map(post).collect();
        let body = format!("<body><main><h1>Which boots?</h1>{posts}</main></body>");
        let thread = format!(
            r#"<head><script type="application/ld+json">{{"@type":"DiscussionForumPosting","headline":"Which boots?"}}</script></head>{body}"#
        );
        let text = crate::extract(&parse_html(&thread).unwrap()).text_content();
        assert!(text.contains("Answer 4: wax the boots"), "{text}");
        assert!(!text.lines().any(|l| l.trim() == "1,571" || l.trim() == "12"), "{text}");
        assert!(!text.contains("Well-known member"), "{text}");
        // On an article a number on its own line is a step's or a figure's, and a heading a
        // section's: they stay.
        let article = format!(r#"<head><meta property="og:type" content="article"></head>{body}"#);
        let text = crate::extract(&parse_html(&article).unwrap()).text_content();
        assert!(text.lines().any(|l| l.trim() == "1,571") && text.lines().any(|l| l.trim() == "12"), "{text}");
        assert!(text.contains("Well-known member"), "{text}");
    }

    #[test]
    fn a_page_calling_itself_an_article_is_read_whole_when_its_best_block_is_a_sliver() {
        let intro = "We help firms across the region find, hire, train and keep the people they need, from one \
            temporary clerk to a whole new plant's workforce, with recruiters who know the local market, its \
            wages, its schools and its commuting patterns, street by street.";
        // Each service in a section of its own, as page builders lay them out.
        let card = |i: usize| {
            format!(
                r#"<section class="block-{i}"><div class="container"><div class="row"><div class="col">
                <h3>Service {i}</h3><p>Service {i} covers hiring plans, interviews and onboarding for teams of \
                every size; our consultants stay with you for the first year.</p></div></div></div></section>"#
            )
        };
        let cards: String = (1..=24).map(card).collect();
        let page = |head: &str, rest: &str| {
            format!(
                r#"<head>{head}<title>Staffing</title></head><body><nav><a href="/">Home</a></nav>
                <section class="overview"><div class="container"><div class="col"><h1>Staffing</h1>
                <p>{intro}</p><p>{intro}</p></div></div></section>{rest}</body>"#
            )
        };
        let declared = r#"<meta property="og:type" content="article">"#;
        let text = crate::extract(&parse_html(&page(declared, &cards)).unwrap()).text_content();
        assert!(text.contains("We help firms") && text.contains("Service 9 covers hiring"), "{text}");
        // Replies under a declared article are no part of its page's region: however many, they
        // do not make the story a sliver of the page (nor are they read).
        let reply = "I asked them for two welders in March and they had three candidates for me within a week, \
            all of them qualified, which no other agency managed.";
        let replies: String =
            (1..=30).map(|i| format!(r#"<div class="comment"><p>Reply {i}: {reply}</p></div>"#)).collect();
        let rest =
            format!(r#"<div class="tags">Filed under staffing</div><section class="comments">{replies}</section>"#);
        let text = crate::extract(&parse_html(&page(declared, &rest)).unwrap()).text_content();
        assert!(text.contains("We help firms") && !text.contains("Filed under") && !text.contains("Reply 3"), "{text}");
    }

    #[test]
    fn an_article_whose_best_block_is_all_boilerplate_reads_its_main_region() {
        let card = |h: &str| {
            format!(r#"<div class="tile"><h2>{h}</h2><p>Short note on {h} for savers who want low costs.</p></div>"#)
        };
        let cards: String = ["Costs", "Returns", "Taxes", "Expertise"].iter().map(|h| card(h)).collect();
        let legal = "All investing is subject to risk, including the possible loss of the money you invest, and past \
            performance is no guarantee of future returns. Diversification does not ensure a profit or protect against \
            a loss, and funds may differ in their fees, their holdings and their risks.";
        let notice = format!(r#"<div class="richtext text richtext--disclaimer"><p>{legal}</p><p>{legal}</p></div>"#);
        let html = format!(
            r#"<head><meta property="og:type" content="article"><title>Index funds</title></head><body>
            <main><h1>Index funds</h1>{cards}</main><article>{notice}{notice}{notice}</article></body>"#
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Short note on Taxes"), "{text}");
    }

    /// A shop's category page "Outdoor gear" around `cards` (held in a `list_tag` element), with
    /// its count line, a nav and a footer: the shell of the two card-grid tests below.
    fn outdoor_gear_page(count_line: &str, list_tag: &str, cards: &str) -> String {
        format!(
            r#"<head><title>Outdoor gear</title></head><body><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
            <main><h1>Outdoor gear</h1><p>{count_line}</p><{list_tag} class="products">{cards}</{list_tag}></main>
            <footer>Copyright Example Shop</footer></body>"#
        )
    }

    /// The description of the stove on card `i`.
    fn stove_description(i: usize) -> String {
        format!(
            r#"<div class="short-description">Stove {i} folds flat into its own pouch, lights on gas or meths,
            and boils a litre of water in four minutes on a windless day at sea level.</div>"#
        )
    }

    #[test]
    fn a_grid_of_cards_the_article_reading_sets_aside_is_read_as_the_page_region() {
        // A shop's category page: each product card carries its taxonomy in its classes
        // ("product_tag-camping"), which reads as a tag list's label, so the article reading of
        // the grid sets every card aside and keeps only the count line.
        let card = |i: usize| {
            format!(
                r#"<li class="product type-product post-{i} product_tag-camping product_cat-outdoor">
                <h3><a href="/product/{i}">Folding stove {i}</a></h3>{}<span class="price">$30.00</span></li>"#,
                stove_description(i)
            )
        };
        let cards: String = (1..=12).map(card).collect();
        let html = outdoor_gear_page("Showing 1-12 of 29 results", "ul", &cards);
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Stove 2 folds flat") && text.contains("Stove 12 folds flat"), "{text}");
    }

    #[test]
    fn a_region_of_cards_reads_without_their_reading_times() {
        // The same grid as above, each card (no list item) a post with its reading time under the title.
        let card = |i: usize| {
            format!(
                r#"<div class="product type-product post-{i} product_tag-camping product_cat-outdoor">
                <h3><a href="/post/{i}">Folding stove {i}</a></h3><p>{i} min read</p>{}</div>"#,
                stove_description(i)
            )
        };
        let cards: String = (1..=12).map(card).collect();
        let html = outdoor_gear_page("Showing 1-12 of 29 posts", "div", &cards);
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("Stove 2 folds flat") && text.contains("Stove 12 folds flat"), "{text}");
        assert!(!text.contains("min read"), "{text}");
    }

    #[test]
    fn a_story_whose_hidden_replies_are_most_of_the_page_still_reads() {
        // A short news item, then a long thread of nested replies: a reply is the best-written
        // block and the page's main region narrows to the thread, which is hidden as comments.
        // The reading must not come out empty: the story is what is left.
        let says = "I have maintained drivers for years, and rewriting them would take more effort than \
            anyone is willing to fund, because the tests, the reviewers, and the tooling all assume the \
            old language, whatever its flaws.";
        let reply = |i: usize, paragraphs: usize, inner: &str| {
            let text: String = (0..paragraphs).map(|_| format!("<p>Reply {i}: {says}</p>")).collect();
            format!(r#"<li class="comment"><div id="reply-body-{i}">{text}</div><ul>{inner}</ul></li>"#)
        };
        let thread: String = (0..12).map(|t| reply(t, 2, &(reply(100 + t, 10, "") + &reply(200 + t, 2, "")))).collect();
        let story: String = (0..5)
            .map(|j| {
                format!(
                    "<p>A six-year-old mailing list thread about converting the kernel to a newer \
                    language has been revived, with maintainers weighing the costs, part {j}.</p>"
                )
            })
            .collect();
        let html = format!(
            r#"<head><title>Kernel language debate</title></head><body><nav><a href="/">Home</a></nav>
            <section><div class="main"><article class="item"><div class="body">{story}</div></article></div>
            <div id="comments"><div><ul id="listing">{thread}</ul></div></div></section>
            <footer>Copyright Example News</footer></body>"#
        );
        let text = crate::extract(&parse_html(&html).unwrap()).text_content();
        assert!(text.contains("has been revived, with maintainers weighing the costs, part 4"), "{text:?}");
    }

    #[test]
    fn a_product_page_s_customer_reviews_are_its_comments_elsewhere_reviews_are_content() {
        let review = |i: usize| {
            format!(
                r#"<div class="review-item"><p>Reviewer {i}: the kettle boils fast, the handle stays cool and
                the lid opens with one hand; after a year of daily use it still looks new.</p></div>"#
            )
        };
        let reviews: String = (1..=6).map(review).collect();
        let page = |head: &str, buy: &str| {
            format!(
                r#"<head><title>Steel kettle</title>{head}</head><body><main><h1>Steel kettle</h1>
                <div class="rating-reviews">4.8 out of 5 from 212 ratings</div>
                <div class="description"><p>A 1.7 litre kettle in brushed steel, with a concealed element, a
                limescale filter that lifts out for rinsing, and a base that turns all the way round on its
                own, so that the kettle sits the same way for left-handed and right-handed pourers.</p>{buy}
                <p>It switches itself off when the water boils or when it is lifted from its base, and will
                not switch on when empty, so it is safe to leave on the worktop at all times.</p>
                <p>The window on its side shows the water level in cups, from one to seven, and glows blue
                while the water heats, so that you can see from across the room when it is on.</p>
                <p>The cord winds round the base and clips into place, which keeps the worktop tidy, and the
                base itself has rubber feet, so it does not slide when the kettle is set down on it.</p></div>
                <section class="customer-reviews"><h2>Customer reviews</h2>{reviews}</section></main></body>"#
            )
        };
        let product =
            page(r#"<script type="application/ld+json">{"@type":"Product","name":"Steel kettle"}</script>"#, "");
        let product = parse_html(&product).unwrap();
        let reading = crate::extract(&product);
        let text = reading.text_content();
        assert!(text.contains("brushed steel") && !text.contains("Reviewer 3"), "{text}");
        // The line summing up the ratings is no block of reviews: it stays on the page.
        let hidden: Vec<String> = reading.hidden.iter().map(|h| product.text(h.node)).collect();
        assert!(hidden.iter().any(|h| h.contains("Reviewer 3")), "{hidden:?}");
        assert!(!hidden.iter().any(|h| h.contains("4.8 out of 5")), "{hidden:?}");
        // Without the declaration the page may be a review site's, whose reviews are its content...
        let text = crate::extract(&parse_html(&page("", "")).unwrap()).text_content();
        assert!(text.contains("Reviewer 3"), "{text}");
        // ... unless it has a shop's buying button: then it sells the product it describes.
        for buy in [
            r#"<button type="submit">Add to Basket</button>"#,
            r#"<input type="submit" id="add-to-cart-button" value="">"#,
        ] {
            let text = crate::extract(&parse_html(&page("", buy)).unwrap()).text_content();
            assert!(text.contains("brushed steel") && !text.contains("Reviewer 3"), "{buy}: {text}");
        }
    }

    #[test]
    fn a_product_page_read_as_a_region_leaves_its_customer_reviews_out() {
        // Too little prose to read as an article: the page is read as its main region, where
        // replies count as content (a thread's posts), but a shop's reviews are still not.
        let review =
            |i: usize| format!(r#"<div class="review-item">Reviewer {i}: boils fast, the handle stays cool.</div>"#);
        let reviews: String = (1..=10).map(review).collect();
        let spec = |(k, v): (&str, &str)| format!("<li>{k}: {v}</li>");
        let specs: String = [
            ("Capacity", "1.7 litres, marked in cups from one to seven on a window that glows blue"),
            ("Body", "brushed stainless steel with a cool-touch handle and a lid that opens with one hand"),
            ("Element", "concealed 3 kW element that boils a full kettle in about four minutes"),
            ("Filter", "removable limescale filter behind the spout, rinsed under the tap"),
            ("Base", "turns all the way round; the cord winds under it and clips into place"),
            ("Safety", "switches off when boiled, when lifted from the base, and when empty"),
            ("Size", "24 cm high, 22 cm wide with the handle, 15 cm deep; 1.2 kg empty"),
            ("Warranty", "two years on parts and labour, five on the element, registered online"),
        ]
        .into_iter()
        .map(spec)
        .collect();
        let html = format!(
            r#"<head><title>Steel kettle</title><script type="application/ld+json">{{"@type":"Product"}}</script>
            </head><body><main><h1>Steel kettle</h1><div class="price">$49.00</div>
            <ul class="specs">{specs}</ul>
            <section class="customer-reviews"><h2>Customer reviews</h2>{reviews}</section></main></body>"#
        );
        let reading = crate::extract(&parse_html(&html).unwrap());
        let text = reading.text_content();
        assert!(!reading.is_article, "{text}");
        assert!(text.contains("brushed stainless steel") && !text.contains("Reviewer 3"), "{text}");
    }

    #[test]
    fn a_shops_terms_of_sale_under_their_own_title_are_not_the_items_text() {
        let description = "<p>The kettle is brushed stainless steel with a cool-touch handle, and its window shows \
                           the water level in cups, glowing blue while the water heats.</p>\
                           <p>The cord winds round the base and clips into place, which keeps the worktop tidy, \
                           and rubber feet stop it sliding when the kettle is set down.</p>"
            .repeat(2);
        let terms = "<p>Standard delivery is free on orders over $50 and arrives in 3 to 5 working days; express \
                     delivery costs $9. Returns are free within 30 days of delivery.</p>";
        let page = |buy: &str, policy: &str| {
            format!(
                r#"<head><title>Steel kettle</title></head><body><main><h1>Steel kettle</h1>
                <div class="price">$49.00</div>{buy}<div class="description">{description}{policy}</div>
                </main></body>"#
            )
        };
        let buy = r#"<button type="submit">Add to cart</button>"#;
        // A panel that opens under its title; a section between headings.
        let details = format!("<details><summary><h3>Shipping &amp; Returns</h3></summary>{terms}</details>");
        let headed = format!("<h3>Delivery</h3>{terms}<h3>Care</h3><p>Descale it once a month.</p>");
        for policy in [&details, &headed] {
            let text = crate::extract(&parse_html(&page(buy, policy)).unwrap()).text_content();
            assert!(text.contains("brushed stainless steel") && !text.contains("working days"), "{policy}: {text}");
            assert!(!text.contains("Shipping & Returns") && !text.contains("\nDelivery\n"), "{policy}: {text}");
        }
        // The next section is the item's again.
        let text = crate::extract(&parse_html(&page(buy, &headed)).unwrap()).text_content();
        assert!(text.contains("Descale it once a month"), "{text}");
        // A title with other words is the item's own section ("Shipping weight and size").
        let own = format!("<details><summary><h3>Delivery in the box</h3></summary>{terms}</details>");
        let text = crate::extract(&parse_html(&page(buy, &own)).unwrap()).text_content();
        assert!(text.contains("working days"), "{text}");
        // Where the page sells nothing, "Delivery" may title an article's own part.
        let text = crate::extract(&parse_html(&page("", &details)).unwrap()).text_content();
        assert!(text.contains("working days"), "{text}");
    }

    #[test]
    fn a_story_in_chinese_is_an_article_to_its_last_paragraph() {
        // Paragraphs of 50 to 100 characters: short by a count of letters, a full English
        // paragraph's worth of words each.
        let paragraphs = [
            "谷歌在二零一四年收购的人工智能公司开发出一款能够用自己的记忆学习新知识并利用这些知识来回答问题的计算机。\
             这款产品具有极其重要的意义，因为这意味着未来的人工智能技术可能不需要人类来教它。",
            "该公司表示，这款名为可微神经计算机的模型可以接受家谱和伦敦地铁网络地图这样的信息，还可以回答复杂问题。\
             同样，它还可以理解和回答某个大家族中的成员之间的关系这样的复杂问题。",
            "这种技术建立在神经网络的概念之上，神经网络可以模拟人类思想活动的方式，很适合与机器学习配套使用。",
            // The last one ends with its translator's credit, after its stop.
            "该公司希望这台计算机可以推动计算行业实现更多突破。研究结果已发表在科学刊物《自然》上。（编译/林靖东）",
        ];
        let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect();
        let html = format!(
            "<head><title>人工智能迈上新台阶</title></head><body><div class=nav><a href=/>首页</a> <a href=/news>新闻</a></div>\
             <div class=main><h1>人工智能迈上新台阶</h1>{body}</div></body>"
        );
        let reading = crate::analyze(&parse_html(&html).unwrap());
        assert!(reading.is_article);
        assert!(reading.text_content().trim_end().ends_with("（编译/林靖东）"), "{}", reading.text_content());
        assert!(!reading.summary.key_points.is_empty());
    }

    #[test]
    fn the_summary_reads_words_without_their_soft_hyphens() {
        let body = "<p>Russian President Vladi&shy;mir Putin met the Israeli prime minister in Moscow on Monday \
                    for talks on the war in Syria, the Kremlin said in a short statement afterwards.</p>"
            .to_string()
            + &"<p>The two leaders spoke for three hours about the region, and agreed to meet again in the \
                spring, when the talks on the ceasefire are expected to resume in Geneva.</p>"
                .repeat(6);
        let html = format!(
            "<head><title>Talks</title><meta property=\"og:type\" content=\"article\"></head>\
             <body><article><h1>Leaders meet in Moscow</h1>{body}</article></body>"
        );
        let reading = crate::analyze(&parse_html(&html).unwrap());
        assert!(
            reading.summary.entities.people.iter().any(|p| p == "Vladimir Putin"),
            "{:?}",
            reading.summary.entities
        );
        assert!(reading.summary.key_points.iter().all(|k| !k.contains('\u{AD}')), "{:?}", reading.summary.key_points);
        // The article's text is the page's, soft hyphens and all.
        assert!(reading.text_content().contains("Vladi\u{AD}mir"));
    }

    #[test]
    fn the_summary_starts_after_the_dateline_and_lists_its_place() {
        let body = "<p>SIOUX FALLS, S.D. (AP) — The city council approved the new schools budget on Tuesday evening \
                    after a long debate that ran past midnight, with a vote of seven to two.</p>"
            .to_string()
            + &"<p>The plan adds forty teachers across the district's primary schools next year, and opponents \
                said the money should have gone to repairing older school buildings first.</p>"
                .repeat(6);
        let html = format!(
            "<head><title>Schools budget</title><meta property=\"og:type\" content=\"article\"></head>\
             <body><article><h1>Schools budget passes</h1>{body}</article></body>"
        );
        let reading = crate::analyze(&parse_html(&html).unwrap());
        assert_eq!(reading.dateline.as_deref(), Some("SIOUX FALLS, S.D. (AP)"));
        assert!(reading.text_content().starts_with("SIOUX FALLS, S.D. (AP) — The city council"));
        let first = &reading.summary.key_points[0];
        assert!(first.starts_with("The city council approved"), "{first}");
        assert_eq!(reading.summary.entities.places.first().map(String::as_str), Some("Sioux Falls"));
        assert!(!reading.summary.entities.organizations.iter().any(|o| o == "S.D."), "{:?}", reading.summary.entities);
    }

    #[test]
    fn a_declared_news_brief_of_short_paragraphs_is_an_article() {
        // Eight one-sentence paragraphs (610 characters), none of 140: too little for the general check,
        // enough prose for a page that declares itself an article.
        let lines = [
            "The city council approved the new schools budget on Tuesday evening after a long debate.",
            "The plan adds forty teachers across the district's primary schools next year.",
            "Opponents said the money should have gone to repairing older school buildings.",
            "The mayor said both needs would be met over the coming three years.",
            "Parents who attended the meeting welcomed the extra teachers in their statements.",
            "The budget still needs a second vote next month before it takes effect.",
            "A public consultation on the building repairs opens in the spring.",
            "Teachers' unions said they would study the details before commenting on the plan.",
        ];
        let body: String = lines.iter().map(|l| format!("<p>{l}</p>")).collect();
        let page = |head: &str| {
            format!("<head><title>Schools budget</title>{head}</head><body><article>{body}</article></body>")
        };
        let declared = crate::analyze(&parse_html(&page(r#"<meta property="og:type" content="article">"#)).unwrap());
        assert!(declared.is_article);
        assert!(declared.summary.key_points.len() >= 3, "{:?}", declared.summary.key_points);
        let undeclared = crate::extract(&parse_html(&page("")).unwrap());
        assert!(!undeclared.is_article, "an undeclared page needs longer paragraphs");
    }

    #[test]
    fn cards_beside_a_legal_line_are_judged_apart_from_it() {
        let para = |i: usize| {
            format!(
                "<p>Paragraph {i} of the report follows the study's left-handed players through a season of \
                 matches, what they won, what they lost, and how their rivals adapted to them.</p>"
            )
        };
        let story: String = (1..=8).map(para).collect();
        let card = |i: usize| {
            format!(
                r#"<div class="item"><h3><a href="/story-{i}">Story {i} about sleep and the brain</a></h3>
                <p>A short summary of story {i}, on what the new study found about sleep and why it matters.</p></div>"#
            )
        };
        let legal = "<p>© 2026 Example Media. All rights reserved. Read our privacy policy and terms of use.</p>";
        let page_with = |cards: usize, wrap: &str| {
            let cards: String = (1..=cards).map(card).collect();
            format!(
                r#"<head><meta property="og:type" content="article"></head><body><article><h1>Left-handed players</h1>
                {story}</article><div class="more">{}<div class="list">{cards}</div>{legal}{}</div></body>"#,
                if wrap.is_empty() { String::new() } else { format!("<div class={wrap}>") },
                if wrap.is_empty() { "" } else { "</div>" }
            )
        };
        // A short block: cards and a legal line side by side. A long one: the same inside a single
        // wrapper, which is no leaf for holding one child.
        for html in [page_with(3, ""), page_with(30, "inner")] {
            let page = crate::page::html::parse_html(&html).unwrap();
            let hidden = crate::extract(&page).hidden;
            let texts: Vec<&str> = hidden.iter().map(|h| h.text.as_str()).collect();
            assert!(texts.iter().any(|t| t.contains("All rights reserved")), "{texts:?}");
            assert!(!texts.iter().any(|t| t.contains("Story 2 about sleep")), "{texts:?}");
        }
    }

    #[test]
    fn a_grid_of_product_cards_on_sale_is_not_hidden_card_by_card_as_promotion() {
        let para = "The guide compares the season's running shoes by cushioning, weight and grip, after a month of road and trail miles with each pair on the same loops.";
        let card = |i: usize| {
            format!(
                r#"<li class="card"><a href="/shoe-{i}"><span>Trail shoe {i} in grey</span>
                <span class="badge">20% off</span> <span>Sale price $80, regular price $100</span></a></li>"#
            )
        };
        let cards: String = (1..=4).map(card).collect();
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><article><h1>Running shoes</h1>
            <p>{para}</p><p>{para}</p><p>{para}</p><p>{para}</p><p>{para}</p><p>{para}</p></article>
            <ul class="grid">{cards}</ul>
            <div class="note"><p>Get 40% off your first order today: shop now</p></div></body>"#
        );
        let page = crate::page::html::parse_html(&html).unwrap();
        let hidden = crate::extract(&page).hidden;
        let texts: Vec<&str> = hidden.iter().map(|h| h.text.as_str()).collect();
        // The cards stay; their badges, and a one-off banner, are promotions.
        assert!(!texts.iter().any(|t| t.contains("Trail shoe")), "{texts:?}");
        assert!(texts.contains(&"20% off"), "{texts:?}");
        assert!(texts.iter().any(|t| t.contains("Get 40% off your first order")), "{texts:?}");
    }

    #[test]
    fn a_header_or_banner_after_the_headline_heads_a_part_unless_it_holds_a_menu() {
        let para = "The club's new courts opened this week after a year of building, with floodlights for winter evenings and a surface that drains in minutes after rain.";
        let card = |i: usize| {
            format!(
                r#"<div class="card"><header><a href="/post-{i}">Post {i} on court surfaces</a> <time>2 March</time></header></div>"#
            )
        };
        let cards: String = (1..=3).map(card).collect();
        let html = format!(
            r#"<head><title>New courts open</title><meta property="og:type" content="article"></head><body><header><a href="/">Club news</a><nav><a href="/a">Courts</a></nav></header>
            <article><h1>New courts open</h1><p>{para}</p><p>{para}</p><p>{para}</p><p>{para}</p><p>{para}</p><p>{para}</p></article>
            <div class="more">{cards}</div><div role="banner"><h2>Floodlit evenings</h2><p>Lights stay on until ten.</p></div>
            <header class="drawer"><nav><a href="/b">Bookings</a><a href="/c">Coaching</a></nav></header></body>"#
        );
        let page = crate::page::html::parse_html(&html).unwrap();
        let hidden = crate::extract(&page).hidden;
        let texts: Vec<&str> = hidden.iter().map(|h| h.text.as_str()).collect();
        assert!(!texts.iter().any(|t| t.contains("on court surfaces")), "{texts:?}");
        // Page builders give the "banner" role to any wide section: after the headline, without a
        // menu, it is one of the page's sections, as a <header> there is.
        assert!(!texts.iter().any(|t| t.contains("Lights stay on")), "{texts:?}");
        assert!(texts.iter().any(|t| t.contains("Club news")), "{texts:?}");
        assert!(texts.iter().any(|t| t.contains("Bookings")), "{texts:?}");
    }

    #[test]
    fn a_syntax_highlighter_s_comment_classes_inside_code_are_not_comments() {
        let para = |i: usize| {
            format!(
                "<p>Step {i} of the guide explains what the next command does to the working tree, the \
                 staging area and the history, and when you would reach for it in a normal day.</p>"
            )
        };
        let steps: String = (1..=6).map(para).collect();
        let html = format!(
            r#"<head><meta property="og:type" content="article"></head><body><article><h1>A brief intro to git</h1>
            {steps}<pre><code><span class="token comment"># stage every modified file</span>
git add .
<span class="hljs-comment"># amend the last commit message</span>
git commit --amend</code></pre></article></body>"#
        );
        let page = crate::page::html::parse_html(&html).unwrap();
        let extraction = crate::extract(&page);
        let text = extraction.text_content();
        assert!(text.contains("# stage every modified file") && text.contains("git commit --amend"), "{text}");
        assert!(!extraction.hidden.iter().any(|h| h.text.contains("amend the last commit")), "{:?}", extraction.hidden);
    }

    #[test]
    fn answers_a_q_and_a_page_marks_up_as_comments_are_shown_and_read_remarks_under_them_are_not() {
        let ld = r#"{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question",
            "name":"Is a night shift worth it?","acceptedAnswer":{"@type":"Answer","text":"Sleep\n\n  Keep the same hours on your days off, even if it is hard at first."}}}"#;
        let question = "<p>I have been offered a night shift at the depot, paid a third more than the day shift, \
            and I cannot decide whether the money is worth what it does to sleep, meals and seeing friends.</p>\
            <p>Those of you who have done it for a year or more: did it get easier, or did you count the days \
            until you could move back to days? What would you tell someone in my place before saying yes?</p>\
            <p>My partner works days at the school, so we would see each other at breakfast and at weekends, \
            and I wonder whether that lasts or whether one of us ends up resenting the arrangement in the end.</p>";
        // An answer in a list (no paragraph of prose) that the structured data declares, an answer
        // written in a paragraph, and a one-line remark under it.
        let answers = "<div class=comments><div class=comment><ul><li>Sleep</li><li>Keep the same hours on your \
            days off, even if it is hard at first.</li></ul></div>\
            <div class=comment><p>I did three years of nights at a warehouse and the first two months were the \
            hardest; after that the quiet hours suited me, but only because I guarded my sleep like a job.</p></div>\
            <div class=comment>Thanks, that helps.</div></div>";
        let html = format!(
            r#"<head><script type="application/ld+json">{ld}</script></head><body><main><h1>Is a night shift worth it?</h1>
            {question}{answers}</main></body>"#
        );
        let (hidden, text) = hidden_and_text(&html);
        assert!(text.contains("Keep the same hours on your days off"), "{text}");
        assert!(text.contains("guarded my sleep like a job"), "{text}");
        assert!(!hidden.iter().any(|h| h.contains("days off") || h.contains("guarded my sleep")), "{hidden:?}");
        assert!(!text.contains("Thanks, that helps"), "{text} {hidden:?}");
    }

    #[test]
    fn a_post_the_article_quotes_is_its_text_though_its_box_is_labelled_social() {
        let tweet = r#"<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The water reached the
            second step of the town hall again this morning.</p>— Passau town hall (@passau_rathaus)</blockquote></div>"#;
        let share = r#"<div class="social"><a href="/s/fb">Share on Facebook</a> <a href="/s/x">Share on X</a></div>"#;
        let html = format!("<body><article><h1>River towns</h1>{DOORBELL_PARAGRAPH}{DOORBELL_PARAGRAPH}{tweet}{DOORBELL_PARAGRAPH}{DOORBELL_PARAGRAPH}{DOORBELL_PARAGRAPH}{share}</article></body>");
        let (hidden, text) = hidden_and_text(&html);
        assert!(text.contains("second step of the town hall"), "{text}");
        assert!(!hidden.iter().any(|h| h.contains("second step")), "{hidden:?}");
        // A share bar labelled the same way is still one.
        assert!(hidden.iter().any(|h| h.contains("Share on Facebook")), "{hidden:?}");
    }

    #[test]
    fn an_affiliate_disclosure_in_the_article_is_hidden_a_paragraph_on_affiliate_programs_is_not() {
        let para = DOORBELL_PARAGRAPH;
        let html = format!(
            "<body><article><h1>Doorbell review</h1>\
             <p><em>This post contains affiliate links. If you buy through them, we may earn a small commission.</em></p>\
             {para}{para}<p>Affiliate programs: a streamer earns a commission when a viewer buys through the link \
             under a video, which is how many channels pay their bills.</p>{para}{para}</article></body>"
        );
        let (hidden, text) = hidden_and_text(&html);
        assert!(hidden.iter().any(|t| t.starts_with("This post contains affiliate links")), "{hidden:?}");
        assert!(!text.contains("This post contains affiliate links"), "{text}");
        assert!(text.contains("Affiliate programs: a streamer earns a commission"), "{text}");
        assert!(text.contains("keeps a whole week of clips"), "{text}");
        // Said without "affiliate": buying through the site's links, a small commission.
        let html = format!(
            "<body><article><h1>Doorbell review</h1><p>We test everything we recommend. Buying through links on \
             our site supports our work.</p>{para}{para}{para}{para}</article></body>"
        );
        let (hidden, _) = hidden_and_text(&html);
        assert!(hidden.iter().any(|t| t.starts_with("We test everything we recommend")), "{hidden:?}");
    }

    #[test]
    fn a_continue_reading_label_over_more_stories_is_hidden() {
        let para = DOORBELL_PARAGRAPH;
        let html = format!(
            "<body><article><h1>Doorbell review</h1>{para}{para}{para}{para}<div class=more><h3>Continue Reading</h3>\
             <a href=/all>View all</a></div></article></body>"
        );
        let (hidden, text) = hidden_and_text(&html);
        assert!(hidden.iter().any(|t| t.starts_with("Continue Reading")), "{hidden:?}");
        assert!(!text.contains("Continue Reading"), "{text}");
    }

    #[test]
    fn a_tabbed_faq_the_page_calls_a_menu_is_not_hidden_a_menu_of_links_is() {
        let para = DOORBELL_PARAGRAPH;
        let answer = |q: &str| {
            format!(
                "<div class=faq_tabs-menu-link><h3>{q}</h3><p>It happens when someone uses your name, card or \
                 account number without asking you, to buy things, open accounts or claim benefits in your \
                 name; the sooner you notice it, the less it costs to put right.</p></div>"
            )
        };
        let faq = [answer("How does identity theft happen?"), answer("Is protection worth it?")].concat();
        let html = format!(
            "<body><div class=menu><a href=/a>Plans and pricing</a> <a href=/b>Compare plans</a> \
             <a href=/c>Recovery checklist</a></div><article><h1>Identity theft</h1>{para}{para}{para}\
             <div class=faq_tabs>{faq}</div></article></body>"
        );
        let (hidden, text) = hidden_and_text(&html);
        assert!(!hidden.iter().any(|t| t.contains("How does identity theft happen")), "{hidden:?}");
        assert!(hidden.iter().any(|t| t.contains("Recovery checklist")), "{hidden:?}");
        assert!(text.contains("How does identity theft happen"), "{text}");
    }

    #[test]
    fn steps_written_around_links_are_read_a_list_of_links_is_not_nor_an_icon_s_words() {
        let para = DOORBELL_PARAGRAPH;
        let icon = |name: &str| format!("<svg role=img><title>{name}</title><path d=M0/></svg>");
        let step = |name: &str| {
            format!(
                "<li><p><a href=https://example.org/{name}>Install {name}{}</a>.</p></li>",
                icon("(link takes you to an external page)")
            )
        };
        let html = format!(
            "<body><article><h1>Doorbell setup</h1>{para}{para}{para}\
             <section><div><h2>Get the tools</h2><a href=#tools>{}</a></div>\
             <p>Before you start:</p><div role=tabpanel><ul>{}{}</ul></div></section>{para}{para}\
             <ul><li><a href=/a>Doorbells</a></li><li><a href=/b>Cameras</a></li></ul>{para}</article></body>",
            icon("get-the-tools page anchor"),
            step("Python"),
            step("ngrok")
        );
        let (_, text) = hidden_and_text(&html);
        assert!(text.contains("Get the tools"), "{text}");
        assert!(text.contains("Install Python.") && text.contains("Install ngrok."), "{text}");
        assert!(!text.contains("Cameras"), "{text}");
    }

    #[test]
    fn a_shop_s_reviews_are_hidden_though_their_cards_carry_an_author_and_a_date() {
        let para = DOORBELL_PARAGRAPH;
        let review = |i: usize| {
            format!(
                r#"<div class="review-card"><p class="review-card--author">Anonymous</p><time>2026-02-2{i}</time>
                <div>Boils fast and the handle stays cool, reviewer {i} says.</div></div>"#
            )
        };
        let reviews: String = (1..=8).map(review).collect();
        let html = format!(
            r#"<head><title>Doorbell</title><script type="application/ld+json">{{"@type":"Product"}}</script></head>
            <body><main><h1>Doorbell</h1><div class="description">{para}{para}{para}{para}
            <section class="reviews"><h2>Reviews</h2>{reviews}</section>{para}</div></main></body>"#
        );
        let (hidden, text) = hidden_and_text(&html);
        assert!(hidden.iter().any(|h| h.contains("reviewer 1 says")), "{hidden:?}");
        assert!(text.contains("The doorbell camera") && !text.contains("reviewer 3 says"), "{text}");
    }

    #[test]
    fn comments_marked_as_such_are_never_the_text_however_long() {
        let para = DOORBELL_PARAGRAPH;
        let comment = |i: usize| {
            format!(
                "<div class=entry><time>2026-02-2{i}</time><div>Reader {i} writes: mine came with a bent \
                 bracket; the shop sent a new one the next day and now all is well with it.</div></div>"
            )
        };
        let comments: String = (1..=7).map(comment).collect();
        let html = format!(
            "<head><title>Doorbell review</title></head><body><article><h1>Doorbell review</h1>\
             {para}{para}{para}{para}{para}<div class=comments>{comments}</div>{para}</article></body>"
        );
        let (_, text) = hidden_and_text(&html);
        assert!(text.contains("The doorbell camera") && !text.contains("Reader 3 writes"), "{text}");
    }

    #[test]
    fn a_shop_s_offer_box_with_the_item_s_description_is_its_text() {
        let specs: String = [
            "Weight: 369 g in size M, packed into its own chest pocket",
            "Shell: recycled polyester ripstop with a water-repellent finish",
            "Insulation: 60 g recycled synthetic fill that keeps warm when wet",
            "Pockets: two zippered hand pockets and one inside chest pocket",
            "Fit: regular, with room for a fleece layer underneath it",
            "Made in a Fair Trade Certified factory, sewn with recycled thread",
        ]
        .iter()
        .map(|s| format!("<li>{s}</li>"))
        .collect();
        let page = |head: &str| {
            format!(
                r#"<head><title>Nano jacket</title>{head}</head><body><div class="container">
                <h1>Nano jacket</h1><div class="gallery"><img src=a.jpg alt=""></div><div class="offer-holder">
                <div class="price">$229.00</div><div class="description"><p>Engineered as a light, packable
                insulation layer for climbers, the jacket stays warm even when wet and has become a favourite
                for daily, year-round use around town.</p></div><button>Add to cart</button></div>
                <div class="specs"><h2>Specs</h2><ul>{specs}</ul></div></div></body>"#
            )
        };
        let product = page(r#"<script type="application/ld+json">{"@type":"Product"}</script>"#);
        let (hidden, text) = hidden_and_text(&product);
        assert!(text.contains("packable insulation layer"), "{text}");
        assert!(!hidden.iter().any(|h| h.contains("packable")), "{hidden:?}");
    }

    #[test]
    fn a_definition_list_labelled_terms_is_a_glossary_not_terms_of_use() {
        let para = DOORBELL_PARAGRAPH;
        let html = format!(
            "<body><nav><a href=/>Home</a> <a href=/wine>Wine</a></nav><article><h1>Types of wine</h1>{para}\
             <h2>Five main types</h2><p>All wines can be sorted into five groups, each with many grapes.</p>\
             <dl class=floated-terms><dt><strong>Red Wine</strong></dt><dd>Still wine made with black grapes, \
             from <a href=/red>light to bold</a>.</dd><dt><strong>Sparkling Wine</strong></dt><dd>Wine with a \
             second fermentation that makes bubbles.</dd></dl>{para}</article>\
             <footer><div class=terms>© 2026 Wine Co. <a href=/privacy>Privacy Policy</a> \
             <a href=/terms>Terms of Use</a></div></footer></body>"
        );
        let (hidden, text) = hidden_and_text(&html);
        assert!(text.contains("Still wine made with black grapes"), "{text}");
        assert!(text.contains("second fermentation"), "{text}");
        assert!(!text.contains("Privacy Policy"), "{text}");
        assert!(!hidden.iter().any(|h| h.contains("black grapes")), "{hidden:?}");
    }

    #[test]
    fn a_layout_named_for_its_sidebar_that_holds_the_article_is_read() {
        // The layout holds the guide's steps as links beside its prose (too many links for a block
        // of prose) and less than half the page (the teasers after it are long).
        let para = DOORBELL_PARAGRAPH;
        let card = |title: &str| {
            format!(
                "<a class=card href=/{}><div>News 9 Nov 2023</div><h3>{title}</h3><p>{}</p></a>",
                title.len(),
                "Latest advice for shoppers and owners. ".repeat(8)
            )
        };
        let html = format!(
            "<body><nav><a href=/>Home</a> <a href=/guides>Guides</a></nav><main><h1>Small business guide</h1>\
             <div class=c-layout-sidebar-left><div class=toc>{}</div>\
             <div class=c-layout-main><div><p>Cyber security need not be a daunting challenge for small business \
             owners, and the five steps below could save time, money and your reputation.</p></div>\
             <div>{para}</div><div>{para}</div><div>{para}</div></div></div>\
             <div class=also><h2>Also see</h2>{}{}{}</div></main><footer>© 2026 Centre</footer></body>",
            (1..=10)
                .map(|step| format!("<p><a href=#s{step}>Step {step}: what to do and why</a></p>"))
                .collect::<String>(),
            card("Shopping safely online"),
            card("Trusting the tech"),
            card("Bargain hunters warned")
        );
        let (hidden, text) = hidden_and_text(&html);
        assert!(text.contains("need not be a daunting challenge"), "{text}");
        assert!(text.contains("The doorbell camera records"), "{text}");
        assert!(!hidden.iter().any(|h| h.contains("daunting")), "{hidden:?}");
    }

    #[test]
    fn a_threads_closing_prompt_to_sign_in_is_hidden_as_a_nag() {
        let para = DOORBELL_PARAGRAPH;
        let nags = [
            (
                "<div><div>Create an account or sign in to comment</div>\
              <div>You need to be a member in order to leave a comment</div></div>",
                "sign in to comment",
            ),
            ("<div class=block>You must log in or register to reply here.</div>", "register to reply"),
        ];
        for (nag, words) in nags {
            let html = format!(
                "<head><title>Doorbell cameras</title></head><body><nav><a href=/>Home</a></nav><article>\
                 <h1>Doorbell cameras</h1>{para}{para}{para}{nag}{para}</article><footer>Copyright 2026</footer></body>"
            );
            let (hidden, text) = hidden_and_text(&html);
            assert!(text.contains("The doorbell camera records"), "{text}");
            assert!(!text.contains(words), "{text}");
            assert!(hidden.iter().any(|h| h.contains(words)), "{hidden:?}");
        }
    }

    #[test]
    fn a_threads_replies_in_cards_of_one_template_are_read_together() {
        let para = DOORBELL_PARAGRAPH;
        let card = |who: &str, body: &str| {
            format!(
                "<div id=wrap-{who}><article class=\"post-box\"><div class=byline><a href=/u/{who}>{who}</a></div>\
                 <div class=post-body>{body}</div></article></div>"
            )
        };
        let replies = [
            card("ann", "Mine has run for a year on the same card with no trouble at all."),
            card("bo", &format!("{para}{para}{para}")),
            card("cy", "Does the night picture stay sharp when it rains on the lens?"),
            card("di", "It does for me, though the porch light helps a little in a storm."),
            card("ed", "Thanks, that settles it: I am ordering one for the back door today."),
        ]
        .concat();
        let html = format!(
            "<head><title>Doorbell cameras</title></head><body><nav><a href=/>Home</a> <a href=/forum>Forum</a></nav>\
             <main><div class=thread>{replies}</div></main><footer>Copyright 2026 Porch Forum. All rights reserved.</footer></body>"
        );
        let (_, text) = hidden_and_text(&html);
        assert!(text.contains("The doorbell camera records"), "{text}");
        for reply in ["Mine has run for a year", "Does the night picture", "though the porch light", "ordering one"] {
            assert!(text.contains(reply), "{reply}: {text}");
        }
        // A news site's next story, in an <article> of the same template under its own headline,
        // is not a part of the story.
        let story = |h: &str, body: &str| format!("<div><article class=story><h2>{h}</h2>{body}</article></div>");
        let html = format!(
            "<head><title>Doorbell cameras tested</title><script type=application/ld+json>\
             {{\"@type\": \"NewsArticle\", \"headline\": \"Doorbell cameras tested\"}}</script></head>\
             <body><main>{}{}</main></body>",
            story("Doorbell cameras tested", &format!("{para}{para}{para}")),
            story(
                "Next: smart locks",
                "<p>Smart locks open with a phone, and we tried six of them this month: on a front door, a back \
                 door and a garden gate, in rain and frost, with the batteries running low, with guests who had no \
                 app, and with a child who only wanted to press every button twice before school.</p>"
            )
        );
        let (_, text) = hidden_and_text(&html);
        assert!(!text.contains("Smart locks open"), "{text}");
    }

    #[test]
    fn a_section_between_two_parts_of_the_article_is_read_with_them() {
        let para = DOORBELL_PARAGRAPH;
        let setup = "<p>Setting it up took ten minutes: two screws, two wires to the old bell's terminals, and the \
            app found it at once, asked for the Wi-Fi password and then showed the porch on the phone.</p>";
        let features: String = [
            ("Wide view", "It sees the whole porch, from the gate to the step."),
            ("Night vision", "It shows faces clearly in the dark, with no lamp on."),
            ("Two-way talk", "You answer the door from your phone, wherever you are."),
            ("Quiet mode", "It stops ringing indoors while the baby sleeps."),
        ]
        .map(|(h, line)| format!("<div class=feature><h3>{h}</h3><div>{line}</div></div>"))
        .concat();
        let html = format!(
            "<head><title>Doorbell</title></head><body><nav><a href=/>Home</a> <a href=/shop>Shop</a></nav>\
             <div class=page><section class=story><h1>Doorbell</h1>{para}{para}{para}</section>\
             <div class=when>\n\t\t\tFebruary 15, 2018\n\t\t\t</div><section class=features>{features}</section><section class=setup>{setup}</section><aside>Talk to an expert today</aside></div>\
             <footer>Copyright 2026 Doorbells Ltd. All rights reserved.</footer></body>"
        );
        let (_, text) = hidden_and_text(&html);
        assert!(text.contains("The doorbell camera records"), "{text}");
        assert!(text.contains("Night vision") && text.contains("Quiet mode"), "{text}");
        assert!(text.contains("Setting it up took ten minutes"), "{text}");
        assert!(!text.contains("Copyright"), "{text}");
        // A date line between them is metadata, not a part.
        assert!(!text.contains("February 15"), "{text}");
    }

    #[test]
    fn a_block_quote_is_signed_by_its_caption() {
        use crate::extract::content::Block;
        let blocks = [
            Block::Quote { text: "“Olivia is a great teacher, and her classes are fun.”".into() },
            Block::Caption { text: "— Ben G".into() },
            Block::Paragraph { text: "She teaches in London.".into() },
            Block::Caption { text: "A studio in London.".into() },
        ];
        let paragraphs = crate::prose(&blocks);
        // The caption of a photo is no prose; the caption of a quote is, for the quote's signature.
        assert_eq!(paragraphs.len(), 3, "{paragraphs:?}");
        let summary = crate::summary::summarize(&paragraphs, "");
        assert_eq!(summary.quotes[0].speaker.as_deref(), Some("Ben G"));
    }
}
