//! Quotations and who said them: quoted spans, then a speech verb next to a name (or a pronoun
//! that points back at the last speaker).

use super::entities::{
    ends_text, is_given_name, is_org, is_owner, is_place, is_stop, is_title_word, is_womans_name, name_runs,
    opens_clause, resolve_name, strip_titles, trim_to_name, NameRun,
};
use crate::lexicon::{common_english_words, lexicon};
use serde::Serialize;
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Quote {
    pub text: String,
    pub speaker: Option<String>,
    /// The speaker is the name signed under the quote ("— Toronto Star"): a source, perhaps no
    /// person.
    #[serde(skip)]
    pub signed: bool,
    /// The speaker is described, not named ("an insider", "the statement"): no person's name.
    #[serde(skip)]
    pub described: bool,
}

pub const OPENERS: [char; 5] = ['“', '"', '«', '„', '‘'];

/// The scripts whose words take an apostrophe end before this character: Latin, Greek, Cyrillic.
const FIRST_CHAR_AFTER_APOSTROPHE_SCRIPTS: u32 = 0x0530;

/// Whether the mark at `i` closes a quote opened by `opener`. Each opener has its own closers, so
/// a quote's inner marks do not end it: “does not ‘control’ any actors” and “the runners’ times”
/// run on to the ”. Pages mix their marks, and a few more stand for the closer:
/// - a typewriter " closes a “ and the other way round;
/// - a “ right after a word and not before one, the opener typed for the closer (“fly off the
///   shelf,“ three factors); a “ before a word opens a quote inside the quote instead, whose ”
///   `quoted_spans` does not take for the outer quote's;
/// - two ’ in a row for a ” (“mislead voters,’’ Will Moy said).
fn closes(text: &str, opener: char, i: usize, c: char) -> bool {
    let prev = text[..i].chars().next_back();
    let next = text[i + c.len_utf8()..].chars().next();
    let in_closing_place = prev.is_some_and(|p| !p.is_whitespace()) && !next.is_some_and(char::is_alphanumeric);
    match opener {
        '“' | '"' => match c {
            '”' | '"' => true,
            '“' => in_closing_place,
            '’' => next == Some('’'),
            _ => false,
        },
        '«' => c == '»',
        // German „…“, Polish „…”.
        '„' => matches!(c, '“' | '”'),
        // Not the apostrophe inside a word (‘rock’n’roll’). Scripts that write no apostrophes set
        // a word's ending right after the mark: Korean ‘데이트 폭력’이라고.
        '‘' => {
            c == '’' && !next.is_some_and(|n| n.is_alphanumeric() && (n as u32) < FIRST_CHAR_AFTER_APOSTROPHE_SCRIPTS)
        }
        _ => false,
    }
}

/// Whether a typewriter " at `i` opens a short quote inside a quote: it stands after a space or an
/// opening bracket, before a letter or a digit, and a " closes it within a few words. (A long
/// stretch to the next " is more likely the outer quote's end and a new quote's start, on a page
/// whose marks went astray.)
fn opens_inside(text: &str, i: usize) -> bool {
    let prev = text[..i].chars().next_back();
    let rest = &text[i + 1..];
    let opens = prev.is_some_and(|p| p.is_whitespace() || matches!(p, '(' | '['))
        && rest.chars().next().is_some_and(char::is_alphanumeric);
    let closer = rest.char_indices().take(INNER_QUOTE_MAX_CHARS).find(|&(_, c)| c == '"').map(|(j, _)| j);
    opens && closer.is_some_and(|j| !rest[j + 1..].chars().next().is_some_and(char::is_alphanumeric))
}

/// Whether the text after a typewriter " glued to a word starts a quote: a bracket or a word of
/// two letters or more (not a size's one-letter axis, as in 81"W).
fn opens_glued(rest: &str) -> bool {
    rest.starts_with('[') || rest.chars().take_while(|c| c.is_alphabetic()).nth(1).is_some()
}

/// Characters at most in a typewriter quote inside a typewriter quote ("seats", "application
/// consumption").
const INNER_QUOTE_MAX_CHARS: usize = 60;

/// Quoted spans of a text as (start, end) byte ranges of the inner text.
pub fn quoted_spans(text: &str) -> Vec<(usize, usize)> {
    scan_quotes(text).0
}

/// The quoted spans of each paragraph, with a quote of several paragraphs counted in each of them.
/// Such a quote closes only in its last paragraph; each paragraph before leaves it open, and the
/// next opens it again ("Ms Persson said: “I would like to emphasise ... events. / “Her
/// statements have been coherent ...”"): the part left open runs to its paragraph's end.
pub fn paragraph_quoted_spans(paragraphs: &[String]) -> Vec<Vec<(usize, usize)>> {
    paragraphs
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let (mut spans, left_open) = scan_quotes(p);
            let reopened = paragraphs.get(k + 1).is_some_and(|next| next.trim_start().starts_with(OPENERS));
            let end = p.trim_end().len();
            if let Some(start) = left_open.filter(|&start| reopened && start < end) {
                spans.push((start, end));
            }
            spans
        })
        .collect()
}

/// The quoted spans of a text, and where the inner text of a quote still open at its end starts.
fn scan_quotes(text: &str) -> (Vec<(usize, usize)>, Option<usize>) {
    let mut spans = Vec::new();
    let mut open: Option<(usize, char)> = None;
    // Quotes opened by “ inside the open “ (or ") quote and not yet closed.
    let mut inner = 0;
    // The second ’ of a pair that closed a quote.
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        if i < skip_to {
            continue;
        }
        match open {
            None if OPENERS.contains(&c) => {
                // A ‘ inside a word is an apostrophe, not a quote; so is a " right after a number
                // or a word and before no word: an inch or a second mark (a 1/4" jack, a 27"
                // screen, 81"W x 32"D). Before a word it opens a quote whose space the page lost
                // ("Best Books of 2013"[MacKinnon's] goal...").
                let after_word = text[..i].chars().next_back().is_some_and(char::is_alphanumeric);
                if after_word && (c == '‘' || (c == '"' && !opens_glued(&text[i + 1..]))) {
                    continue;
                }
                open = Some((i + c.len_utf8(), c));
                inner = 0;
            }
            Some((_, '“' | '"')) if c == '“' && !closes(text, '“', i, c) => inner += 1,
            // A typewriter " before a word, after a space or a bracket, opens a quote inside a
            // typewriter quote ("paying a fee for every employee ("seats") to use ..."): the "
            // after "seats" closes that one, not the outer quote.
            Some((_, '"')) if c == '"' && opens_inside(text, i) => inner += 1,
            Some((start, opener)) if closes(text, opener, i, c) => {
                if inner > 0 {
                    inner -= 1;
                    continue;
                }
                spans.push((start, i));
                open = None;
                if c == '’' && opener != '‘' {
                    skip_to = i + 2 * c.len_utf8();
                }
            }
            _ => {}
        }
    }
    (spans, open.map(|(start, _)| start))
}

/// Share of a sentence's characters that sit inside quotation marks: those of the sentence's own
/// quotes, or of its paragraph's quotes (`paragraph_spans`) over the sentence, which starts at
/// byte `at` of its paragraph, whichever is more. A quote of several sentences opens in the first
/// and closes in the last, so its middle sentences have no marks of their own.
pub fn quoted_share(sentence: &str, paragraph_spans: &[(usize, usize)], at: usize) -> f32 {
    let total = sentence.chars().count().max(1) as f32;
    let overlap = |spans: &[(usize, usize)], text: &str, from: usize| -> f32 {
        let to = from + sentence.len();
        // Spans come in order and do not overlap: skip to the first that ends after `from` (a
        // paragraph may hold thousands).
        let first = spans.partition_point(|&(_, e)| e <= from);
        let quoted: usize = spans[first..]
            .iter()
            .take_while(|&&(s, _)| s < to)
            .map(|&(s, e)| (s.max(from), e.min(to)))
            .filter(|(s, e)| s < e)
            .map(|(s, e)| text[s - from..e - from].chars().count())
            .sum();
        quoted as f32 / total
    };
    overlap(&quoted_spans(sentence), sentence, 0).max(overlap(paragraph_spans, sentence, at))
}

const PRONOUNS: [&str; 9] = ["he", "she", "they", "it", "er", "sie", "il", "elle", "ella"];

/// Pronouns that stand only for a person: "she explains" after "according to Strava" is not Strava.
/// (A German "er" or a French "il" may stand for a firm: "der Konzern", "le groupe".)
const PERSONAL_PRONOUNS: [&str; 2] = ["he", "she"];

/// Whether a speaker is a person: one of the article's people, or a name of two words or more
/// that is no organisation's.
fn is_person(speaker: &str, people: &[String]) -> bool {
    let words: Vec<String> = speaker.split_whitespace().map(String::from).collect();
    people.iter().any(|p| p == speaker) || (words.len() >= 2 && !is_org(&words)) || is_lone_given_name(speaker)
}

/// A given name on its own ("Andrew doesn't remember ..."), the way a story names a royal, a child
/// or a first-name source; not a word that is also a common one ("Will", "May").
fn is_lone_given_name(word: &str) -> bool {
    !word.contains(' ') && is_given_name(word) && !is_stop(word)
}

/// How many quotes the summary lists (an interview quotes fifty times).
pub const MAX_QUOTES: usize = 8;

/// Words a quote needs to say something on its own; shorter ones are a phrase's echo ("pulled
/// into the enterprise").
const SAYING_WORDS: usize = 6;

/// Words under which a quote that names no speaker and is no sentence of its own is a phrase in
/// quotation marks (a term, a search, a scare quote: "cancel for any reason", "best SEO tools for
/// 2025"), not something someone said.
const PHRASE_MAX_WORDS: usize = 8;

/// Whether a quote reads as a sentence of its own: it opens with no lower-case letter and ends
/// with a sentence's mark ("We got her, we got her!").
fn is_sentence(quote: &str) -> bool {
    let opens_capital = quote.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| !c.is_lowercase());
    opens_capital && super::ends_as_sentence(quote)
}

/// Whether a quote is a phrase in quotation marks rather than something said (see
/// `PHRASE_MAX_WORDS`).
fn is_phrase(q: &Quote) -> bool {
    q.speaker.is_none() && q.text.split_whitespace().count() < PHRASE_MAX_WORDS && !is_sentence(&q.text)
}

/// The quotes a summary lists: not the phrases, nor a part of another listed quote; of the rest,
/// all up to `MAX_QUOTES`; past that, those of a named speaker that say something first, then the
/// others of a named speaker, then the same two for a described speaker ("an insider"), then the
/// unattributed ones that say something, then the rest; in text order.
pub fn most_notable(mut quotes: Vec<Quote>) -> Vec<Quote> {
    quotes.retain(|q| !is_phrase(q));
    // A quote given again in part (a pull quote, a line cut with "…", a phrase quoted again) is
    // listed once, whole: the part goes, and gives the whole its speaker if the whole has none.
    // Looked for among the chosen quotes only, then the choice is made again: a page may quote
    // thousands of times.
    loop {
        let chosen = choose(&quotes);
        let cores: Vec<String> = chosen.iter().map(|&i| quote_core(&quotes[i].text)).collect();
        let nested = (0..chosen.len()).find_map(|a| {
            (0..chosen.len())
                .find(|&b| {
                    // (Of two the same, the later goes.)
                    let shorter = cores[a].len() < cores[b].len() || (cores[a].len() == cores[b].len() && a > b);
                    shorter && cores[b].contains(cores[a].as_str())
                })
                .map(|b| (chosen[a], chosen[b]))
        });
        let Some((part, whole)) = nested else {
            let mut keep = vec![false; quotes.len()];
            chosen.iter().for_each(|&i| keep[i] = true);
            return quotes.into_iter().zip(keep).filter_map(|(q, k)| k.then_some(q)).collect();
        };
        if quotes[whole].speaker.is_none() {
            let part = &quotes[part];
            let (speaker, signed, described) = (part.speaker.clone(), part.signed, part.described);
            quotes[whole] = Quote { speaker, signed, described, ..quotes[whole].clone() };
        }
        quotes.remove(part);
    }
}

/// A quote's words for telling one said again: lower-cased, without the stops and ellipses at
/// its ends ("… Fares have increased." is in "Fares have increased to...").
fn quote_core(text: &str) -> String {
    text.trim_matches(|c: char| matches!(c, '.' | '…' | ',' | ';' | ' ')).to_lowercase()
}

