//! Plain text read as a page: an article copied as text (the seed's own copy is one) has no markup,
//! so a parser would make it one block. Text is turned into the HTML a page of bare paragraphs
//! would have, and read like any page.

use crate::extract::content::escape_html as escape;
use std::borrow::Cow;

/// The HTML to read for an input: the input itself when it is HTML, else the page of paragraphs
/// its plain text makes. The CLI reads files and the playground pasted text through this.
pub fn as_html(input: &str) -> Cow<'_, str> {
    if is_plain_text(input) {
        Cow::Owned(plain_text_as_html(input))
    } else {
        Cow::Borrowed(input)
    }
}

/// Whether the text is plain text rather than HTML: none of the marks every HTML page has (an
/// element's tag, a closing tag, a doctype or a comment).
pub fn is_plain_text(text: &str) -> bool {
    const MARKS: [&str; 10] = ["</", "<!", "<html", "<head", "<body", "<p", "<div", "<br", "<span", "<a "];
    // Lower-cased for the search only: positions are not used.
    let lower = text.to_lowercase();
    !MARKS.iter().any(|mark| lower.contains(mark))
}

/// Words of a line that may be the text's title at most.
const MAX_TITLE_WORDS: usize = 20;

/// How many blocks from the text's start its title may be (a copied page may open with a nag).
const TITLE_WITHIN_BLOCKS: usize = 3;

/// The HTML of a page holding the text: a paragraph per block of lines (blocks are separated by
/// blank lines; the lines of one block are joined by line breaks). The first block near the start,
/// before any paragraph, that is one short line not ending as a sentence does ("China, Japan square
/// off at first security talks in four years") is the title: the page's `<title>` and `<h1>`.
/// The marks people type in text for structure are read as it: a line opening with "#" is a
/// heading, a block whose every line opens with "- ", "* " or "• " (or "1. ", "2) ") a list.
/// Every character of the text is escaped, so the text stays text.
pub fn plain_text_as_html(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut blocks: Vec<Vec<&str>> = vec![Vec::new()];
    for line in text.lines().map(str::trim) {
        match (line.is_empty(), blocks.last_mut()) {
            (true, Some(last)) if !last.is_empty() => blocks.push(Vec::new()),
            (false, Some(last)) => last.push(line),
            _ => {}
        }
    }
    blocks.retain(|b| !b.is_empty());
    let ends_as_sentence = |line: &str| line.ends_with(['.', '!', '?', ':', ';', ',']);
    // A line typed as the top heading ("# River") is the title whatever its length.
    let is_title = |block: &Vec<&str>| {
        one_line(block).is_some_and(|line| match heading(line) {
            Some((level, _)) => level == 1,
            None => (2..=MAX_TITLE_WORDS).contains(&line.split_whitespace().count()) && !ends_as_sentence(line),
        })
    };
    // A title comes before the text's first paragraph of one sentence or more.
    let title = blocks
        .iter()
        .take(TITLE_WITHIN_BLOCKS)
        .take_while(|block| !one_line(block).is_some_and(ends_as_sentence))
        .position(is_title);
    let mut head = String::from("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
    let mut body = String::from("<body>");
    for (i, block) in blocks.iter().enumerate() {
        let heading = one_line(block).and_then(heading);
        let items: Option<Vec<(&str, &str)>> = block.iter().map(|line| list_item(line)).collect();
        let list = items.filter(|items| items.iter().all(|(tag, _)| *tag == items[0].0));
        if Some(i) == title {
            let text = escape(heading.map_or(block[0], |(_, text)| text));
            head.push_str(&format!("<title>{text}</title>"));
            body.push_str(&format!("<h1>{text}</h1>"));
        } else if let Some((level, text)) = heading {
            // The one h1 is the title.
            let level = level.max(2);
            body.push_str(&format!("<h{level}>{}</h{level}>", escape(text)));
        } else if let Some(items) = list {
            let tag = items[0].0;
            let items: String = items.iter().map(|(_, text)| format!("<li>{}</li>", escape(text))).collect();
            body.push_str(&format!("<{tag}>{items}</{tag}>"));
        } else {
            let lines: Vec<String> = block.iter().map(|line| escape(line)).collect();
            body.push_str(&format!("<p>{}</p>", lines.join("<br>")));
        }
    }
    format!("{head}</head>{body}</body></html>")
}

/// The line of a block of one line.
fn one_line<'t>(block: &[&'t str]) -> Option<&'t str> {
    if let [line] = block {
        Some(line)
    } else {
        None
    }
}

