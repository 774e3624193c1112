//! The CLI: `cleanread [--format json|markdown|text|page] [--snapshot] [--url URL] FILE|-`

use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: cleanread [--format json|markdown|text|page] [--snapshot] [--url URL] FILE|-\n\
  Reads an HTML page (a .gz file too; any declared charset), or an article copied as plain text\n\
  (blank lines between paragraphs), and prints the article and its summary.\n\
  --format page prints the page model itself (the browser snapshot's shape), for comparisons.\n\
  --snapshot reads the input as the extension's snapshot of a live page (JSON) instead of HTML.";

enum Format {
    Json,
    Page,
    Markdown,
    Text,
}

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(out) => {
            // A reader that stops early (`| head`) closes the pipe: that ends the output, it is
            // no error (println! would panic).
            let mut stdout = std::io::stdout().lock();
            match writeln!(stdout, "{out}").and_then(|()| stdout.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    eprintln!("cleanread: cannot write the output: {e}");
                    ExitCode::FAILURE
                }
                _ => ExitCode::SUCCESS,
            }
        }
        Err(msg) => {
            eprintln!("cleanread: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let mut format = Format::Json;
    let mut url = None;
    let mut input = None;
    let mut snapshot = false;
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => return Ok(USAGE.to_string()),
            "--format" | "-f" => {
                format = match it.next().as_deref() {
                    Some("json") => Format::Json,
                    Some("page") => Format::Page,
                    Some("markdown") | Some("md") => Format::Markdown,
                    Some("text") | Some("txt") => Format::Text,
                    other => return Err(format!("unknown format {:?}\n{USAGE}", other.unwrap_or(""))),
                }
            }
            "--snapshot" => snapshot = true,
            "--url" => url = Some(it.next().ok_or(format!("--url needs a value\n{USAGE}"))?),
            _ if input.is_none() => input = Some(a),
            _ => return Err(format!("unexpected argument {a:?}\n{USAGE}")),
        }
    }
    let input = input.ok_or(format!("no input file\n{USAGE}"))?;
    let bytes = if input == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| format!("cannot read standard input: {e}"))?;
        buf
    } else {
        std::fs::read(&input).map_err(|e| format!("cannot read {input}: {e}"))?
    };
    let mut page = if snapshot {
        let json = std::str::from_utf8(&bytes).map_err(|_| format!("{input}: a snapshot is JSON text in UTF-8"))?;
        cleanread::page::snapshot::page_from_json(json).map_err(|e| format!("{input}: {e}"))?
    } else {
        let text = cleanread::page::html::decode_bytes(&bytes).map_err(|e| format!("{input}: {e}"))?;
        // An article copied as plain text is read as a page of its paragraphs.
        let html = cleanread::page::plain_text::as_html(&text);
        cleanread::page::html::parse_html(&html).map_err(|e| format!("{input}: {e}"))?
    };
    page.url = url;
    if let Format::Page = format {
        return Ok(cleanread::page::snapshot::page_to_json(&page).to_string());
    }
    let reading = cleanread::analyze(&page);
    Ok(match format {
        Format::Page => unreachable!("handled above"),
        Format::Json => {
            serde_json::to_string_pretty(&cleanread::render::to_json(&reading)).expect("JSON values serialise")
        }
        Format::Markdown => cleanread::render::to_markdown(&reading),
        Format::Text => cleanread::render::to_plain_text(&reading),
    })
}
