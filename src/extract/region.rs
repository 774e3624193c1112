//! The main region of a page that is not an article (a listing, a shop's product, a service page, a
//! forum thread): the page minus its chrome. Such pages have no single block of prose to find; their
//! content is spread over cards, lists and tables, so the region is taken from the outside in.

use super::{TextStats, UNLIKELY_TAGS};
use crate::classify::signals::Labels;
use crate::classify::Role;
use crate::page::{NodeId, Page};

/// Share of the remaining text a single child must hold for the region to narrow to it.
const NARROW_TO_CHILD: f32 = 0.9;

/// What the best-scored block must hold of the main region to be the content by itself: a share of
/// the region's text and a share of its paragraphs of prose.
#[derive(Debug, Clone, Copy)]
pub struct Share {
    pub text: f32,
    pub prose: f32,
    /// Whether one of the two shares is enough (else both are needed).
    pub either: bool,
}

/// On a page that does not read as an article: half the text.
pub const SHARE_FOR_NON_ARTICLE: Share = Share { text: 0.5, prose: 0.0, either: false };
/// On a page that reads as an article without calling itself one (no JSON-LD or og:type article):
/// a service or product page with a paragraph of prose. The best block stands when it holds 30% of
/// the region's text (less than elsewhere: articles come first) and a third of its prose: a block of
/// two paragraphs on a page of ten sections of prose is one section.
pub const SHARE_FOR_UNDECLARED_ARTICLE: Share = Share { text: 0.30, prose: 1.0 / 3.0, either: false };
/// On a page that calls itself an article (JSON-LD, og:type): the best block stands unless it is a
/// sliver of the region both ways, under 15% of its text and a quarter of its prose (a
/// service page tagged as an article by its CMS, read as one of its ten sections). A short news
/// story among link lists holds more than that.
pub const SHARE_FOR_DECLARED_ARTICLE: Share = Share { text: 0.15, prose: 0.25, either: true };
/// The whole region, whatever the candidate.
pub const WHOLE_REGION: Share = Share { text: 1.0, prose: 1.0, either: false };

/// The content roots of a page: the best-scored block (`candidate`, what `find_article` found) when
/// it holds `share` of the region outside the chrome, else the main region.
pub fn content_roots(
    page: &Page,
    stats: &TextStats,
    chrome: &[bool],
    candidate: &[NodeId],
    share: Share,
) -> Vec<NodeId> {
    let content = content_chars(page, stats, chrome);
    let Some(mut region) = find_main_region(page, &content) else {
        return candidate.to_vec();
    };
    // A list of posts is weighed with the introduction found before it: a blog's category page
    // sets its description above the <main> that holds only the post cards.
    let is_card = |id: NodeId| content[id] > 0 && super::is_post_card(page, stats, id);
    if super::subtree(page, region).filter(|&id| is_card(id)).count() >= super::POST_CARDS_OF_A_LIST {
        // (Nodes are numbered in document order: a smaller number outside the region is before it.)
        while let Some(parent) = page.node(region).parent.filter(|_| candidate.iter().any(|&c| c < region)) {
            region = parent;
        }
    }
    let candidate_chars: usize = candidate.iter().map(|&c| content[c]).sum();
    let candidate_prose: usize = candidate.iter().map(|&c| stats.prose[c]).sum();
    let holds_text = candidate_chars as f32 >= content[region] as f32 * share.text;
    let holds_prose = candidate_prose as f32 >= stats.prose[region] as f32 * share.prose;
    if (holds_text && holds_prose) || (share.either && (holds_text || holds_prose)) {
        candidate.to_vec()
    } else {
        vec![region]
    }
}