/// Which quotes to list (their indices, in text order): all up to `MAX_QUOTES`, else by rank
/// (see `most_notable`).
fn choose(quotes: &[Quote]) -> Vec<usize> {
    if quotes.len() <= MAX_QUOTES {
        return (0..quotes.len()).collect();
    }
    // A named speaker's words come before a described one's ("an insider"), then the rest.
    let rank = |q: &Quote| -> u8 {
        let saying = q.text.split_whitespace().count() >= SAYING_WORDS;
        let who = match (&q.speaker, q.described) {
            (Some(_), false) => 0,
            (Some(_), true) => 1,
            (None, _) => 2,
        };
        who * 2 + u8::from(!saying)
    };
    // Rank by rank, each in text order, until the list is full (no sort: a sort's code is
    // large in wasm).
    let ranks: Vec<u8> = quotes.iter().map(rank).collect();
    let mut keep = vec![false; quotes.len()];
    let mut kept = 0;
    for wanted in 0..=5 {
        for (i, &r) in ranks.iter().enumerate() {
            if r == wanted && kept < MAX_QUOTES {
                keep[i] = true;
                kept += 1;
            }
        }
    }
    (0..quotes.len()).filter(|&i| keep[i]).collect()
}

pub fn find_quotes(paragraphs: &[String], people: &[String], organizations: &[String]) -> Vec<Quote> {
    let verbs = lexicon().all_speech_verbs();
    // What "it" or "they" may stand for besides a speaker: the organisations named in this
    // paragraph and the one named last in the paragraph before.
    let mut orgs =
        Organisations { names: organizations, paragraph_before: String::new(), named_before: OnceCell::new() };
    let mut out: Vec<Quote> = Vec::new();
    // Where each quote's text is in `out`: a page may quote thousands of times.
    let mut listed: HashMap<String, usize> = HashMap::new();
    let mut last_speaker: Option<String> = None;
    // The speaker of the last quote in the paragraph before, for a paragraph that is all quote.
    let mut previous_quote_speaker: Option<String> = None;
    // The speakers described rather than named so far ("an insider"), told apart from names.
    let mut described: HashSet<String> = HashSet::new();
    let paragraph_spans = paragraph_quoted_spans(paragraphs);
    for ((k, p), spans) in paragraphs.iter().enumerate().zip(paragraph_spans) {
        // The paragraph with its quotations blanked, so names inside quotes are not speakers.
        let mut outside = p.clone();
        for &(s, e) in spans.iter().rev() {
            outside.replace_range(s..e, &" ".repeat(e - s));
        }
        let para_speaker = speaker_in(&outside, &verbs, people, &orgs, last_speaker.as_deref(), false);
        let sentence_starts = sentence_starts(&outside, p, &spans);
        // The paragraph's English speech verbs, found when a quote first needs them.
        let mut english_verbs: Option<Vec<VerbAt>> = None;
        // A paragraph that is nothing but a quote, right after a paragraph that quoted someone,
        // goes on quoting them: the reporter's convention for a second paragraph of the same
        // voice ("...,\" said Michael Sims, CEO. / \"There are the big players...\""). Not a
        // question, nor an answer to one: that is a dialogue's next voice. Nor an excerpt that
        // opens mid-sentence ("“… prevent the evacuation”"), quoted from a document.
        let all_quote = !spans.is_empty() && !outside.chars().any(char::is_alphanumeric);
        let carried = previous_quote_speaker
            .take()
            .filter(|_| all_quote && spans.first().is_some_and(|&(s, e)| goes_on_speaking(&p[s..e])));
        // The speaker of the quote before in this paragraph, for a "he added" after it.
        let mut speaker_here: Option<String> = carried;
        for &(s, e) in &spans {
            let inner = p[s..e].trim().trim_end_matches([',', ' ']).to_string();
            if words_with_letters(&inner) < QUOTE_MIN_WORDS || is_work_title(&inner) {
                continue;
            }
            // The quote's own sentence names its speaker first ("\"...,\" said Ann. \"...,\" said
            // Bob."); the paragraph's speaker stands in where the sentence names none.
            let sentence_range = sentence_around(&outside, &sentence_starts, s, e);
            let sentence = &outside[sentence_range.clone()];
            // A pronoun there points at the last speaker in this paragraph; else at the
            // paragraph's speaker if named before the quote ("says Buser. \"...,\" he says"); else
            // at the last of the article's people named in the words before it ("Jo Walton
            // explained. \"...,\" she said"); else at the paragraph's speaker. A sentence that names no one is a quote
            // that goes on: the last speaker's in this paragraph, else the paragraph's.
            let before = &outside[..s];
            let pointed_at = speaker_here
                .clone()
                .or_else(|| para_speaker.clone().filter(|name| surname_in(before, name)))
                .or_else(|| mentioned_person(last_words(before, SPEAKER_WINDOW_WORDS), people))
                .or_else(|| para_speaker.clone());
            // A name signed under the quote ("” — Gayle King, co-anchor") is whose it is, whatever
            // the sentences around it say.
            let signature = signed_by(&p[e..], paragraphs.get(k + 1).map(String::as_str), all_quote);
            let signed = signature.is_some();
            // A speaker the sentence describes ("\"...,\" an insider told the outlet") beats one
            // named in another sentence; it is listed as written, and is no person.
            let named = signature.or_else(|| speaker_in(sentence, &verbs, people, &orgs, pointed_at.as_deref(), true));
            let found = match named {
                Some(name) => Some(name),
                None => {
                    let verbs_at = english_verbs.get_or_insert_with(|| english_speech_verbs_in(&outside));
                    match described_speaker(&outside, sentence_range, verbs_at, people) {
                        Some(Speaker::Named(name)) => Some(name),
                        Some(Speaker::Described(description)) => {
                            described.insert(description.clone());
                            Some(description)
                        }
                        None => None,
                    }
                }
            };
            let speaker = found.or_else(|| speaker_here.clone()).or_else(|| para_speaker.clone());
            if speaker.is_some() {
                speaker_here = speaker.clone();
            }
            previous_quote_speaker = speaker.clone().filter(|_| !signed && !is_question(&inner));
            // A quote said again (a pull quote, a caption) is listed once, with a speaker if
            // either place names one.
            let is_described = speaker.as_ref().is_some_and(|s| described.contains(s));
            if let Some(&i) = listed.get(&inner) {
                if out[i].speaker.is_none() {
                    out[i].speaker = speaker;
                    out[i].signed = signed;
                    out[i].described = is_described;
                }
                continue;
            }
            listed.insert(inner.clone(), out.len());
            out.push(Quote { text: inner, speaker, signed, described: is_described });
        }
        // A paragraph that ends by announcing a quote ("As Joel writes:") hands its speaker to the
        // paragraph of quote after it.
        if outside.trim_end().ends_with(':') {
            let last_sentence = &outside[sentence_starts.last().copied().unwrap_or(0)..];
            if let Some(name) = speaker_in(last_sentence, &verbs, people, &orgs, last_speaker.as_deref(), false) {
                previous_quote_speaker = Some(name);
            }
        }
        if para_speaker.is_some() {
            last_speaker = speaker_here.or(para_speaker);
        } else if let Some(name) = mentioned_person(&outside, people) {
            last_speaker = Some(name);
        }
        orgs.paragraph_before = outside;
        orgs.named_before = OnceCell::new();
    }
    out
}

/// Words a quote has at least; fewer are a name, a term or a number in quotation marks.
const QUOTE_MIN_WORDS: usize = 4;

/// Words with a letter in them: a list of numbers in quotation marks says nothing ("(285, 574,
/// 384, …)").
fn words_with_letters(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count()
}

/// Whether a quote reads as a question: it ends with a question mark, perhaps before a comma.
fn is_question(quote: &str) -> bool {
    quote.trim_end_matches([',', ' ', '\u{a0}']).ends_with('?')
}

/// Whether a quote alone in its paragraph can go on the voice of the quote before: a statement
/// that opens a sentence (a capital, or a bracketed word: "[We] have agreed"), not a question.
fn goes_on_speaking(quote: &str) -> bool {
    let opens_sentence = quote.trim_start().chars().next().is_some_and(|c| c.is_uppercase() || c == '[');
    opens_sentence && !is_question(quote)
}

/// The name a quote is signed with: after its closing mark, a dash and a name in the same
/// paragraph ("” - Dennis Ritchie; ..."), or, where the quote ends its paragraph, a paragraph that
/// opens with a long dash ("— Annette D", a testimonial's). The name is the words in capitals up
/// to a comma, a bracket, a semicolon or the line's end ("Mark Manson, #1 New York Times
/// best-selling author", "Kiara C. (Read all reviews.)"); a lower-case word goes on a sentence
/// instead ("” — after the ratings increase", "-- Senior software engineer working on ...").
/// A short hyphen opening a paragraph is a list's bullet, not a signature. Under a quote that is
/// its whole paragraph, a testimonial's card may print the name with no dash (`name_line`).
fn signed_by(after_quote: &str, next_paragraph: Option<&str>, quote_is_paragraph: bool) -> Option<String> {
    let rest = after_quote.trim_start_matches(CLOSING_MARKS).trim_start_matches(['.', ',', ' ', '\u{a0}']);
    let signature = if rest.is_empty() {
        let next = next_paragraph?.trim_start();
        match next.strip_prefix(['—', '–']) {
            Some(signature) => signature,
            None => return name_line(next).filter(|_| quote_is_paragraph),
        }
    } else {
        rest.strip_prefix("--").or_else(|| rest.strip_prefix(['—', '–', '-']))?
    };
    let line = signature.trim_start_matches([' ', '\u{a0}']);
    let name = line.split(['\n', ',', '(', ';']).next()?.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let one_letter = words.len() == 1 && words[0].chars().count() == 1;
    let ok = !words.is_empty()
        && words.len() <= 5
        && words.iter().all(capitalised)
        && !words.iter().any(|w| w.contains('*') || w.ends_with(':'))
        && !is_stop(words[0])
        && !one_letter;
    ok.then(|| name.to_string())
}

/// Words a testimonial's name line holds at most ("Peter Billante Chief Product Officer at Repsly").
const NAME_LINE_MAX_WORDS: usize = 12;

/// Small words in lower case a name line may hold ("Director of Engineering at Coca-Cola").
const NAME_LINE_SMALL_WORDS: [&str; 8] = ["of", "at", "and", "for", "the", "de", "van", "von"];

/// The name a testimonial's card prints on the line under its quote, without a dash: a given
/// name first, then the person's rank or firm ("Cody Alton ZMS Insights Senior Product Manager,
/// Zalando", "Anne K., Zellingen", "SAM WILSON"). A line that goes on as a sentence ("Liz Reid on
/// where Google Search ends"), or that ends with a colon (a label for the quote after it), is no
/// signature.
fn name_line(paragraph: &str) -> Option<String> {
    let line = paragraph.trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    let first = words.first()?.trim_end_matches(',');
    let lower_case =
        words.iter().filter(|w| w.starts_with(char::is_lowercase) && !NAME_LINE_SMALL_WORDS.contains(w)).count();
    let ends_with_initial = words.last().is_some_and(|w| w.chars().count() == 2 && w.ends_with('.'));
    let ends_sentence = line.ends_with(['.', '!', '?', ':']) && !ends_with_initial;
    if words.len() < 2 || words.len() > NAME_LINE_MAX_WORDS || lower_case > 0 || ends_sentence || !is_given_name(first)
    {
        return None;
    }
    // The name is the given name, any further given names or initials, and a surname; a second
    // surname only where the name ends at a comma, a bracket or the line's end ("Eduardo Rocha
    // Abichequer, Co-Founder"), not a firm's glued name after it ("Elizabeth Watts COVIDCheck").
    let head: Vec<&str> = line
        .split([',', '('])
        .next()?
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '\'' | '’' | '-')))
        .collect();
    let initial = |w: &str| w.trim_end_matches('.').chars().count() == 1;
    let plain = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    };
    // A name in capitals throughout ("SAM WILSON") has its surname in capitals; else capitals
    // are a firm's ("ZMS").
    let in_capitals = |w: &str| w.chars().all(|c| !c.is_lowercase());
    let surname = |w: &&str| plain(w) || initial(w) || (in_capitals(head[0]) && in_capitals(w));
    // A further given name counts only with a surname after it ("Sanjay John Eapen"; not the
    // "Alton" of "Cody Alton ZMS Insights").
    let middle = (1..head.len())
        .take_while(|&i| initial(head[i]) || (is_given_name(head[i]) && head.get(i + 1).is_some_and(surname)))
        .count();
    let mut end = (middle + 2).min(head.len());
    if head.len() == end + 1 && surname(&head[end]) {
        end += 1;
    }
    Some(head[..end].join(" "))
}

/// Marks that close a quote, skipped before its signature.
const CLOSING_MARKS: [char; 5] = ['”', '"', '»', '“', '’'];

