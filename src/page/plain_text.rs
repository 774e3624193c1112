//! Plain text read as a page: an article copied as text (the seed's own copy is one) has no markup,
//! so a parser would make it one block. Text is turned into the HTML a page of bare paragraphs
//! would have, and read like any page.

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
    fn one_line<'t>(block: &[&'t str]) -> Option<&'t str> {
        if let [line] = block {
            Some(line)
        } else {
            None
        }
    }
    let is_title = |block: &Vec<&str>| {
        one_line(block).is_some_and(|line| {
            (2..=MAX_TITLE_WORDS).contains(&line.split_whitespace().count()) && !ends_as_sentence(line)
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
        let lines: Vec<String> = block.iter().map(|line| escape(line)).collect();
        if Some(i) == title {
            head.push_str(&format!("<title>{}</title>", lines[0]));
            body.push_str(&format!("<h1>{}</h1>", lines[0]));
        } else {
            body.push_str(&format!("<p>{}</p>", lines.join("<br>")));
        }
    }
    format!("{head}</head>{body}</body></html>")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
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
    fn a_text_that_opens_with_prose_has_no_title_and_its_marks_stay_text() {
        let text = "It rained <b>all</b> day & night.\n\nThe river rose \"fast\".\n\nMore about it";
        let html = plain_text_as_html(text);
        assert!(!html.contains("<h1>"), "{html}");
        assert!(html.contains("<p>It rained &lt;b&gt;all&lt;/b&gt; day &amp; night.</p>"), "{html}");
        assert!(html.contains("<p>The river rose &quot;fast&quot;.</p>"), "{html}");
    }
}
