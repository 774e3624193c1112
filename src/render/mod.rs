//! What a Reading looks like to a person: Markdown, plain text, the Readability-style JSON, and the
//! panel's view model (the extension's JavaScript draws exactly this, nothing more).

use crate::classify::{counts_by_role, Role};
use crate::extract::content::blocks_to_html;
use crate::Reading;
use serde::Serialize;
use serde_json::{json, Value};

/// "2023-02-21T21:05:00" -> "2023-02-21 21:05", with the zone the page gave ("... 21:05 UTC",
/// "... 06:30 UTC-05:00"); other shapes pass through.
pub fn display_date(iso: &str) -> String {
    if let (Some(day), Some(b'T'), Some(time)) = (iso.get(..10), iso.as_bytes().get(10), iso.get(11..16)) {
        let zone = crate::meta::dates::zone_label(iso);
        let shown = format!("{day} {time}");
        if zone.is_empty() {
            shown
        } else {
            format!("{shown} {zone}")
        }
    } else {
        iso.to_string()
    }
}

/// The publication and update times to show: the update only when it is later
/// (`dates::updated_after`; a page may state one before its publication, or the same moment).
fn shown_dates(r: &Reading) -> (Option<String>, Option<String>) {
    let published = r.meta.published_time.as_deref();
    let modified =
        r.meta.modified_time.as_deref().filter(|m| published.is_none_or(|p| crate::meta::dates::updated_after(p, m)));
    (published.map(display_date), modified.map(display_date))
}

