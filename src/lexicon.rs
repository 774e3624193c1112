//! Cue words and phrases, loaded once from `data/cues.json` (compiled into the binary).
//! Everything language-specific lives in that file, not in code.

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

// The sets are asked about every token of every element's names: Fx hashing (fast on short keys;
// the keys are our own cue words, not input an attacker chooses) instead of SipHash.
type HashSet<T> = FxHashSet<T>;
type HashMap<K, V> = FxHashMap<K, V>;

#[derive(Debug, Deserialize)]
pub struct RoleCues {
    pub label: String,
    /// Phrases by language code.
    pub text: BTreeMap<String, Vec<String>>,
    /// Whole tokens of id/class/role/aria-label.
    pub attr: Vec<String>,
    /// Tokens that name the role only on a page that offers a product ("reviews": a shop's
    /// customer reviews are its comments; on a review site or a service page they are content).
    #[serde(default)]
    pub attr_on_product_pages: Vec<String>,
    /// Tokens that name the role only on a block that links somewhere ("teaser": a news site's
    /// teaser of another story links to it; a page builder's "teaser" component is any card, and
    /// a news site's "teaser" may be the article's own standfirst).
    #[serde(default)]
    pub attr_when_linking: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct DateLabels {
    pub published: Vec<String>,
    pub updated: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Lexicon {
    pub roles: BTreeMap<String, RoleCues>,
    pub article_attr_positive: HashSet<String>,
    pub person_titles: HashSet<String>,
    pub speech_verbs: BTreeMap<String, Vec<String>>,
    /// Speech verbs whose object is the one spoken to ("told Newsweek"): the name after them is
    /// never the speaker. Not "asked", which a quote's speaker follows ("..." asked Smith).
    pub listener_speech_verbs: HashSet<String>,
    /// Speech cues that stand before their speaker only, as prepositions do ("according to
    /// Yamada", German "so Müller"): the word before one is no speaker ("Okay, so what can we
    /// do?").
    pub speaker_after_cues: HashSet<String>,
    /// Words that open a speaker described, not named ("an insider told", "the statement said",
    /// "said a spokesman for the firm"), in lower case.
    pub speaker_determiners: HashSet<String>,
    /// Words that may stand between a speaker and the speech verb ("Parr has said", "he also
    /// noted"), in lower case: read past when looking for the speaker.
    pub speech_verb_gap_words: HashSet<String>,
    /// Words that open a relative clause after a described speaker ("said a graduate who asked
    /// not to be named"), in lower case: the description ends before one.
    pub relative_pronouns: HashSet<String>,
    /// Words that open a clause ("Because", "Although", "Within"), by language: capitalised at a
    /// sentence's start, never the first word of a name ("Because Dempsey" is "Dempsey").
    pub clause_openers: BTreeMap<String, HashSet<String>>,
    pub org_words: HashSet<String>,
    /// Ranks and titles shortened with a full stop ("Dr.", "Lt.", "Gov."), lower-cased, without
    /// the stop: the name after one goes on the sentence.
    pub rank_abbreviations: HashSet<String>,
    /// Organisation words that are abbreviations ("Inc", "LLC"), lower-cased: written in capitals
    /// they still name a firm, where a spelled word in capitals ("GROUP", "NEWS") does not.
    pub org_abbreviations: HashSet<String>,
    /// Organisation words that "for" or "on" and a subject may follow inside the name ("Society for
    /// Nutrition", "Council on Foreign Relations"), lower-cased; not an outlet's ("Reuters on
    /// Monday") nor a firm's ("Apple Inc for iPhone").
    pub org_words_before_a_subject: HashSet<String>,
    /// Organisation words that alone name one ("Reuters", "the Senate"; acronyms in capitals:
    /// "NATO", "WHO"). Any other org word alone is a common noun ("Service", "Group", "Post").
    pub org_single_names: Vec<String>,
    /// Companies, outlets and bodies known by one word ("Google", "Verizon", "Pfizer"), in lower
    /// case: no organisation's word says what they are. Left out: names that are common words too
    /// ("Shell", "Target", "Delta", "Square"), which would name a thing as often as the firm.
    #[serde(deserialize_with = "space_separated")]
    pub known_organizations: HashSet<String>,
    /// Organisations known by their acronym, in lower case ("fbi", "nhs", "ucla", "aclu"): agencies,
    /// international bodies, outlets, leagues, universities and firms. Another word in capitals
    /// is an organisation's only where the text shows it is one (see `entities::acting_acronyms`).
    #[serde(deserialize_with = "space_separated")]
    pub acronym_organizations: HashSet<String>,
    /// Acronyms of things, ranks, degrees, units and laws, lower-cased ("seo", "roi", "ceo", "mba",
    /// "usd"): a word in capitals is an organisation's acronym unless it is one of these.
    pub common_acronyms: HashSet<String>,
    pub places: HashSet<String>,
    /// Words that continue a place's name ("Oklahoma City", "Virginia Beach", "Orange County"): a
    /// place before one is not split off the run as a place before a person's name.
    pub place_name_nouns: HashSet<String>,
    /// Common given names (the US census's most frequent, and others from many languages), in
    /// lower case, as women's and men's (a name given to both is in both): a run of capitals that
    /// opens with one is a person's name, and "she" does not point back at a man's. Each is written
    /// as one space-separated string, which keeps the shipped data a third smaller than a list.
    #[serde(deserialize_with = "space_separated")]
    pub female_given_names: HashSet<String>,
    #[serde(deserialize_with = "space_separated")]
    pub male_given_names: HashSet<String>,
    /// Family names that come first in the names of their languages ("Xi Jinping", "Lee Byung-hun"):
    /// such a word used alone elsewhere stands for the person.
    #[serde(deserialize_with = "space_separated")]
    pub family_names_first: HashSet<String>,
    pub stopwords: BTreeMap<String, HashSet<String>>,
    /// Articles, in lower case, of the lexicon's languages: a capitalised word after one ("the
    /// Altstadt") is no one's surname standing alone.
    pub articles: HashSet<String>,
    /// Greetings, calls to act and determiners, in lower case ("hi", "visit", "those"): capitalised
    /// before a name ("Hi Olivia", "Visit Budlong"), never its first word.
    pub name_openers_never: HashSet<String>,
    /// Capitalised articles that open the name of a firm, a band or a work ("The Trade Desk",
    /// "The Bee Gees"), never a person's.
    pub title_articles: Vec<String>,
    /// Prefixes of surnames written with a capital inside ("Mac" of "MacKinnon", "Van" of
    /// "VanGelder"), lower-cased: such a capital is no brand's.
    pub surname_prefixes: HashSet<String>,
    /// Words that close a product's name as its tier or edition ("Pro", "Lite"), lower-cased.
    pub product_tier_words: HashSet<String>,
    pub date_labels: DateLabels,
    pub byline_prefixes: Vec<String>,
    /// id/class tokens of blocks inside an article that are not its text (bylines, captions...).
    pub extract_skip_attr: HashSet<String>,
    /// Those of `extract_skip_attr` that name a line of terms, a date or a score ("tags",
    /// "timestamp", "rating"): a block of prose under one is something else (a note whose class
    /// is "blockquote-tag-note").
    pub extract_term_attr: HashSet<String>,
    /// id/class tokens of a link's preview card ("onebox"): the linked page's title and summary,
    /// which a forum or blog engine draws under a pasted link. The page's own words are around it.
    pub link_preview_attr: HashSet<String>,
    /// id/class tokens of a block of customers' praise quoted on a page ("testimonial"): the
    /// names in it are the customers', never the page's author.
    pub testimonial_attr: HashSet<String>,
    /// id/class tokens of a review ("review", "reviews"): on a page that offers a product, its
    /// author is a customer's; on a review site, the review may be the article.
    pub review_attr: HashSet<String>,
    /// id/class tokens that name the screen a copy of a section is laid out for ("desktop",
    /// "mobile"): a page builder writes one copy per layout and its style sheet shows one.
    pub layout_breakpoint_tokens: HashSet<String>,
    /// id/class tokens of a bubble a page shows on hover or focus beside the words it explains
    /// (a glossary's definition, a footnote's text): "tooltip", "popover".
    pub tooltip_attr: HashSet<String>,
    /// Class names style sheets give to words only screen readers say ("sr-only"), lower-case: no
    /// reader sees them. A class holding one as a part ("usa-sr-only") counts too.
    pub screen_reader_only_classes: HashSet<String>,
    /// Utility classes that hide an element on every screen ("hidden", "d-none"), as style sheets
    /// spell them. A short prefix ("u-hidden") counts too; see `page::hides_by_class`.
    pub hiding_classes: HashSet<String>,
    /// Words of `person_titles` that qualify a rank but are none alone ("Chinese", "Former", "of"),
    /// lower-cased: before a capitalised run they do not make it a person's name.
    pub title_modifiers: HashSet<String>,
    /// Ranks only a person holds, written in lower case right before a name ("Apple analyst
    /// Ming-Chi Kuo", "White House spokesperson Karine Jean-Pierre"): the name after is a
    /// person's. (Not "editor" or "manager": "video editor Adobe Premiere", "password manager".)
    pub ranks_before_names: HashSet<String>,
    /// How a photo's credit line opens ("Photo:", "Courtesy of"), lower-cased.
    pub credit_line_openings: Vec<String>,
    /// Agencies and stock libraries a credit line names anywhere ("Getty Images"), lower-cased.
    pub credit_line_marks: Vec<String>,
    /// Verbs that open a note about an author after the name ("Sara Coughlin is a writer ...").
    pub author_note_verbs: Vec<String>,
    /// Labels that open a card about the article's author at its end ("About the author",
    /// "Written by"), lower-cased, without a colon.
    pub author_card_labels: Vec<String>,
    /// Titles of a table of contents ("Table of Contents", "In this article"), lower-cased,
    /// without a colon.
    pub contents_titles: Vec<String>,
    /// Titles that are the word for related links alone ("Related", "Relacionados"), lower-cased,
    /// without a colon: a title of nothing else, though too common in sentences to be a cue.
    pub related_titles: Vec<String>,
    /// How a script's placeholder line opens ("Loading...", "Loading paragraph..."), lower-cased.
    pub loading_placeholders: Vec<String>,
    /// Words that make a number of minutes a reading time ("3 min read", "Lesezeit: 4 Minuten").
    pub reading_time_words: Vec<String>,
    /// What a post's counters count ("3 likes", "12 replies", "1.2K views"), lower-cased.
    pub counter_words: Vec<String>,
    /// Labels of the line beside a forum post that says when its poster joined ("Join Date"),
    /// lower-cased, without the colon.
    pub join_date_labels: Vec<String>,
    /// The badges a forum shows under a poster's name ("Member", "Original Poster"), lower-cased.
    pub poster_badges: Vec<String>,
    /// Labels of the line under a post that says when it was written or changed ("asked",
    /// "last edited"), lower-cased, without a colon.
    pub post_time_labels: Vec<String>,
    /// Words that join the last two names of a byline ("Ann Lee and Bo Chen").
    pub name_joiners: Vec<String>,
    /// Phrases by language with which a page says it earns from the links it carries ("This post
    /// contains affiliate links", "we may earn a commission"), lower-cased.
    pub affiliate_disclosures: BTreeMap<String, Vec<String>>,
    /// The words of a shop's buying button ("Add to cart", "In den Warenkorb"), lower-cased.
    pub buy_buttons: Vec<String>,
    /// The words of a shop's terms of sale that title a section of their own on an item's page
    /// ("Shipping & Returns", "Delivery", "Versand"), lower-cased.
    pub store_policy_words: Vec<String>,
    /// The other words such a title may hold ("and", "policy", "information"), lower-cased.
    pub store_policy_title_fillers: Vec<String>,
    /// Words before a countable common noun, not before a name ("a", "your", "each").
    pub noun_determiners: HashSet<String>,
    /// Endings of common words, not of names ("-ing", "-ness"), lower-cased.
    pub word_endings: Vec<String>,
    /// Endings of English words that no given name has, in words of six letters or more ("Saturated",
    /// "Clinical", "Northern", "Marketing"): such a word opening a run of capitals is no given name.
    pub thing_word_endings: Vec<String>,
    /// Endings of English abstract nouns that no surname has, in words of six letters or more
    /// ("Certification", "Fellowship"): such a word ending a run of capitals is no surname.
    pub abstract_noun_endings: Vec<String>,
}

impl Lexicon {
    /// All text phrases of a role, every language together (pages mix languages often).
    pub fn role_phrases(&self, role: &str) -> impl Iterator<Item = &str> {
        self.roles.get(role).into_iter().flat_map(|r| r.text.values().flatten().map(String::as_str))
    }

    /// Speech verbs of every language, as one list.
    pub fn all_speech_verbs(&self) -> Vec<&str> {
        self.speech_verbs.values().flatten().map(String::as_str).collect()
    }

    /// The tokens that label a block only on a product page (see `RoleCues::attr_on_product_pages`).
    pub fn product_page_tokens(&self) -> impl Iterator<Item = &str> {
        self.roles.values().flat_map(|r| r.attr_on_product_pages.iter().map(String::as_str))
    }

    /// The tokens that label a block only where it links somewhere (see `RoleCues::attr_when_linking`).
    pub fn linking_tokens(&self) -> impl Iterator<Item = &str> {
        self.roles.values().flat_map(|r| r.attr_when_linking.iter().map(String::as_str))
    }

    /// Token -> role name, for attribute matching.
    pub fn attr_roles(&self) -> &HashMap<String, String> {
        static MAP: OnceLock<HashMap<String, String>> = OnceLock::new();
        MAP.get_or_init(|| {
            let mut map = HashMap::default();
            // Earlier roles in this order win when a token is listed twice.
            for role in crate::classify::Role::ALL.iter().rev() {
                if let Some(cues) = self.roles.get(role.key()) {
                    for token in cues.attr.iter().chain(&cues.attr_on_product_pages) {
                        map.insert(token.clone(), role.key().to_string());
                    }
                }
            }
            map
        })
    }
}

/// The lexicon, parsed on first use.
/// A set of words written as one string, separated by spaces.
fn space_separated<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<HashSet<String>, D::Error> {
    let words = String::deserialize(deserializer)?;
    Ok(words.split_whitespace().map(str::to_string).collect())
}

pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        serde_json::from_str(include_str!("../data/cues.json")).expect("data/cues.json is checked by a unit test")
    })
}

/// Common English words (SCOWL's most common level; see `data/common-words-en.txt`'s notice),
/// without given names and without words a dictionary also lists as a proper noun ("Will",
/// "Park"). A run of capitals that opens with one ("Language English", "Open Daily") names a thing.
pub fn common_english_words() -> &'static HashSet<String> {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!("../data/common-words-en.txt")
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(str::to_string)
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_parses_and_names_every_role() {
        let lex = lexicon();
        for role in crate::classify::Role::ALL {
            assert!(lex.roles.contains_key(role.key()), "missing role {}", role.key());
        }
        assert!(lex.role_phrases("cookie").any(|p| p == "use cookies"));
        assert!(lex.stopwords.len() >= 5);
        // The term labels are skip labels that a block of prose overrides: each is one.
        assert!(lex.extract_term_attr.is_subset(&lex.extract_skip_attr));
    }
}
