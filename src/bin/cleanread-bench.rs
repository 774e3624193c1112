//! The native side of `make bench`: reads a list of HTML files (one path per line on stdin),
//! and for each prints one JSON line with the article text, metadata and timings:
//! `parseMs` (HTML -> page model), `extractMs` (metadata, main block, hidden blocks, content) and
//! `analyzeMs` (the whole analysis including the summary, run again from the same page model).
//! Every page is processed `--repeat N` times (default 3) and the fastest time is kept, so one
//! stall of the machine does not count against a page.

use std::io::{BufRead, Write};
use std::time::Instant;

fn main() {
    let mut repeat = 3usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--repeat" {
            repeat = args.next().and_then(|v| v.parse().ok()).unwrap_or(3).max(1);
        }
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines() {
        let Ok(path) = line else { break };
        let path = path.trim();
        if path.is_empty() {
            continue;
        }
        let record = match std::fs::read(path) {
            Err(e) => serde_json::json!({"file": path, "error": e.to_string()}),
            Ok(bytes) => measure(path, &bytes, repeat),
        };
        writeln!(out, "{record}").expect("stdout is writable");
    }
}

fn measure(path: &str, bytes: &[u8], repeat: usize) -> serde_json::Value {
    // The corpora are stored gzip-compressed; the peers are timed on the uncompressed bytes, so
    // decompression stays outside the timed part here too (charset decoding stays inside).
    let bytes = match cleanread::page::html::gunzip_if_compressed(bytes) {
        Ok(b) => b,
        Err(e) => return serde_json::json!({"file": path, "error": e.to_string()}),
    };
    let bytes: &[u8] = &bytes;
    let ms = |t: Instant| t.elapsed().as_secs_f64() * 1000.0;
    let (mut parse_ms, mut extract_ms, mut analyze_ms) = (f64::MAX, f64::MAX, f64::MAX);
    let mut result = None;
    let mut hidden_text = Vec::new();
    for _ in 0..repeat {
        let t = Instant::now();
        let page = match cleanread::page::html::parse_bytes(bytes) {
            Ok(p) => p,
            Err(e) => return serde_json::json!({"file": path, "error": e.to_string()}),
        };
        parse_ms = parse_ms.min(ms(t));
        let t = Instant::now();
        let extraction = cleanread::extract(&page);
        extract_ms = extract_ms.min(ms(t));
        let t = Instant::now();
        let reading = cleanread::analyze(&page);
        analyze_ms = analyze_ms.min(ms(t));
        // The whole text of each block hidden on the page, to check no article text is among it.
        hidden_text = extraction.hidden.iter().map(|h| page.text(h.node)).collect::<Vec<_>>();
        result = Some((extraction, reading));
    }
    let (extraction, reading) = result.expect("repeat is at least 1");
    let m = &extraction.meta;
    serde_json::json!({
        "file": path,
        "text": extraction.text_content(),
        "title": m.title,
        "headline": m.headline,
        "byline": m.byline,
        "excerpt": m.excerpt,
        "siteName": m.site_name,
        "publishedTime": m.published_time,
        "lang": m.lang,
        "dir": m.dir,
        "isArticle": extraction.is_article,
        "hidden": extraction.hidden.iter().map(|h| h.text.clone()).collect::<Vec<_>>(),
        "hiddenFull": extraction.hidden.len(),
        "hiddenText": hidden_text,
        // Why each was hidden, for reading which rules hide what across a corpus.
        "hiddenReasons": extraction.hidden.iter().map(|h| h.reason.clone()).collect::<Vec<_>>(),
        "keyPoints": reading.summary.key_points,
        "parseMs": parse_ms,
        "extractMs": extract_ms,
        "analyzeMs": analyze_ms,
    })
}