/// Where the sentences of a paragraph start (byte offsets, ascending), read from the text with
/// its quotations blanked: after a full stop, "!" or "?" followed by a space and a capital or a
/// quotation mark (not after a title's abbreviation, an initial or "U.S.": "Mr. Lee", "J. Lee"), and after a
/// quotation that ends with one ("Ann said: \"We won.\" Bob ...").
fn sentence_starts(outside: &str, original: &str, spans: &[(usize, usize)]) -> Vec<usize> {
    let mut starts = vec![0];
    let mut quote_ends =
        spans.iter().filter(|&&(s, e)| original[s..e].trim_end().ends_with(['.', '!', '?'])).peekable();
    for (i, c) in outside.char_indices() {
        let end = i + c.len_utf8();
        while let Some(&&(_, e)) = quote_ends.peek() {
            if e > i {
                break;
            }
            // The closing mark right after the quote's text ends its sentence, unless a word in
            // lower case goes on with it ("\"Got her!\" an officer said.", "\"Why?\" he asked.").
            let close = original[e..].chars().next().map_or(0, char::len_utf8);
            let goes_on = original[e + close..].trim_start().chars().next().is_some_and(char::is_lowercase);
            if !goes_on {
                starts.push(e + close);
            }
            quote_ends.next();
        }
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mut next = outside[end..].chars();
        let spaced = next.next().is_some_and(char::is_whitespace);
        let opens = next.next().is_some_and(|n| n.is_uppercase() || OPENERS.contains(&n));
        let word = outside[..i].rsplit(char::is_whitespace).next().unwrap_or("");
        // (A quotation's closing mark before the stop is no initial: "the group \"Save Time\".")
        let letters = word.chars().filter(|c| c.is_alphanumeric()).count();
        let abbreviation = word.contains('.') || letters == 1 || (letters <= 4 && is_title_word(word));
        if spaced && opens && !abbreviation {
            starts.push(end);
        }
    }
    starts.sort_unstable();
    starts
}

/// The sentence that holds the quotation at `s..e`, cut to SPEAKER_WINDOW_WORDS words either side.
fn sentence_around(outside: &str, starts: &[usize], s: usize, e: usize) -> Range<usize> {
    let from = starts[..starts.partition_point(|&b| b <= s)].last().copied().unwrap_or(0);
    let to = starts.get(starts.partition_point(|&b| b <= e)).copied().unwrap_or(outside.len()).max(e);
    let before = last_words(&outside[from..s], SPEAKER_WINDOW_WORDS);
    let after = first_words(&outside[e..to], SPEAKER_WINDOW_WORDS);
    s - before.len()..e + after.len()
}

/// Whether quoted words are a work's title, not speech: every word of four letters or more that is
/// no small word is capitalised, two at least in Title Case ("Dealers of Lightning: Xerox PARC and the Dawn of the
/// Computer Age", a song's "La Rumba Del Perdon"). A sentence has lower-case words; a shout has
/// as many words in capitals as in Title Case ("GET OUT and VOTE for Matt").
fn is_work_title(quoted: &str) -> bool {
    let words: Vec<&str> = quoted.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    // Small words may be written in lower case in a title ("I Cavalieri dello Zodiaco", "Pirates
    // from the Caribbean", "Babbel vs Rosetta Stone").
    let small = |w: &&str| *w == "vs" || super::is_stopword(&w.to_lowercase());
    let title_case = |w: &&str| {
        let mut letters = w.chars().filter(|c| c.is_alphabetic());
        letters.next().is_some_and(char::is_uppercase) && letters.any(char::is_lowercase)
    };
    let in_capitals =
        |w: &&&str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase);
    let starts_upper = |w: &&str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    // Words in Title Case, of any length ("This Is Spinal Tap"); a small word that opens the quote
    // is capitalised in any sentence ("There is Mustang DNA in this car").
    let titled = words.iter().enumerate().filter(|&(i, w)| title_case(w) && (i > 0 || !small(w))).count();
    let worded = |w: &&&str| w.chars().any(char::is_alphabetic);
    titled >= 2
        && words.iter().filter(worded).all(|w| starts_upper(w) || small(w))
        && words.iter().filter(in_capitals).count() < titled
}

/// The article's organisations, for a pronoun that stands for one ("The Food Standards Agency
/// warned ... \"...,\" it said").
struct Organisations<'a> {
    names: &'a [String],
    /// The paragraph before, its quotations blanked.
    paragraph_before: String,
    /// The organisation it names last, found when a pronoun first needs it (a paragraph may hold
    /// thousands of "it said").
    named_before: OnceCell<Option<String>>,
}

impl Organisations<'_> {
    /// The organisation named last in `text`.
    fn mentioned_in(&self, text: &str) -> Option<String> {
        self.names
            .iter()
            .filter_map(|name| text.rfind(name.as_str()).map(|at| (at, name)))
            .max()
            .map(|(_, name)| name.clone())
    }

    /// The organisation the paragraph before names last.
    fn named_before(&self) -> Option<String> {
        self.named_before.get_or_init(|| self.mentioned_in(&self.paragraph_before)).clone()
    }
}

/// The speaker of a paragraph: a name or pronoun next to a speech verb, outside the quotes. A
/// pronoun points at `last`, named in this paragraph where `last_named_here`, else before it;
/// "it" and "they" at an organisation when no person fits.
fn speaker_in(
    outside: &str,
    verbs: &[&str],
    people: &[String],
    orgs: &Organisations,
    last: Option<&str>,
    last_named_here: bool,
) -> Option<String> {
    // Words start after a space; the text is searched as it is (positions in a lower-cased copy
    // would drift where a letter's lower case is longer: "İ"). A verb is tried only where a word
    // opens with its first letter: a paragraph's blanked quotes and other words are not read
    // again for each of the lexicon's verbs.
    let mut word_starts: HashMap<char, Vec<usize>> = HashMap::new();
    for (i, c) in outside.char_indices() {
        if !c.is_whitespace() && (i == 0 || outside[..i].ends_with(' ')) {
            let first = c.to_lowercase().next().unwrap_or(c);
            word_starts.entry(first).or_default().push(i);
        }
    }
    for verb in verbs {
        let Some(starts) = verb.chars().next().and_then(|first| word_starts.get(&first)) else { continue };
        for &pos in starts {
            let Some(len) = prefix_ignoring_case(&outside[pos..], verb) else { continue };
            // The verb must end at a word edge ("said." and "said," count, "saidy" does not).
            if outside[pos + len..].chars().next().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let before = last_words(&outside[..pos], SPEAKER_WINDOW_WORDS);
            if is_name_word(&outside[pos..], before) {
                continue;
            }
            let before = without_gap_words(before);
            let after = first_words(&outside[pos + len..], SPEAKER_WINDOW_WORDS);
            // "Sun Weidong said", "..., Yamada told Sun"; nothing before "according to".
            let speaker_before = !lexicon().speaker_after_cues.contains(*verb);
            let prev_words: Vec<&str> =
                if speaker_before { before.split_whitespace().rev().take(8).collect() } else { Vec::new() };
            if let Some(w) = prev_words.first() {
                let w_clean = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                if PRONOUNS.contains(&w_clean.as_str()) {
                    let personal = PERSONAL_PRONOUNS.contains(&w_clean.as_str());
                    // "she" is not a man's name, "he" not a woman's.
                    let fits = |l: &&str| match is_womans_name(l) {
                        Some(woman) => !personal || woman == (w_clean == "she"),
                        None => true,
                    };
                    // "It", and "they" where no person fits, stand for an organisation only right
                    // after the quote: "It has added voice controls" is a product's news, no speech.
                    let before_pronoun = before.trim_end().strip_suffix(*w).unwrap_or(before);
                    let it_for_org = matches!(w_clean.as_str(), "it" | "they") && follows_quote(before_pronoun);
                    // "They" stands for a person only one named in this paragraph ("Kym Lino, a
                    // spokesperson, ... they said"); else for a firm or a group ("Big Machine
                    // have denied it ... they said"), not the last person quoted before.
                    let points_at = |l: &&str| match w_clean.as_str() {
                        "they" => !is_person(l, people) || last_named_here || surname_in(&outside[..pos], l),
                        "it" => it_for_org && !is_person(l, people),
                        _ => !personal || is_person(l, people),
                    };
                    // Across paragraphs, the person this paragraph names last before the pronoun
                    // comes first ("Sabatier encourages ... he wrote"), then the last speaker. (In
                    // a window of words: a paragraph may hold thousands of "he said".)
                    let named_before = (!last_named_here)
                        .then(|| mentioned_person(last_words(&outside[..pos], PRONOUN_WINDOW_WORDS), people))
                        .flatten();
                    // An organisation named before the pronoun in this paragraph, else in the one
                    // before ("The agency warned ... / \"...,\" it said in a statement").
                    let org_before = it_for_org
                        .then(|| {
                            orgs.mentioned_in(last_words(&outside[..pos], PRONOUN_WINDOW_WORDS))
                                .or_else(|| orgs.named_before())
                        })
                        .flatten();
                    let candidates = named_before.as_deref().into_iter().chain(last).chain(org_before.as_deref());
                    if let Some(l) = candidates.filter(points_at).find(fits) {
                        return Some(l.to_string());
                    }
                }
            }
            if let Some(name) = speaker_before.then(|| name_ending_at(before, people)).flatten() {
                return Some(name);
            }
            // "said Sun Weidong", "according to Yamada"; not "told Newsweek", the one spoken to.
            // German "so" names its speaker at the clause's end ("„...“, so Müller."); English
            // "so" opens a clause ("..., so Google will consider it").
            let clause_after_so = *verb == "so" && !name_closes_clause(after);
            if !lexicon().listener_speech_verbs.contains(*verb) && !clause_after_so {
                if let Some(name) = name_starting_at(after, people).or_else(|| name_after_rank(after, people)) {
                    return Some(name);
                }
            }
        }
    }
    None
}

/// Whether the text before a pronoun ends with a quotation's closing mark ("\"...,\" it said"):
/// the pronoun and its verb attribute that quote.
fn follows_quote(before_pronoun: &str) -> bool {
    before_pronoun.trim_end_matches(|c: char| c.is_whitespace() || c == ',').ends_with(['”', '"', '’', '»'])
}

/// Words in lower case a rank has at most between a speech verb and the name ("said study
/// co-author Ann Lee", "said chief inspector Jennifer Mattinson").
const RANK_MAX_WORDS: usize = 3;

/// The person the text lists, named after a rank in lower case that follows a speech verb: "said
/// lead author Elizabeth Hoge", "said planetary geologist Rosaly Lopes" (not "said in a
/// statement", whose small word is no rank's).
fn name_after_rank(after: &str, people: &[String]) -> Option<String> {
    let words = words_at(after);
    let rank = words.iter().take_while(|(_, w)| is_plain_word(w) && !is_stop(w)).count();
    let &(name_start, _) = words.get(rank).filter(|_| (1..=RANK_MAX_WORDS).contains(&rank))?;
    name_starting_at(&after[name_start..], people).filter(|name| people.contains(name))
}

/// Whether a speech verb written with a capital after a word with one is part of a name ("the
/// United States", "Release Notes"), not a verb.
fn is_name_word(verb_on: &str, before: &str) -> bool {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    capital(verb_on) && before.split_whitespace().next_back().is_some_and(capital)
}

/// `before` without the words at its end that stand between a speaker and the verb ("Parr has
/// said", "he also noted", "she publicly said"), two at most ("had also said").
fn without_gap_words(before: &str) -> &str {
    let gap = &lexicon().speech_verb_gap_words;
    let mut text = before;
    for _ in 0..2 {
        let trimmed = text.trim_end();
        let word = last_words(trimmed, 1);
        if !gap.contains(word) && !is_adverb(word) {
            break;
        }
        text = &trimmed[..trimmed.len() - word.len()];
    }
    text
}

/// Letters an adverb's stem has at least: "explicitly", "publicly"; not "only", "early", "reply".
const ADVERB_STEM_MIN_LETTERS: usize = 4;

/// Whether a word in lower case is an adverb made of a common English word with "-ly" ("the
/// report explicitly states", "Smith publicly said"); not "family" or "assembly".
fn is_adverb(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("ly") else { return false };
    let words = common_english_words();
    stem.chars().count() >= ADVERB_STEM_MIN_LETTERS
        && stem.chars().all(char::is_lowercase)
        && (words.contains(stem) || stem.strip_suffix('i').is_some_and(|s| words.contains(&format!("{s}y"))))
}

/// The words of `text` (split at whitespace), each with the byte where it starts.
fn words_at(text: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, &text[s..]));
    }
    words
}

/// A speech verb found in a paragraph: where it starts and ends, and which it is.
struct VerbAt {
    start: usize,
    end: usize,
    verb: &'static str,
}