/// The chrome of a page read as a region: replies are content there (a forum thread is its posts),
/// so blocks labelled only as comments are not chrome; nor is a post's own titled `<header>` (a
/// card's title on a list of posts), which markup alone would call chrome.
pub fn chrome_without_replies(page: &Page, chrome: &[bool], visible: &[bool], labels: &Labels) -> Vec<bool> {
    chrome
        .iter()
        .enumerate()
        .map(|(id, &is_chrome)| {
            is_chrome && {
                let node = page.node(id);
                // (A shop's customer reviews are no thread's posts.)
                let replies =
                    matches!(labels.role(id), Some((Role::Comments, _))) && !super::labels_customer_reviews(labels, id);
                // (A post's own header, in its <article>, holds its title: a card's, on a list.)
                let posts_header = node.tag == "header"
                    && labels.role(id).is_none()
                    && page.ancestors(id).any(|a| page.node(a).tag == "article")
                    && super::holds_heading(page, id);
                let content = (replies && !UNLIKELY_TAGS.contains(&node.tag.as_str())) || posts_header;
                !content || !visible[id]
            }
        })
        .collect()
}

/// The smallest element that holds (nearly) all the page's text outside its chrome.
/// `content`: characters of text per node, chrome left out.
fn find_main_region(page: &Page, content: &[usize]) -> Option<NodeId> {
    let body = page.find_tag("body")?;
    if content[body] == 0 {
        return None;
    }
    // The page's own word for its main part, when it holds a fair share of the content.
    let declared = (0..page.len())
        .filter(|&id| {
            let node = page.node(id);
            node.is_element() && (node.tag == "main" || node.attr("role") == Some("main"))
        })
        .max_by_key(|&id| content[id])
        .filter(|&id| content[id] * 10 >= content[body] * 3);
    let mut region = declared.unwrap_or(body);
    loop {
        let widest = page.node(region).children.iter().copied().max_by_key(|&c| content[c]);
        match widest {
            Some(child)
                if page.node(child).is_element()
                    && content[child] as f32 >= content[region] as f32 * NARROW_TO_CHILD =>
            {
                region = child
            }
            _ => break,
        }
    }
    Some(region)
}

/// Characters of text under each node, leaving out chrome.
fn content_chars(page: &Page, stats: &TextStats, chrome: &[bool]) -> Vec<usize> {
    let mut content = vec![0usize; page.len()];
    for id in (0..page.len()).rev() {
        if chrome[id] {
            content[id] = 0;
        } else if page.node(id).is_text() {
            content[id] = stats.chars[id];
        }
        if let Some(parent) = page.node(id).parent {
            content[parent] += content[id];
        }
    }
    content
}

#[cfg(test)]
mod tests {
    use crate::page::html::parse_html;

    #[test]
    fn a_service_page_of_many_sections_reads_whole_not_its_longest_section() {
        let long = "We audit your network the way an attacker would, from the outside in, and we write down every \
            gap we find, with its risk, its fix and the time the fix will take, so that your team can plan the work.";
        let section = |i: usize| {
            format!(
                "<div class=tile><h2>Service {i}</h2><div class=card><div class=inner><p>Service {i} gives your \
                 team a plan, a schedule and a named expert for the length of the work, by phone or on site.</p>\
                 </div></div></div>"
            )
        };
        let sections: String = (1..=8).map(section).collect();
        let html = format!(
            "<body><nav><a href=/>Home</a></nav><div class=wrap><h1>Consulting</h1>\
             <div class=intro><p>{long}</p><p>{long}</p><p>{long}</p></div><aside>Talk to an expert</aside>{sections}</div>\
             <footer>Contact us</footer></body>"
        );
        let extraction = crate::extract(&parse_html(&html).unwrap());
        assert!(extraction.is_article);
        let text = extraction.text_content();
        assert!(text.contains("We audit your network"), "{text}");
        assert!(text.contains("Service 8 gives your team"), "{text}");
    }

    /// `n` cards of a shop's grid: a linked name over a price.
    fn boot_cards(n: usize) -> String {
        (1..=n)
            .map(|i| {
                format!(
                    "<div class=card><h3><a href=/p{i}>Walking boot model {i}</a></h3><span>Price {i}9.00</span></div>"
                )
            })
            .collect()
    }