fn source_line(r: &Reading) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(s) = &r.meta.site_name {
        parts.push(s.clone());
    }
    if let Some(d) = &r.dateline {
        parts.push(d.clone());
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// The summary as Markdown: title, source, byline, dates, URL, key points, quotes, figures.
pub fn to_markdown(r: &Reading) -> String {
    let mut md = format!("# {}\n\n", r.meta.headline);
    if let Some(s) = source_line(r) {
        md.push_str(&format!("- **Source:** {s}\n"));
    }
    if let Some(b) = &r.meta.byline {
        md.push_str(&format!("- **By:** {b}\n"));
    }
    let (published, updated) = shown_dates(r);
    if let Some(d) = published {
        md.push_str(&format!("- **Published:** {d}\n"));
    }
    if let Some(d) = updated {
        md.push_str(&format!("- **Updated:** {d}\n"));
    }
    if let Some(u) = &r.meta.url {
        md.push_str(&format!("- **URL:** <{u}>\n"));
    }
    if r.reading_time_minutes > 0 {
        md.push_str(&format!("- **Reading time:** {} min ({} words)\n", r.reading_time_minutes, r.word_count));
    }
    if !r.summary.key_points.is_empty() {
        md.push_str("\n## Key points\n\n");
        for k in &r.summary.key_points {
            md.push_str(&format!("- {k}\n"));
        }
    }
    if !r.summary.quotes.is_empty() {
        md.push_str("\n## Quotes\n\n");
        for q in &r.summary.quotes {
            let who = q.speaker.as_deref().unwrap_or("unattributed");
            md.push_str(&format!("> “{}”\n> — {who}\n\n", q.text));
        }
    }
    if !r.summary.figures.is_empty() {
        md.push_str(if r.summary.quotes.is_empty() { "\n## Key figures\n\n" } else { "## Key figures\n\n" });
        for f in &r.summary.figures {
            md.push_str(&format!("- **{}**: {}\n", f.value, f.context));
        }
    }
    let e = &r.summary.entities;
    if !e.people.is_empty() || !e.places.is_empty() || !e.organizations.is_empty() {
        md.push_str("\n## Who and where\n\n");
        for (label, list) in [("People", &e.people), ("Places", &e.places), ("Organisations", &e.organizations)] {
            if !list.is_empty() {
                md.push_str(&format!("- **{label}:** {}\n", list.join(", ")));
            }
        }
    }
    md
}

/// The same summary as plain text.
pub fn to_plain_text(r: &Reading) -> String {
    let mut t = format!("{}\n", r.meta.headline);
    t.push_str(&"=".repeat(r.meta.headline.chars().count().min(72)));
    t.push('\n');
    if let Some(s) = source_line(r) {
        t.push_str(&format!("Source: {s}\n"));
    }
    if let Some(b) = &r.meta.byline {
        t.push_str(&format!("By: {b}\n"));
    }
    let (published, updated) = shown_dates(r);
    if let Some(d) = published {
        t.push_str(&format!("Published: {d}\n"));
    }
    if let Some(d) = updated {
        t.push_str(&format!("Updated: {d}\n"));
    }
    if let Some(u) = &r.meta.url {
        t.push_str(&format!("URL: {u}\n"));
    }
    if !r.summary.key_points.is_empty() {
        t.push_str("\nKey points:\n");
        for k in &r.summary.key_points {
            t.push_str(&format!("  * {k}\n"));
        }
    }
    if !r.summary.quotes.is_empty() {
        t.push_str("\nQuotes:\n");
        for q in &r.summary.quotes {
            t.push_str(&format!("  \"{}\" ({})\n", q.text, q.speaker.as_deref().unwrap_or("unattributed")));
        }
    }
    if !r.summary.figures.is_empty() {
        t.push_str("\nKey figures:\n");
        for f in &r.summary.figures {
            t.push_str(&format!("  {}: {}\n", f.value, f.context));
        }
    }
    t
}

/// The CLI's JSON: Readability's `parse()` fields, plus what cleanread adds.
pub fn to_json(r: &Reading) -> Value {
    let text = r.text_content();
    let excerpt = r.meta.excerpt.clone();
    json!({
        "title": r.meta.title,
        "headline": r.meta.headline,
        "byline": r.meta.byline,
        "dir": r.meta.dir,
        "lang": r.meta.lang,
        "content": blocks_to_html(&r.blocks),
        "textContent": text,
        "length": text.chars().count(),
        "excerpt": excerpt,
        "siteName": r.meta.site_name,
        "publishedTime": r.meta.published_time,
        "modifiedTime": r.meta.modified_time,
        "dateline": r.dateline,
        "url": r.meta.url,
        "isArticle": r.is_article,
        "articleNodes": r.article_nodes,
        "message": r.message,
        "wordCount": r.word_count,
        "readingTimeMinutes": r.reading_time_minutes,
        "hidden": r.hidden.iter().map(|h| json!({"role": h.role, "reason": h.reason, "text": h.text})).collect::<Vec<_>>(),
        "summary": {
            "keyPoints": r.summary.key_points,
            "quotes": r.summary.quotes,
            "figures": r.summary.figures,
            "entities": {
                "people": r.summary.entities.people,
                "places": r.summary.entities.places,
                "organizations": r.summary.entities.organizations,
            }
        }
    })
}

/// One group of hidden blocks in the panel.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HiddenGroup {
    pub role: Role,
    pub label: String,
    pub count: usize,
    pub items: Vec<HiddenItem>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HiddenItem {
    /// Index into the page snapshot (the content script maps it back to the DOM node).
    pub node: usize,
    pub reason: String,
    pub text: String,
}

/// Everything the panel shows, already worded; the panel only lays it out.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PanelView {
    pub is_article: bool,
    pub message: Option<String>,
    pub title: String,
    pub facts: Vec<(String, String)>,
    pub key_points: Vec<String>,
    pub quotes: Vec<crate::summary::quotes::Quote>,
    pub figures: Vec<crate::summary::figures::Figure>,
    pub entities: Vec<(String, Vec<String>)>,
    pub hidden_total: usize,
    pub hidden_groups: Vec<HiddenGroup>,
    pub markdown: String,
    pub plain_text: String,
    /// The article's clean text, for "Copy article text".
    pub article_text: String,
    pub article_nodes: Vec<usize>,
}

