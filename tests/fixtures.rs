//! The analysis on the demo pages (www/), through the native builder: roles, metadata, summary.

use cleanread::classify::Role;
use cleanread::page::html::parse_bytes;

fn analyze(name: &str) -> cleanread::Reading {
    let bytes = std::fs::read(format!("{}/www/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    cleanread::analyze(&parse_bytes(&bytes).unwrap())
}

fn hidden_role_of(r: &cleanread::Reading, text: &str) -> Option<Role> {
    r.hidden.iter().find(|h| h.text.contains(text)).map(|h| h.role)
}

#[test]
fn seed_article_hides_promos_and_legal_and_keeps_every_paragraph() {
    let r = analyze("seed.html");
    assert!(r.is_article);
    assert_eq!(hidden_role_of(&r, "Get 40% Off"), Some(Role::Promo));
    assert_eq!(hidden_role_of(&r, "All eyes on Biogen"), Some(Role::Promo));
    assert_eq!(r.hidden.iter().filter(|h| h.role == Role::Ad).count(), 2);
    assert_eq!(hidden_role_of(&r, "Risk Disclosure"), Some(Role::Disclaimer));
    assert_eq!(hidden_role_of(&r, "All Rights Reserved"), Some(Role::Disclaimer));
    assert_eq!(hidden_role_of(&r, "Latest comments"), Some(Role::Comments));
    let text = r.text_content();
    for needle in ["TOKYO (Reuters) -China said", "$320 billion", "Yamada told Sun", "around spring"] {
        assert!(text.contains(needle), "article keeps {needle:?}");
    }
    assert!(!text.contains("3rd party Ad"));
    assert!(r.hidden.iter().all(|h| !h.text.contains("Japan in December said")));
    assert_eq!(r.meta.byline.as_deref(), Some("Sakura Murakami"));
    assert_eq!(r.meta.published_time.as_deref(), Some("2023-02-21T21:05:00"));
    assert_eq!(r.meta.modified_time.as_deref(), Some("2023-02-22T07:07:00"));
    assert_eq!(r.dateline.as_deref(), Some("TOKYO (Reuters)"));
    let s = &r.summary;
    assert!((3..=5).contains(&s.key_points.len()));
    // The article keeps its dateline; the summary, whose source line shows it, starts after it.
    assert!(s.key_points[0].starts_with("China said it was troubled"), "{:?}", s.key_points[0]);
    let speakers: Vec<_> = s.quotes.iter().filter_map(|q| q.speaker.as_deref()).collect();
    assert!(speakers.contains(&"Sun Weidong") && speakers.contains(&"Shigeo Yamada"), "{speakers:?}");
    let figures: Vec<_> = s.figures.iter().map(|f| f.value.as_str()).collect();
    for f in ["$320 billion", "2%", "7.1%"] {
        assert!(figures.contains(&f), "{figures:?}");
    }
}

#[test]
fn blog_post_sidebar_newsletter_and_cookie_banner() {
    let r = analyze("blog.html");
    assert_eq!(hidden_role_of(&r, "We use cookies"), Some(Role::Cookie));
    assert_eq!(hidden_role_of(&r, "Get our newsletter"), Some(Role::Newsletter));
    assert_eq!(hidden_role_of(&r, "Share on Facebook"), Some(Role::Share));
    assert_eq!(r.meta.byline.as_deref(), Some("Priya Raman"));
    assert!(r.text_content().contains("Use a scale; cups lie."));
}

#[test]
fn long_form_keeps_quotes_tables_and_finds_speakers() {
    let r = analyze("longform.html");
    assert_eq!(r.meta.byline.as_deref(), Some("Marta Keller"));
    assert_eq!(r.meta.modified_time.as_deref(), Some("2025-09-03T11:15:00+02:00"));
    assert!(r.text_content().contains("Altstadt | 1,850 | €940 million"));
    // The answer folded in an accordion pane (a toggle's aria-controls names it) is article text.
    assert!(r.text_content().contains("Landlords in the Altstadt have agreed to hold rents"));
    // So is one folded under a heading's toggle that names no pane (the pane comes right after it).
    assert!(r.text_content().contains("The state covers two thirds of the cost"));
    // So is a tab's hidden panel, and a footnote's mark is not read into its sentence.
    assert!(r.text_content().contains("pumps will be set in the cellars of the riverside streets"));
    assert!(r.text_content().contains("by the riverside doors. \"Every time it rains"));
    let q: Vec<_> = r.summary.quotes.iter().map(|q| q.speaker.clone().unwrap_or_default()).collect();
    assert!(q.contains(&"Anna Hofmann".to_string()) && q.contains(&"Lukas Brenner".to_string()), "{q:?}");
    assert_eq!(hidden_role_of(&r, "Related stories"), Some(Role::Related));
    // A sign-up box for deals by text message (a phone-number input) is hidden whole.
    assert_eq!(hidden_role_of(&r, "texted right to your phone"), Some(Role::Newsletter));
    assert!(!r.text_content().contains("texted right to your phone"));
    // A linked phrase is never hidden for its aria-label's words, and text encoded twice reads right.
    assert!(r.text_content().contains("now sell flood-kit subscription boxes, and the bakery\u{2019}s owner"));
    // A post the story quotes (an embedded tweet in a "social-media-embed" box) is its text, not a
    // share bar.
    assert!(r.text_content().contains("The water reached the second step of the town hall"));
    assert_eq!(hidden_role_of(&r, "second step of the town hall"), None);
}

#[test]
fn german_article_uses_german_cues() {
    let r = analyze("de.html");
    assert_eq!(r.meta.lang.as_deref(), Some("de"));
    assert_eq!(r.meta.byline.as_deref(), Some("Jonas Fischer"));
    assert!(hidden_role_of(&r, "Anzeige").is_some());
    assert_eq!(hidden_role_of(&r, "Alle Rechte vorbehalten"), Some(Role::Disclaimer));
    assert!(r.summary.figures.iter().any(|f| f.value == "120 Millionen"));
}

#[test]
fn home_page_is_not_an_article_and_nothing_is_hidden() {
    let r = analyze("index.html");
    assert!(!r.is_article);
    assert!(r.hidden.is_empty());
    assert!(r.message.unwrap().contains("not look like an article"));
}

#[test]
fn q_and_a_page_keeps_the_answers_its_markup_calls_comments() {
    let r = analyze("answers.html");
    assert!(r.is_article);
    let text = r.text_content();
    for answer in [
        "Twice a day at room temperature, discarding all but a spoonful each time.",
        "That smell is the starter telling you it is hungry",
        "A young starter often goes through this stage.",
    ] {
        assert!(text.contains(answer), "{answer:?} in {text}");
        assert!(r.hidden.iter().all(|h| !h.text.contains(answer)), "{answer:?} hidden");
    }
    assert_eq!(hidden_role_of(&r, "Thanks, feeding twice a day fixed it."), Some(Role::Comments));
    assert!(!text.contains("Thanks, feeding twice a day"), "{text}");
}

#[test]
fn declared_forum_thread_keeps_its_replies_and_its_poster() {
    let r = analyze("forum.html");
    assert!(r.is_article);
    assert_eq!(r.meta.byline.as_deref(), Some("hillwalker_jo"));
    assert_eq!(r.meta.published_time.as_deref(), Some("2026-10-02T18:04:00Z"));
    assert_eq!(hidden_role_of(&r, "Sign up free to post replies"), Some(Role::Newsletter));
    let text = r.text_content();
    for post in [
        "every pair of boots I buy",
        "Mine are full-grain leather",
        "Resoling a leather boot",
        "report back after the winter",
    ] {
        assert!(text.contains(post), "{post:?} in {text}");
    }
    assert!(r.hidden.iter().all(|h| !h.text.contains("Resoling")), "no reply is hidden");
}