/// A heading typed as text: one to six "#" and a space ("## Background"), with its level.
fn heading(line: &str) -> Option<(usize, &str)> {
    let level = line.chars().take_while(|&c| c == '#').count();
    let text = line[level..].strip_prefix(' ')?.trim();
    ((1..=6).contains(&level) && !text.is_empty()).then_some((level, text))
}

/// A list's item typed as text, with the list's tag: "- ", "* " or "• " for a bulleted list,
/// a number and ". " or ") " for a numbered one.
fn list_item(line: &str) -> Option<(&'static str, &str)> {
    if let Some(text) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")).or_else(|| line.strip_prefix("• "))
    {
        return Some(("ul", text.trim()));
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let text = line[digits..].strip_prefix(". ").or_else(|| line[digits..].strip_prefix(") "))?;
    (digits > 0).then_some(("ol", text.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_not_plain_text_and_text_is() {
        assert!(!is_plain_text("<!DOCTYPE html><title>A</title><p>Hello"));
        assert!(!is_plain_text("<P>Shouted markup</P>"));
        assert!(is_plain_text("Prices rose 3% as x < y held.\n\nA second paragraph."));
    }

    #[test]
    fn blocks_become_paragraphs_and_a_short_line_near_the_start_the_title() {
        let text = "Get 40% Off\r\nUnlock AI-picked Stocks\r\n\r\nChina, Japan square off at first talks\n\n\
                    By Sakura Murakami\n\nTOKYO (Reuters) - China said it was troubled.\nIt said so twice.\n";
        assert_eq!(
            plain_text_as_html(text),
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>China, Japan square off at first talks</title>\
             </head><body><p>Get 40% Off<br>Unlock AI-picked Stocks</p><h1>China, Japan square off at first talks</h1>\
             <p>By Sakura Murakami</p><p>TOKYO (Reuters) - China said it was troubled.<br>It said so twice.</p>\
             </body></html>"
        );
    }

    #[test]
    fn headings_and_lists_typed_as_text_are_read_as_such() {
        let text = "# Floods\n\nThe council met on Monday.\n\n## What they cost\n\n\
                    - $40 million in all\n- five years of work\n\n1. The quay\n2) The bridge\n\n\
                    - a dash that opens a line\nof a paragraph";
        assert_eq!(
            plain_text_as_html(text),
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Floods</title></head>\
             <body><h1>Floods</h1><p>The council met on Monday.</p><h2>What they cost</h2>\
             <ul><li>$40 million in all</li><li>five years of work</li></ul><ol><li>The quay</li><li>The bridge</li></ol>\
             <p>- a dash that opens a line<br>of a paragraph</p></body></html>"
        );
    }

    #[test]
    fn a_text_that_opens_with_prose_has_no_title_and_its_marks_stay_text() {
        let text = "It rained <b>all</b> day & night.\n\nThe river rose \"fast\".\n\nMore about it";
        let html = plain_text_as_html(text);
        assert!(!html.contains("<h1>"), "{html}");
        assert!(html.contains("<p>It rained &lt;b&gt;all&lt;/b&gt; day &amp; night.</p>"), "{html}");
        assert!(html.contains("<p>The river rose &quot;fast&quot;.</p>"), "{html}");
    }
}
