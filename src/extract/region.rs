//! The main region of a page that is not an article (a listing, a shop's product, a service page, a
//! forum thread): the page minus its chrome. Such pages have no single block of prose to find; their
//! content is spread over cards, lists and tables, so the region is taken from the outside in.

use super::TextStats;
use crate::page::{NodeId, Page};

/// Share of the remaining text a single child must hold for the region to narrow to it.
const NARROW_TO_CHILD: f32 = 0.9;

/// Share of the region's text the best-scored block must hold to be the content by itself.
const BLOCK_HOLDS_REGION: f32 = 0.5;

/// The content roots of a page that is not an article: the best-scored block when it holds most of
/// the text outside the chrome (a short post, a page of prose too plain to call an article), else
/// the main region. `candidate` is what `find_article` found.
pub fn content_roots(page: &Page, stats: &TextStats, chrome: &[bool], candidate: &[NodeId]) -> Vec<NodeId> {
    let content = content_chars(page, stats, chrome);
    let Some(region) = find_main_region(page, &content) else {
        return candidate.to_vec();
    };
    let candidate_chars: usize = candidate.iter().map(|&c| content[c]).sum();
    if candidate_chars as f32 >= content[region] as f32 * BLOCK_HOLDS_REGION {
        candidate.to_vec()
    } else {
        vec![region]
    }
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