pub fn panel_view(r: &Reading) -> PanelView {
    let mut facts = Vec::new();
    if let Some(s) = source_line(r) {
        facts.push(("Source".to_string(), s));
    }
    if let Some(b) = &r.meta.byline {
        facts.push(("By".to_string(), b.clone()));
    }
    let (published, updated) = shown_dates(r);
    if let Some(d) = published {
        facts.push(("Published".to_string(), d));
    }
    if let Some(d) = updated {
        facts.push(("Updated".to_string(), d));
    }
    if r.reading_time_minutes > 0 {
        facts.push(("Reading time".to_string(), format!("{} min · {} words", r.reading_time_minutes, r.word_count)));
    }
    if let Some(l) = &r.meta.lang {
        facts.push(("Language".to_string(), l.clone()));
    }
    let e = &r.summary.entities;
    let entities = [("People", &e.people), ("Places", &e.places), ("Organisations", &e.organizations)]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    let hidden_groups = counts_by_role(&r.hidden)
        .into_iter()
        .map(|(role, count)| HiddenGroup {
            role,
            label: role.label().to_string(),
            count,
            items: r
                .hidden
                .iter()
                .filter(|h| h.role == role)
                .map(|h| HiddenItem { node: h.node, reason: h.reason.clone(), text: h.text.clone() })
                .collect(),
        })
        .collect();
    PanelView {
        is_article: r.is_article,
        message: r.message.clone(),
        title: r.meta.headline.clone(),
        facts,
        key_points: r.summary.key_points.clone(),
        quotes: r.summary.quotes.clone(),
        figures: r.summary.figures.clone(),
        entities,
        hidden_total: r.hidden.len(),
        hidden_groups,
        markdown: to_markdown(r),
        plain_text: to_plain_text(r),
        article_text: r.text_content(),
        article_nodes: r.article_nodes.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(published: &str, modified: &str) -> Reading {
        let html = format!(
            "<html><head><title>A day at the river</title>\
             <meta property=\"article:published_time\" content=\"{published}\">\
             <meta property=\"article:modified_time\" content=\"{modified}\"></head>\
             <body><article><h1>A day at the river</h1><p>The river rose by a metre overnight and the town \
             watched it from the bridge until the morning came.</p></article></body></html>"
        );
        crate::analyze(&crate::page::html::parse_html(&html).unwrap())
    }

    #[test]
    fn a_date_with_a_letter_of_another_script_inside_is_shown_as_written() {
        assert_eq!(display_date("2023-02-21T12:3\u{e9}"), "2023-02-21T12:3\u{e9}");
        assert_eq!(display_date("2023-02-21T12:30"), "2023-02-21 12:30");
    }

    #[test]
    fn dates_show_their_zone_and_an_update_only_when_it_is_later() {
        let r = reading("2019-11-18T11:30:00Z", "2019-11-18T14:05:00-05:00");
        let facts = panel_view(&r).facts;
        assert!(facts.contains(&("Published".to_string(), "2019-11-18 11:30 UTC".to_string())), "{facts:?}");
        assert!(facts.contains(&("Updated".to_string(), "2019-11-18 14:05 UTC-05:00".to_string())), "{facts:?}");
        assert!(to_markdown(&r).contains("- **Updated:** 2019-11-18 14:05 UTC-05:00\n"));
        // The same moment in another zone, and a moment before publication, are no update.
        for modified in ["2019-11-18T06:30:00-05:00", "2019-11-18T05:44:00Z"] {
            let r = reading("2019-11-18T11:30:00Z", modified);
            assert!(!panel_view(&r).facts.iter().any(|(label, _)| label == "Updated"), "{modified}");
            assert!(!to_markdown(&r).contains("Updated") && !to_plain_text(&r).contains("Updated"), "{modified}");
            // The JSON keeps what the page said.
            assert_eq!(r.meta.modified_time.as_deref(), Some(modified));
        }
    }
}
