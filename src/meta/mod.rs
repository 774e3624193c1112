//! Metadata: title, site, byline, dates, dateline, language, direction, excerpt, canonical URL.
//! Sources in order of trust: JSON-LD, OpenGraph/meta tags, microdata, then the visible text.

pub mod dates;

use crate::classify::signals::any_attr_token;
use crate::lexicon::lexicon;
use crate::page::{collapse_whitespace, Page};
use serde::Serialize;
use serde_json::Value;
use unicode_segmentation::UnicodeSegmentation;

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    /// The title the page declares (its metadata's, else its `<title>`), as Readability gives it.
    pub title: String,
    /// The article's headline as the page shows it: the title without the site's name or tagline
    /// when the page's h1 says where the headline ends. What the panel and the copies show.
    pub headline: String,
    pub site_name: Option<String>,
    pub byline: Option<String>,
    pub published_time: Option<String>,
    pub modified_time: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    pub url: Option<String>,
    /// True when a structured source (JSON-LD or og:type) says the page is an article.
    #[serde(skip)]
    pub declared_article: bool,
    /// True when structured data (JSON-LD or microdata) says the page is a forum thread, whose
    /// replies are its content.
    #[serde(skip)]
    pub declared_discussion: bool,
    /// True when structured data says the page is a question and its answers (a Q&A page): its
    /// answers are content, though the comments under them are not.
    #[serde(skip)]
    pub declared_answers: bool,
    /// The opening words of each answer the Q&A page's structured data gives, to know its
    /// answers on the page whatever their markup calls them.
    #[serde(skip)]
    pub answer_openings: Vec<String>,
    /// True when structured data (JSON-LD, og:type or microdata) says the page offers a product,
    /// whose customer reviews are not its content.
    #[serde(skip)]
    pub declared_product: bool,
}

/// What structured data says, before the visible-text fallbacks.
#[derive(Default)]
struct Structured {
    /// Title and description from meta tags, with their rank (lower wins).
    meta_title: Option<(usize, String)>,
    meta_description: Option<(usize, String)>,
    /// JSON-LD headline of the article object.
    ld_headline: Option<String>,
    /// An element marked itemprop="headline".
    microdata_title: Option<String>,
    /// JSON-LD `name` when `headline` is also given (Wikipedia's headline is a description).
    ld_name: Option<String>,
    site: Option<String>,
    author: Option<String>,
    published: Option<String>,
    modified: Option<String>,
    description: Option<String>,
    lang: Option<String>,
    url: Option<String>,
    is_article: bool,
    is_discussion: bool,
    is_qa: bool,
    is_product: bool,
    answer_openings: Vec<String>,
}

pub fn extract_meta(page: &Page) -> Meta {
    let mut s = Structured::default();
    json_ld(page, &mut s);
    meta_tags(page, &mut s);
    microdata(page, &mut s);

    let document_title = page.find_tag("title").map(|t| page.text(t)).unwrap_or_default();
    s.site = s.site.and_then(|site| site_name_as_shown(&site, &document_title));
    let h1 = page.elements_by_tag("h1").map(|h| page.shown_text(h)).find(|t| !t.is_empty());
    let title = choose_title(&s, &document_title, h1.as_deref());
    // The h1s the page shows, with their shown words; of several (the site's, a section's, a vote
    // count), the one the title holds.
    let shown_h1s: Vec<(usize, String)> = page
        .elements_by_tag("h1")
        .filter(|&h| page.is_visible(h))
        .map(|h| (h, page.shown_text(h)))
        .filter(|(_, text)| !text.is_empty())
        .collect();
    let headline = shown_h1s
        .iter()
        .find_map(|(_, text)| headline_within(&title, text, s.site.as_deref()))
        .or_else(|| sole_headline(page, &shown_h1s, [&title, &document_title], s.site.as_deref()))
        .or_else(|| s.site.as_deref().and_then(|site| without_site_name(&title, site)))
        .or_else(|| clean_document_title(&title, None));

    // A publisher's name set as the author ("Cleveland Clinic" on Cleveland Clinic's page) gives way
    // to a writer the page names, and so does a declared author that names no one (a template's
    // unfilled "page.head.extra.author").
    let declared_author = s.author.clone().filter(|a| clean_byline(a).is_some());
    let byline = match declared_author {
        Some(author) if s.site.as_deref().is_some_and(|site| same_name(&author, site)) => {
            visible_byline(page, s.is_product).or(Some(author))
        }
        author => author.or_else(|| visible_byline(page, s.is_product)),
    }
    .and_then(|b| clean_byline(&b));
    let (vis_pub, vis_mod) = visible_dates(page);
    let html = page.find_tag("html");
    let lang = html
        .and_then(|h| page.node(h).attr("lang"))
        .map(str::to_string)
        .filter(|l| !l.trim().is_empty())
        .or(s.lang.clone());
    let dir = html
        .and_then(|h| page.node(h).attr("dir"))
        .or_else(|| page.find_tag("body").and_then(|b| page.node(b).attr("dir")))
        .map(|d| d.to_ascii_lowercase())
        .or_else(|| {
            lang.as_deref()
                .map(|l| l.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase())
                .filter(|l| matches!(l.as_str(), "ar" | "he" | "fa" | "ur" | "yi"))
                .map(|_| "rtl".to_string())
        });
    Meta {
        headline: collapse_whitespace(headline.as_deref().unwrap_or(&title)),
        title: collapse_whitespace(&title),
        site_name: s.site.map(|x| collapse_whitespace(&x)),
        byline: byline.filter(|b| !b.is_empty()),
        published_time: s.published.and_then(|d| dates::normalize(&d)).or(vis_pub),
        modified_time: s.modified.and_then(|d| dates::normalize(&d)).or(vis_mod),
        lang,
        dir,
        // The article object's own description first: OpenGraph's is often a one-line teaser
        // for social cards ("There's no going back from here.").
        excerpt: s
            .description
            .or(s.meta_description.map(|(_, d)| d))
            .map(|d| collapse_whitespace(&d))
            .filter(|d| !d.is_empty()),
        // A relative address ("/blog/seo-tutorials", "//www.example.com/item/1.html") is made
        // absolute against the page's own; one that cannot be is no link to show.
        url: s.url.and_then(|u| absolute_url(&u, page.url.as_deref())).or_else(|| page.url.clone()),
        declared_article: s.is_article,
        declared_discussion: s.is_discussion,
        declared_answers: s.is_qa,
        answer_openings: if s.is_qa { s.answer_openings } else { Vec::new() },
        declared_product: s.is_product,
    }
}

/// schema.org's Article and the subtypes pages declare (a forum thread's opening post is a
/// DiscussionForumPosting, a kind of SocialMediaPosting, itself a kind of Article).
const ARTICLE_TYPES: [&str; 10] = [
    "article",
    "newsarticle",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "techarticle",
    "scholarlyarticle",
    "socialmediaposting",
    "discussionforumposting",
];

fn json_ld(page: &Page, s: &mut Structured) {
    for script in page.elements_by_tag("script") {
        if page.node(script).attr("type").map(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) != Some(true) {
            continue;
        }
        let raw: String = page.node(script).children.iter().map(|&c| page.node(c).text.as_str()).collect();
        // Some pages wrap the JSON in a CDATA section (or a commented one) for old XHTML parsers.
        let json = raw.trim().trim_start_matches("//").trim_start();
        let json = json.strip_prefix("<![CDATA[").unwrap_or(json);
        let json = json.trim_end().trim_end_matches("//").trim_end();
        let json = json.strip_suffix("]]>").unwrap_or(json).trim_end().trim_end_matches("//");
        let Some(value) = parse_json_leniently(json.trim()) else {
            continue;
        };
        s.is_discussion |= names_type(&value, &DISCUSSION_TYPES);
        s.is_qa |= names_type(&value, &["qapage"]);
        answer_openings(&value, &mut s.answer_openings);
        let mut objects = Vec::new();
        flatten_ld(&value, &mut objects);
        for obj in objects {
            let types = ld_types(obj);
            s.is_product |= types.iter().any(|t| PRODUCT_TYPES.contains(&t.as_str()));
            if types.iter().any(|t| ARTICLE_TYPES.contains(&t.as_str())) {
                s.is_article = true;
                set_once(&mut s.ld_headline, ld_str(obj.get("headline")).or_else(|| ld_str(obj.get("name"))));
                set_once(&mut s.ld_name, ld_str(obj.get("name")));
                set_once(&mut s.author, ld_names(obj.get("author")));
                set_once(&mut s.published, ld_str(obj.get("datePublished")));
                set_once(&mut s.modified, ld_str(obj.get("dateModified")));
                set_once(&mut s.description, ld_str(obj.get("description")));
                set_once(&mut s.lang, ld_str(obj.get("inLanguage")));
                set_once(&mut s.site, obj.get("publisher").and_then(|p| ld_str(p.get("name"))));
                set_once(&mut s.url, ld_str(obj.get("url")));
            } else if types.iter().any(|t| t == "website" || t == "organization" || t == "newsmediaorganization") {
                set_once(&mut s.site, ld_str(obj.get("name")));
            }
        }
    }
}

/// A JSON-LD block as JSON, or, when that fails, with its raw control characters read as spaces:
/// some sites write a post's text into a string with its line breaks and tabs unescaped, which
/// strict JSON refuses (outside strings they are whitespace anyway).
fn parse_json_leniently(json: &str) -> Option<Value> {
    serde_json::from_str::<Value>(json).ok().or_else(|| {
        let spaced: String = json.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        serde_json::from_str::<Value>(&spaced).ok()
    })
}

/// schema.org types of a page whose replies are its content. (Not "QAPage": a question's answers
/// are read already, and what its markup calls comments are mostly remarks under them; see
/// `answer_openings` for the answers some sites mark up as comments. Not "Question": an FAQ page
/// lists its questions so.)
const DISCUSSION_TYPES: [&str; 1] = ["discussionforumposting"];

/// schema.org types of a page that offers a product (a top-level object or one of its @graph, not
/// a product an article mentions).
const PRODUCT_TYPES: [&str; 2] = ["product", "productgroup"];

/// Whether a JSON-LD value, at any depth (a thread is often the `mainEntity` of a WebPage), names
/// one of `types`.
fn names_type(v: &Value, types: &[&str]) -> bool {
    match v {
        Value::Array(items) => items.iter().any(|i| names_type(i, types)),
        Value::Object(map) => {
            ld_types(v).iter().any(|t| types.contains(&t.as_str())) || map.values().any(|i| names_type(i, types))
        }
        _ => false,
    }
}

/// Characters of an answer's text that find it on the page.
const ANSWER_OPENING_CHARS: usize = 40;

/// The openings of the texts of the JSON-LD Answer objects anywhere in `v` (a QAPage nests them
/// under its Question's acceptedAnswer and suggestedAnswer). Texts holding markup are skipped: the
/// page shows them otherwise.
fn answer_openings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| answer_openings(i, out)),
        Value::Object(map) => {
            if ld_types(v).iter().any(|t| t == "answer") {
                let text = ld_str(map.get("text")).map(|t| collapse_whitespace(&t)).unwrap_or_default();
                if text.chars().count() >= ANSWER_OPENING_CHARS && !text.contains('<') {
                    out.push(text.chars().take(ANSWER_OPENING_CHARS).collect());
                }
            }
            map.values().for_each(|child| answer_openings(child, out));
        }
        _ => {}
    }
}

fn flatten_ld<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| flatten_ld(i, out)),
        Value::Object(map) => {
            out.push(v);
            if let Some(graph) = map.get("@graph") {
                flatten_ld(graph, out);
            }
            // A page's main entity is what the page is (a thread's opening post set in a WebPage).
            if let Some(main) = map.get("mainEntity") {
                flatten_ld(main, out);
            }
        }
        _ => {}
    }
}

fn ld_types(obj: &Value) -> Vec<String> {
    match obj.get("@type") {
        Some(Value::String(t)) => vec![t.to_ascii_lowercase()],
        Some(Value::Array(ts)) => ts.iter().filter_map(|t| t.as_str()).map(str::to_ascii_lowercase).collect(),
        _ => Vec::new(),
    }
}

fn ld_str(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.trim().is_empty() => Some(decode_entities(s.trim())),
        Value::Array(items) => items.iter().find_map(|i| ld_str(Some(i))),
        _ => None,
    }
}

/// JSON-LD text is not HTML, yet many sites write HTML entities into it ("Q&amp;A", "&#8230;"),
/// sometimes escaped twice ("&amp;#8230;"); a meta tag's content, already decoded once by the
/// parser, still holds them when its CMS escaped the text twice ("That&amp;#039;s"). Numeric
/// references and the named ones seen in headlines are decoded here; a crate with the full entity
/// table adds 58 KB to the wasm.
fn decode_entities(text: &str) -> String {
    let once = decode_entities_once(text);
    if once.contains('&') && once != text {
        decode_entities_once(&once)
    } else {
        once
    }
}

