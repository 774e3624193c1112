//! The CLI as a user runs it: real files in, JSON/Markdown out, plain errors for bad input.

use std::io::Write;
use std::process::Command;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_cleanread"))
}

fn www(name: &str) -> String {
    format!("{}/www/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn json_is_a_superset_of_readability_fields() {
    let out = cli().arg(www("seed.html")).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for field in [
        "title",
        "byline",
        "dir",
        "lang",
        "content",
        "textContent",
        "length",
        "excerpt",
        "siteName",
        "publishedTime",
        "modifiedTime",
        "dateline",
        "readingTimeMinutes",
        "hidden",
        "summary",
    ] {
        assert!(v.get(field).is_some(), "missing {field}");
    }
    assert_eq!(v["byline"], "Sakura Murakami");
    assert_eq!(v["dateline"], "TOKYO (Reuters)");
    assert_eq!(v["length"].as_u64().unwrap() as usize, v["textContent"].as_str().unwrap().chars().count());
    assert!(v["content"].as_str().unwrap().contains("<p>"));
    assert!(v["summary"]["entities"]["people"].as_array().unwrap().iter().any(|p| p == "Sun Weidong"));
}

#[test]
fn markdown_and_gzip_input() {
    let html = std::fs::read(www("longform.html")).unwrap();
    let dir = std::env::temp_dir().join(format!("cleanread-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gz = dir.join("page.html.gz");
    let mut enc = flate2::write::GzEncoder::new(std::fs::File::create(&gz).unwrap(), flate2::Compression::default());
    enc.write_all(&html).unwrap();
    enc.finish().unwrap();
    let out = cli().args(["--format", "markdown", "--url", "https://example.org/a"]).arg(&gz).output().unwrap();
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("# The long road back for the river towns"));
    assert!(md.contains("<https://example.org/a>"));
    assert!(md.contains("## Key points"));
}

#[test]
fn bad_input_gets_a_plain_message_and_a_failure_status() {
    let dir = std::env::temp_dir().join(format!("cleanread-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("empty.html");
    std::fs::write(&empty, "").unwrap();
    let binary = dir.join("binary.html");
    std::fs::write(&binary, [0u8; 300]).unwrap();
    for (path, words) in [
        (empty.to_str().unwrap().to_string(), "empty"),
        (binary.to_str().unwrap().to_string(), "binary"),
        (dir.join("missing.html").to_str().unwrap().to_string(), "cannot read"),
    ] {
        let out = cli().arg(&path).output().unwrap();
        assert!(!out.status.success(), "{path} must fail");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("cleanread: ") && err.contains(words), "{err}");
        assert!(!err.contains("panicked"));
        assert!(out.stdout.is_empty());
    }
    let out = cli().args(["--format", "yaml", "x"]).output().unwrap();
    assert!(!out.status.success());
}

#[test]
fn a_snapshot_of_a_live_page_is_read_like_the_page_itself() {
    // The page model printed for an HTML file, read back as a snapshot, gives the same article.
    let model = cli().args(["--format", "page"]).arg(www("longform.html")).output().unwrap();
    assert!(model.status.success());
    let dir = std::env::temp_dir().join(format!("cleanread-snap-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let snap = dir.join("longform.json");
    std::fs::write(&snap, &model.stdout).unwrap();
    let from_snapshot = cli().args(["--format", "text", "--snapshot"]).arg(&snap).output().unwrap();
    let from_html = cli().args(["--format", "text"]).arg(www("longform.html")).output().unwrap();
    assert!(from_snapshot.status.success() && from_html.status.success());
    assert_eq!(String::from_utf8_lossy(&from_snapshot.stdout), String::from_utf8_lossy(&from_html.stdout));
    // A snapshot that is not one gets a plain message.
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"{"nodes":[{"p":0,"k":"e"}]}"#).unwrap();
    let out = cli().arg("--snapshot").arg(&bad).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.starts_with("cleanread: ") && err.contains("document"), "{err}");
}

#[test]
fn a_reader_that_stops_early_ends_the_output_without_a_panic() {
    // `cleanread page.html | head -1`: the pipe closes before the output is written.
    let mut child = cli()
        .arg(www("seed.html"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn an_article_copied_as_plain_text_is_read_as_its_paragraphs() {
    let text = "Get 40% Off\nUnlock AI-picked Stocks\n\n\
        River towns plan new flood walls\n\n\
        By Ann Lee\n\n\
        The river towns will build new flood walls before the spring, the council said on Monday, after \
        two winters of floods closed the main road for weeks.\n\n\
        \"We will rebuild the bridge before winter comes,\" said Mayor Tom Reed at the meeting.\n\n\
        The walls will cost $40 million, paid by the state and the towns together over five years, and \
        the first section will rise along the old quay, where the water came over the top in both winters.\n\n\
        Engineers from the state studied the river for a year before they drew the plans. They found that \
        the banks had sunk by half a metre since the last walls went up, and that the old gates leaked.\n\n\
        Shop owners on the quay welcomed the plan but asked the council to keep the road open while the \
        work goes on, since most of their customers come by car from the villages further up the valley.\n\n\
        The council will hold two more meetings before the work starts, one in each town, so that people \
        who live by the river can see the plans and say where they think the walls should run.\n";
    let mut child =
        cli().arg("-").stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["headline"], "River towns plan new flood walls");
    assert_eq!(v["byline"], "Ann Lee");
    let article = v["textContent"].as_str().unwrap();
    assert!(article.starts_with("The river towns will build new flood walls"), "{article}");
    assert!(article.contains("The walls will cost $40 million"), "{article}");
    assert!(!article.contains("40% Off"), "{article}");
    let hidden: Vec<_> =
        v["hidden"].as_array().unwrap().iter().map(|h| (h["role"].clone(), h["text"].clone())).collect();
    assert_eq!(hidden, [("promo".into(), "Get 40% Off Unlock AI-picked Stocks".into())]);
    assert_eq!(v["summary"]["quotes"][0]["speaker"], "Tom Reed");
}
