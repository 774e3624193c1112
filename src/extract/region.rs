//! The main region of a page that is not an article (a listing, a shop's product, a service page, a
//! forum thread): the page minus its chrome. Such pages have no single block of prose to find; their
//! content is spread over cards, lists and tables, so the region is taken from the outside in.

use super::{TextStats, UNLIKELY_TAGS};
use crate::classify::signals::Labels;
use crate::classify::Role;
use crate::page::{NodeId, Page};

/// Share of the remaining text a single child must hold for the region to narrow to it.
const NARROW_TO_CHILD: f32 = 0.9;

/// Share of the region's text the best-scored block must hold to be the content by itself, on a
/// page that does not read as an article.
pub const SHARE_FOR_NON_ARTICLE: f32 = 0.5;
/// The same on a page that reads as an article without calling itself one (no JSON-LD or og:type
/// article): a service or product page with a paragraph of prose. Lower: articles come first.
pub const SHARE_FOR_UNDECLARED_ARTICLE: f32 = 0.25;

/// The content roots of a page: the best-scored block (`candidate`, what `find_article` found) when
/// it holds `share` of the text outside the chrome, else the main region.
pub fn content_roots(page: &Page, stats: &TextStats, chrome: &[bool], candidate: &[NodeId], share: f32) -> Vec<NodeId> {
    let content = content_chars(page, stats, chrome);
    let Some(region) = find_main_region(page, &content) else {
        return candidate.to_vec();
    };
    let candidate_chars: usize = candidate.iter().map(|&c| content[c]).sum();
    if candidate_chars as f32 >= content[region] as f32 * share {
        candidate.to_vec()
    } else {
        vec![region]
    }
}

/// The chrome of a page read as a region: replies are content there (a forum thread is its posts),
/// so blocks labelled only as comments are not chrome.
pub fn chrome_without_replies(page: &Page, chrome: &[bool], visible: &[bool], labels: &Labels) -> Vec<bool> {
    chrome
        .iter()
        .enumerate()
        .map(|(id, &is_chrome)| {
            is_chrome && {
                let node = page.node(id);
                let replies = matches!(labels.role(id), Some((Role::Comments, _)));
                !replies || UNLIKELY_TAGS.contains(&node.tag.as_str()) || !visible[id]
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
    fn a_listing_reads_as_its_cards_without_the_chrome() {
        let cards: String = (1..=6)
            .map(|i| {
                format!(
                    "<div class=card><h3><a href=/p{i}>Walking boot model {i}</a></h3><span>Price {i}9.00</span></div>"
                )
            })
            .collect();
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
}