fn decode_entities_once(text: &str) -> String {
    const NAMED: [(&str, char); 19] = [
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
        ("nbsp", '\u{a0}'),
        ("reg", '®'),
        ("copy", '©'),
        ("trade", '™'),
        ("bull", '•'),
        ("middot", '·'),
        ("hellip", '…'),
        ("ndash", '–'),
        ("mdash", '—'),
        ("lsquo", '‘'),
        ("rsquo", '’'),
        ("ldquo", '“'),
        ("rdquo", '”'),
        ("eacute", 'é'),
    ];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest[1..].find(';').filter(|&end| end <= 10).and_then(|end| {
            let name = &rest[1..1 + end];
            let c = match name.strip_prefix('#') {
                Some(num) => match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse().ok(),
                }
                // As the HTML parser does: a number that is no character (0, a surrogate, past
                // U+10FFFF) stands for U+FFFD.
                .map(|n| char::from_u32(n).filter(|&c| c != '\0').unwrap_or(char::REPLACEMENT_CHARACTER)),
                None => NAMED.iter().find(|(n, _)| *n == name).map(|&(_, c)| c),
            }?;
            Some((c, end + 2))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn ld_names(v: Option<&Value>) -> Option<String> {
    let names: Vec<String> = match v? {
        Value::String(s) => vec![s.clone()],
        Value::Object(_) => ld_str(v?.get("name")).into_iter().collect(),
        Value::Array(items) => items.iter().filter_map(|i| ld_names(Some(i))).collect(),
        _ => Vec::new(),
    };
    let names: Vec<String> = names.into_iter().map(|n| collapse_whitespace(&n)).filter(|n| !n.is_empty()).collect();
    (!names.is_empty()).then(|| names.join(", "))
}

fn set_once(slot: &mut Option<String>, value: Option<String>) {
    if slot.is_none() {
        *slot = value.filter(|v| !v.trim().is_empty());
    }
}

/// Meta tags naming the author, most trusted first.
const AUTHOR_TAGS: [&str; 9] = [
    "dc:creator",
    "dcterm:creator",
    "dc.creator",
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "citation_author",
    "sailthru.author",
];

/// Co-authors a paper names at most before the byline gives the first and "et al.".
const MAX_CO_AUTHORS: usize = 6;

/// The names of an author tag's values, one byline: scholarly tags (Dublin Core's creator,
/// `citation_author`) write each name "Last, First", which reads back as "First Last".
fn co_authors(tag: &str, names: &[String]) -> String {
    let scholarly = tag.contains("creator") || tag.starts_with("citation_");
    let name = |n: &String| match n.split_once(',') {
        Some((last, first)) if scholarly && !first.contains(',') && !first.trim().is_empty() => {
            format!("{} {}", first.trim(), last.trim())
        }
        _ => n.clone(),
    };
    if names.len() > MAX_CO_AUTHORS {
        return format!("{} et al.", name(&names[0]));
    }
    names.iter().map(name).collect::<Vec<_>>().join(", ")
}

fn meta_tags(page: &Page, s: &mut Structured) {
    // The best-ranked author tag's values: a paper repeats its tag for each co-author.
    let mut meta_author: Option<(usize, Vec<String>)> = None;
    let mut app_name = None;
    for m in page.elements_by_tag("meta") {
        let node = page.node(m);
        let key = node
            .attr("property")
            .or_else(|| node.attr("name"))
            .or_else(|| node.attr("itemprop"))
            .or_else(|| node.attr("http-equiv"))
            .unwrap_or("")
            .to_ascii_lowercase();
        let Some(content) = node.attr("content").map(decode_entities) else {
            continue;
        };
        // Some sites list several properties in one attribute ("og:title twitter:title").
        for key in key.split_whitespace() {
            let value = Some(content.clone());
            match key {
                "dc:title" | "dcterm:title" | "dc.title" | "og:title" | "twitter:title" | "parsely-title"
                | "citation_title" => {
                    // A page's own title tags, in the order publishers mean them.
                    let rank = [
                        "dc:title",
                        "dcterm:title",
                        "dc.title",
                        "og:title",
                        "twitter:title",
                        "parsely-title",
                        "citation_title",
                    ]
                    .iter()
                    .position(|k| *k == key)
                    .unwrap_or(9);
                    if !content.trim().is_empty() && s.meta_title.as_ref().is_none_or(|(r, _)| rank < *r) {
                        s.meta_title = Some((rank, content.trim().to_string()));
                    }
                }
                "og:site_name" => set_once(&mut s.site, value),
                // A web app's name, when no og:site_name names the site (MSN sets it to the headline).
                "application-name" => set_once(&mut app_name, value),
                _ if AUTHOR_TAGS.contains(&key) && !content.starts_with("http") && !content.trim().is_empty() => {
                    // Dublin Core's creator is the most deliberate of these, then the generic tags.
                    let rank = AUTHOR_TAGS.iter().position(|k| *k == key).unwrap_or(AUTHOR_TAGS.len());
                    let name = content.trim().to_string();
                    match &mut meta_author {
                        Some((r, names)) if *r == rank => {
                            if !names.contains(&name) {
                                names.push(name);
                            }
                        }
                        Some((r, _)) if *r < rank => {}
                        _ => meta_author = Some((rank, vec![name])),
                    }
                }
                "article:published_time"
                | "og:published_time"
                | "parsely-pub-date"
                | "date"
                | "dc.date"
                | "citation_publication_date"
                | "pubdate"
                | "publishdate"
                | "datepublished"
                | "sailthru.date" => set_once(&mut s.published, value),
                "article:modified_time" | "og:updated_time" | "datemodified" | "last-modified" => {
                    set_once(&mut s.modified, value)
                }
                "dc:description"
                | "dcterm:description"
                | "dc.description"
                | "og:description"
                | "description"
                | "twitter:description" => {
                    let rank =
                        ["dc:description", "dcterm:description", "dc.description", "og:description", "description"]
                            .iter()
                            .position(|k| *k == key)
                            .unwrap_or(9);
                    if !content.trim().is_empty() && s.meta_description.as_ref().is_none_or(|(r, _)| rank < *r) {
                        s.meta_description = Some((rank, content.trim().to_string()));
                    }
                }
                "og:locale" | "content-language" | "language" => {
                    set_once(&mut s.lang, value.map(|v| v.replace('_', "-")))
                }
                "og:url" => set_once(&mut s.url, value),
                "og:type" if content.eq_ignore_ascii_case("article") => s.is_article = true,
                // OpenGraph's product types: "product", "product.item", "product.group" ("og:product" too).
                "og:type" if content.to_ascii_lowercase().trim_start_matches("og:").starts_with("product") => {
                    s.is_product = true
                }
                _ => {}
            }
        }
    }
    set_once(&mut s.author, meta_author.map(|(rank, names)| co_authors(AUTHOR_TAGS[rank], &names)));
    set_once(&mut s.site, app_name);
    for l in page.elements_by_tag("link") {
        let node = page.node(l);
        if node.attr("rel").map(|r| r.eq_ignore_ascii_case("canonical")) == Some(true) {
            set_once(&mut s.url, node.attr("href").map(str::to_string));
        }
    }
}

/// An address the page declares, made absolute against the page's own address when it is relative;
/// None when it is relative and the page's address is unknown or the two do not join. An absolute
/// address is kept as written.
fn absolute_url(declared: &str, page_url: Option<&str>) -> Option<String> {
    let declared = declared.trim();
    let has_scheme = declared.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    if has_scheme {
        return Some(declared.to_string());
    }
    join_url(page_url?, declared)
}

/// RFC 3986 resolution of a reference against a base: the `url` crate natively, the browser's own
/// URL parser in wasm (the same standard, and no parser tables added to the wasm).
#[cfg(not(target_arch = "wasm32"))]
fn join_url(base: &str, reference: &str) -> Option<String> {
    url::Url::parse(base).ok()?.join(reference).ok().map(String::from)
}

#[cfg(target_arch = "wasm32")]
fn join_url(base: &str, reference: &str) -> Option<String> {
    web_sys::Url::new_with_base(reference, base).ok().map(|u| u.href())
}

/// The schema.org type a microdata item declares, by its name lower-cased
/// ("https://schema.org/Review" gives "review").
fn item_type(node: &crate::page::Node) -> Option<String> {
    node.attr("itemtype").map(|t| t.trim().rsplit('/').next().unwrap_or("").to_ascii_lowercase())
}

fn microdata(page: &Page, s: &mut Structured) {
    // Each author item with its name: the first not a customer's (in a review or testimonial) is
    // taken once the whole page tells whether it offers a product.
    let mut authors: Vec<(usize, String)> = Vec::new();
    for id in 0..page.len() {
        let node = page.node(id);
        if let Some(name) = item_type(node) {
            s.is_discussion |= DISCUSSION_TYPES.contains(&name.as_str());
            s.is_qa |= name == "qapage";
            // A top-level item, not one that is a property of another (a review's itemReviewed).
            s.is_product |= PRODUCT_TYPES.contains(&name.as_str()) && node.attr("itemprop").is_none();
        }
        let Some(prop) = node.attr("itemprop") else {
            continue;
        };
        let value = || {
            node.attr("content").or_else(|| node.attr("datetime")).map(str::to_string).or_else(|| Some(page.text(id)))
        };
        match prop {
            "headline" => set_once(&mut s.microdata_title, value()),
            "author" | "creator" => {
                let name = page
                    .descendants(id)
                    .into_iter()
                    .find(|&d| page.node(d).attr("itemprop") == Some("name"))
                    .map(|d| page.node(d).attr("content").map(str::to_string).unwrap_or_else(|| page.text(d)));
                let name = name.or_else(|| first_named_line(page, id)).or_else(value);
                if s.author.is_none() {
                    authors.extend(name.map(|n| (id, n)));
                }
            }
            "datePublished" => set_once(&mut s.published, value()),
            "dateModified" => set_once(&mut s.modified, value()),
            _ => {}
        }
    }
    let sells = s.is_product;
    let author = authors.into_iter().find(|&(id, _)| !speaks_for_customers(page, id, sells));
    set_once(&mut s.author, author.map(|(_, name)| name));
}

/// Meta title tags first (publishers write them for this), then JSON-LD, `<title>`, the h1. Of
/// JSON-LD's headline and name, the one the page's `<title>` or h1 confirms (Wikipedia's headline is
/// a description).
fn choose_title(s: &Structured, document_title: &str, h1: Option<&str>) -> String {
    let shown: Vec<String> =
        [Some(document_title), h1].into_iter().flatten().map(|t| collapse_whitespace(t).to_lowercase()).collect();
    let confirmed = |t: &String| {
        let t = collapse_whitespace(t).to_lowercase();
        t.chars().count() >= 3 && shown.iter().any(|s| s.contains(&t))
    };
    let ld_title = match (&s.ld_headline, &s.ld_name) {
        (Some(headline), Some(name)) if !confirmed(headline) && confirmed(name) => Some(name.clone()),
        (headline, _) => headline.clone(),
    };
    ld_title
        .or_else(|| s.meta_title.clone().map(|(_, t)| t))
        .or_else(|| s.microdata_title.clone())
        .or_else(|| clean_document_title(document_title, s.site.as_deref()))
        .or_else(|| h1.map(str::to_string))
        .unwrap_or_default()
}

/// Separators between a headline and the site's name in a title.
const TITLE_SEPARATORS: [&str; 8] = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " • "];

/// The site's declared name as a reader knows it: a separator left at its end is dropped ("Every
/// Woman's Marathon -"), a name without a letter or digit ("/") is none, and a name written as a
/// slug in lower case ("cultivating-health", "tastewise") takes the form the page's title gives
/// the same letters ("... | Cultivating Health", "... - Tastewise").
fn site_name_as_shown(declared: &str, document_title: &str) -> Option<String> {
    let mut name = collapse_whitespace(declared);
    while let Some((head, last)) = name.rsplit_once(' ') {
        if !last.chars().all(|c| "-|–—•·:".contains(c)) {
            break;
        }
        name = head.trim_end().to_string();
    }
    if !name.chars().any(char::is_alphanumeric) {
        return None;
    }
    if name.chars().any(char::is_uppercase) {
        return Some(name);
    }
    let letters =
        |text: &str| text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    let key = letters(&name);
    let title = collapse_whitespace(document_title);
    let mut parts = vec![title.as_str()];
    for sep in TITLE_SEPARATORS {
        parts = parts.into_iter().flat_map(|part| part.split(sep)).collect();
    }
    let shown =
        parts.into_iter().map(str::trim).find(|part| part.chars().any(char::is_uppercase) && letters(part) == key);
    Some(shown.map_or(name, str::to_string))
}

/// The page's visible headline when the chosen title is that headline plus the site's name or a
/// tagline ("What is Cloud Computing? | Google Cloud" under the h1 "What is Cloud Computing?").
/// Not an h1 that is the site's name (a logo), nor a short h1 that ends a longer title ("... |
/// News" under a section's h1 "News"), unless the title's other side is the site's name.
fn headline_within(title: &str, h1: &str, site: Option<&str>) -> Option<String> {
    let (title, h1) = (collapse_whitespace(title), collapse_whitespace(h1));
    let (lower, head) = (title.to_lowercase(), h1.to_lowercase());
    if head.chars().count() < 3 || head.len() >= lower.len() || site.is_some_and(|s| s.trim().eq_ignore_ascii_case(&h1))
    {
        return None;
    }
    TITLE_SEPARATORS.iter().find_map(|sep| {
        let rest = if let Some(rest) = lower.strip_prefix(&head).and_then(|r| r.strip_prefix(sep)) {
            rest
        } else {
            lower.strip_suffix(&head).and_then(|r| r.strip_suffix(sep))?
        };
        // The other side is the site's name, or at most as long as the headline.
        let other_is_site = site.is_some_and(|s| s.trim().eq_ignore_ascii_case(rest));
        (other_is_site || rest.len() <= head.len() || lower.starts_with(&head)).then(|| h1.clone())
    })
}

/// The page's only h1 (`shown_h1s`: the h1s it shows, with their shown words), when it is not
/// the site's name: the headline the reader sees, where the title is written for search engines
/// ("Headlamps" on a page titled "Headlamps for Camping, Hiking & Running | REI Co-op"). An h1 in
/// the page's navigation, footer, sidebar or a link, or that is a link home (a logo), does not
/// count; nor is the h1 taken when it names the site: its og:site_name, a domain name, or
/// the end of the title, or of `<title>`, after a separator ("Strategy Review - Bogleheads").
fn sole_headline(page: &Page, shown_h1s: &[(usize, String)], titles: [&str; 2], site: Option<&str>) -> Option<String> {
    // A logo set as an h1 (a link to the home page, or one in the page's frame) is the site's, not a
    // second headline: the one h1 left is the page's.
    let candidates: Vec<&(usize, String)> =
        shown_h1s.iter().filter(|(h, _)| !page.in_frame_or_link(*h) && !is_home_link(page, *h)).collect();
    let [(_, text)] = candidates[..] else {
        return None;
    };
    // A section's mark after the words ("Data Structures¶"), an anchor link's symbol, is no part of it.
    let text = text.trim_end_matches(['¶', '#', '§', '🔗']).trim_end().to_string();
    let lower = text.to_lowercase();
    let names_site = site.is_some_and(|s| s.trim().eq_ignore_ascii_case(&text))
        || (!lower.contains(' ') && lower.contains('.'))
        || titles.iter().any(|title| {
            let title = collapse_whitespace(title).to_lowercase();
            TITLE_SEPARATORS.iter().any(|sep| title.ends_with(&format!("{sep}{lower}")))
        });
    let text = without_label(&text, titles).unwrap_or(text);
    // A line that ends on a colon introduces what follows ("A message from our founder:"): a box's
    // lead-in set as an h1, not what the page is about.
    let introduces = text.ends_with(':');
    (!names_site
        && !introduces
        && !names_a_section(&text, titles[0], site)
        && text.chars().count() <= MAX_HEADLINE_CHARS)
        .then_some(text)
}

/// Whether a short h1 ("Our Blog", "M&A Updates", "Pulse!") names the page's section rather
/// than its content: it has no content word in common with a title that says more than the
/// site's name, with two content words or more in one of its parts other than the site's name
/// (not "Home | Daily"). The title is then the better headline.
fn names_a_section(h1: &str, title: &str, site: Option<&str>) -> bool {
    const SECTION_NAME_MAX_WORDS: usize = 4;
    if h1.split_whitespace().count() > SECTION_NAME_MAX_WORDS {
        return false;
    }
    let content_words = |text: &str| -> Vec<String> {
        text.unicode_words()
            .map(str::to_lowercase)
            .filter(|w| w.chars().count() >= 3 && !crate::summary::is_stopword(w))
            .collect()
    };
    let site_words = site.map(content_words).unwrap_or_default();
    // The title's parts between separators: "Home | Daily" says no more than "Home".
    let mut parts = vec![title];
    for sep in TITLE_SEPARATORS {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    let says_more_than_site = parts.iter().any(|part| {
        let words = content_words(part);
        words.len() >= 2 && words.iter().any(|w| !site_words.contains(w))
    });
    let h1_words = content_words(h1);
    says_more_than_site && !content_words(title).iter().any(|w| !site_words.contains(w) && h1_words.contains(w))
}

/// An h1's words after a one-word label ("Thread: Which boots?", "Blog: ..."), when a title
/// holds them without the label: the label says what kind of page it is, the rest is the headline.
fn without_label(h1: &str, titles: [&str; 2]) -> Option<String> {
    let (label, rest) = h1.split_once(": ")?;
    let rest = rest.trim();
    if !label.chars().all(char::is_alphabetic) || label.is_empty() || rest.split_whitespace().count() < 2 {
        return None;
    }
    let (label, lower_rest) = (format!("{}:", label.to_lowercase()), rest.to_lowercase());
    titles
        .iter()
        .map(|title| collapse_whitespace(title).to_lowercase())
        .any(|title| title.contains(&lower_rest) && !title.contains(&label))
        .then(|| rest.to_string())
}

/// A title without the site's name at its start or end ("Carry-On Luggage | Samsonite"), when the
/// page names its site (og:site_name) and something is left.
fn without_site_name(title: &str, site: &str) -> Option<String> {
    let (title, site) = (collapse_whitespace(title), collapse_whitespace(site).to_lowercase());
    let lower = title.to_lowercase();
    // (Lower-casing may change a text's length: then the cut would not line up.)
    if lower.len() != title.len() {
        return None;
    }
    TITLE_SEPARATORS.iter().find_map(|sep| {
        let rest = if lower.ends_with(&format!("{sep}{site}")) {
            title.get(..title.len() - sep.len() - site.len())?
        } else if lower.starts_with(&format!("{site}{sep}")) {
            title.get(site.len() + sep.len()..)?
        } else {
            return None;
        };
        Some(rest.trim().to_string()).filter(|r| !r.is_empty())
    })
}

/// Whether all of an element's text is one link to a site's home page (a logo: "<h1><a
/// href="https://mybb.com/">MyBB</a></h1>").
fn is_home_link(page: &Page, id: usize) -> bool {
    let text = page.text(id);
    page.descendants(id).into_iter().any(|d| {
        let node = page.node(d);
        node.tag == "a"
            && page.text(d) == text
            && node.attr("href").is_some_and(|href| {
                let path = href.split_once("://").map_or(href, |(_, rest)| rest.find('/').map_or("", |i| &rest[i..]));
                matches!(path.trim(), "" | "/" | "./" | "/index.html")
            })
    })
}

/// An h1 longer than this is a block of text set large, not a headline.
const MAX_HEADLINE_CHARS: usize = 200;

/// `<title>` minus a trailing or leading site name ("Headline | Site").
fn clean_document_title(title: &str, site: Option<&str>) -> Option<String> {
    let title = collapse_whitespace(title);
    if title.is_empty() {
        return None;
    }
    for sep in [" | ", " - ", " – ", " — ", " :: ", " « ", " » "] {
        if let Some(pos) = title.rfind(sep) {
            let (head, tail) = (&title[..pos], &title[pos + sep.len()..]);
            // Without the site's name, a short tail is taken for it, unless it is a date ("- March 2026").
            let words: Vec<&str> = tail.split_whitespace().collect();
            let tail_is_site =
                site.map(|s| tail.eq_ignore_ascii_case(s)).unwrap_or(words.len() <= 4 && !starts_date(&words, true));
            if tail_is_site && head.split_whitespace().count() >= 3 {
                return Some(head.to_string());
            }
        }
    }
    Some(title)
}

/// Whether an element sits in (or is) a block where customers speak: a testimonial, or, on a page
/// that offers a product (`sells`), a review (by its classes or a schema.org Review item). The names
/// there are the customers' ("Lynn B., client", a review card's "Anonymous"), not the page's author.
fn speaks_for_customers(page: &Page, id: usize, sells: bool) -> bool {
    let lexicon = lexicon();
    std::iter::once(id).chain(page.ancestors(id)).any(|a| {
        let node = page.node(a);
        any_attr_token(node, |t| lexicon.testimonial_attr.contains(t) || (sells && lexicon.review_attr.contains(t)))
            || (sells && item_type(node).is_some_and(|t| t == "review"))
    })
}

/// A name's letters and digits, lower-cased: "Home Advisor", "HomeAdvisor" and the slug "home-advisor"
/// are one name.
fn name_key(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Whether two names are one, in whatever case and spacing (`name_key`).
fn same_name(a: &str, b: &str) -> bool {
    let a = name_key(a);
    !a.is_empty() && a == name_key(b)
}

/// Words the name over an author's biography has at most ("Mary Ann de la Cruz").
const BOX_NAME_MAX_WORDS: usize = 5;

/// A visible "By Name" line, or the text of an element marked as byline/author; not one where
/// customers speak (`speaks_for_customers`).
fn visible_byline(page: &Page, sells: bool) -> Option<String> {
    let prefixes = &lexicon().byline_prefixes;
    let mut marked: Option<String> = None;
    for (id, shown) in page.visible_nodes().into_iter().enumerate() {
        let node = page.node(id);
        if !node.is_element() || !shown {
            continue;
        }
        let rel_author = node.attr("rel") == Some("author");
        let marked_up = rel_author
            || any_attr_token(node, |t| t == "byline" || t == "author" || t == "authors")
            || links_to_own_author_page(page, id);
        // (A comment form's "author" field is no byline: "Name *".)
        let holds_field = || {
            page.descendants(id)
                .into_iter()
                .any(|d| matches!(page.node(d).tag.as_str(), "input" | "textarea" | "select"))
        };
        if marked.is_none()
            && marked_up
            && !names_topics(page, id)
            && !in_sidebar(page, id)
            && !holds_field()
            && !speaks_for_customers(page, id, sells)
        {
            if let Some(names) = linked_names(page, id) {
                marked = Some(names);
            } else if let Some(text) = page.short_text(id, 2000).filter(|t| (3..100).contains(&t.chars().count())) {
                // A box marked "byline" that holds only a date names no one: a later one may.
                // "Written by Ann Lee" over "Senior Editor": the line that names her.
                marked = first_named_line(page, id).or_else(|| clean_byline(&text).map(|_| text));
            } else {
                // An author box: a name on its first line, over the writer's biography (a name of a
                // few words: a title-cased headline of the writer's other posts is none).
                marked = first_named_line(page, id).filter(|n| n.split_whitespace().count() <= BOX_NAME_MAX_WORDS);
            }
        }
        if matches!(node.tag.as_str(), "p" | "div" | "span" | "address" | "h2" | "h3" | "h4" | "h5" | "h6") {
            if let Some(text) = page.short_line(id, 2000, 80) {
                let heading = node.tag.starts_with('h');
                // (A menu's "By use case" is no byline, nor a heading's "Explore Courses <span>By
                // Category</span>", nor an unmarked mega-menu's "By Collection" over its links.)
                let opens_with_by = strip_byline_prefix(&text, prefixes);
                let fact_part = || byline_part(&text, prefixes);
                // (The element's first line, which a byline that opens it may run on into, is
                // another fact when the byline is a later part: "March 15, 2022".)
                let whole_line = opens_with_by.is_some();
                let by_line = opens_with_by.or_else(fact_part).filter(|_| {
                    !heading && !in_menu(page, id) && !in_heading(page, id) && !holds_links_label(page, id)
                });
                if let Some(name) = by_line {
                    // "By Nathan Willis March 25, 2015": the names before the date.
                    let names = cut_byline_tail(&name);
                    if (looks_like_name(&names) || is_linked_handle(page, id, &names))
                        && !speaks_for_customers(page, id, sells)
                    {
                        let names = leading_linked_names(page, id, &name)
                            .or_else(|| whole_line.then(|| first_named_line(page, id)).flatten());
                        return Some(names.unwrap_or(name));
                    }
                } else if is_bare_byline_label(&text) && text.trim_end_matches(':').trim().chars().count() >= 6 {
                    // "<div>Written by</div><div>Jack Shepherd</div>": the name is the next element
                    // (not after a bare "By", which ends menus such as "Shop by").
                    let name = page
                        .following_siblings(id)
                        .find(|&c| page.node(c).is_element())
                        .and_then(|next| page.short_text(next, 200));
                    let name = name.filter(|n| looks_like_name(&cut_byline_tail(n)));
                    if let Some(name) = name.filter(|_| !speaks_for_customers(page, id, sells)) {
                        return Some(name);
                    }
                }
            }
        }
    }
    marked
}

/// Whether an element is a link to its text's author page: the path's `author` (or `authors`)
/// segment followed by the link text as a slug ("/blog/author/brianbecker" on "Brian Becker",
/// WordPress's "/author/ann-lee/"), the way most publishing systems link a writer's name.
fn links_to_own_author_page(page: &Page, id: usize) -> bool {
    let node = page.node(id);
    let Some(href) = node.attr("href").filter(|_| node.tag == "a") else { return false };
    let path = href.split(['?', '#']).next().unwrap_or_default();
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    let Some(_) = segments.by_ref().find(|s| s.eq_ignore_ascii_case("author") || s.eq_ignore_ascii_case("authors"))
    else {
        return false;
    };
    let Some(slug) = segments.next().map(name_key).filter(|s| !s.is_empty()) else { return false };
    let text = page.shown_text(id);
    // (Before the headline, such a link is the site's menu of columnists.)
    (2..=4).contains(&text.split_whitespace().count())
        && name_key(&text) == slug
        && page.find_tag("h1").is_none_or(|h1| h1 < id)
}

/// Words a user's handle has at most ("galitsyn", "el gato").
const MAX_HANDLE_WORDS: usize = 2;

/// Whether words after "By" that do not read as a name are a user's handle: the text of a link
/// (to the profile) in the byline, of a word or two ("by <a>galitsyn</a>"; not "by default").
fn is_linked_handle(page: &Page, id: usize, name: &str) -> bool {
    (1..=MAX_HANDLE_WORDS).contains(&name.split_whitespace().count())
        && page.descendants(id).into_iter().any(|d| page.node(d).tag == "a" && page.shown_text(d) == name)
}

/// The line of a byline box that names its author, without its "By" label: the first line that
/// is neither a bare label ("Written by") nor only a date, when that line reads as a name ("Ann
/// Lee" over her job title "Senior Editor", which the box's text would run on into).
fn first_named_line(page: &Page, id: usize) -> Option<String> {
    let prefixes = &lexicon().byline_prefixes;
    // (A line that is a link to a topic's page is the post's subject, not its writer; one to the
    // comments is a button.)
    let not_names: Vec<String> = page
        .descendants(id)
        .into_iter()
        .filter(|&d| page.node(d).tag == "a" && (is_topic_link(page, d) || is_comments_link(page, d)))
        .map(|d| page.shown_text(d))
        .collect();
    let line = page
        .lines(id)
        .into_iter()
        .find(|line| !is_bare_byline_label(line) && !not_names.contains(line) && clean_byline(line).is_some())?;
    let name = strip_byline_prefix(&line, prefixes).unwrap_or(line);
    looks_like_name(&cut_byline_tail(&name)).then_some(name)
}

/// A byline's label with no name after it: "Written by", "By:", "Author:".
fn is_bare_byline_label(text: &str) -> bool {
    let text = text.trim().trim_end_matches(':').to_lowercase();
    text == "author" || lexicon().byline_prefixes.iter().any(|p| text == p.trim_end_matches(':'))
}

/// Whether an element sits in a menu or in a region declared complementary (a sidebar), where
/// "author" boxes name other writers to follow, not this page's. (Not any `<aside>`: some pages
/// put the article's own byline and dates in one.)
fn in_sidebar(page: &Page, id: usize) -> bool {
    in_menu(page, id) || page.ancestors(id).any(|a| page.node(a).attr("role") == Some("complementary"))
}

/// Links a menu's group holds at least under its "By ..." label.
const MENU_GROUP_LINKS: usize = 3;

/// Whether an element is the label over a group of links, its next sibling: "<span>By
/// Collection</span>" over the links of a mega-menu that is not marked as navigation. The group's
/// text is its links' and nothing else (a byline's share bar is links by icon, with no text), and
/// the label one word after its "By" (a sidebar's "By John Gruber" over the site's menu is a byline).
fn heads_links(page: &Page, id: usize) -> bool {
    let one_word = page
        .short_text(id, 200)
        .and_then(|t| strip_byline_prefix(&t, &lexicon().byline_prefixes))
        .is_some_and(|rest| rest.split_whitespace().count() == 1);
    if !one_word {
        return false;
    }
    let Some(next) = page.following_siblings(id).find(|&s| page.node(s).is_element()) else {
        return false;
    };
    let in_link = |t: usize| page.ancestors(t).take_while(|&a| a != next).any(|a| page.node(a).tag == "a");
    let below = page.descendants(next);
    let texts = below.iter().filter(|&&d| page.node(d).is_text() && !page.node(d).text.trim().is_empty());
    let worded = |d: usize| page.short_text(d, 200).is_some_and(|t| !t.is_empty());
    let links = below.iter().filter(|&&d| page.node(d).tag == "a" && worded(d)).count();
    links >= MENU_GROUP_LINKS && texts.into_iter().all(|&t| in_link(t))
}

/// Whether an element is or holds such a label (the group's box, "By Collection" and its links).
fn holds_links_label(page: &Page, id: usize) -> bool {
    std::iter::once(id).chain(page.descendants(id)).any(|d| page.node(d).is_element() && heads_links(page, d))
}

/// Whether an element sits in a heading: its words are the heading's.
fn in_heading(page: &Page, id: usize) -> bool {
    page.ancestors(id).any(|a| matches!(page.node(a).tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"))
}

/// Whether an element sits in a menu (`<nav>` or a navigation landmark): "Shop by Gender & Age".
fn in_menu(page: &Page, id: usize) -> bool {
    page.ancestors(id).any(|a| page.node(a).tag == "nav" || page.node(a).attr("role") == Some("navigation"))
}

/// Words that name a topic's page in a link's path, where a blog lists its posts on one subject,
/// or in the link's or its box's class ("byline__category").
const TOPIC_WORDS: [&str; 6] = ["tag", "tags", "category", "categories", "topic", "topics"];

/// Whether an element is a link to a topic's page: "/tag/personal-finance", or a link marked as a
/// category (`<span class="byline__category"><a href="/health/wellness">`).
fn is_topic_link(page: &Page, id: usize) -> bool {
    let href = page.node(id).attr("href").unwrap_or_default();
    let path = href.split(['?', '#']).next().unwrap_or_default();
    let names_topic = |t: &str| TOPIC_WORDS.iter().any(|w| t.eq_ignore_ascii_case(w));
    path.split('/').any(names_topic)
        || std::iter::once(id).chain(page.ancestors(id).take(1)).any(|n| any_attr_token(page.node(n), names_topic))
}

/// Whether a box names topics and no writer: its links all go to topics' pages, and its text
/// without them names no one. A box marked "byline" may show the post's subject and date where
/// others show the writer ("Personal finance · January 31, 2025").
fn names_topics(page: &Page, id: usize) -> bool {
    let links: Vec<usize> = page.descendants(id).into_iter().filter(|&d| page.node(d).tag == "a").collect();
    if links.is_empty() || !links.iter().all(|&d| is_topic_link(page, d)) {
        return false;
    }
    let mut rest = page.shown_text(id);
    for &d in &links {
        rest = rest.replacen(&page.shown_text(d), " ", 1);
    }
    clean_byline(rest.trim()).is_none()
}

/// Whether an element is a link to the post's comments, whose text ("Comment", "3 Comments") is
/// no writer's name: the comments role's label words in its address's fragment or its own labels
/// ("#comments-outer-wrapper", "#respond", `class="entry-comments"`).
fn is_comments_link(page: &Page, id: usize) -> bool {
    let node = page.node(id);
    let Some(cues) = lexicon().roles.get("comments") else { return false };
    let names_comments = |t: &str| cues.attr.iter().any(|w| t.eq_ignore_ascii_case(w));
    let fragment = node.attr("href").and_then(|href| href.split_once('#')).map_or("", |(_, f)| f);
    fragment.split(['-', '_']).any(names_comments) || any_attr_token(node, names_comments)
}

/// A byline box holds the names as links beside a job title or a date: the links are the names
/// (one to four of them).
fn linked_names(page: &Page, id: usize) -> Option<String> {
    let linked: Vec<String> = page
        .descendants(id)
        .into_iter()
        .filter(|&d| d != id && page.node(d).tag == "a" && !is_topic_link(page, d) && !is_comments_link(page, d))
        .filter_map(|d| page.short_text(d, 200))
        .filter(|t| t.chars().count() >= 3 && looks_like_name(t))
        .collect();
    (!linked.is_empty() && linked.len() <= 4).then(|| linked.join(", "))
}

/// The linked names a "By" line opens with, joined by commas or "and", as the line writes them:
/// "By <a>Ann Lee</a> Associate Editor" gives "Ann Lee", not the job title; "By <a>Ann Lee</a>
/// and <a>Bo Chen</a>" gives "Ann Lee and Bo Chen"; the share links that may follow are no names.
fn leading_linked_names(page: &Page, id: usize, text: &str) -> Option<String> {
    let links =
        page.descendants(id).into_iter().filter(|&d| page.node(d).tag == "a").filter_map(|d| page.short_text(d, 200));
    let mut rest = text;
    let mut names_end = 0;
    for link in links {
        let Some(after) = rest.strip_prefix(link.as_str()) else {
            break;
        };
        if !looks_like_name(&link) {
            break;
        }
        names_end = text.len() - after.len();
        let after = after.trim_start();
        let joined = match after.strip_prefix([',', '&']) {
            Some(next) => Some(next.trim_start().strip_prefix("and ").unwrap_or(next)),
            None => after.strip_prefix("and "),
        };
        match joined {
            Some(next) => rest = next.trim_start(),
            None => break,
        }
    }
    (names_end > 0).then(|| text[..names_end].to_string())
}

/// Marks that set a post's facts apart on one line ("March 15, 2022 · 3 min read · By ASU Online").
const FACT_SEPARATORS: [&str; 3] = [" · ", " | ", " • "];

/// The byline among a line's facts: a later part that opens with "By".
fn byline_part(text: &str, prefixes: &[String]) -> Option<String> {
    let separator = FACT_SEPARATORS.iter().find(|sep| text.contains(**sep))?;
    text.split(separator).skip(1).find_map(|part| strip_byline_prefix(part.trim(), prefixes))
}

fn strip_byline_prefix(text: &str, prefixes: &[String]) -> Option<String> {
    let lower = text.to_lowercase();
    for p in prefixes {
        let p = p.as_str();
        if !lower.starts_with(p) || text.len() <= p.len() || !text.is_char_boundary(p.len()) {
            continue;
        }
        let rest = &text[p.len()..];
        // "By Ann", "By: Ann", and "ByAnn" (markup glued the prefix to the name: the case
        // changes where they meet, unlike in "DIGITAL" or "PARIS").
        let glued = p.chars().count() <= 3
            && rest.chars().next().is_some_and(char::is_uppercase)
            && text[..p.len()].chars().last().is_some_and(char::is_lowercase);
        if rest.starts_with([' ', ':']) || glued {
            return Some(rest.trim_start_matches([' ', ':']).trim().to_string());
        }
    }
    None
}

/// The names in a visible byline, without the date, time or job title around them: the byline's
/// parts between separators are read in order and the first that starts with a name gives it, up
/// to the date that follows ("Dan Goodin - Apr 16, 2015", "Ann Lee • 8h", "Ann Lee | Staff",
/// "Dec. 19, 2025 · Niko Matsakis"). Empty when every part is a date ("Sat, 20 Dec, 2025 - 06:36").
fn cut_byline_tail(b: &str) -> String {
    // Letters of the lower-case word that may lead into a byline's date ("on", "am", "le").
    const LEAD_IN_CHARS: usize = 3;
    let labels = &lexicon().date_labels;
    let mut parts = vec![b];
    for sep in [" - ", " – ", " — ", " • ", " | ", " · ", " » "] {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    for part in parts {
        let lower = part.trim().to_lowercase();
        if labels.published.iter().chain(&labels.updated).any(|l| lower.starts_with(l.as_str())) {
            continue;
        }
        let words: Vec<&str> = part.split_whitespace().collect();
        // A date's label ends the names too ("Ann Lee Last Updated: August 1, 2025").
        let labelled =
            |i: usize| {
                let rest = words[i..].join(" ").to_lowercase();
                labels.published.iter().chain(&labels.updated).any(|l| {
                    rest.strip_prefix(l.as_str()).is_some_and(|after| !after.starts_with(char::is_alphanumeric))
                })
            };
        let mut names: Vec<&str> = words
            .iter()
            .enumerate()
            .take_while(|&(i, _)| !starts_date(&words[i..], i == 0) && !labelled(i))
            .map(|(_, w)| *w)
            .collect();
        // The short word that leads into the date is no name's: "Posted by Ann on Sunday March 8"
        // (names are capitalised; "via scvalex" keeps its handle).
        let leads_into_date = |w: &&str| w.chars().count() <= LEAD_IN_CHARS && w.chars().all(char::is_lowercase);
        if names.len() > 1 && names.len() < words.len() && names.last().is_some_and(leads_into_date) {
            names.pop();
        }
        let names = names.join(" ");
        let names = names.trim_end_matches([',', ';', ' ', '•', '·', '|', '-', '–', '—', '»']);
        if !names.is_empty() {
            return names.to_string();
        }
    }
    String::new()
}

/// Whether a date begins at the first of `words`: a number, a month before a number ("March 11",
/// "Dec. 19", not the "June" of "Laura June Topolsky"), or a weekday before a date or with a comma
/// ("Sat, 20 Dec", "Thu Aug 27"). A number that opens a byline's part is a date only when it
/// looks like one ("06:36", "3/2/2025", "20 Dec", "3 min read"), not in "98 Buck Social".
fn starts_date(words: &[&str], opens_part: bool) -> bool {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    use dates::WEEKDAYS;
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    // A full name or an abbreviation of three or four letters ("Sept.").
    let names_one = |w: &str, of: &[&str]| {
        let w = bare(w);
        w.len() >= 3 && of.iter().any(|m| *m == w || (w.len() <= 4 && m.starts_with(w.as_str())))
    };
    let number = |w: Option<&&str>| w.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    let Some(first) = words.first() else {
        return false;
    };
    let dated_number = || {
        first.contains(['/', ':', '.', '-'])
            || words.get(1).is_none_or(|next| names_one(next, &MONTHS) || next.starts_with(char::is_lowercase))
    };
    (number(Some(first)) && (!opens_part || dated_number()))
        || (names_one(first, &MONTHS) && number(words.get(1)))
        || (names_one(first, &WEEKDAYS)
            && (first.ends_with(',') || number(words.get(1)) || words.get(1).is_some_and(|w| names_one(w, &MONTHS))))
}

/// One to eight capitalised words, the first of them a name's, not a conjunction (names joined by
/// "and", "&" or commas allowed).
fn looks_like_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().filter(|w| !matches!(*w, "and" | "und" | "et" | "y" | "&")).collect();
    (1..=8).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        && s.trim_start().chars().next().is_some_and(char::is_uppercase)
}

/// The names of a byline, or None when what is left is no name: empty, or a date's label
/// ("Last Updated:" from a box marked "byline" that holds only the date).
fn clean_byline(b: &str) -> Option<String> {
    let b = collapse_whitespace(b);
    let b = strip_byline_prefix(&b, &lexicon().byline_prefixes).unwrap_or(b);
    let names = cut_byline_tail(&b);
    // Quotes around the names and a footnote's mark after them are no part of them.
    let names = without_sentence_stop(names.trim_end_matches('*').trim_end());
    let quoted = |open: char, close: char| names.len() > 2 && names.starts_with(open) && names.ends_with(close);
    let names = if quoted('"', '"') || quoted('\u{201c}', '\u{201d}') {
        names.chars().skip(1).take(names.chars().count() - 2).collect::<String>()
    } else {
        names.to_string()
    };
    // A label left alone ("Written By" whose name the page never filled in) names no one; nor
    // does a template's placeholder left in ("page.head.extra.author", "{{author}}").
    (!names.is_empty() && !names.ends_with(':') && !is_bare_byline_label(&names) && !is_placeholder(&names))
        .then_some(names)
}

/// Abbreviations of four letters or more that a name may end with, stop and all ("Acme Corp.").
const NAME_ABBREVIATIONS: [&str; 3] = ["corp", "bros", "assn"];

/// A byline without the full stop of the sentence it was written as ("By Alon Zakai."): a stop
/// after a word of four letters or more, not an abbreviation's ("Cerebral Inc.", "Tom K.",
/// "Ph.D.").
fn without_sentence_stop(names: &str) -> &str {
    let Some(stem) = names.strip_suffix('.') else { return names };
    let last = stem.rsplit(char::is_whitespace).next().unwrap_or(stem);
    let word = last.chars().count() >= 4 && last.chars().all(char::is_alphabetic);
    if word && !NAME_ABBREVIATIONS.contains(&last.to_lowercase().as_str()) {
        stem
    } else {
        names
    }
}

/// A template's variable standing where its value should be: a script's empty value ("undefined"),
/// braces, or a dotted path of three lower-case words or more with no space
/// ("page.head.extra.author"; a handle such as "sara.r.peter" has a single letter among its parts).
fn is_placeholder(text: &str) -> bool {
    let dotted_path = || {
        let parts: Vec<&str> = text.split('.').collect();
        parts.len() >= 3 && parts.iter().all(|p| p.len() >= 3 && p.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
    };
    let script_value = ["undefined", "null", "[object object]"].contains(&text.trim().to_lowercase().as_str());
    script_value
        || text.contains("{{")
        || text.contains("${")
        || (!text.contains(char::is_whitespace) && (dotted_path() || is_generated_id(text)))
}

/// An account's generated id, not a name a person chose: one long word with digits scattered
/// through it in three groups or more ("mdelatorreq6vkpg2ma0ci"); "john1985" is a handle.
fn is_generated_id(word: &str) -> bool {
    let digit_groups = word
        .char_indices()
        .filter(|&(i, c)| c.is_ascii_digit() && !word[..i].ends_with(|p: char| p.is_ascii_digit()))
        .count();
    word.chars().count() >= 12 && digit_groups >= 3
}

/// Dates from visible labels ("Published 02/21/2023, 09:05 PM", "Updated ...") or `<time>`.
fn visible_dates(page: &Page) -> (Option<String>, Option<String>) {
    let labels = &lexicon().date_labels;
    let (mut published, mut modified) = (None, None);
    // The letters the labels open with: a text opening with another one is passed over before it
    // is copied (as is one whose words alone pass 80 characters, too long below).
    let openings: Vec<char> = labels.published.iter().chain(&labels.updated).filter_map(|l| l.chars().next()).collect();
    for id in 0..page.len() {
        let node = page.node(id);
        if node.is_text() {
            let opening = node.text.trim_start().chars().next().and_then(|c| c.to_lowercase().next());
            if !opening.is_some_and(|c| openings.contains(&c))
                || node.text.chars().filter(|c| !c.is_whitespace()).nth(80).is_some()
            {
                continue;
            }
            let text = collapse_whitespace(&node.text);
            if text.chars().count() > 80 {
                continue;
            }
            let lower = text.to_lowercase();
            let after = |label: &str| {
                lower.starts_with(label).then(|| text[label.len()..].trim_start_matches([':', ' ']).to_string())
            };
            if modified.is_none() {
                if let Some(d) = labels.updated.iter().find_map(|l| after(l)).and_then(|d| dates::normalize(&d)) {
                    modified = Some(d);
                    continue;
                }
            }
            if published.is_none() {
                if let Some(d) = labels.published.iter().find_map(|l| after(l)).and_then(|d| dates::normalize(&d)) {
                    published = Some(d);
                }
            }
        } else if node.tag == "time" && published.is_none() {
            published = node.attr("datetime").and_then(dates::normalize);
        }
    }
    (published, modified)
}

/// "TOKYO (Reuters) -" at the start of the first paragraph: the place (and agency) of the report.
pub fn find_dateline(first_paragraph: &str) -> Option<String> {
    split_dateline(first_paragraph).map(|(head, _)| head.to_string())
}

/// The paragraph without its dateline ("TOKYO (Reuters) -China said" -> "China said"), for the
/// summary: the panel shows the dateline on its source line already.
pub fn without_dateline(paragraph: &str) -> Option<&str> {
    split_dateline(paragraph).map(|(_, rest)| rest).filter(|rest| !rest.is_empty())
}

/// The place a dateline names, as a place is written: "SIOUX FALLS, S.D." -> "Sioux Falls",
/// "LOS ANGELES (AP)" -> "Los Angeles".
pub fn dateline_place(dateline: &str) -> Option<String> {
    let place = dateline.split(['(', ',']).next()?.trim();
    let words: Vec<String> = place
        .split_whitespace()
        .map(|w| {
            // The dateline is in capitals: its first letter stays, the rest is lowered.
            let mut chars = w.chars();
            chars.next().map(|c| c.to_string() + &chars.as_str().to_lowercase()).unwrap_or_default()
        })
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// A paragraph's dateline and the text after its dash or colon. A dateline is a place, then
/// perhaps its state and country as written, then perhaps an agency in brackets: a city in
/// capitals before a dash ("SIOUX FALLS, S.D. -", "TOKYO (Reuters) -"), or a known place in any
/// case before a dash or a colon ("New York, NY -", "NEW DELHI:", "Washington, DC, United
/// States:"). A colon after capitals alone is a label's ("UPDATE:", "NOTE:"), so a colon needs
/// a known place.
fn split_dateline(paragraph: &str) -> Option<(&str, &str)> {
    let text = paragraph.trim_start();
    if let Some(split) = split_agency_dateline(text) {
        return Some(split);
    }
    let (mark, mark_char) = text.char_indices().take(60).find(|(_, c)| matches!(c, '-' | '–' | '—' | ':'))?;
    let colon = mark_char == ':';
    // A dash stands apart from the words before it; a hyphen inside a word ("AI-powered",
    // "CVE-2024-49113", "A HIGH-powered team") is no dateline's. A colon follows its word.
    if !colon && !text[..mark].ends_with(char::is_whitespace) {
        return None;
    }
    let head = text[..mark].trim();
    // "BERLIN -- The agency": a dash may be doubled.
    let rest = text[mark + mark_char.len_utf8()..].trim_start_matches(['-', '–', '—']).trim_start();
    if head.is_empty() || (colon && !rest.starts_with(char::is_uppercase)) {
        return None;
    }
    let place_end = head.find('(').unwrap_or(head.len());
    let place = head[..place_end].trim().trim_end_matches(',');
    // The city, then perhaps its state and its country as written ("PASSAU, Germany").
    let mut parts = place.split(',').map(str::trim);
    let city = parts.next().unwrap_or_default();
    let region: Vec<&str> = parts.collect();
    let letters: Vec<char> = city.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    let known_place = |name: &str| lexicon().places.contains(&name.to_lowercase());
    let known = known_place(city);
    let region_like = region.len() <= 2
        && region.iter().all(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            !words.is_empty() && words.len() <= 3 && words.iter().all(|w| w.starts_with(char::is_uppercase))
        });
    // A place is words and initials; a code ("BH #POP1 • MFR #P1") or a list of keywords
    // ("SELECT, TABLE, WITH") is not one: a third part must be a known place, a country.
    let place_like = place.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | ',' | '.' | '\'' | '’' | '-'))
        && region.get(1).is_none_or(|country| known_place(country));
    let city_like = if colon { known } else { all_caps || known };
    if !city_like || !region_like || !place_like {
        return None;
    }
    if place_end < head.len() && !head.ends_with(')') {
        return None;
    }
    Some((head, rest))
}

/// A dateline that is a news agency or outlet alone, in brackets, before a dash or glued to the
/// story ("(Reuters) — The attorney general", "(CNN)President Donald Trump"). Only an
/// organisation the lexicon knows: "(Flat Rate Guarantee) - Includes" is a label.
fn split_agency_dateline(text: &str) -> Option<(&str, &str)> {
    let close = text.strip_prefix('(')?.find(')')? + 1;
    let agency = text[1..close].trim();
    let lex = lexicon();
    let lower = agency.to_lowercase();
    let known = lex.known_organizations.contains(&lower)
        || lex.acronym_organizations.contains(&lower)
        || lex.org_single_names.iter().any(|name| name.eq_ignore_ascii_case(agency));
    if !known || !agency.starts_with(char::is_uppercase) {
        return None;
    }
    let after = &text[close + 1..];
    let rest = after.trim_start().trim_start_matches(['-', '–', '—']).trim_start();
    let dashed = rest.len() < after.trim_start().len();
    let glued = !after.starts_with(char::is_whitespace);
    ((dashed || glued) && rest.starts_with(char::is_uppercase)).then(|| (&text[..close + 1], rest))
}

/// Guesses the language of a text from stop-word hits (the lexicon's languages), when markup is silent.
pub fn guess_language(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split_whitespace()
        .take(400)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    if words.len() < 20 {
        return None;
    }
    let (lang, hits) = lexicon()
        .stopwords
        .iter()
        .map(|(lang, set)| (lang, words.iter().filter(|w| set.contains(*w)).count()))
        .max_by_key(|(_, hits)| *hits)?;
    // Stop words make up a fifth or more of running text in the languages listed.
    (hits * 8 >= words.len()).then(|| lang.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::html::parse_html;

    #[test]
    fn a_relative_declared_address_is_made_absolute_against_the_page_s_own() {
        let url_of = |link: &str, page_url: Option<&str>| {
            let mut page = parse_html(&format!(r#"<head>{link}</head><body>Page</body>"#)).unwrap();
            page.url = page_url.map(str::to_string);
            extract_meta(&page).url
        };
        let canonical = |href: &str| format!(r#"<link rel="canonical" href="{href}">"#);
        let at = Some("https://news.example.com/2026/story.html?ref=home");
        let cases = [
            ("/blog/seo-tutorials", "https://news.example.com/blog/seo-tutorials"),
            ("//www.example.org/item/1.html?src=x", "https://www.example.org/item/1.html?src=x"),
            ("viewtopic.php?id=30", "https://news.example.com/2026/viewtopic.php?id=30"),
            ("http://other.example.net/a", "http://other.example.net/a"),
        ];
        for (href, absolute) in cases {
            assert_eq!(url_of(&canonical(href), at).as_deref(), Some(absolute), "{href}");
        }
        // Without the page's address a relative one is no link; the page's own stands when known.
        assert_eq!(url_of(&canonical("/blog/seo-tutorials"), None), None);
        assert_eq!(url_of("", at).as_deref(), at);
    }

    #[test]
    fn a_forum_thread_is_declared_a_discussion_an_faq_is_not() {
        let page_with = |ld: &str| {
            parse_html(&format!(r#"<head><script type="application/ld+json">{ld}</script></head><body>Page</body>"#))
                .unwrap()
        };
        let thread = page_with(
            r#"{"@type":"WebPage","mainEntity":{"@type":"DiscussionForumPosting","headline":"Which boots?"}}"#,
        );
        assert!(extract_meta(&thread).declared_discussion);
        let faq = page_with(r#"{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Do you ship?"}]}"#);
        assert!(!extract_meta(&faq).declared_discussion);
        let microdata = parse_html(
            r#"<body><div itemscope itemtype="https://schema.org/DiscussionForumPosting">Post</div></body>"#,
        )
        .unwrap();
        assert!(extract_meta(&microdata).declared_discussion);
        // A thread's opening post is a kind of Article: its poster and date are the byline and date.
        let post =
            page_with(r#"{"@type":"DiscussionForumPosting","author":{"name":"jo"},"datePublished":"2026-10-02"}"#);
        let meta = extract_meta(&post);
        assert_eq!((meta.byline.as_deref(), meta.published_time.as_deref()), (Some("jo"), Some("2026-10-02")));
        // ... also when the post's text runs over raw line breaks and tabs, which strict JSON refuses.
        let raw = page_with(
            "{\"@type\":\"DiscussionForumPosting\",\"text\":\"One.\n\n\tTwo.\",\"author\":{\"name\":\"jo\"}}",
        );
        assert_eq!(extract_meta(&raw).byline.as_deref(), Some("jo"));
        // ... also as the main entity of the page that holds the thread.
        let main_entity = page_with(
            r#"{"@type":"WebPage","mainEntity":{"@type":"DiscussionForumPosting","author":{"name":"jo"},"datePublished":"2026-10-02"}}"#,
        );
        let meta = extract_meta(&main_entity);
        assert_eq!((meta.byline.as_deref(), meta.published_time.as_deref()), (Some("jo"), Some("2026-10-02")));
    }

    #[test]
    fn a_shop_s_product_page_is_declared_a_product_an_article_naming_one_is_not() {
        let declared = |head: &str, body: &str| {
            extract_meta(&parse_html(&format!("<head>{head}</head><body>{body}</body>")).unwrap()).declared_product
        };
        let ld = |json: &str| format!(r#"<script type="application/ld+json">{json}</script>"#);
        assert!(declared(&ld(r#"{"@type":"Product","name":"Kettle"}"#), "Kettle"));
        assert!(declared(&ld(r#"{"@graph":[{"@type":"WebPage"},{"@type":"ProductGroup"}]}"#), "Kettle"));
        assert!(declared(r#"<meta property="og:type" content="product.group">"#, "Kettle"));
        assert!(declared("", r#"<div itemscope itemtype="https://schema.org/Product">Kettle</div>"#));
        // A review article that names the product it tests offers none.
        let reviewed = r#"<div itemscope itemtype="https://schema.org/Review"><div itemprop="itemReviewed" itemscope
            itemtype="https://schema.org/Product">Kettle</div></div>"#;
        assert!(!declared("", reviewed));
        assert!(!declared(&ld(r#"{"@type":"Review","itemReviewed":{"@type":"Product","name":"Kettle"}}"#), "Kettle"));
        assert!(!declared(r#"<meta property="og:type" content="article">"#, "Kettle"));
    }

    #[test]
    fn json_ld_wins_over_visible_text() {
        let page = parse_html(
            r#"<html lang="en"><head><title>T | Site</title><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Real headline","author":[{"@type":"Person","name":"Ann Lee"}],"datePublished":"2023-02-21T21:05:00Z","publisher":{"name":"Daily"}}]}
            </script></head><body><h1>Other</h1><p>By Someone Else</p></body></html>"#,
        )
        .unwrap();
        let m = extract_meta(&page);
        assert_eq!(m.title, "Real headline");
        assert_eq!(m.byline.as_deref(), Some("Ann Lee"));
        assert_eq!(m.published_time.as_deref(), Some("2023-02-21T21:05:00Z"));
        assert_eq!(m.site_name.as_deref(), Some("Daily"));
        assert_eq!(m.lang.as_deref(), Some("en"));
        assert!(m.declared_article);
    }

    #[test]
    fn json_ld_name_beats_a_headline_the_page_does_not_show() {
        let page = parse_html(
            r#"<head><title>New Zealand - Wikipedia</title><script type="application/ld+json">
            {"@type":"Article","name":"New Zealand","headline":"country in Oceania"}</script></head>
            <body><h1>New Zealand</h1><p>Text.</p></body>"#,
        )
        .unwrap();
        assert_eq!(extract_meta(&page).title, "New Zealand");
    }

    #[test]
    fn dublin_core_creator_beats_a_generic_author_tag() {
        let page = parse_html(
            r#"<head><meta name="author" content="Site Staff"><meta property="dc:creator" content="Ann Lee"></head>
            <body><h1>Title</h1><p>Text.</p></body>"#,
        )
        .unwrap();
        assert_eq!(extract_meta(&page).byline.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn json_ld_headline_beats_a_meta_title_with_the_site_name() {
        let page = parse_html(
            r#"<head><meta property="og:title" content="Rates rise again | Daily News"><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Rates rise again"}</script></head><body><h1>Rates rise again</h1></body>"#,
        )
        .unwrap();
        assert_eq!(extract_meta(&page).title, "Rates rise again");
    }

    #[test]
    fn html_entities_in_json_ld_are_decoded() {
        assert_eq!(decode_entities("Q&amp;A &#8230; &#x3a; &amp;#038; &rsquo;"), "Q&A … : & ’");
        assert_eq!(decode_entities("AT&T &unknown; & more"), "AT&T &unknown; & more");
        // Numbers that are no character stand for U+FFFD, as in HTML; a malformed one stays text.
        assert_eq!(decode_entities("&#xg; &#128557; &#xFFFFFFFF; &#x0;"), "&#xg; \u{1F62D} \u{FFFD} \u{FFFD}");
    }

    #[test]
    fn article_description_beats_a_social_card_teaser() {
        let page = parse_html(
            r#"<head><meta property="og:description" content="There's no going back from here.">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Vision Pro",
            "description":"I tried Apple's new headset, and there's no going back."}</script></head>
            <body><h1>Vision Pro</h1><p>Text.</p></body>"#,
        )
        .unwrap();
        assert_eq!(
            extract_meta(&page).excerpt.as_deref(),
            Some("I tried Apple's new headset, and there's no going back.")
        );
    }

    #[test]
    fn the_headline_is_the_title_without_the_site_name_when_the_h1_says_so() {
        let site = Some("Google Cloud");
        let within = |title: &str, h1: &str, site: Option<&str>| headline_within(title, h1, site);
        assert_eq!(
            within("What is Cloud Computing? | Google Cloud", "What is Cloud Computing?", site).as_deref(),
            Some("What is Cloud Computing?")
        );
        assert_eq!(within("Mozilla - Wikipedia", "Mozilla", None).as_deref(), Some("Mozilla"));
        assert_eq!(
            within(
                "SEO Checker | Test your website for free with Seobility",
                "Test your website for free with Seobility",
                None
            )
            .as_deref(),
            Some("Test your website for free with Seobility")
        );
        // A logo's h1, an h1 that is the whole title, a short h1 ending a longer title.
        assert_eq!(within("What is Cloud Computing? | Google Cloud", "Google Cloud", site), None);
        assert_eq!(within("Mozilla", "Mozilla", None), None);
        assert_eq!(within("A long headline about the markets today | News", "News", None), None);
        // The page keeps its declared title; the headline is what the panel shows.
        let page = parse_html(
            r#"<head><meta property="og:title" content="Mozilla - Wikipedia"></head><body><h1>Mozilla</h1><p>Text.</p></body>"#,
        )
        .unwrap();
        let m = extract_meta(&page);
        assert_eq!((m.title.as_str(), m.headline.as_str()), ("Mozilla - Wikipedia", "Mozilla"));
    }

    #[test]
    fn the_headline_is_the_pages_only_h1_unless_that_names_the_site() {
        let headline = |title: &str, body: &str| {
            let page = parse_html(&format!("<head><title>{title}</title></head><body>{body}</body>")).unwrap();
            extract_meta(&page).headline
        };
        let title = "Headlamps for Camping, Hiking &amp; Running | REI Co-op";
        assert_eq!(headline(title, "<h1>Headlamps</h1><p>Text.</p>"), "Headlamps");
        assert_eq!(headline(title, "<h1>Headlamps<a href='#top'>¶</a></h1>"), "Headlamps");
        // A logo, a domain name, the title's site side, an h1 in the navigation, two h1s.
        let seo = "Headlamps for Camping, Hiking & Running";
        assert_eq!(headline(title, "<h1><a href='https://www.rei.com/'>REI</a></h1>"), seo);
        assert_eq!(
            headline("Investment strategy review | Forum", "<h1>Bogleheads.org</h1>"),
            "Investment strategy review"
        );
        assert_eq!(
            headline("A long review of the new model - Gearlab", "<h1>Gearlab</h1>"),
            "A long review of the new model"
        );
        assert_eq!(headline(title, "<nav><h1>Shop</h1></nav>"), seo);
        assert_eq!(headline(title, "<h1>Headlamps</h1><h1>Lanterns</h1>"), seo);
        // A lead-in that ends on a colon (a founder's message box set as the only h1).
        let lead_in = "<h1><span>A message from John Furrier, co-founder of SiliconANGLE:</span></h1><p>Text.</p>";
        assert_eq!(
            headline("How Google Cloud runs AI inference - SiliconANGLE", lead_in),
            "How Google Cloud runs AI inference"
        );
        // Beside a logo set as an h1, the other h1 is the page's only one.
        let quoted = "\"What is Git?\"";
        let logo = "<h1><a href='/'>Terabyte Systems</a></h1><header><h1>What is Git?</h1></header>";
        assert_eq!(headline(quoted, logo), "What is Git?");
        assert_eq!(headline(quoted, "<nav><h1>Menu</h1></nav><h1>What is Git?</h1>"), "What is Git?");
        // Words of elements set one under the other stay apart.
        let subtitle = "<h1>The Best Notion Alternatives<span class='block'>Top Note-taking Tools</span></h1>";
        assert_eq!(headline("Notion alternatives", subtitle), "The Best Notion Alternatives Top Note-taking Tools");
        assert_eq!(headline("Water", "<h1>H<sub>2</sub>O, C<sub>2</sub>H<sub>6</sub>O</h1>"), "H2O, C2H6O");
        assert_eq!(headline("Options", "<h1>Local<wbr>Options<code>GetValue</code></h1>"), "LocalOptionsGetValue");
        // What the h1 holds but does not show as its words: a button's label, a hidden tooltip.
        let controls = "<h1>Crate tokio <button>Copy item path</button></h1>";
        assert_eq!(headline("tokio - Rust", controls), "Crate tokio");
        let tooltip = "<h1>IAM overview<span hidden><span>Stay organized with collections</span></span></h1>";
        assert_eq!(headline("IAM overview | Google Cloud", tooltip), "IAM overview");
        // A label before the words that the title goes without; one the title has too stays.
        let thread = "<h1>Thread: Which boots last longest?</h1>";
        assert_eq!(headline("Which boots last longest?", thread), "Which boots last longest?");
        assert_eq!(headline("Thread: Which boots last longest? - Forum", thread), "Thread: Which boots last longest?");
        // An h1 only screen readers hear is no headline a reader sees.
        assert_eq!(headline("Art supplies | Blick", "<h1 class='sr-only'>Blick Homepage</h1>"), "Art supplies | Blick");
        let subtitle = "<h1>Rust 2024: A Retrospective</h1>";
        assert_eq!(headline("A Retrospective of 2024", subtitle), "Rust 2024: A Retrospective");
        // A short h1 with no word of a longer title names the section: the title is the headline.
        let review = "The Five Best Noise-Canceling Headphones | Daily";
        assert_eq!(headline(review, "<h1>Pulse!</h1>"), "The Five Best Noise-Canceling Headphones");
        assert_eq!(headline(review, "<h1>Our Headphones Picks</h1>"), "Our Headphones Picks");
        assert_eq!(headline("Home | Daily", "<h1>Support Small, Buy Local</h1>"), "Support Small, Buy Local");
        let long = "<h1>Here is how we tested every pair this year</h1>";
        assert_eq!(headline(review, long), "Here is how we tested every pair this year");
        // A title that says no more than "Home" and the site's name leaves the h1 be.
        let home = "Home - Ohio Artisan Collective";
        assert!(!names_a_section("Support Small", home, Some("Ohio Artisan Collective")));
        assert!(names_a_section("Support Small", home, None));
    }

    #[test]
    fn without_an_h1_the_headline_is_the_title_without_the_site_s_name() {
        let meta =
            |head: &str| extract_meta(&parse_html(&format!("<head>{head}</head><body><p>Text.</p></body>")).unwrap());
        let m = meta(
            r#"<meta property="og:title" content="Carry-On Luggage | Samsonite"><meta property="og:site_name" content="Samsonite">"#,
        );
        assert_eq!((m.title.as_str(), m.headline.as_str()), ("Carry-On Luggage | Samsonite", "Carry-On Luggage"));
        let m = meta(
            r#"<meta property="og:title" content="Samsonite: Carry-On Luggage"><meta property="og:site_name" content="Samsonite">"#,
        );
        assert_eq!(m.headline, "Samsonite: Carry-On Luggage");
        // No site name given: a short tail after a separator is taken for it, unless it is a date.
        let m =
            meta(r#"<meta property="og:title" content="The Ultimate Car Maintenance Checklist | Bridgestone Tires">"#);
        assert_eq!(m.title, "The Ultimate Car Maintenance Checklist | Bridgestone Tires");
        assert_eq!(m.headline, "The Ultimate Car Maintenance Checklist");
        let m = meta(r#"<meta property="og:title" content="The Best Cheap Wireless Earbuds under $50 - March 2026">"#);
        assert_eq!(m.headline, "The Best Cheap Wireless Earbuds under $50 - March 2026");
    }

    #[test]
    fn of_several_h1s_the_headline_is_the_one_the_title_holds() {
        let page = parse_html(
            r#"<head><title>Is it really always the DNS? | The Blog of the Asia Pacific Registry</title></head>
            <body><h1>Home</h1><h1>Is it really always the DNS?</h1><p>Text.</p></body>"#,
        )
        .unwrap();
        assert_eq!(extract_meta(&page).headline, "Is it really always the DNS?");
    }

    #[test]
    fn a_site_name_is_shown_as_the_title_writes_it_without_a_trailing_separator() {
        let site = |declared: &str, title: &str| {
            let head = format!(r#"<title>{title}</title><meta property="og:site_name" content="{declared}">"#);
            extract_meta(&parse_html(&format!("<head>{head}</head><body><p>Text.</p></body>")).unwrap()).site_name
        };
        let ways = "10 ways meditation can improve your health";
        assert_eq!(
            site("cultivating-health", &format!("{ways} | Cultivating Health")).as_deref(),
            Some("Cultivating Health")
        );
        assert_eq!(site("tastewise", "Health Trends For 2026 - Tastewise").as_deref(), Some("Tastewise"));
        // A title that does not spell the slug leaves it as declared.
        assert_eq!(site("cultivating-health", ways).as_deref(), Some("cultivating-health"));
        assert_eq!(site("network1", "Tech Conferences - Network 1 Consulting").as_deref(), Some("network1"));
        assert_eq!(
            site("Every Woman's Marathon -", "Marathon Beginner Plan").as_deref(),
            Some("Every Woman's Marathon")
        );
        assert_eq!(site("/", "Marathon Beginner Plan"), None);
        // A name with capitals is the site's own way of writing it.
        assert_eq!(site("Supermove Inc.", "Moving - SUPERMOVE INC").as_deref(), Some("Supermove Inc."));
    }

    #[test]
    fn og_site_name_beats_an_application_name() {
        let app = parse_html(
            r#"<head><meta name="application-name" content="Nintendo's first iPhone game"><meta property="og:site_name" content="MSN"></head><body><p>Text.</p></body>"#,
        );
        assert_eq!(extract_meta(&app.unwrap()).site_name.as_deref(), Some("MSN"));
    }

    #[test]
    fn meta_tags_escaped_twice_are_decoded() {
        let page = parse_html(
            r#"<head><meta name="description" content="That&amp;#039;s the &amp;quot;Blue House&amp;quot;">
            <meta property="og:title" content="Kneelers &amp;amp; More"><meta property="og:site_name" content="A&amp;amp;B">
            </head><body><h1>Kneelers</h1><p>Text.</p></body>"#,
        )
        .unwrap();
        let m = extract_meta(&page);
        assert_eq!(m.excerpt.as_deref(), Some("That's the \"Blue House\""));
        assert_eq!(m.title, "Kneelers & More");
        assert_eq!(m.site_name.as_deref(), Some("A&B"));
    }

    #[test]
    fn byline_box_gives_its_linked_names_not_the_job_title() {
        let page = parse_html(
            r#"<body><h1>Game review</h1><div class="author"><a href="/author/ben">Ben Silverman</a> Games Editor</div>
            <p>Text.</p></body>"#,
        )
        .unwrap();
        assert_eq!(extract_meta(&page).byline.as_deref(), Some("Ben Silverman"));
    }

    #[test]
    fn a_byline_among_a_lines_facts_is_found_after_them() {
        let byline = |line: &str| {
            let html = format!("<body><h1>Graphic design or IT?</h1><div>{line}</div><p>Text.</p></body>");
            extract_meta(&parse_html(&html).unwrap()).byline
        };
        let facts = "March 15, 2022 <span>·</span> 3 min read <span>·</span> By ASU Online";
        assert_eq!(byline(facts).as_deref(), Some("ASU Online"));
        assert_eq!(byline("11/19/2025 | By Jerra Toms").as_deref(), Some("Jerra Toms"));
        // A part that does not open with "By" names no one ("Sort by date").
        assert_eq!(byline("12 results · Sort by date"), None);
    }

    #[test]
    fn a_declared_author_that_names_no_one_gives_way_to_the_shown_byline() {
        let byline = |author: &str| {
            let html = format!(
                r#"<head><meta name="author" content="{author}"></head><body><h1>Startup lessons</h1>
                <div class="blog-meta"><span class="blog-meta-author">Tim Enwall</span></div><p>Text.</p></body>"#
            );
            extract_meta(&parse_html(&html).unwrap()).byline
        };
        // A template's unfilled field, a profile's number.
        assert_eq!(byline("page.head.extra.author").as_deref(), Some("Tim Enwall"));
        assert_eq!(byline("262588213843476").as_deref(), Some("Tim Enwall"));
        // A declared name stands.
        assert_eq!(byline("Ann Lee").as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn a_byline_box_showing_a_topic_names_no_one() {
        let byline = |body: &str| {
            extract_meta(&parse_html(&format!("<body><h1>Taxes</h1>{body}<p>Text.</p></body>")).unwrap()).byline
        };
        let topic = r#"<div class="byline"><a href="/tag/personal-finance">Personal Finance</a> <span>January 31, 2025</span></div>"#;
        assert_eq!(byline(topic), None);
        // A link marked as a category by its box's class, whatever its path.
        let category = r#"<div class="byline"><time>March 20, 2023</time> | <span class="byline__category"><a href="/health/wellness">Wellness &amp; Prevention</a></span></div>"#;
        assert_eq!(byline(category), None);
        // A writer beside the topic is named; so is a writer in a later box.
        let beside =
            r#"<div class="byline"><a href="/category/money">Money</a> <a href="/about/ann">Ann Lee</a></div>"#;
        assert_eq!(byline(beside).as_deref(), Some("Ann Lee"));
        let unlinked = r#"<div class="byline"><a href="/tag/travel">Travel</a><div>Ann Lee</div></div>"#;
        assert_eq!(byline(unlinked).as_deref(), Some("Ann Lee"));
        let later = format!(r#"{topic}<div class="author">Bo Chen</div>"#);
        assert_eq!(byline(&later).as_deref(), Some("Bo Chen"));
    }

    #[test]
    fn a_link_to_the_comments_names_no_writer() {
        let byline = |body: &str| {
            extract_meta(&parse_html(&format!("<body><h1>Firms open offices</h1>{body}</body>")).unwrap()).byline
        };
        // A post marked with its writer's class, whose only link, above its heading, is to its
        // comments.
        let post = |link: &str| {
            format!(
                r#"<article class="entry author-jo-ray"><p>{link}</p><h2>Firm opens an office in Dubai</h2>
                <p>The firm opened its seventeenth office this week, in Dubai, after Riyadh.</p></article>"#
            )
        };
        for link in [
            r##"<a href="/news/firm-opens#comments-outer-wrapper">Comment</a>"##,
            r##"<a class="entry-comments" href="/news/firm-opens">Comment</a>"##,
            r##"<a href="/news/firm-opens#respond">Comment</a>"##,
        ] {
            assert_eq!(byline(&post(link)), None, "{link}");
        }
        // The writer's linked name beside the link is named.
        let named = post(r##"<a href="/about/jo">Jo Ray</a> <a href="/news/firm-opens#comments">Comment</a>"##);
        assert_eq!(byline(&named).as_deref(), Some("Jo Ray"));
    }

    #[test]
    fn a_forum_posts_author_line_gives_the_handle_after_by_not_the_icon_links_label() {
        let byline =
            |body: &str| extract_meta(&parse_html(&format!("<body><h1>Thread</h1>{body}</body>")).unwrap()).byline;
        let post = |name: &str| {
            format!(
                r#"<p class="author"><a href="/p/1" title="Post"><i class="icon"></i><span class="sr-only">Post</span></a>
                <span>by <strong><a href="/u/1" class="username">{name}</a></strong> &raquo; </span><time>11 Sep 2024, 18:36</time></p>
                <div class="content"><p>Text.</p></div>"#
            )
        };
        assert_eq!(byline(&format!("{}{}", post("galitsyn"), post("Simple07"))).as_deref(), Some("galitsyn"));
        // Words after "By" that are no link are no handle.
        assert_eq!(byline("<div class=\"note\">by default</div>"), None);
    }

    #[test]
    fn a_link_to_its_names_author_page_is_a_byline_after_the_headline() {
        let byline = |body: &str| extract_meta(&parse_html(&format!("<body>{body}</body>")).unwrap()).byline;
        let menu = r#"<ul><li><a href="/blogs/author/andy-serwer/">Andy Serwer</a></li></ul>"#;
        let story = "<h1>Rates rise again</h1><div><img alt=''><a href=\"/blog/author/brianbecker\">Brian Becker</a>\
            <div>7 min read</div></div><p>The bank raised its rate by a quarter point on Thursday.</p>";
        assert_eq!(byline(&format!("{menu}{story}")).as_deref(), Some("Brian Becker"));
        // Before the headline, a columnist's link is the site's menu; a link whose text is not the
        // author page's name is no byline.
        let others = r#"<h1>Rates rise again</h1><p>The bank raised its rate.</p>
            <a href="/authors/jane-doe">More from this writer</a>"#;
        assert_eq!(byline(&format!("{menu}{others}")), None);
    }

    #[test]
    fn visible_byline_and_labelled_dates() {
        let page = parse_html(
            "<body><h1>China, Japan talk</h1><div>Published 02/21/2023, 09:05 PM</div><div>Updated 02/22/2023, 07:07 AM</div><div>By Sakura Murakami</div></body>",
        )
        .unwrap();
        let m = extract_meta(&page);
        assert_eq!(m.byline.as_deref(), Some("Sakura Murakami"));
        assert_eq!(m.published_time.as_deref(), Some("2023-02-21T21:05:00"));
        assert_eq!(m.modified_time.as_deref(), Some("2023-02-22T07:07:00"));
        assert_eq!(m.title, "China, Japan talk");
    }

    #[test]
    fn a_publisher_named_as_author_gives_way_to_the_writer_the_page_names() {
        let byline = |body: &str| {
            let head = r#"<head><meta property="og:site_name" content="Heart Foundation"><script type="application/ld+json">
                {"@type": "Article", "author": {"@type": "Organization", "name": "HeartFoundation"}}</script></head>"#;
            extract_meta(&parse_html(&format!("{head}<body><h1>Eating well</h1>{body}<p>Text.</p></body>")).unwrap())
                .byline
        };
        assert_eq!(byline("<div>By Tracy Parker</div>").as_deref(), Some("Tracy Parker"));
        // Where the page names no one, the publisher stays the author.
        assert_eq!(byline("").as_deref(), Some("HeartFoundation"));
    }

    #[test]
    fn a_papers_authors_are_all_named_first_name_first() {
        let byline = |tags: &str| {
            extract_meta(
                &parse_html(&format!("<head>{tags}</head><body><h1>A result</h1><p>Text.</p></body>")).unwrap(),
            )
            .byline
        };
        let tag = |name: &str| format!(r#"<meta name="citation_author" content="{name}">"#);
        let two = tag("Roy, Aniruddha") + &tag("Patel, Jyoti") + &tag("Roy, Aniruddha");
        assert_eq!(byline(&two).as_deref(), Some("Aniruddha Roy, Jyoti Patel"));
        let many: String =
            ["Ann Lee", "Bo Chen", "Cy Ode", "Di Fox", "Ed Gray", "Flo Hart", "Gus Ivy"].map(tag).concat();
        assert_eq!(byline(&many).as_deref(), Some("Ann Lee et al."));
        // A generic tag's comma is the writer's own ("Mike Marshall, Shipping Expert").
        let generic = r#"<meta name="author" content="Mike Marshall, Shipping Expert">"#;
        assert_eq!(byline(generic).as_deref(), Some("Mike Marshall, Shipping Expert"));
    }

    #[test]
    fn a_dateline_may_be_a_known_agency_alone_in_brackets_before_a_dash_or_glued() {
        assert_eq!(find_dateline("(CNN)President Trump went").as_deref(), Some("(CNN)"));
        assert_eq!(without_dateline("(CNN)President Trump went"), Some("President Trump went"));
        assert_eq!(without_dateline("(Reuters) — The attorney general"), Some("The attorney general"));
        assert_eq!(dateline_place("(Reuters)"), None);
        // A label in brackets, an agency before a space alone or before a lower-case word.
        for label in ["(Flat Rate Guarantee) - Includes", "(Reuters) The text", "(CNN)is here", "(Photo)Left"] {
            assert_eq!(find_dateline(label), None, "{label}");
        }
    }

    #[test]
    fn a_dateline_is_a_place_with_its_region_and_agency_before_a_dash_or_a_colon() {
        assert_eq!(find_dateline("TOKYO (Reuters) -China said it").as_deref(), Some("TOKYO (Reuters)"));
        assert_eq!(find_dateline("WASHINGTON, D.C. — The vote").as_deref(), Some("WASHINGTON, D.C."));
        assert_eq!(find_dateline("The well-known fact"), None);
        assert_eq!(without_dateline("TOKYO (Reuters) -China said it"), Some("China said it"));
        assert_eq!(without_dateline("WASHINGTON, D.C. — The vote"), Some("The vote"));
        assert_eq!(without_dateline("BERLIN -- The agency says"), Some("The agency says"));
        assert_eq!(dateline_place("SIOUX FALLS, S.D.").as_deref(), Some("Sioux Falls"));
        assert_eq!(find_dateline("PASSAU, Germany — A year after").as_deref(), Some("PASSAU, Germany"));
        assert_eq!(find_dateline("KYIV, Ukraine (Reuters) - Talks").as_deref(), Some("KYIV, Ukraine (Reuters)"));
        assert_eq!(find_dateline("NOTE, see below - the rest"), None);
        assert_eq!(dateline_place("LOS ANGELES (AP)").as_deref(), Some("Los Angeles"));
        // A known place in any case, before a dash or a colon, with its state and country.
        assert_eq!(find_dateline("New York, NY – With content").as_deref(), Some("New York, NY"));
        assert_eq!(without_dateline("NEW DELHI: Their dream shattered"), Some("Their dream shattered"));
        let three_parts = "Washington, DC, United States: Getting there";
        assert_eq!(find_dateline(three_parts).as_deref(), Some("Washington, DC, United States"));
        assert_eq!(dateline_place("Washington, DC, United States").as_deref(), Some("Washington"));
        // A colon after a label in capitals or before a lower-case word; a word in title case
        // that is no known place; a third part that is no country.
        for label in [
            "UPDATE: The company said",
            "Paris: the city of light",
            "Update – The company said",
            "Paris, Texas, Chapter One — The film",
        ] {
            assert_eq!(find_dateline(label), None, "{label}");
        }
        for hyphenated in [
            "CVE-2024-49113 stems from",
            "AI-powered tools",
            "A HIGH-powered team has",
            "BH #POP1 • MFR #P1 - LRC 4 UNITS",
            "SELECT, TABLE, WITH — retrieve rows",
        ] {
            assert_eq!(find_dateline(hyphenated), None, "{hyphenated}");
        }
        assert_eq!(without_dateline("The well-known fact"), None);
    }

    #[test]
    fn language_guess_from_stop_words() {
        let en = "The council said that it would approve the plan for the schools and the roads in the spring, and it has the money for it now.";
        assert_eq!(guess_language(en).as_deref(), Some("en"));
        let de = "Der Stadtrat hat am Donnerstag mit großer Mehrheit ein neues Netz beschlossen, und die Kosten sind für die Stadt nicht zu hoch, sagt er.";
        assert_eq!(guess_language(de).as_deref(), Some("de"));
        assert_eq!(guess_language("too short"), None);
    }

    #[test]
    fn bylines_lose_prefixes_dates_and_titles() {
        assert_eq!(clean_byline("ByCorey Kilgannon").as_deref(), Some("Corey Kilgannon"));
        assert_eq!(strip_byline_prefix("DIGITAL Command Language", &lexicon().byline_prefixes), None);
        assert_eq!(clean_byline("Dan Goodin - Apr 16, 2015 8:02 pm UTC").as_deref(), Some("Dan Goodin"));
        assert_eq!(clean_byline("GILLIAN MOHNEY March 11, 2015 3:46 PM").as_deref(), Some("GILLIAN MOHNEY"));
        assert_eq!(clean_byline("Par Sébastien Farcis").as_deref(), Some("Sébastien Farcis"));
        assert_eq!(clean_byline("Stella Kim, Jennifer Jett").as_deref(), Some("Stella Kim, Jennifer Jett"));
        assert_eq!(clean_byline("Maya Brandt").as_deref(), Some("Maya Brandt"));
        assert_eq!(clean_byline("Last Updated: January 7, 2025"), None);
        // Quotes around the names, a footnote's mark after them, a plural label before them.
        assert_eq!(clean_byline("\"David Kim\"").as_deref(), Some("David Kim"));
        assert_eq!(clean_byline("Angela Holliday-Bell, MD*").as_deref(), Some("Angela Holliday-Bell, MD"));
        assert_eq!(clean_byline("Authors: Ann Lee and Bo Chen").as_deref(), Some("Ann Lee and Bo Chen"));
        // A sentence's stop after the name, not an abbreviation's.
        assert_eq!(clean_byline("By Alon Zakai.").as_deref(), Some("Alon Zakai"));
        for kept in ["Cerebral Inc.", "Tom K.", "Genevieve Carlton, Ph.D.", "Acme Corp."] {
            assert_eq!(clean_byline(kept).as_deref(), Some(kept));
        }
        // Names that begin like months stay whole.
        assert_eq!(clean_byline("Laura June Topolsky").as_deref(), Some("Laura June Topolsky"));
        assert_eq!(clean_byline("Nikhil Marathe").as_deref(), Some("Nikhil Marathe"));
        assert_eq!(clean_byline("Ann Lee Sept. 3, 2020").as_deref(), Some("Ann Lee"));
        // The date may come first, or be all there is.
        assert_eq!(clean_byline("Dec. 19, 2025 · Niko Matsakis").as_deref(), Some("Niko Matsakis"));
        assert_eq!(clean_byline("Sat, 20 Dec, 2025 - 06:36"), None);
        assert_eq!(clean_byline("Thu Aug 27, 2020 · Ann Lee").as_deref(), Some("Ann Lee"));
        assert_eq!(clean_byline("Written By Feb 11, 2019 · 3 min read"), None);
        assert_eq!(clean_byline("Written By"), None);
        // A date's label ends the names; a number that is no date does not.
        assert_eq!(
            clean_byline("Written By: Cazzy Magennis Last Updated: August 1, 2025").as_deref(),
            Some("Cazzy Magennis")
        );
        assert_eq!(clean_byline("Eric Hergenreder Updated Dec 3, 2025").as_deref(), Some("Eric Hergenreder"));
        assert_eq!(clean_byline("98 Buck Social").as_deref(), Some("98 Buck Social"));
        assert_eq!(clean_byline("By Workzone Team• 4 mins read").as_deref(), Some("Workzone Team"));
        // A template's placeholder names no one; a forum handle or an initial's dot does.
        assert_eq!(clean_byline("page.head.extra.author"), None);
        assert_eq!(clean_byline("{{ post.author }}"), None);
        assert_eq!(clean_byline("paul_b203").as_deref(), Some("paul_b203"));
        assert_eq!(clean_byline("sara.r.peter").as_deref(), Some("sara.r.peter"));
        assert_eq!(clean_byline("undefined"), None);
        // An account's generated id is no name; a handle with a year is.
        assert_eq!(clean_byline("mdelatorreq6vkpg2ma0ci"), None);
        assert_eq!(clean_byline("john1985").as_deref(), Some("john1985"));
        // Dutch "door" is "by", but "Door & Window Sensor" names no one.
        assert!(!looks_like_name("& Window Sensor"));
        assert_eq!(clean_byline("J.R. Smith").as_deref(), Some("J.R. Smith"));
    }

    #[test]
    fn a_comment_forms_author_field_is_no_byline() {
        let page = parse_html(
            r#"<body><h1>Plans</h1><p>Text.</p><form><p class="comment-form-author"><label>Name *</label><input name="author"></p></form></body>"#,
        )
        .unwrap();
        assert_eq!(extract_meta(&page).byline, None);
    }

    #[test]
    fn customers_named_in_testimonials_and_a_shops_reviews_are_not_the_pages_author() {
        let byline = |head: &str, body: &str| {
            extract_meta(&parse_html(&format!("<head>{head}</head><body><h1>Mesh Chair</h1>{body}</body>")).unwrap())
                .byline
        };
        // A testimonial's customer, on any page; the same box outside one names the writer.
        let quote = r#"<div class="testimonial-slide"><p>“Spot on!”</p><div class="author">Lynn Berg</div></div>"#;
        assert_eq!(byline("", quote), None);
        assert_eq!(byline("", &quote.replace("testimonial-slide", "slide")).as_deref(), Some("Lynn Berg"));
        assert_eq!(byline("", &format!("{quote}<p>By Ann Lee</p>")).as_deref(), Some("Ann Lee"));
        // A review card's author: a customer's on a page that offers a product, the writer's on a
        // review site.
        let product = r#"<script type="application/ld+json">{"@type":"Product","name":"Mesh Chair"}</script>"#;
        let card = r#"<div class="review-card"><span class="author">Justin Moss</span><p>Comfy.</p></div>"#;
        assert_eq!(byline(product, card), None);
        assert_eq!(byline("", card).as_deref(), Some("Justin Moss"));
        // So for a schema.org Review item's author.
        let item = r#"<div itemscope itemtype="https://schema.org/Review">Rated 5 by
            <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Martin Roy</span></span></div>"#;
        let shop = format!(r#"<div itemscope itemtype="https://schema.org/Product"><h2>Chair</h2>{item}</div>"#);
        assert_eq!(byline("", &shop), None);
        assert_eq!(byline("", item).as_deref(), Some("Martin Roy"));
    }

    #[test]
    fn a_menus_by_line_is_no_byline() {
        let page = parse_html(
            r#"<body><nav><p>BY USE CASE</p><a href="/a">Sales</a></nav><h1>Plans</h1><div>By Ann Lee</div></body>"#,
        )
        .unwrap();
        assert_eq!(extract_meta(&page).byline.as_deref(), Some("Ann Lee"));
        // Nor the label over a group of links in a menu not marked as one; a name over the site's
        // menu is a byline.
        let menu = |label: &str| {
            let page = parse_html(&format!(
                r#"<body><h1>Socks</h1><div><div><span>{label}</span><div class="nav-links">
                <a href="/c/a">Compression</a><a href="/c/b">Merino</a><a href="/c/c">Running</a></div></div></div>
                <p>Text.</p></body>"#
            ))
            .unwrap();
            extract_meta(&page).byline
        };
        assert_eq!(menu("By Collection"), None);
        assert_eq!(menu("By John Gruber").as_deref(), Some("John Gruber"));
        // A one-word name over a share bar of icons is a byline: the bar's links have no words.
        let page = parse_html(
            r#"<body><h1>Socks</h1><div><span>By Lutfij</span><div class="share"><a href="/s/fb"><svg></svg></a>
            <a href="/s/x"><svg></svg></a><a href="/s/mail"><svg></svg></a></div></div><p>Text.</p></body>"#,
        )
        .unwrap();
        assert_eq!(extract_meta(&page).byline.as_deref(), Some("Lutfij"));
        // Nor a post card whose classes name its author beside its topics: its links are no names.
        let page = parse_html(
            r#"<body><h1>News</h1><article class="entry category-news category-ai author-jennifer-charles">
            <h2><a href="/p">Banks adopt AI</a></h2><a href="/p#comments">Comment</a></article></body>"#,
        )
        .unwrap();
        assert_eq!(extract_meta(&page).byline, None);
        // Nor a heading's "By" words set in a span of their own.
        let page = parse_html(r#"<body><h1>Courses</h1><h2>Explore <span>By Category</span></h2><p>Text.</p></body>"#)
            .unwrap();
        assert_eq!(extract_meta(&page).byline, None);
    }

    #[test]
    fn a_byline_box_gives_the_line_with_the_name_not_the_job_title_under_it() {
        let byline = |body: &str| {
            extract_meta(&parse_html(&format!("<body><h1>Title</h1>{body}<p>Text.</p></body>")).unwrap()).byline
        };
        // A box marked "author": the name's line, past the date's, without the title's.
        let boxed = r#"<div class="author"><div>Updated <span>January 8, 2026</span></div>
            <div>Written by <span>Meghan Neville</span></div><div>Content Marketing Coordinator</div></div>"#;
        assert_eq!(byline(boxed).as_deref(), Some("Meghan Neville"));
        // Two spans the style sheet sets one under the other, with no space between them.
        let spans = r#"<div class="article-author"><span>Mateusz Haberny</span><span>Founder at Oakywood</span></div>"#;
        assert_eq!(byline(spans).as_deref(), Some("Mateusz Haberny"));
        // A "By" line over the job title.
        let by = "<div><p>By Preetam Jinka</p><p>Co-founder and Chief Architect</p></div>";
        assert_eq!(byline(by).as_deref(), Some("Preetam Jinka"));
        // Microdata's author without a name property: the line with the name.
        let item = r#"<span itemprop="author">By Keith Barry<br><span>Senior Autos Reporter</span></span>"#;
        assert_eq!(byline(item).as_deref(), Some("Keith Barry"));
        // An author box whose biography runs long: the name over it.
        let bio = "She writes about the tools that clinics use, and how they change a working day for the staff.";
        let author_box = format!(r#"<div class="blog_author-text"><div>Lauren Vetter</div><p>{bio} {bio}</p></div>"#);
        assert_eq!(byline(&author_box).as_deref(), Some("Lauren Vetter"));
        // Not a title-cased headline of the writer's other posts over their summaries.
        let posts = format!(
            r#"<div class="author-posts"><div>Film Maker Founds New Party In Lowlands</div><p>{bio} {bio}</p></div>"#
        );
        assert_eq!(byline(&posts), None);
        // Marked "authors" (a box for one writer or several), ahead of a list of the writer's stories.
        let authors = r#"<div class="authors-name"><a href="/u/zc">Zackery Cuevas</a> <span>Writer, Hardware</span></div>
            <div class="author-stories"><h3>Read the latest</h3><ul><li><a href="/a">Super Bomberman Collection</a></li></ul></div>"#;
        assert_eq!(byline(authors).as_deref(), Some("Zackery Cuevas"));
    }

    #[test]
    fn by_line_gives_its_linked_names_and_skips_dates_and_sidebars() {
        let byline = |body: &str| {
            extract_meta(&parse_html(&format!("<body><h1>Title</h1>{body}<p>Text.</p></body>")).unwrap()).byline
        };
        // The linked name, not the job title or the share links after it.
        assert_eq!(
            byline(r#"<div>By <a href="/a">Ann Lee</a> Associate Editor, Daily</div>"#).as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(
            byline(r#"<div>By <a href="/a">Ann Lee</a> and <a href="/b">Bo Chen</a> <a href="/s">Facebook</a></div>"#)
                .as_deref(),
            Some("Ann Lee and Bo Chen")
        );
        assert_eq!(
            byline(
                r#"<p>By <a href="/a">Ann Lee</a>, <a href="/b">Bo Chen</a>, and <a href="/c">Cy Diaz</a> Staff</p>"#
            )
            .as_deref(),
            Some("Ann Lee, Bo Chen, and Cy Diaz")
        );
        // A "By" line with its date.
        assert_eq!(byline("<div>By Nathan Willis March 25, 2015</div>").as_deref(), Some("Nathan Willis"));
        // The word leading into the date is not part of the name.
        assert_eq!(
            byline(r#"<span class="byline">Posted by EditorDavid <time>on Sunday March 08, 2026</time></span>"#)
                .as_deref(),
            Some("EditorDavid")
        );
        assert_eq!(byline("<div>By Ann Lee on March 8, 2026</div>").as_deref(), Some("Ann Lee"));
        // A byline box that holds only a date gives way to the next one.
        assert_eq!(
            byline(r#"<div class="byline">Sat, 20 Dec, 2025 - 06:36</div><div class="author">Ann Lee</div>"#)
                .as_deref(),
            Some("Ann Lee")
        );
        // A label in one element, the name in the next; not after a menu's bare "By".
        assert_eq!(byline("<div>Written by</div><div>Jack Shepherd</div>").as_deref(), Some("Jack Shepherd"));
        assert_eq!(byline("<h2>Article by</h2><div>Matias Heikkilä</div>").as_deref(), Some("Matias Heikkilä"));
        assert_eq!(byline("<span>Shop by</span><span>By</span><span>Size</span>"), None);
        // Writers to follow in a sidebar are not the page's.
        assert_eq!(
            byline(r#"<div role="complementary"><div class="author">Katie Couric</div></div><div class="author">Ann Lee</div>"#)
                .as_deref(),
            Some("Ann Lee")
        );
        let tagged = parse_html(
            r#"<head><meta property="og:article:author" content="BBC News"></head><body><p>Text.</p></body>"#,
        );
        assert_eq!(extract_meta(&tagged.unwrap()).byline.as_deref(), Some("BBC News"));
    }

    #[test]
    fn document_title_loses_the_site_suffix() {
        assert_eq!(
            clean_document_title("A long headline here | Site", Some("Site")).as_deref(),
            Some("A long headline here")
        );
    }
}