/// The English speech verbs of a paragraph's text, in order, each a whole word. Found once for the
/// paragraph, not again for each quote's sentence: a page may quote thousands of times in one.
/// English only, as the determiners of a description are English (German's "so" would read "So the
/// next thing you are wondering is, \"...\"" as said by "the next thing").
fn english_speech_verbs_in(text: &str) -> Vec<VerbAt> {
    let by_first_word = english_speech_verbs_by_first_word();
    let mut found = Vec::new();
    for (start, word) in words_at(text) {
        let first_word = word.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        for verb in by_first_word.get(&first_word).into_iter().flatten() {
            let Some(len) = prefix_ignoring_case(&text[start..], verb) else { continue };
            if !text[start + len..].chars().next().is_some_and(char::is_alphanumeric) {
                found.push(VerbAt { start, end: start + len, verb });
            }
        }
    }
    found
}

/// The English speech verbs by their first word ("according" for "according to"), so that each
/// word of a paragraph is looked up once rather than tried against every verb.
fn english_speech_verbs_by_first_word() -> &'static HashMap<String, Vec<&'static str>> {
    static VERBS: OnceLock<HashMap<String, Vec<&'static str>>> = OnceLock::new();
    VERBS.get_or_init(|| {
        let mut by_first: HashMap<String, Vec<&'static str>> = HashMap::new();
        for verb in lexicon().speech_verbs.get("en").into_iter().flatten() {
            let first = verb.split(' ').next().unwrap_or_default().to_string();
            by_first.entry(first).or_default().push(verb.as_str());
        }
        by_first
    })
}

/// A speaker found in a sentence: a name, or a description ("an insider").
enum Speaker {
    Named(String),
    Described(String),
}

/// Whether a speech verb with the word after it reads as an adjective or a passive, not as what a
/// described speaker did: "the most commonly asked customer question", "a question asked by
/// candidates", "the thing said was". The one spoken to may follow "told" ("told reporters").
fn is_participle(verb: &str, next_word: &str) -> bool {
    let next = next_word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let passive = ["is", "was", "are", "were", "by"].contains(&next);
    let noun_after = is_plain_word(next) && !is_stop(next) && !lexicon().listener_speech_verbs.contains(verb);
    passive || noun_after
}

/// Words a described speaker holds at most after its determiner ("a spokesman for the city's
/// police department" has six).
const DESCRIBED_SPEAKER_MAX_WORDS: usize = 6;

/// A word of a described speaker: letters in lower case (a hyphen or an apostrophe inside).
fn is_plain_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
        && word.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
}

/// A word inside a described speaker before its head: a plain word, or a name's word that says
/// whose the speaker is ("a Kalshi spokesperson", "a U.S. official", "the Trump campaign").
fn is_description_word(word: &str) -> bool {
    is_plain_word(word)
        || (word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')))
}

/// Whether a description opens a clause where it starts at `at` in `text`: nothing before it but
/// marks ("...: the report said", "\"...,\" an officer said"; the quote itself is blanked). After a
/// word it is that word's object: "told the man", "that the firm".
fn opens_clause_at(text: &str, at: usize) -> bool {
    text[..at].trim_end().chars().next_back().is_none_or(|c| !c.is_alphanumeric())
}

/// A description that ends a speaker's words: a determiner, then words in lower case or a name's,
/// the last in lower case and no small word ("an insider", "a spokesman for the firm", "a Kia
/// spokesperson"; not "the man who"). A preposition and a name may follow the head ("the owner of
/// WordPress Maintenance Packages", "a spokesperson for Google").
fn description(words: &[&str]) -> Option<String> {
    let lex = lexicon();
    let (det, rest) = words.split_first()?;
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let head_end = match rest.iter().rposition(|w| PREPOSITIONS.contains(w)) {
        Some(p) if p > 0 && rest.last().is_some_and(capitalised) => p,
        _ => rest.len(),
    };
    let head = rest[..head_end].last()?;
    let small = |w: &&str| is_stop(w) && !PREPOSITIONS.contains(w) && !lex.speaker_determiners.contains(*w);
    let ok = lex.speaker_determiners.contains(&det.to_lowercase())
        && rest.iter().all(|w| is_description_word(w))
        && is_plain_word(head)
        && !is_stop(head)
        && !rest.iter().any(small);
    ok.then(|| format!("{} {}", det.to_lowercase(), rest.join(" ")))
}

/// A speaker the sentence describes instead of naming, next to a speech verb: before it ("\"...,\"
/// an insider told the outlet", "One tester noted:", "the statement continued") or, where the verb
/// follows the quote, after it ("\"...,\" said a spokesman for the firm."). `verbs_at` are the
/// paragraph's speech verbs; `range` is the sentence's place in `outside`.
fn described_speaker(outside: &str, range: Range<usize>, verbs_at: &[VerbAt], people: &[String]) -> Option<Speaker> {
    let sentence = &outside[range.clone()];
    let first = verbs_at.partition_point(|v| v.start < range.start);
    verbs_at[first..].iter().take_while(|v| v.end <= range.end).find_map(|v| {
        let (start, end) = (v.start - range.start, v.end - range.start);
        description_before(sentence, start, v.verb, &sentence[end..])
            .map(Speaker::Described)
            .or_else(|| speaker_after(sentence, start, end, people))
    })
}

/// The description that ends right before the verb at `verb_start` (past the words between a
/// speaker and a verb): the nearest determiner that opens a clause, with plain words from it on.
fn description_before(sentence: &str, verb_start: usize, verb: &str, after_verb: &str) -> Option<String> {
    let next_word = after_verb.split_whitespace().next().unwrap_or("");
    if is_participle(verb, next_word) {
        return None;
    }
    let window = last_words(&sentence[..verb_start], DESCRIBED_SPEAKER_MAX_WORDS + 1);
    let window_start = verb_start - window.len();
    let words = words_at(without_gap_words(window));
    for first in (0..words.len()).rev() {
        let run: Vec<&str> = words[first..].iter().map(|&(_, w)| w).collect();
        if !run[1..].iter().all(|w| is_description_word(w)) {
            return None;
        }
        if opens_clause_at(sentence, window_start + words[first].0) {
            if let Some(d) = description(&run) {
                return Some(d);
            }
        }
    }
    None
}

/// The speaker after a verb that follows its quote ("\"...,\" said a spokesman for the firm."):
/// a description, or the name in apposition after it ("According to his aunt, Jane Starner, ...");
/// or an organisation after "the" ("..., writes the Associated Press"), listed as written.
fn speaker_after(sentence: &str, verb_start: usize, verb_end: usize, people: &[String]) -> Option<Speaker> {
    let lex = lexicon();
    if !opens_clause_at(sentence, verb_start) {
        return None;
    }
    let after = first_words(&sentence[verb_end..], DESCRIBED_SPEAKER_MAX_WORDS + 1);
    // The description's words from the determiner on, without the marks after them, each with
    // where it ends; up to a mark, a relative clause ("a graduate who asked") or another word.
    let mut run: Vec<(&str, usize)> = Vec::new();
    for (at, w) in words_at(after) {
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !run.is_empty() && (!is_description_word(bare) || lex.relative_pronouns.contains(bare)) {
            break;
        }
        run.push((bare, at + bare.len()));
        if bare.len() < w.len() {
            break;
        }
    }
    // "said a spokesman for Nike", "said the Wall Street Journal": a name or small words the
    // description stopped on go; it ends with a word in lower case.
    while run.len() > 1
        && run.last().is_some_and(|&(w, _)| !is_plain_word(w) || (is_stop(w) && !lex.speaker_determiners.contains(w)))
    {
        run.pop();
    }
    let end = run.last().map_or(0, |&(_, end)| end);
    let rest = &after[end..];
    let run: Vec<&str> = run.into_iter().map(|(w, _)| w).collect();
    if run == ["the"] {
        let org = name_runs(rest).into_iter().next().filter(|r| is_org(&r.words))?;
        return Some(Speaker::Described(format!("the {}", org.words.join(" "))));
    }
    let d = description(&run)?;
    let apposition = rest.strip_prefix(", ").and_then(|rest| name_starting_at(rest, people));
    Some(match apposition {
        Some(name) if people.contains(&name) => Speaker::Named(name),
        _ => Speaker::Described(d),
    })
}

/// How many words either side of a speech verb can hold its speaker: the longest apposition
/// (APPOSITION_MAX_WORDS) and the name before it fit. The window keeps the search linear in the
/// paragraph: a paragraph with thousands of "said" would otherwise be read again at each.
const SPEAKER_WINDOW_WORDS: usize = 48;

/// How many words before a pronoun may hold the person it points at, in a paragraph that does
/// not name the last speaker: two sentences of a long paragraph ("Tommy ... retired at 51 ... he
/// wrote").
const PRONOUN_WINDOW_WORDS: usize = 2 * SPEAKER_WINDOW_WORDS;

/// The end of `text` that holds its last `n` words.
fn last_words(text: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices().rev() {
        if c.is_whitespace() {
            if in_word && words == n {
                return &text[i + c.len_utf8()..];
            }
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
        }
    }
    text
}

/// The start of `text` that holds its first `n` words.
fn first_words(text: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_word && words == n {
                return &text[..i];
            }
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
        }
    }
    text
}

/// The length in bytes of `text`'s start that reads `prefix` (in lower case) whatever its case.
fn prefix_ignoring_case(text: &str, prefix: &str) -> Option<usize> {
    let mut want = prefix.chars();
    for (i, c) in text.char_indices() {
        for lower in c.to_lowercase() {
            if want.next() != Some(lower) {
                return None;
            }
        }
        if want.as_str().is_empty() {
            return Some(i + c.len_utf8());
        }
    }
    None
}

fn canonical(words: &[String], people: &[String]) -> Option<String> {
    let (name, _) = strip_titles(words);
    // "As Tom Miller", "But Vaughan": the sentence's word before the name is not part of it.
    let names_word = |w: &String| !opens_clause(w) || is_given_name(w);
    let mut name: Vec<String> = match name.iter().position(names_word) {
        Some(start) => name[start..].to_vec(),
        None => name,
    };
    trim_to_name(&mut name, false, &HashSet::new());
    if name.is_empty() {
        return None;
    }
    // "That said, ...", "I said": a capitalised word of the sentence, not a name.
    if name.len() == 1 && (is_stop(&name[0]) || name[0].chars().count() < 2) {
        return None;
    }
    let joined = name.join(" ");
    if name.len() == 1 {
        return Some(resolve_name(&joined, people).unwrap_or(joined));
    }
    // A person found in the text that the run ends with is the speaker: the words before are a
    // rank's ("Verkehrsdezernentin Sabine Wolff" for "Sabine Wolff").
    let person_at_end = people.iter().find(|p| joined.strip_suffix(p.as_str()).is_some_and(|rank| rank.ends_with(' ')));
    Some(person_at_end.cloned().unwrap_or(joined))
}

fn name_ending_at(before: &str, people: &[String]) -> Option<String> {
    if let Some(name) = name_before_apposition(before, people) {
        return Some(name);
    }
    if let Some(name) = name_before_unclosed_apposition(before, people) {
        return Some(name);
    }
    let runs = name_runs(before);
    let run = runs.last()?;
    // The run must end right where the verb starts (a name further back is another sentence's:
    // "The Los Angeles Times reports: '...' with the top brands, said Jan Liphardt").
    if !ends_text(run, before) {
        return None;
    }
    // "Lukas Brenner of the Technical University of Munich told": the person comes before the org.
    // An org after a name no preposition joins it to speaks for itself ("an Islamic flag – ... as
    // Reuters reported"). An org with no name before it in the window gives no speaker: tried,
    // it made a firm the paragraph's speaker, and a "she said" after it then pointed at no one.
    if names_org_not_person(&run.words, people) {
        let person = runs.len().checked_sub(2).map(|i| &runs[i])?;
        if !is_org(&person.words)
            && !strip_titles(&person.words).0.is_empty()
            && joined_by_preposition(before, run, person)
        {
            return canonical(&person.words, people);
        }
    }
    // A name after a preposition completes the subject, which is someone else: "The authors of the
    // research published in the journal JAMA Psychiatry argued", "a spokesperson for Ann Lee said".
    if follows_preposition(before, run) {
        return None;
    }
    canonical(&run.words, people)
}

/// Whether a run at the end of `text` comes after a preposition, perhaps with an article and a
/// word in lower case between ("in Nature", "in the journal Science", "for the BBC").
fn follows_preposition(text: &str, run: &NameRun) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(run_start) = words.len().checked_sub(run.words.len()) else { return false };
    let before: Vec<&str> = words[..run_start].iter().rev().take(3).copied().collect();
    let lower = |w: &&str| w.chars().all(char::is_lowercase);
    let article = |w: &&str| lexicon().articles.contains(*w);
    match before.as_slice() {
        [prep, ..] if PREPOSITIONS.contains(prep) => true,
        [a, prep, ..] if article(a) && PREPOSITIONS.contains(prep) => true,
        [noun, a, prep] => lower(noun) && article(a) && PREPOSITIONS.contains(prep),
        _ => false,
    }
}