    #[test]
    fn a_listing_reads_as_its_cards_without_the_chrome() {
        let cards = boot_cards(6);
        let html = format!(
            "<body><header><nav><a href=/>Home</a> <a href=/shop>Shop</a></nav></header>\
             <div class=wrap><h1>Walking boots</h1><div class=grid>{cards}</div></div>\
             <footer>Copyright 2026 Shop Ltd. All rights reserved.</footer></body>"
        );
        let page = parse_html(&html).unwrap();
        let extraction = crate::extract(&page);
        assert!(!extraction.is_article);
        let text = extraction.text_content();
        assert!(text.contains("Walking boot model 1") && text.contains("Walking boot model 6"), "{text}");
        assert!(text.contains("Price 69.00"), "{text}");
        assert!(!text.contains("Home") && !text.contains("Copyright"), "{text}");
    }

    /// A card of a blog's list: its title in the post's own <header>, a picture, a category line.
    fn post_card(i: usize) -> String {
        format!(
            "<article class=post><header class=entry-header><a href=/p{i}><img src=/p{i}.jpg alt=''></a>\
             <h2><a href=/p{i}>Slow-cooked dish number {i}</a></h2></header><footer><a href=/c>Dinners</a></footer></article>"
        )
    }

    #[test]
    fn a_list_of_posts_keeps_the_title_in_each_posts_header_and_no_other_header() {
        let cards: String = (1..=6).map(post_card).collect();
        // A thread's post header (its poster and date, no title) stays out, as does a header of no post.
        let html = format!(
            "<body><header><h2>The Kitchen</h2><nav><a href=/>Home</a> <a href=/recipes>Recipes</a></nav></header>\
             <main><header class=banner><h3>Winter sale on cookware</h3></header>{cards}\
             <article class=post><header><span>posted by kitchenfan on 3 May</span></header>\
             <a href=/p7>Seven spices for a winter stew</a></article></main>\
             <footer>Copyright 2026 The Kitchen. All rights reserved.</footer></body>"
        );
        let extraction = crate::extract(&parse_html(&html).unwrap());
        let text = extraction.text_content();
        assert!(text.contains("Slow-cooked dish number 1") && text.contains("Slow-cooked dish number 6"), "{text}");
        assert!(text.contains("Seven spices"), "{text}");
        assert!(
            !text.contains("kitchenfan") && !text.contains("The Kitchen") && !text.contains("Winter sale"),
            "{text}"
        );
        assert!(!text.contains("Home") && !text.contains("Copyright"), "{text}");
    }

    #[test]
    fn a_category_page_reads_its_description_with_the_posts_of_its_main_part() {
        let cards: String = (1..=12).map(post_card).collect();
        let description = "<p>Our slow cooker recipes take ten minutes of work in the morning and give a warm \
            dinner at night, with notes on cuts of meat, beans and the spices that hold up to long cooking.</p>\
            <p>Start with the stews, then try the curries; every recipe says how to freeze what is left.</p>";
        let html = format!(
            "<body><header><nav><a href=/>Home</a></nav></header><div class=site>\
             <div class=archive-description><h1>Slow cooker recipes</h1>{description}</div>\
             <main>{cards}</main></div><footer>Copyright 2026 The Kitchen.</footer></body>"
        );
        let extraction = crate::extract(&parse_html(&html).unwrap());
        let text = extraction.text_content();
        assert!(!extraction.is_article);
        assert!(text.contains("ten minutes of work"), "{text}");
        assert!(text.contains("Slow-cooked dish number 1") && text.contains("Slow-cooked dish number 12"), "{text}");
    }

    #[test]
    fn a_page_of_product_cards_reads_its_main_part_not_a_line_set_before_it() {
        let cards = boot_cards(8);
        let html = format!(
            "<body><div class=strip><p>We ship across Europe in two days, and our team answers every question \
             about fit, care and returns within one working day.</p></div><div class=account><a href=/login>Sign in</a>\
             </div><main><h1>Walking boots</h1><div class=grid>{cards}</div></main><footer>Copyright 2026 Shop Ltd.</footer></body>"
        );
        let extraction = crate::extract(&parse_html(&html).unwrap());
        let text = extraction.text_content();
        assert!(text.contains("Walking boot model 1") && text.contains("Walking boot model 8"), "{text}");
        assert!(!text.contains("We ship across Europe") && !text.contains("Sign in"), "{text}");
    }
}