/// Whether only a preposition and articles stand between a person's run and the organisation's run
/// that ends the text ("Lukas Brenner of the Technical University of Munich", "Ann Lee at
/// Google"): the organisation is where the person works. A name further back is another clause's
/// ("an Islamic flag – “igniting,” as Reuters").
fn joined_by_preposition(text: &str, org: &NameRun, person: &NameRun) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(between_end) = words.len().checked_sub(org.words.len()) else { return false };
    let mut i = between_end;
    while i > 0 && (PREPOSITIONS.contains(&words[i - 1]) || lexicon().articles.contains(words[i - 1])) {
        i -= 1;
    }
    let last_of_person = i.checked_sub(1).map(|j| words[j].trim_matches(|c: char| !c.is_alphanumeric()));
    i < between_end && last_of_person.is_some() && person.words.last().map(String::as_str) == last_of_person
}

/// Words an apposition between a name and its verb may hold ("Dylan Nelson, a postdoctoral fellow
/// at the Max Planck Institute for Astrophysics in Munich, Germany, and co-author of the study,
/// said"): the speaker is the name before it, not the firm or the place at its end.
const APPOSITION_MAX_WORDS: usize = 24;

/// Words before a capitalised run that make it part of an apposition, not a person ("a spokesperson
/// for Inherent Resolve", "a fellow at the Max Planck Institute").
const PREPOSITIONS: [&str; 7] = ["of", "for", "at", "in", "from", "by", "with"];

/// The name before an apposition that ends where the verb starts: "Jack Buser, director for games
/// at Google," -> "Jack Buser". The apposition says what the person is: it holds a word in lower
/// case or a title ("Apple CEO"). Its commas are walked back one by one, past places and firms
/// named inside it, to the first name of a person; one of the article's people is preferred. A
/// subject with an article ("the People's Daily, the party's mouthpiece, warned") is no person.
fn name_before_apposition(before: &str, people: &[String]) -> Option<String> {
    let mut head = before.trim_end().strip_suffix(',')?;
    let mut apposition_words = 0;
    let mut describes = false;
    let mut fallback = None;
    while let Some(open) = head.rfind(',') {
        let part: Vec<&str> = head[open + 1..].split_whitespace().collect();
        apposition_words += part.len();
        describes |= part.iter().any(|w| {
            let word = w.trim_matches(|c: char| !c.is_alphanumeric());
            word.chars().next().is_some_and(char::is_lowercase) || is_title_word(word)
        });
        if part.is_empty() || apposition_words > APPOSITION_MAX_WORDS {
            break;
        }
        head = &head[..open];
        if !describes {
            continue;
        }
        match run_ending_at(head, people) {
            RunBefore::Thing => break,
            RunBefore::Other => continue,
            RunBefore::Person(words) => {
                let Some(name) = canonical(&words, people) else { continue };
                if people.contains(&name) {
                    return Some(name);
                }
                fallback.get_or_insert(name);
            }
        }
    }
    fallback
}

/// The person before an apposition that the writer did not close with a comma: "Callan Spicher,
/// vice president of Spicher’s Appliance & Security told us" is Callan Spicher, not "Security".
/// The words after the last comma must read as a description (lower case first, a preposition
/// before the name at the verb), and the name before them must be one of the article's people, as
/// without the closing comma a sentence's opening words could pass for one ("Yesterday, ...").
fn name_before_unclosed_apposition(before: &str, people: &[String]) -> Option<String> {
    let (_, part) = before.rsplit_once(',')?;
    let words: Vec<&str> = part.split_whitespace().collect();
    let describes = words.first()?.chars().next().is_some_and(char::is_lowercase);
    let preposition = words.iter().any(|w| PREPOSITIONS.contains(w));
    if !describes || !preposition {
        return None;
    }
    name_before_apposition(&format!("{},", before.trim_end()), people).filter(|name| people.contains(name))
}

/// Whether a run names an organisation and not one of the article's people: a firm's name alone
/// that a listed person bears as a surname ("Ford" after "Tom Ford") stands for the person.
fn names_org_not_person(words: &[String], people: &[String]) -> bool {
    let surname_of_listed = |w: &String| people.iter().any(|p| p.rsplit_once(' ').is_some_and(|(_, last)| last == w));
    is_org(words) && !matches!(words, [one] if surname_of_listed(one))
}

/// What the capitalised run at the end of a text is, seen from an apposition after it.
enum RunBefore {
    /// A name that may be a person's, cut after an owner ("NASA's Steve Clarke" -> "Steve Clarke").
    Person(Vec<String>),
    /// A subject that is a thing: a firm, or a name after an article ("the People's Daily").
    Thing,
    /// Anything else: no run there, a place, or a name inside the apposition ("for Inherent Resolve").
    Other,
}

fn run_ending_at(text: &str, people: &[String]) -> RunBefore {
    let raw: Vec<&str> = text.split_whitespace().collect();
    let Some(run) = name_runs(text).pop() else { return RunBefore::Other };
    if !ends_text(&run, text) || run.words.len() > raw.len() {
        return RunBefore::Other;
    }
    let run_raw = &raw[raw.len() - run.words.len()..];
    let before_run = raw.len().checked_sub(run_raw.len() + 1).map(|i| raw[i].to_lowercase());
    let before_run = before_run.as_deref().unwrap_or("");
    if run.after_article_or_brand || names_org_not_person(&run.words, people) {
        return RunBefore::Thing;
    }
    let owner = run_raw[..run_raw.len() - 1].iter().rposition(|w| is_owner(w));
    let words = owner.map_or(run.words.clone(), |i| run.words[i + 1..].to_vec());
    let place = words.iter().all(|w| is_place(w)) || is_place(&words.join(" "));
    if place || PREPOSITIONS.contains(&before_run) {
        return RunBefore::Other;
    }
    RunBefore::Person(words)
}

/// Whether the capitalised run that opens `after` ends its clause: a mark or nothing after it.
fn name_closes_clause(after: &str) -> bool {
    let Some(run) = name_runs(after).into_iter().next() else { return false };
    let next = after.split_whitespace().nth(run.words.len());
    let last_of_run = after.split_whitespace().nth(run.words.len().saturating_sub(1)).unwrap_or("");
    next.is_none() || last_of_run.ends_with(|c: char| !c.is_alphanumeric())
}

fn name_starting_at(after: &str, people: &[String]) -> Option<String> {
    let first = after.split_whitespace().next()?;
    if !first.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let mut runs = name_runs(after).into_iter();
    let run = runs.next()?;
    // "said Rosaly Lopes of NASA's Jet Propulsion Laboratory": the person, of an organisation. Two
    // words at least before "of", a person's or opening with a given name ("Bank of America" and
    // "Secretary of State ..." are one name).
    if let Some(of) = run.words.iter().position(|w| w == "of").filter(|&of| of >= 2) {
        let person = &run.words[..of];
        if people.contains(&person.join(" ")) || is_given_name(&person[0]) {
            return canonical(person, people);
        }
    }
    // "according to RedMonk’s Stephens": the name right after an owner's is the person, not the
    // firm.
    let next_word = after.split_whitespace().nth(run.words.len()).unwrap_or("");
    let owned =
        runs.next().filter(|next| run.owner && next.words.first().is_some_and(|w| next_word.starts_with(w.as_str())));
    canonical(&owned.unwrap_or(run).words, people)
}

/// Whether the text names the person by their last name ("Buser" for "Jack Buser").
fn surname_in(text: &str, name: &str) -> bool {
    let Some(surname) = name.split_whitespace().last() else { return false };
    text.split_whitespace().any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == surname)
}

fn mentioned_person(text: &str, people: &[String]) -> Option<String> {
    let mut last = None;
    // A name that owns what follows ("Simmons teed up McDonald’s cameo. ... he said") is seldom
    // the one a pronoun points back at: the last other name is, where there is one.
    let mut last_owner = None;
    for run in name_runs(text) {
        if run.owner {
            last_owner = mentioned_in_run(&run, people).or(last_owner);
        } else {
            last = mentioned_in_run(&run, people).or(last);
        }
    }
    last.or(last_owner)
}

/// The person a run of names mentions: one of the people it ends with, one whose surname it is,
/// or a given name alone.
fn mentioned_in_run(run: &NameRun, people: &[String]) -> Option<String> {
    let joined = run.words.join(" ");
    if let Some(p) = people.iter().find(|p| joined.ends_with(p.as_str())) {
        return Some(p.clone());
    }
    let [surname] = run.words.as_slice() else { return None };
    // A surname alone ("Omar asked ...") stands for a person of that surname whose name opens
    // with a given name ("Ilhan Omar"; not a product's "Maybe Instagram").
    let named = |p: &&String| {
        p.rsplit(' ').next() == Some(surname.as_str())
            && p.split(' ').next().is_some_and(|first| first != surname && is_given_name(first))
    };
    if let Some(p) = people.iter().find(named) {
        return Some(p.clone());
    }
    if !is_lone_given_name(surname) {
        return None;
    }
    // The one person of the article with that given name ("Kevin" for Kevin Cureghian), else the
    // name as written.
    let mut given = people.iter().filter(|p| p.split(' ').next() == Some(surname.as_str()));
    match (given.next(), given.next()) {
        (Some(p), None) => Some(p.clone()),
        _ => Some(surname.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_eight_quotes_those_with_a_speaker_that_say_something_are_listed_in_text_order() {
        let quote = |text: &str, speaker: Option<&str>| Quote {
            text: text.into(),
            speaker: speaker.map(Into::into),
            signed: false,
            described: false,
        };
        let mut quotes = vec![quote("Echoed.", None)];
        for i in 0..6 {
            quotes.push(quote(&format!("we said thing number {i} in full today"), Some("Ann Lee")));
        }
        quotes.push(quote("An unattributed remark says plenty here.", None));
        quotes.push(quote("short echo", Some("Bo Chen")));
        quotes.push(quote("Another unattributed remark says plenty too.", None));
        let kept = most_notable(quotes.clone());
        assert_eq!(kept.len(), MAX_QUOTES);
        // Six said in full by a speaker, the short one with a speaker, then the first unattributed
        // one that says something; the bare echo and the later remark go.
        let expected: Vec<Quote> = quotes[1..10]
            .iter()
            .filter(|q| q.text != "Another unattributed remark says plenty too.")
            .cloned()
            .collect();
        assert_eq!(kept, expected);
        // Eight or fewer: all of them, as found.
        assert_eq!(most_notable(quotes[..8].to_vec()), quotes[..8].to_vec());
    }

    #[test]
    fn a_quote_given_again_in_part_is_listed_once_whole_with_the_part_s_speaker() {
        let quote = |text: &str, speaker: Option<&str>| Quote {
            text: text.into(),
            speaker: speaker.map(Into::into),
            signed: false,
            described: false,
        };
        let mut quotes =
            vec![quote("We are all concerned with events in town. Fares have increased to bring drivers.", None)];
        for i in 0..6 {
            quotes.push(quote(&format!("we said thing number {i} in full today"), Some("Ann Lee")));
        }
        quotes.push(quote("… fares have increased to bring drivers", Some("Bo Chen")));
        quotes.push(quote("A later unattributed remark says plenty here.", None));
        // The part goes, and the remark it kept off the list takes its place.
        let mut expected = quotes.clone();
        expected[0].speaker = Some("Bo Chen".into());
        expected.remove(7);
        assert_eq!(most_notable(quotes), expected);
    }

    #[test]
    fn a_short_unattributed_phrase_is_no_quote_but_a_short_sentence_or_a_speaker_s_phrase_is() {
        let quote = |text: &str, speaker: Option<&str>| Quote {
            text: text.into(),
            speaker: speaker.map(Into::into),
            signed: false,
            described: false,
        };
        let quotes = vec![
            quote("cancel for any reason", None),
            quote("Best SEO tools for 2025", None),
            quote("regardless of your tax situation.", None),
            quote("We got her, we got her!", None),
            quote("It makes you more human.", None),
            quote("a disaster for the whole town", Some("Ann Lee")),
            quote("a scheme that cost the town far more than it ever saved", None),
        ];
        assert_eq!(most_notable(quotes.clone()), quotes[3..]);
    }

    #[test]
    fn spans_handle_mixed_marks() {
        let t = "“While relations are good, we face issues,\" Yamada told Sun.";
        let spans = quoted_spans(t);
        assert_eq!(spans.len(), 1);
        assert!(t[spans[0].0..spans[0].1].starts_with("While"));
        // Typewriter marks inside a typewriter quote: the inner pair is the quote's own.
        let t = "\"It meant a fee per employee (\"seats\") to use fixed features,\" he said. \"No more.\"";
        let quoted: Vec<&str> = quoted_spans(t).into_iter().map(|(s, e)| &t[s..e]).collect();
        assert_eq!(quoted, ["It meant a fee per employee (\"seats\") to use fixed features,", "No more."]);
    }

    #[test]
    fn an_inch_mark_opens_no_quote_but_a_mark_glued_before_a_word_does() {
        let spans_of =
            |t: &'static str| -> Vec<&'static str> { quoted_spans(t).into_iter().map(|(s, e)| &t[s..e]).collect() };
        let sizes = "Inputs: 2 x 1/4\" combo jacks. The 81\"W sofa has a 6.3\" cushion. \"It is comfy,\" she said.";
        assert_eq!(spans_of(sizes), ["It is comfy,"]);
        let lost_space = "Best Books of 2013\"[His] goal is clear.\" - The Daily Beast";
        assert_eq!(spans_of(lost_space), ["[His] goal is clear."]);
    }

    #[test]
    fn a_name_signed_under_a_quote_is_its_speaker() {
        let speakers = |paras: &[&str]| -> Vec<Option<String>> {
            let paras: Vec<String> = paras.iter().map(|p| p.to_string()).collect();
            find_quotes(&paras, &[], &[]).into_iter().map(|q| q.speaker).collect()
        };
        // On the same line, with a comma and a role after the name; in the next paragraph, after
        // a long dash, with a bracket after it.
        assert_eq!(
            speakers(&[
                "“This book should make your blood run cold, and it will,” -Farley Mowat, author of Never Cry Wolf",
                "“The fabric is lovely and soft. Looks really excellent on!”",
                "— Kiara C. (Read all reviews.)",
            ]),
            [Some("Farley Mowat".to_string()), Some("Kiara C.".to_string())]
        );
        // A lower-case word after the dash goes on the sentence; a paragraph that opens with a
        // short hyphen is a list's bullet.
        assert_eq!(
            speakers(&[
                "“They fake it until they make it” — after the ratings increase, they stop.",
                "“Get more sleep and you actually have to be less clever.” -- Rust consultant and framework developer",
                "“How many sets and reps should I do per exercise?”",
                "- Step Four",
            ]),
            [None, None, None]
        );
    }

    #[test]
    fn a_testimonial_s_name_line_under_its_quote_signs_it() {
        let speaker = |quote: &str, line: &str| -> Option<String> {
            let paras = [quote.to_string(), line.to_string()];
            find_quotes(&paras, &[], &[]).first().and_then(|q| q.speaker.clone())
        };
        let quote = "“If we can empower our partners, we enable them to grow sales on our platform.”";
        let cases = [
            ("Cody Alton ZMS Insights Senior Product Manager, Zalando", Some("Cody Alton")),
            (
                "Sunil Ramakrishnappa, Sr. Director of Engineering, Global MarTech, Coca-Cola",
                Some("Sunil Ramakrishnappa"),
            ),
            ("Sanjay John Eapen", Some("Sanjay John Eapen")),
            ("Anne K., Zellingen", Some("Anne K.")),
            ("SAM WILSON", Some("SAM WILSON")),
            ("Elizabeth Watts COVIDCheck", Some("Elizabeth Watts")),
            // A sentence, a headline, a label for the quote after it, no given name first.
            ("Liz Reid on where Google Search ends and Gemini begins", None),
            ("Richard Hayden, Senior Director of Horticulture at the High Line:", None),
            ("Peter Billante joined the firm in 2019.", None),
            ("Zalando Product Team", None),
        ];
        for (line, who) in cases {
            assert_eq!(speaker(quote, line).as_deref(), who, "{line}");
        }
        // A quote inside the writer's sentence is signed by no caption under it.
        let inside = "Many readers found the shirt “disrespectful, rude, tacky and against the Flag Code.”";
        assert_eq!(speaker(inside, "Vanessa Hicks"), None);
    }

    #[test]
    fn a_paragraph_that_is_all_quote_goes_on_the_voice_before_unless_a_dialogue_or_an_excerpt() {
        let speakers = |paras: &[&str]| -> Vec<Option<String>> {
            let paras: Vec<String> = paras.iter().map(|p| p.to_string()).collect();
            find_quotes(&paras, &["Michael Sims".to_string()], &[]).into_iter().map(|q| q.speaker).collect()
        };
        let sims = "“Space exploration requires an entire ecosystem to work,” said Michael Sims, CEO of Ceres.";
        let sims_said = Some("Michael Sims".to_string());
        assert_eq!(
            speakers(&[sims, "“There are big players and small ones. We are one of those.”"]),
            [sims_said.clone(), sims_said.clone()]
        );
        // A question, or a reply to one, is the dialogue's next voice; an excerpt that opens
        // mid-sentence is quoted from a document; a paragraph of the writer's own breaks the run.
        for next in [
            "“Is that why you bought the slow cooker for us?”",
            "“… prevent the evacuation of the civilians from the camp”",
        ] {
            assert_eq!(speakers(&[sims, next]), [sims_said.clone(), None], "{next}");
        }
        let asked = "“Why can we not eat the food here?” asked Michael Sims, CEO of Ceres.";
        let replied = "“I was thinking the same thing.”";
        assert_eq!(speakers(&[asked, replied]), [sims_said.clone(), None]);
        let between = "The firm was founded in 2017.";
        assert_eq!(speakers(&[sims, between, replied]), [sims_said.clone(), None]);
        // A paragraph that ends by announcing a quote gives it its speaker; one with no speech verb
        // does not.
        assert_eq!(speakers(&["As Sims writes in his blog:", replied]), [sims_said]);
        assert_eq!(speakers(&["Here is what the firm's sign reads:", replied]), [None]);
        assert_eq!(speakers(&["Sims said the firm grew in 2017.", replied]), [None]);
    }

    #[test]
    fn a_quote_of_several_paragraphs_is_quoted_in_each_and_keeps_its_speaker() {
        let quotes = |paras: &[&str]| -> Vec<(String, Option<String>)> {
            let paras: Vec<String> = paras.iter().map(|p| p.to_string()).collect();
            find_quotes(&paras, &["Eva-Marie Persson".to_string()], &[])
                .into_iter()
                .map(|q| (q.text, q.speaker))
                .collect()
        };
        let persson = Some("Eva-Marie Persson".to_string());
        // The quote is left open at the end of its first paragraph and opened again in the next.
        let first = "Ms Persson said: “I would like to emphasise that the injured party has submitted a credible \
                     and reliable version of events.";
        let second = "“Her statements have been coherent, extensive and detailed.”";
        assert_eq!(
            quotes(&[first, second]),
            [
                (
                    "I would like to emphasise that the injured party has submitted a credible and reliable \
                     version of events."
                        .to_string(),
                    persson.clone()
                ),
                ("Her statements have been coherent, extensive and detailed.".to_string(), persson.clone()),
            ]
        );
        // Typewriter marks, and a middle paragraph open at both ends.
        let middle = "\"The evidence has weakened considerably over the years since.";
        let typed: Vec<String> = [first, middle, second].iter().map(|p| p.replace(['“', '”'], "\"")).collect();
        let typed: Vec<&str> = typed.iter().map(String::as_str).collect();
        let speakers: Vec<Option<String>> = quotes(&typed).into_iter().map(|(_, s)| s).collect();
        assert_eq!(speakers, [persson.clone(), persson.clone(), persson]);
        // A mark left open before a paragraph of the writer's own is a stray, no quote.
        let own = "The prosecutor will appeal the decision next week.";
        assert_eq!(quotes(&[first, own]), []);
        let spans = paragraph_quoted_spans(&[first.to_string(), own.to_string()]);
        assert_eq!(spans, [vec![], vec![]]);
    }

    #[test]
    fn a_speaker_named_after_the_verb_is_the_person_not_the_organisation_of_it() {
        let speaker =
            |para: &str| find_quotes(&[para.to_string()], &["Rosaly Lopes".to_string()], &[])[0].speaker.clone();
        let quote = "\"Organics are very important for the possibility of life on Titan,\" said";
        for who in ["Rosaly Lopes", "planetary geologist Rosaly Lopes"] {
            let para = format!("{quote} {who} of NASA's Jet Propulsion Laboratory in California.");
            assert_eq!(speaker(&para).as_deref(), Some("Rosaly Lopes"), "{para}");
        }
    }

    #[test]
    fn a_name_after_a_preposition_completes_the_subject_and_is_no_speaker() {
        let speaker = |para: &str| find_quotes(&[para.to_string()], &["Ann Lee".to_string()], &[])[0].speaker.clone();
        let journal = "The authors of the study published in the journal JAMA Psychiatry argued that the rules \
                       bring “important social benefits to all of us.”";
        assert_ne!(speaker(journal).as_deref(), Some("JAMA Psychiatry"));
        let for_lee = "A spokesperson for Ann Lee said the plan is “a very good one for the whole town.”";
        assert_eq!(speaker(for_lee).as_deref(), Some("a spokesperson for Ann Lee"));
        let lee = "Ann Lee said the plan is “a very good one for the whole town.”";
        assert_eq!(speaker(lee).as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn it_right_after_a_quote_points_at_the_organisation_named_before() {
        let people = ["Ann Lee".to_string()];
        let orgs = ["Food Standards Agency".to_string(), "Garmin".to_string()];
        let speakers = |paras: &[&str]| -> Vec<Option<String>> {
            let paras: Vec<String> = paras.iter().map(|p| p.to_string()).collect();
            find_quotes(&paras, &people, &orgs).into_iter().map(|q| q.speaker).collect()
        };
        let agency = Some("Food Standards Agency".to_string());
        let warned = "The Food Standards Agency warned people to stay away from the pills.";
        let it_said = "“We advise the public not to take any tablets,” it said in a statement.";
        assert_eq!(speakers(&[warned, it_said]), std::slice::from_ref(&agency));
        // A speaker named last that is a person is no "it".
        let lee = "“The pills are a real danger to all of us,” said Ann Lee.";
        assert_eq!(speakers(&[lee, warned, it_said]), [Some("Ann Lee".to_string()), agency]);
        // "It" before its verb and away from the quote is a thing's news, no speech.
        let watch = "Garmin makes the watch. It has added questions like “Did you drink alcohol today?” to the app.";
        assert_eq!(speakers(&[watch]), [None]);
    }

    #[test]
    fn a_pronoun_after_a_given_name_alone_points_at_that_name() {
        let people = vec!["Jeffrey Epstein".to_string(), "Kevin Cureghian".to_string()];
        let paras: Vec<String> = [
            "\"He was a man I met through friends and hardly knew at all,\" said Jeffrey Epstein's lawyer.",
            "Andrew doesn't remember any of it, but he remembers the pizza. \"Going to Pizza Express in Woking is \
             an unusual thing for me to do,\" he said.",
            "Kevin recommends the Sony headphones. He notes that they have \"a flat response and are comfortable \
             to wear for long hours.\"",
        ]
        .iter()
        .map(|p| p.to_string())
        .collect();
        let speakers: Vec<_> = find_quotes(&paras, &people, &[]).into_iter().map(|q| q.speaker).collect();
        // The given name alone, or the article's one person of that given name.
        assert_eq!(speakers[1..], [Some("Andrew".to_string()), Some("Kevin Cureghian".to_string())]);
        // A given name that is another language's small word ("dan", Dutch for "then").
        let people = vec!["Dan Lieberman".to_string()];
        let paras = ["\"In my experience, upkeep has been surprisingly simple,\" Dan says.".to_string()];
        assert_eq!(find_quotes(&paras, &people, &[])[0].speaker.as_deref(), Some("Dan Lieberman"));
    }

    #[test]
    fn a_quote_runs_past_its_inner_marks_to_its_own_closer() {
        let t = "“The U.S. does not ‘control’ any actors there,” Simpson said. “The runners’ times were good.”";
        let quoted: Vec<&str> = quoted_spans(t).iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(quoted, ["The U.S. does not ‘control’ any actors there,", "The runners’ times were good."]);
        let typed = r#"For a product to “fly off the shelf,“ three factors. “Mislead voters,’’ Moy said. “A “no recent events” policy.” "My favorite “gift” store.""#;
        let quoted: Vec<&str> = quoted_spans(typed).iter().map(|&(s, e)| &typed[s..e]).collect();
        assert_eq!(
            quoted,
            ["fly off the shelf,", "Mislead voters,", "A “no recent events” policy.", "My favorite “gift” store."]
        );
        let korean = "그는 ‘데이트 폭력’이라고 분명히 했다. ‘rock’n’roll’ lives.";
        let quoted: Vec<&str> = quoted_spans(korean).iter().map(|&(s, e)| &korean[s..e]).collect();
        assert_eq!(quoted, ["데이트 폭력", "rock’n’roll"]);
        let german = "„Wir sind ‚froh‘“, sagte er. «C’est fini»";
        let quoted: Vec<&str> = quoted_spans(german).iter().map(|&(s, e)| &german[s..e]).collect();
        assert_eq!(quoted, ["Wir sind ‚froh‘", "C’est fini"]);
    }

    #[test]
    fn speakers_from_names_titles_and_pronouns() {
        let people = vec!["Sun Weidong".to_string(), "Shigeo Yamada".to_string()];
        let paras = vec![
            "\"We are seeing the return of a Cold War mentality,\" Chinese Vice Foreign Minister Sun Weidong said at the start.".to_string(),
            "China and Japan should \"deal with differences appropriately\" to ensure calm, he told Yamada.".to_string(),
            "“We are also facing many issues and concerns,\" Yamada told Sun.".to_string(),
        ];
        let q = find_quotes(&paras, &people, &[]);
        assert_eq!(q.len(), 3, "{q:?}");
        assert_eq!(q[0].speaker.as_deref(), Some("Sun Weidong"));
        assert_eq!(q[1].speaker.as_deref(), Some("Sun Weidong"));
        assert_eq!(q[2].speaker.as_deref(), Some("Shigeo Yamada"));
    }

    #[test]
    fn a_sentence_s_word_before_the_speaker_is_not_part_of_the_name() {
        let paras = vec![
            "As Tom Miller said, \"let me finish my exams in a supportive environment first.\"".to_string(),
            "\"The band will play songs from the whole catalogue,\" said Australian-born Tom Johnston.".to_string(),
        ];
        let q = find_quotes(&paras, &[], &[]);
        assert_eq!(q[0].speaker.as_deref(), Some("Tom Miller"));
        assert_eq!(q[1].speaker.as_deref(), Some("Tom Johnston"));
    }

    #[test]
    fn a_run_that_ends_with_a_person_found_in_the_text_is_that_person() {
        let people = vec!["Jim Bridenstine".to_string()];
        let paras =
            vec!["\"Companies of all sizes are joining the program,\" said NASA Administrator Jim Bridenstine."
                .to_string()];
        assert_eq!(find_quotes(&paras, &people, &[])[0].speaker.as_deref(), Some("Jim Bridenstine"));
    }

    #[test]
    fn a_subject_after_an_article_before_an_apposition_is_no_speaker() {
        let paras =
            vec!["\"We will not back down this year,\" the Nimbus Herald, a paper close to the party, warned."
                .to_string()];
        assert_eq!(find_quotes(&paras, &[], &[])[0].speaker, None);
    }

    #[test]
    fn the_one_spoken_to_and_a_capitalised_word_are_not_speakers() {
        let paras = vec![
            "\"The findings are consistent with earlier work on the subject,\" the lead author told Newsweek."
                .to_string(),
            "That said, \"the plan works best when you start saving early in life.\"".to_string(),
            "\"We will ship the update in spring this year,\" Editor Katie Bandurski said.".to_string(),
        ];
        let q = find_quotes(&paras, &[], &[]);
        assert_eq!(q.len(), 3, "{q:?}");
        assert_eq!(q[0].speaker.as_deref(), Some("the lead author"));
        assert!(q[0].described);
        assert_eq!(q[1].speaker, None);
        assert_eq!(q[2].speaker.as_deref(), Some("Katie Bandurski"));
    }

    #[test]
    fn the_speaker_before_an_apposition_is_the_person_not_the_firm_or_place_at_its_end() {
        let people = vec!["Dylan Nelson".to_string(), "Sean Robertson".to_string()];
        let said = |para: &str| find_quotes(&[para.to_string()], &people, &[])[0].speaker.clone();
        let q = "\"Stadia has been built from the ground up to be a cloud platform,\"";
        assert_eq!(
            said(&format!("{q} Jack Buser, director for games at Google, tells The Reporter.")).as_deref(),
            Some("Jack Buser")
        );
        // Commas inside the apposition (a place and its country) are walked past.
        let nelson = format!("{q} Dylan Nelson, a fellow at the Max Planck Institute in Munich, Germany, and co-author of the study, said.");
        assert_eq!(said(&nelson).as_deref(), Some("Dylan Nelson"));
        // A US state is a place too, and the speaker need not be one of the article's people.
        let wong = format!("{q} Amy Wong, a professor in Princeton, New Jersey, and an author of the study, said.");
        assert_eq!(said(&wong).as_deref(), Some("Amy Wong"));
        // A name inside the apposition ("for Inherent Resolve") is passed for the person before it.
        let robertson =
            format!("{q} Cmdr. Sean Robertson, a spokesperson for Inherent Resolve, the military operation, said.");
        assert_eq!(said(&robertson).as_deref(), Some("Sean Robertson"));
        // An owner before the name is not part of it.
        let clarke = format!("{q} NASA's Steve Clarke, deputy associate administrator for exploration, said.");
        assert_eq!(said(&clarke).as_deref(), Some("Steve Clarke"));
        // An apposition left open before the verb: the person, not the firm's last word.
        let open = format!("{q} Sean Robertson, vice president of Robertson’s Appliance & Security told us.");
        assert_eq!(said(&open).as_deref(), Some("Sean Robertson"));
        // A subject with an article is a thing: no speaker rather than a wrong one.
        let centre = format!(
            "A study by the Centre for Economic Policy Research, a London-based think tank, concluded that {q}"
        );
        assert_eq!(said(&centre), None);
        // "continued" is a speech verb; a surname alone resolves to the full name.
        let people = vec!["Craig Menear".to_string()];
        let q = find_quotes(
            &["\"We are largely on track with these investments,\" Menear continued.".to_string()],
            &people,
            &[],
        );
        assert_eq!(q[0].speaker.as_deref(), Some("Craig Menear"));
    }

    #[test]
    fn a_personal_pronoun_points_back_at_a_person_only() {
        let paras = vec![
            "\"Half of all runners now join a club to meet people,\" according to Strava.".to_string(),
            "\"Movement is increasingly viewed as a form of mindfulness,\" she explains.".to_string(),
            "\"We will publish the full figures in the spring,\" they said.".to_string(),
        ];
        let q = find_quotes(&paras, &[], &[]);
        assert_eq!(q[0].speaker.as_deref(), Some("Strava"));
        assert_eq!(q[1].speaker, None, "{q:?}");
        // "they" may stand for a firm.
        assert_eq!(q[2].speaker.as_deref(), Some("Strava"));
    }

    #[test]
    fn a_pronoun_points_past_a_name_that_owns_something_to_the_other_name() {
        let people = ["Patrick Simmons".to_string(), "Michael McDonald".to_string(), "Jo Walton".to_string()];
        let speaker = |para: &str| find_quotes(&[para.to_string()], &people, &[])[0].speaker.clone();
        let cameo = "Simmons teed up McDonald’s cameo. “You might remember him from his own band,” he said.";
        assert_eq!(speaker(cameo).as_deref(), Some("Patrick Simmons"));
        // The only name before the pronoun owns something: it is still the one.
        let book = "Jo Walton’s new book is out now. “It was the hardest one to write,” she said.";
        assert_eq!(speaker(book).as_deref(), Some("Jo Walton"));
    }

    #[test]
    fn they_stands_for_a_person_only_one_named_in_its_paragraph() {
        let people = ["Scooter Braun".to_string(), "Kym Lino".to_string()];
        let paras = vec![
            "\"Any agreement needs to be made with the label itself,\" said Scooter Braun.".to_string(),
            "Big Machine have twice denied doing anything wrong.".to_string(),
            "\"We have no further comment on this matter at all,\" they said.".to_string(),
            "Kym Lino works at Instagram. \"We use a model to find likely business accounts,\" they said.".to_string(),
        ];
        let speakers: Vec<Option<String>> = find_quotes(&paras, &people, &[]).into_iter().map(|q| q.speaker).collect();
        let named = |name: &str| Some(name.to_string());
        assert_eq!(speakers, [named("Scooter Braun"), None, named("Kym Lino")]);
    }

    #[test]
    fn a_quoted_title_is_no_quote() {
        let para = "He wrote \u{201c}Dealers of Lightning: Xerox PARC and the Dawn of the Computer Age\u{201d} and \
                    sang \u{201c}La Rumba Del Perdon\u{201d}. \"GET OUT and VOTE on November 5 for Matt,\" Smith wrote. \
                    Netflix will host \u{201c}I Cavalieri dello Zodiaco\u{201d}, then \u{201c}This Is Spinal Tap\u{201d} and \u{201c}Lord of the Rings\u{201d}. \
                    \u{201c}There is Mustang DNA in this car,\u{201d} Ford said."
            .to_string();
        let q = find_quotes(&[para], &[], &[]);
        let texts: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, ["GET OUT and VOTE on November 5 for Matt", "There is Mustang DNA in this car"]);
    }

    #[test]
    fn numbers_in_quotation_marks_are_no_quote() {
        let para =
            "The model read \"(285, 574, 384, …)\" as a hint. \"We sold 3 cars in 2024,\" Ann Lee said.".to_string();
        let q = find_quotes(&[para], &[], &[]);
        let texts: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, ["We sold 3 cars in 2024"]);
    }

    #[test]
    fn letters_whose_lower_case_is_longer_do_not_shift_the_speaker() {
        // "İ" lower-cases to two characters (three bytes for two): positions found in the lower-case
        // text must not be used to cut the original.
        let para =
            "“This is a long quoted sentence with words,” İzmir's İİİ mayor Ali Veli said in İstanbul.".to_string();
        let q = find_quotes(&[para], &[], &[]);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_deref(), Some("Ali Veli"));
    }

    #[test]
    fn a_firm_s_name_that_is_a_listed_person_s_surname_is_the_person() {
        let people = vec!["Tom Ford".to_string()];
        let paras = vec!["\"I was asked to dress her years ago and I declined,\" Ford said.".to_string()];
        assert_eq!(find_quotes(&paras, &people, &[])[0].speaker.as_deref(), Some("Tom Ford"));
    }

    #[test]
    fn a_quote_said_twice_is_listed_once_with_its_speaker() {
        let paras = vec![
            "\"We will rebuild the bridge before winter comes,\"".to_string(),
            "\"We will rebuild the bridge before winter comes,\" Mayor Ann Lee said on Monday.".to_string(),
        ];
        let q = find_quotes(&paras, &[], &[]);
        assert_eq!(
            q,
            [Quote {
                text: "We will rebuild the bridge before winter comes".into(),
                speaker: Some("Ann Lee".into()),
                signed: false,
                described: false
            }]
        );
    }

    #[test]
    fn an_organisation_far_before_the_verb_lends_no_speaker() {
        let para = "Degrees no longer open doors for AI-savvy developers. The Los Angeles Times reports: \
                    \"graduates are struggling to find entry-level jobs\" with the top brands, said Jan Liphardt."
            .to_string();
        assert_eq!(find_quotes(&[para], &[], &[])[0].speaker.as_deref(), Some("Jan Liphardt"));
        // The organisation right before the verb still points at the person before it.
        let para = "\"The findings are consistent with earlier work,\" Lukas Brenner of the Technical University of Munich told reporters.".to_string();
        assert_eq!(find_quotes(&[para], &[], &[])[0].speaker.as_deref(), Some("Lukas Brenner"));
        // ... but not a name further back, in another clause: then the organisation speaks.
        let para = "He put up a flag of Ann Marsh – “igniting,” as Reuters reported, “fears of an attack in the city.”";
        assert_eq!(find_quotes(&[para.to_string()], &[], &[])[0].speaker.as_deref(), Some("Reuters"));
    }

    #[test]
    fn the_speaker_search_reads_a_window_of_words_either_side_of_the_verb() {
        assert_eq!(last_words("one two  three four ", 2), "three four ");
        assert_eq!(last_words("one two", 5), "one two");
        assert_eq!(first_words(", said Ann Lee on Monday", 3), ", said Ann");
        assert_eq!(first_words("Ann", 3), "Ann");
        // The window holds the longest apposition: its name is still found.
        let apposition = "a senior research fellow at the Max Planck Institute for Astrophysics in \
                          Munich, Germany, and a former adviser to the mayor of the city";
        let para = format!("\"We have seen nothing like this before,\" Dylan Nelson, {apposition}, said.");
        assert_eq!(find_quotes(&[para], &[], &[])[0].speaker.as_deref(), Some("Dylan Nelson"));
        // A paragraph of thousands of quotes keeps each once, with the speaker next to a verb.
        let para: Vec<String> = (0..3000).map(|i| format!("Ann Lee said \"this is number {i} here\" and")).collect();
        let q = find_quotes(&[para.join(" ")], &[], &[]);
        assert_eq!(q.len(), 3000);
        assert!(q.iter().all(|q| q.speaker.as_deref() == Some("Ann Lee")), "{:?}", &q[..2]);
    }

    #[test]
    fn each_quote_takes_the_speaker_of_its_own_sentence() {
        let speakers = |para: &str| -> Vec<Option<String>> {
            find_quotes(&[para.to_string()], &[], &[]).into_iter().map(|q| q.speaker).collect()
        };
        let ann = Some("Ann Lee".to_string());
        let bob = Some("Bob Stone".to_string());
        // Two speakers, each after the quote; a quote that goes on is the last speaker's.
        let para = "\"The river rose faster than anyone had planned for,\" said Ann Lee, the mayor. \
                    \"We only need two more pumps and a dry week,\" said Bob Stone, an engineer. \
                    \"The rest of the town is safe for now.\"";
        assert_eq!(speakers(para), [ann.clone(), bob.clone(), bob.clone()]);
        // Speakers before their quotes, each quote ending its sentence; "Mr." ends none.
        let para = "Mr. Ann Lee said: \"The bridge will open again in the spring.\" Bob Stone \
                    replied: \"Nothing will open before the summer is over.\"";
        assert_eq!(speakers(para), [ann.clone(), bob.clone()]);
        // A pronoun points at the name in this paragraph, not at the one before it.
        let paras = [
            "\"The first test of the pumps went well enough for us,\" said Ann Lee.".to_string(),
            "Bob Stone, the engineer, was less sure. \"We will know more when the rain comes back,\" he said."
                .to_string(),
        ];
        let q = find_quotes(&paras, &["Ann Lee".to_string(), "Bob Stone".to_string()], &[]);
        assert_eq!([q[0].speaker.clone(), q[1].speaker.clone()], [ann, bob]);
        // ... unless the paragraph's speaker is named before the quote: another name in between
        // (here a product's, listed among the people) is not the speaker.
        let people = ["Jack Buser".to_string(), "Stadia Pro".to_string()];
        let para = "The key to its success, says Buser, is the Stadia Pro plan. \"We have one of the largest \
                    private networks in the world,\" he says.";
        assert_eq!(find_quotes(&[para.to_string()], &people, &[])[0].speaker.as_deref(), Some("Jack Buser"));
    }

    #[test]
    fn he_does_not_point_back_at_a_woman_nor_she_at_a_man() {
        let after = |pronoun: &str| {
            let paras = [
                "\"The bridge will open again in the spring, we hope,\" said Mary Stone.".to_string(),
                format!("\"We will build two more of them before next year,\" {pronoun} said."),
            ];
            find_quotes(&paras, &["Mary Stone".to_string()], &[])[1].speaker.clone()
        };
        assert_eq!(after("she").as_deref(), Some("Mary Stone"));
        assert_eq!(after("he"), None);
        // A name given to both (or not known) takes either.
        let paras = [
            "\"The bridge will open again in the spring, we hope,\" said Robin Stone.".to_string(),
            "\"We will build two more of them before next year,\" he said.".to_string(),
        ];
        assert_eq!(find_quotes(&paras, &[], &[]).last().unwrap().speaker.as_deref(), Some("Robin Stone"));
    }

    /// The speaker of a paragraph's only quote, and whether it is described rather than named.
    fn speaker_of(para: &str, people: &[&str]) -> (Option<String>, bool) {
        let people: Vec<String> = people.iter().map(|p| p.to_string()).collect();
        let q = find_quotes(&[para.to_string()], &people, &[]);
        assert_eq!(q.len(), 1, "{q:?}");
        (q[0].speaker.clone(), q[0].described)
    }

    /// `speaker_of`'s answer for a speaker named, not described.
    fn named(name: &str) -> (Option<String>, bool) {
        (Some(name.to_string()), false)
    }

    #[test]
    fn a_speaker_described_not_named_is_listed_as_written() {
        let described = |d: &str| (Some(d.to_string()), true);
        let cases = [
            ("\"Scooter is frustrated by all of it,\" an insider told the outlet.", "an insider"),
            ("One tester noted: \"The floss works like magic on my teeth.\"", "one tester"),
            ("\"The cause of the crash is under investigation,\" the statement said.", "the statement"),
            (
                "\"We will appeal the ruling this week,\" said a spokesman for the company.",
                "a spokesman for the company",
            ),
            (
                "China \"vastly improved its detection of diseases,\" writes the Associated Press.",
                "the Associated Press",
            ),
            (
                "\"It should be noted that artists do not need approval,\" the statement also continued.",
                "the statement",
            ),
            // A quote that ends with its own stop goes on into a clause in lower case.
            ("\"Hey, here she is. Got her!\" an officer said.", "an officer"),
            // A stop after a quotation's closing mark ends the sentence: the next one's name is
            // not the speaker.
            (
                "Though both have problems, \"There's no law we can pass to move the sun,\" argues the head of \
                 the group \"Save Time\". The Associated Press explains why.",
                "the head of the group",
            ),
            // A name's words may say whose the speaker is, before the head in lower case.
            ("A Kalshi spokesperson told Reuters that \"the payouts were made in full.\"", "a Kalshi spokesperson"),
            (
                "\"We regret any decision of that kind,\" said the French foreign ministry.",
                "the French foreign ministry",
            ),
            (
                "\"We see a great deal of growth in the field,\" said the firm's chief executive Tim Cook.",
                "the firm's chief executive",
            ),
            // A relative clause ends the description; an adverb before the verb is read past.
            (
                "\"There's a very dreary mood on campus,\" said a recent graduate who asked not to be named.",
                "a recent graduate",
            ),
            ("The paper's abstract explicitly states: \"It is built on three use cases.\"", "the paper's abstract"),
        ];
        for (para, who) in cases {
            assert_eq!(speaker_of(para, &[]), described(who), "{para}");
        }
        // A speaker described in the quote's own sentence is not the one named before it.
        let para = "\"Graduates are struggling to find jobs,\" said Jan Liphardt. \"There's a dreary mood on \
                    campus,\" said a recent graduate who asked not to be named.";
        let q = find_quotes(&[para.to_string()], &["Jan Liphardt".to_string()], &[]);
        assert_eq!(q[1].speaker.as_deref(), Some("a recent graduate"));
    }

    #[test]
    fn a_description_needs_a_speech_verb_of_its_own_speaker() {
        let none = (None, false);
        // The one spoken to, a participle, a passive, English "so", which is no German speech verb,
        // a clause ("that we ever") for a description, and "States", no verb in a name.
        let cases = [
            "\"We lost the whole harvest this year,\" she told the reporter.",
            "The most commonly asked customer question is \"what plants are best for shade?\"",
            "A common question asked by candidates is, \"Should I work for a consulting firm?\"",
            "So the next thing you're probably wondering is, \"how long until my business is booked?\"",
            "The best advice that we ever said to a client was \"start saving early in your life.\"",
            "Lee, who moved to the United States in May, wants \"a fair deal for every family in town.\"",
        ];
        for para in cases {
            assert_eq!(speaker_of(para, &[]), none, "{para}");
        }
        // A name in apposition after the description is the speaker.
        let para = "According to his aunt, Jane Starner, \"He was brilliant from the start, reading at five.\"";
        assert_eq!(speaker_of(para, &["Jane Starner"]), named("Jane Starner"));
    }

    #[test]
    fn words_between_a_speaker_and_the_verb_are_read_past() {
        let para = "\"With photography, I like to create fiction out of reality,\" Parr has said.";
        assert_eq!(speaker_of(para, &["Martin Parr"]), named("Martin Parr"));
        let para = "\"We will not sign this deal as it stands,\" Parr publicly said.";
        assert_eq!(speaker_of(para, &["Martin Parr"]), named("Martin Parr"));
        let para = "In the paper, Lorenz had written, “Special thanks are due to Ellen Fetter for the computations.”";
        assert_eq!(speaker_of(para, &["Edward Lorenz"]), named("Edward Lorenz"));
        let paras = [
            "Noem spoke first. \"We are here to get it out of our state,\" Kristi Noem said.".to_string(),
            "\"We need everyone on it, every family in the state,\" she later tweeted.".to_string(),
        ];
        let q = find_quotes(&paras, &["Kristi Noem".to_string()], &[]);
        assert_eq!(q[1].speaker.as_deref(), Some("Kristi Noem"));
    }

    #[test]
    fn a_pronoun_in_a_new_paragraph_points_at_the_person_it_names_before_the_last_speaker() {
        let paras = [
            "\"Be fearful when others are greedy,\" said Warren Buffett.".to_string(),
            "Tommy, who goes by his first name online, retired at 51 after a long career in telecom, he wrote in a \
             blog post."
                .to_string(),
            "\"So much of a great retirement is mental, and being free of debt helps,\" he wrote.".to_string(),
        ];
        let q = find_quotes(&paras, &["Warren Buffett".to_string()], &[]);
        assert_eq!(q[1].speaker.as_deref(), Some("Tommy"), "{q:?}");
        // In the same paragraph the pronoun goes on with the speaker of the quote before.
        let para = "\"We will win this one,\" Tom Reed said. After meeting Bob Stone, he said: \"The talks went \
                    well for both teams.\"";
        let q = find_quotes(&[para.to_string()], &["Tom Reed".to_string(), "Bob Stone".to_string()], &[]);
        assert_eq!(q[1].speaker.as_deref(), Some("Tom Reed"), "{q:?}");
    }

    #[test]
    fn a_rank_in_lower_case_may_stand_between_the_verb_and_a_listed_person() {
        let people = ["Elizabeth Hoge", "Jennifer Mattinson"];
        let para = "\"Mindfulness training is a low-stigma treatment,\" said lead author Elizabeth Hoge, MD.";
        assert_eq!(speaker_of(para, &people), named("Elizabeth Hoge"));
        let para = "\"We are concerned over the sale of these pills,\" said chief inspector Jennifer Mattinson.";
        assert_eq!(speaker_of(para, &people), named("Jennifer Mattinson"));
        // A small word is no rank's, and a name the text does not list as a person is no one's.
        let para = "\"We will close the plant this year,\" the manager said to Jennifer Mattinson.";
        assert_eq!(speaker_of(para, &people), (Some("the manager".to_string()), true));
        let para = "\"The cause of the crash is under review,\" said federal investigator Sam Green.";
        assert_eq!(speaker_of(para, &people).0, None);
    }

    #[test]
    fn speech_is_more_than_saying() {
        let cases = [
            ("“South Dakota: if we were any higher, we’d be North Dakota,” one user quipped.", "one user", true),
            ("As Carl points out, “It’s a numbers game. They have more.”", "Carl", false),
            ("Ann Lee shared her view on the findings: “There is a part of team culture in it.”", "Ann Lee", false),
            ("\"Open the door! We’re coming in!\" an officer shouts.", "an officer", true),
        ];
        for (para, who, described) in cases {
            assert_eq!(speaker_of(para, &["Ann Lee"]), (Some(who.to_string()), described), "{para}");
        }
    }

    #[test]
    fn past_eight_quotes_named_speakers_come_before_described_ones() {
        let quote = |i: usize, speaker: &str, described: bool| Quote {
            text: format!("we said thing number {i} in full today"),
            speaker: Some(speaker.into()),
            signed: false,
            described,
        };
        let mut quotes: Vec<Quote> = (0..MAX_QUOTES).map(|i| quote(i, "one tester", true)).collect();
        quotes.push(quote(99, "Ann Lee", false));
        let kept = most_notable(quotes);
        assert_eq!(kept.len(), MAX_QUOTES);
        assert_eq!(kept.last().unwrap().speaker.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn put_it_and_in_the_words_of_name_a_speaker() {
        let para = "As Neil Gaiman put it, “Writing is flying in dreams, when you remember.”";
        assert_eq!(speaker_of(para, &["Neil Gaiman"]), named("Neil Gaiman"));
        let para = "In the words of Marie Kondo: \"To truly cherish the things you love, discard the rest.\"";
        assert_eq!(speaker_of(para, &["Marie Kondo"]), named("Marie Kondo"));
        // At a paragraph's start too; and a person named after a firm's name is the person.
        let para = "According to RedMonk’s Stephens, “We are in a cash-constrained financial environment.”";
        assert_eq!(speaker_of(para, &["Rachel Stephens"]), named("Rachel Stephens"));
    }

    #[test]
    fn a_cue_that_stands_before_its_speaker_takes_no_word_before_it() {
        // German "so" is a speech cue before the speaker ("so Müller"); English "so" after
        // "Okay," is not, and "Okay" is no speaker.
        let para =
            "It is “a risk factor for respiratory disorders in childhood,” the study found. Okay, so what can we do?";
        assert_eq!(speaker_of(para, &[]), (None, false));
        let para = "„Wir bauen im Frühjahr zwei neue Brücken über den Fluss“, so Anna Müller.";
        assert_eq!(speaker_of(para, &["Anna Müller"]), named("Anna Müller"));
        // German "so" names its speaker at the clause's end; English "so" opens a clause.
        let para = "A review like “ur products r amazing!!!” is written in slang, so Google will likely flag it.";
        assert_eq!(speaker_of(para, &[]), (None, false));
    }
}
