//! The structured summary: key points, quotes with speakers, key figures, entities, reading time.

pub mod entities;
pub mod figures;
pub mod quotes;

use crate::lexicon::lexicon;
use crate::page::is_written_without_spaces;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use unicode_segmentation::UnicodeSegmentation;

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub key_points: Vec<String>,
    pub quotes: Vec<quotes::Quote>,
    pub figures: Vec<figures::Figure>,
    pub entities: entities::Entities,
}

/// Words a person reads per minute, for the reading-time estimate.
pub const WORDS_PER_MINUTE: usize = 230;

/// Chinese and Japanese characters a person reads per minute: between the IReST study's means
/// for Chinese (255) and Japanese (357), as 230 words is for English.
pub const CHARACTERS_PER_MINUTE: usize = 300;

/// How much there is to read: words written with spaces between them, and the characters of
/// scripts written without (Chinese, Japanese), which a space-separated count would take for a
/// few long words (a 2,700-character Chinese story read as 46 words).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TextLength {
    pub words: usize,
    pub characters: usize,
}

impl TextLength {
    pub fn of(text: &str) -> TextLength {
        let mut length = TextLength::default();
        for token in text.split_whitespace() {
            let characters = token.chars().filter(|&c| is_written_without_spaces(c)).count();
            length.characters += characters;
            // What is left of the token beside those characters is a word ("iPhone" in Chinese).
            if token.chars().any(|c| c.is_alphanumeric() && !is_written_without_spaces(c)) || characters == 0 {
                length.words += 1;
            }
        }
        length
    }

    /// Words and characters together, each character counted as a word.
    pub fn total(self) -> usize {
        self.words + self.characters
    }

    pub fn reading_time_minutes(self) -> usize {
        if self.total() == 0 {
            return 0;
        }
        let minutes =
            self.words as f64 / WORDS_PER_MINUTE as f64 + self.characters as f64 / CHARACTERS_PER_MINUTE as f64;
        (minutes.ceil() as usize).max(1)
    }
}

impl std::iter::Sum for TextLength {
    fn sum<I: Iterator<Item = TextLength>>(lengths: I) -> TextLength {
        lengths.fold(TextLength::default(), |a, b| TextLength {
            words: a.words + b.words,
            characters: a.characters + b.characters,
        })
    }
}

/// Characters of Chinese or Japanese that make a word, about: a sentence's length in words is
/// its words written with spaces and its characters of these scripts, two for a word.
const CHARACTERS_PER_WORD: usize = 2;

/// A text's length in words, counting `CHARACTERS_PER_WORD` characters of scripts written without
/// spaces as a word (a Chinese sentence is one space-separated "word").
fn word_equivalents(text: &str) -> usize {
    let length = TextLength::of(text);
    length.words + length.characters / CHARACTERS_PER_WORD
}

/// A text's words that carry its content, lower-cased: words of three letters or more that are no
/// stop words, and where a script is written without spaces, each pair of its characters in a row
/// ("两会", "会关", "关注"), as Unicode's word rules give each Han ideograph alone.
fn content_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    // The run of single ideographs being read, and where it ends in `text`.
    let mut run: Vec<&str> = Vec::new();
    let mut run_end = 0;
    let flush = |run: &mut Vec<&str>, out: &mut Vec<String>| {
        match run.len() {
            0 => {}
            1 => out.push(run[0].to_string()),
            _ => out.extend(run.windows(2).map(|pair| pair.concat())),
        }
        run.clear();
    };
    for (at, word) in text.unicode_word_indices() {
        let mut chars = word.chars();
        let single_ideograph = chars.next().is_some_and(is_written_without_spaces) && chars.next().is_none();
        if single_ideograph {
            if at != run_end {
                flush(&mut run, &mut out);
            }
            run.push(word);
            run_end = at + word.len();
            continue;
        }
        flush(&mut run, &mut out);
        let word = word.to_lowercase();
        let long_enough = word.chars().count() > 2 || word.chars().any(is_written_without_spaces);
        if long_enough && !is_stopword(&word) {
            out.push(word);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// One sentence and where it came from: its paragraph, and the byte where it starts there.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub text: String,
    pub paragraph: usize,
    pub start: usize,
}

/// Splits paragraphs into sentences (Unicode sentence boundaries), joining tiny fragments.
pub fn sentences(paragraphs: &[String]) -> Vec<Sentence> {
    let mut out: Vec<Sentence> = Vec::new();
    for (i, p) in paragraphs.iter().enumerate() {
        // The pieces not yet a sentence: p[pending..end].
        let (mut pending, mut end) = (0, 0);
        let sentence_at = |from: usize, to: usize| {
            let text = &p[from..to];
            let start = from + text.len() - text.trim_start().len();
            Sentence { text: text.trim().to_string(), paragraph: i, start }
        };
        // The paragraph's quotations, found when a break first falls near an opening mark.
        let mut spans: Option<Vec<(usize, usize)>> = None;
        let mut bounds = p.split_sentence_bounds().peekable();
        while let Some(s) = bounds.next() {
            end += s.len();
            // "Mr. " or "Jan. " would end a sentence by the rules; wait for a real one.
            if word_equivalents(&p[pending..end]) >= 4
                && !ends_with_joining_abbreviation(s)
                && !bounds.peek().is_some_and(|next| {
                    abbreviation_before_number(s, next) || initial_before_name(s, next) || exclamation_goes_on(s, next)
                })
                // A slogan of two sentences in quotes ("Meth. We’re on it.") goes on its sentence.
                && (!opens_quote_near_end(s)
                    || !inside_quoted_name(p, spans.get_or_insert_with(|| quotes::quoted_spans(p)), end))
            {
                out.push(sentence_at(pending, end));
                pending = end;
            }
        }
        if !p[pending..].trim().is_empty() {
            // A short tail joins the paragraph's last sentence.
            match out.last_mut() {
                Some(last) if last.paragraph == i => *last = sentence_at(last.start, end),
                _ => out.push(sentence_at(pending, end)),
            }
        }
    }
    out
}

/// Words at most before a break inside a quotation that names something: a slogan's or a
/// title's first sentence ("Meth."), not a speaker's.
const QUOTED_NAME_MAX_WORDS: usize = 2;

/// Whether one of a sentence piece's last `QUOTED_NAME_MAX_WORDS` words opens a quotation: a
/// cheap test before looking for the paragraph's quotations.
fn opens_quote_near_end(piece: &str) -> bool {
    piece
        .trim_end()
        .rsplitn(QUOTED_NAME_MAX_WORDS + 1, ' ')
        .take(QUOTED_NAME_MAX_WORDS)
        .any(|w| w.starts_with(quotes::OPENERS))
}

/// Whether a break at `at` falls inside a short quotation that the sentence goes on after, in
/// lower case: a slogan or a title of several sentences ("South Dakota’s “Meth. We’re on it.”
/// campaign drew ..."), which Unicode's rules break inside.
fn inside_quoted_name(p: &str, spans: &[(usize, usize)], at: usize) -> bool {
    let Some(&(start, end)) = spans[..spans.partition_point(|&(s, _)| s < at)].last() else { return false };
    if at >= end || p[start..at].split_whitespace().count() > QUOTED_NAME_MAX_WORDS {
        return false;
    }
    let after = p[end..].trim_start_matches(['”', '"', '’', '»', ',', ' ', '\u{a0}']);
    after.chars().next().is_some_and(char::is_lowercase)
}

/// Abbreviations that join what comes after them and so never end a sentence: "Insurance vs.
/// MBB consultants", "Roe v. Wade", "e.g. Python".
const JOINING_ABBREVIATIONS: [&str; 5] = ["vs.", "v.", "e.g.", "i.e.", "cf."];

/// Whether a sentence piece ends with an abbreviation that joins the next piece (see
/// `JOINING_ABBREVIATIONS`); Unicode's rules break after it before a capital.
fn ends_with_joining_abbreviation(piece: &str) -> bool {
    let last = piece.split_whitespace().last().unwrap_or_default().trim_start_matches(['(', '[']);
    JOINING_ABBREVIATIONS.iter().any(|a| last.eq_ignore_ascii_case(a))
}

/// Whether a sentence piece ends with a short capitalised abbreviation and the next piece opens
/// with a number: one sentence, which Unicode's rules break there ("Tuesday, Nov. | 19, 2019",
/// "ranked No. | 1", "see Fig. | 3").
fn abbreviation_before_number(piece: &str, next: &str) -> bool {
    let Some(word) = piece.trim_end().strip_suffix('.').and_then(|s| s.split_whitespace().last()) else {
        return false;
    };
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    let letters = word.chars().count();
    (2..=4).contains(&letters)
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && next.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a sentence piece ends with an initial after a name's word or a number, or with a
/// rank's abbreviation, and the next piece opens with a capitalised word that opens no sentence:
/// one sentence, which Unicode's rules break there ("President John F. | Kennedy said", "at 201
/// E. | Washington on March 22", "said Lt. | Matt Harris", "Harvard T.H. | Chan", "the U.S. | Attorney’s
/// Office"; not "vitamin C. | The", "Plan B. | It", "the U.S. | The").
fn initial_before_name(piece: &str, next: &str) -> bool {
    let mut words = piece.split_whitespace().rev();
    let (Some(initial), Some(before)) = (words.next(), words.next()) else {
        return false;
    };
    let before_is_name_or_number =
        before.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) && !before.ends_with(['.', ',', ':', ';']);
    // A rank's abbreviation before the name it introduces ("said Lt. | Matt Harris").
    let rank = initial
        .strip_suffix('.')
        .is_some_and(|w| w.starts_with(char::is_uppercase) && lexicon().rank_abbreviations.contains(&w.to_lowercase()));
    let next_word = next.split_whitespace().next().unwrap_or_default();
    // Initials of two letters or more read as a place's or a body's whatever stands before them
    // ("the U.S. | Attorney’s Office").
    let dotted_name = is_initials(initial) && initial.len() >= 4;
    (is_initials(initial) && (before_is_name_or_number || dotted_name) || rank)
        && next_word.starts_with(char::is_uppercase)
        && !entities::is_stop(next_word)
        && !entities::opens_clause(next_word)
}

/// Whether a word is a name's initials: one to three capitals, each with its full stop ("F.",
/// "T.H.", "J.R.R.").
fn is_initials(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    (2..=6).contains(&chars.len())
        && chars.len() % 2 == 0
        && chars.chunks(2).all(|pair| pair[0].is_uppercase() && pair[1] == '.')
}

/// Whether a sentence piece ends with an exclamation or a question inside a quotation or brackets
/// and the next piece goes on in lower case: one sentence, which Unicode's rules break there
/// ("when does that \"a-ha!\" moment | occur", "(or a stressful week!) | or just want").
fn exclamation_goes_on(piece: &str, next: &str) -> bool {
    let trimmed = piece.trim_end();
    let before_marks = trimmed.trim_end_matches(MARKS_AFTER_A_STOP);
    before_marks.len() < trimmed.len()
        && before_marks.ends_with(['!', '?'])
        && next.trim_start().starts_with(char::is_lowercase)
}

/// Lower-cased word tokens of a text.
pub fn words(text: &str) -> Vec<String> {
    text.unicode_words().map(|w| w.to_lowercase()).collect()
}

/// A stop word in any of the lexicon's languages.
pub(crate) fn is_stopword(w: &str) -> bool {
    lexicon().stopwords.values().any(|set| set.contains(w))
}

/// Stops that end a written sentence, in several scripts.
const SENTENCE_STOPS: [char; 11] = ['.', '!', '?', '…', '。', '！', '？', '．', '।', '؟', '۔'];

/// Marks that may close a sentence after its stop: a quotation's, a bracket's.
const MARKS_AFTER_A_STOP: [char; 10] = ['”', '"', '’', '\'', '»', '」', '』', ')', ']', '）'];

/// What a line without a stop keeps of its score.
const UNFINISHED: f32 = 0.5;

/// Whether a sentence ends with a stop, looking past the marks that close a quotation or a
/// bracket after it ("“We won.”") and the emoji a post may close with ("Come today! 🙂").
pub(crate) fn ends_as_sentence(text: &str) -> bool {
    let is_emoji = |c: char| matches!(c as u32, 0x2600..=0x27BF | 0xFE0F | 0x1F000..=0x1FAFF);
    text.trim_end_matches(|c: char| c.is_whitespace() || is_emoji(c) || MARKS_AFTER_A_STOP.contains(&c))
        .ends_with(SENTENCE_STOPS)
}

/// Bars in a sentence that make it a row of fields rather than prose.
const FIELD_BARS: usize = 2;

/// Picks 3 to 5 key points: central, early, not redundant, not mostly quotation; in text order.
pub fn key_points(paragraphs: &[String], title: &str) -> Vec<String> {
    let sents = sentences(paragraphs);
    if sents.is_empty() {
        return Vec::new();
    }
    let mut freq: HashMap<String, f32> = HashMap::new();
    let sent_words: Vec<Vec<String>> = sents.iter().map(|s| content_words(&s.text)).collect();
    for ws in &sent_words {
        for w in ws.iter().collect::<HashSet<_>>() {
            *freq.entry(w.clone()).or_default() += 1.0;
        }
    }
    let title_words: HashSet<String> = content_words(title).into_iter().collect();
    let total_words: usize = paragraphs.iter().map(|p| word_equivalents(p)).sum();
    let want = if total_words < 800 {
        3
    } else if total_words < 1600 {
        4
    } else {
        5
    };
    // Each paragraph's quotes, for the share of each sentence that they cover.
    let paragraph_spans = quotes::paragraph_quoted_spans(paragraphs);
    let mut scored: Vec<(usize, f32)> = sents
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let ws = &sent_words[i];
            let n_words = word_equivalents(&s.text);
            let distinct: HashSet<&String> = ws.iter().collect();
            let centrality =
                distinct.iter().map(|w| freq[*w] - 1.0).sum::<f32>() / (distinct.len() as f32 + 1.0).sqrt();
            let title_overlap = distinct.iter().filter(|w| title_words.contains(**w)).count() as f32;
            let position = 1.0 / (1.0 + s.paragraph as f32 * 0.35);
            // A line that opens with a dash is a line of dialogue ("— Не могу сказать...",
            // "– Ja, sagt sie."): speech, as much as a quotation in marks.
            let dialogue = s.text.trim_start().starts_with(['—', '–', '―']);
            let quoted =
                if dialogue { 1.0 } else { quotes::quoted_share(&s.text, &paragraph_spans[s.paragraph], s.start) };
            let mut score = centrality * 0.5 + title_overlap * 0.8 + position * 8.0;
            if !(8..=60).contains(&n_words) {
                score *= 0.3;
            }
            score *= 1.0 - quoted * 0.8;
            // A key point tells. A question asks ("Q: Is this backpack light enough?"); a sentence
            // ending in a colon or a comma leads into what follows (a list, a block quote: "Some of
            // the most common trends include:"); fields between bars are a table's row, a spec
            // sheet or a menu of links ("CPU: A19 Pro | RAM: 8GB | Storage: 256GB SSD").
            let text = s.text.trim_end();
            if text.ends_with(['?', ':', ',', ';', '：', '，']) || text.matches('|').count() >= FIELD_BARS {
                score *= 0.3;
            }
            // A line without a stop is a heading, a caption, a list's item or a product card
            // more often than a sentence: it may still be chosen, when little else is at hand.
            if !ends_as_sentence(text) {
                score *= UNFINISHED;
            }
            (i, score)
        })
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut chosen: Vec<usize> = Vec::new();
    for (i, _) in scored {
        if chosen.len() == want {
            break;
        }
        let redundant = chosen.iter().any(|&c| overlap(&sent_words[c], &sent_words[i]) > 0.5);
        if !redundant && !sent_words[i].is_empty() {
            chosen.push(i);
        }
    }
    chosen.sort_unstable();
    chosen.into_iter().map(|i| without_list_marker(&sents[i].text).to_string()).collect()
}

/// Labels that open an answer ("A: Yes, ..."), each with its space.
const ANSWER_LABELS: [&str; 2] = ["A: ", "Answer: "];

/// Marks that open a quotation, a bracket, a price, a handle or a credit, or speak as dialogue:
/// part of the sentence, not a bullet before it.
const NOT_BULLETS: [char; 21] =
    ['“', '"', '‘', '\'', '«', '「', '【', '(', '[', '{', '¿', '¡', '$', '€', '£', '#', '@', '©', '—', '–', '.'];

/// A sentence without the marker of the list item or the answer it opens ("2) ", "11. ", "A: ",
/// a bullet or a symbol: "* ", "✔ ", "→ ", "•Acoustic"): a key point stands alone, out of its
/// list.
fn without_list_marker(sentence: &str) -> &str {
    let digits = sentence.len() - sentence.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = if (1..=3).contains(&digits) {
        let after = &sentence[digits..];
        after.strip_prefix(". ").or_else(|| after.strip_prefix(") "))
    } else {
        ANSWER_LABELS.iter().find_map(|label| sentence.strip_prefix(label)).or_else(|| without_bullet(sentence))
    };
    rest.map(str::trim_start).filter(|rest| !rest.is_empty()).unwrap_or(sentence)
}

/// A sentence after the bullet that opens it: a word of one or two symbols ("✔ ", "✅ ", "^ ",
/// "⚡️ "), or "•" glued to its first word.
fn without_bullet(sentence: &str) -> Option<&str> {
    if let Some(rest) = sentence.strip_prefix('•') {
        return Some(rest);
    }
    let (first, rest) = sentence.split_once(char::is_whitespace)?;
    let symbols = first.chars().all(|c| !c.is_alphanumeric() && !NOT_BULLETS.contains(&c));
    (symbols && first.chars().count() <= 2).then_some(rest)
}

fn overlap(a: &[String], b: &[String]) -> f32 {
    let sa: HashSet<&String> = a.iter().collect();
    let sb: HashSet<&String> = b.iter().collect();
    let inter = sa.intersection(&sb).count() as f32;
    let min = sa.len().min(sb.len()).max(1) as f32;
    inter / min
}

/// Builds the whole summary from the article's paragraphs.
pub fn summarize(paragraphs: &[String], title: &str) -> Summary {
    // Speakers are matched against every person found; the panel lists the most mentioned.
    let mut entities = entities::find_entities(paragraphs);
    let mut quotes = quotes::find_quotes(paragraphs, &entities.people, &entities.organizations);
    for list in [&mut entities.people, &mut entities.places, &mut entities.organizations] {
        list.truncate(entities::MAX_ENTITIES);
    }
    // A speaker is a person even when nothing else said so; a name signed under a quote only when
    // a given name opens it, as papers and reviewers' labels sign quotes too ("— Toronto Star",
    // "— Happy Customer"); and never a name with an acronym in it, a journal's or a firm's ("JAMA
    // Psychiatry found", "BLVD Moving says"), nor a name an organisation's word makes one ("as the
    // Associated Press reported").
    for q in quotes.iter().filter(|q| !q.described) {
        if let Some(s) = &q.speaker {
            let words: Vec<String> = s.split(' ').map(String::from).collect();
            let person_like = (!q.signed || words.first().is_some_and(|w| entities::is_given_name(w)))
                && !entities::with_acronym(s)
                && !entities::is_org(&words);
            if person_like && !entities.people.contains(s) && !entities.organizations.contains(s) && s.contains(' ') {
                entities.people.push(s.clone());
            }
        }
    }
    // A speaker named without a given name the article gave them is that person ("Hawk Sawyer
    // said", after "Kathleen Hawk Sawyer"), listed once.
    for q in quotes.iter_mut().filter(|q| !q.described) {
        if let Some(full) = q.speaker.as_deref().and_then(|s| entities::fuller_name(s, &entities.people)) {
            q.speaker = Some(full.clone());
        }
    }
    entities::merge_fuller_names(&mut entities.people);
    let quotes = quotes::most_notable(quotes);
    Summary { key_points: key_points(paragraphs, title), quotes, figures: figures::find_figures(paragraphs), entities }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_time_rounds_up() {
        let words = |n: usize| TextLength { words: n, characters: 0 }.reading_time_minutes();
        assert_eq!(words(0), 0);
        assert_eq!(words(1), 1);
        assert_eq!(words(231), 2);
    }

    #[test]
    fn chinese_and_japanese_are_read_by_the_character() {
        assert_eq!(TextLength::of("今天北京下雨了"), TextLength { words: 0, characters: 7 });
        // A Latin word inside counts as one word; Korean writes spaces, so its words are words.
        assert_eq!(TextLength::of("苹果发布了新iPhone手机 오늘 비가 온다"), TextLength { words: 4, characters: 8 });
        let story = "北京".repeat(1350);
        assert_eq!(TextLength::of(&story).reading_time_minutes(), 9, "2,700 characters at 300 a minute");
    }

    #[test]
    fn chinese_and_japanese_sentences_are_key_points_by_their_pairs_of_characters() {
        // Unicode's word rules give each ideograph alone; a pair in a row carries the content.
        assert_eq!(content_words("关注两会"), ["关注", "注两", "两会"]);
        assert_eq!(content_words("The big 两 of it"), ["big", "两"]);
        // A sentence written without spaces ends at its stop like any other.
        let paragraph = "在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。\
                         但是，随着年龄和阅历的增长，学子对两会的关注点在出国前后发生了很大的变化。"
            .to_string();
        assert_eq!(sentences(std::slice::from_ref(&paragraph)).len(), 2);
        // An article of such sentences has key points: the ones that share its words.
        let article: Vec<String> = [
            "今年的两会吸引了很多海外留学生的关注，他们每年都在电脑前观看两会直播。",
            "天气很好，公园里有很多人在散步，孩子们在草地上玩耍。",
            "留学生表示，出国以后他们对两会的关注点发生了很大的变化。",
            "一位留学生说，他现在更关注两会关于教育和人才引进的讨论。",
        ]
        .iter()
        .map(|p| p.to_string())
        .collect();
        let points = key_points(&article, "海外留学生看两会");
        assert_eq!(points.len(), 3, "{points:?}");
        assert!(!points.iter().any(|p| p.contains("公园")), "{points:?}");
        // A sentence of a few characters tells too little, first as it comes: its length is counted
        // two characters to a word. (Ideographs of its own in each sentence: none repeats another.)
        let ideographs =
            |from: u32, n: u32| -> String { (from..from + n).filter_map(char::from_u32).collect::<String>() + "。" };
        let mut article = vec![ideographs(0x4E00, 6)];
        article.extend((1..=4).map(|i| ideographs(0x4E00 + 100 * i, 24)));
        let points = key_points(&article, "");
        assert!(!points.contains(&article[0]), "{points:?}");
    }

    #[test]
    fn each_sentence_is_its_paragraph_s_text_from_its_start() {
        let p = "  First words of the story here.  Then a second sentence follows it. Ok then.".to_string();
        let s = sentences(std::slice::from_ref(&p));
        let starts: Vec<usize> = s.iter().map(|s| s.start).collect();
        assert_eq!(starts, [2, 34], "{s:?}");
        // The short tail joins the sentence before, as the paragraph writes it.
        assert_eq!(s[1].text, "Then a second sentence follows it. Ok then.");
        assert!(s.iter().all(|s| p[s.start..].starts_with(&s.text)));
    }

    #[test]
    fn a_slogan_of_two_sentences_in_quotes_stays_inside_its_sentence() {
        let texts = |p: &str| sentences(&[p.to_string()]).into_iter().map(|s| s.text).collect::<Vec<_>>();
        let p = "The state of South Dakota’s “Meth. We’re on it.” campaign drew mockery. It ran all week.";
        assert_eq!(
            texts(p),
            ["The state of South Dakota’s “Meth. We’re on it.” campaign drew mockery.", "It ran all week."]
        );
        // A quote the sentence does not go on after is speech: its sentences are sentences.
        let p = "The mayor answered at once “No. I will not sign it today.” Then she left the hall.";
        assert_eq!(texts(p).len(), 3);
        // A speaker's sentences in quotes are sentences, the attribution after them or not.
        let p = "“We are here today. We will win this fight,” he said. “Nobody can stop us now.”";
        assert_eq!(texts(p).len(), 3);
    }

    #[test]
    fn sentences_keep_abbreviations_together() {
        let s = sentences(&["Tokyo hosts the large U.S. force it needs. He left.".to_string()]);
        assert_eq!(s.len(), 1, "{s:?}");
        let s = sentences(&["The first sentence is here. The second sentence is here.".to_string()]);
        assert_eq!(s.len(), 2);
        // A date's or a rank's abbreviation before its number ends nothing.
        let s = sentences(&["He won the match in Madrid on Tuesday, Nov. 19, 2019. (AP Photo)".to_string()]);
        assert_eq!(s.len(), 1, "{s:?}");
        let s = sentences(&["The team is ranked No. 1 in the country again. It won.".to_string()]);
        assert_eq!(s.len(), 1, "{s:?}");
        // "vs." and "v." join two names; "e.g." leads into an example.
        let s = sentences(&["What do insurance consultants earn vs. MBB consultants? A: Less, at first.".to_string()]);
        assert_eq!(s[0].text, "What do insurance consultants earn vs. MBB consultants?", "{s:?}");
        let s =
            sentences(&["The ruling in Roe v. Wade was cited by the court. Then it adjourned for lunch.".to_string()]);
        assert_eq!(s[0].text, "The ruling in Roe v. Wade was cited by the court.", "{s:?}");
    }

    #[test]
    fn an_exclamation_in_quotes_or_brackets_before_lower_case_ends_no_sentence() {
        let cases = [
            ("But when does that \"a-ha!\" moment occur in the brain? Nobody knows that yet.", 2),
            (
                "Check out the list below (and feel free to download the PDF!) for my complete log. It helps you pack.",
                2,
            ),
            ("Did she ask \"why me?\" after the long meeting today? She did ask that.", 2),
            // A capital after it opens the next sentence, as does a stop outside the marks.
            ("He shouted \"Stop the car now!\" Then he ran away from us.", 2),
            ("It was a good win for the team! and then the coach left the field.", 2),
        ];
        for (text, n) in cases {
            let s = sentences(&[text.to_string()]);
            assert_eq!(s.len(), n, "{text}: {s:?}");
        }
    }

    #[test]
    fn an_initial_or_a_rank_s_abbreviation_before_a_name_ends_no_sentence() {
        for one in [
            "The book was written by the late author John M. Ford in the eighties.",
            "It opens a new location at 201 E. Washington on March 22 this year.",
            "A car was found in her drive, said Lt. Matt Harris of the police.",
            "The plate was made by experts at the Harvard T.H. Chan School of Public Health.",
            "The saga is by the novelist George R.R. Martin of Santa Fe, New Mexico.",
            "He threatened to kill a U.S. Rep. from Minnesota, the U.S. Attorney’s Office said.",
        ] {
            let s = sentences(&[format!("{one} Then it ended for all of us.")]);
            assert_eq!(s[0].text, one, "{s:?}");
        }
        for two in [
            "The patients all took vitamin C. The results were good.",
            "At last they chose Plan B. The results were good.",
            "He did one more rep. Coaches watched him closely.",
            "They moved to the U.S. The results were good.",
        ] {
            assert_eq!(sentences(&[two.to_string()]).len(), 2, "{two}");
        }
    }

    #[test]
    fn key_points_grow_with_the_article_from_three_to_five() {
        // Sentences of 20 words that share none (each word carries its sentence's number), so none
        // is redundant with another; n paragraphs make an article of 20n words.
        let article = |n: usize| -> Vec<String> {
            (0..n)
                .map(|i| {
                    let words: Vec<String> = (0..19).map(|w| format!("word{i}x{w}")).collect();
                    format!("Sentence{i} {}.", words.join(" "))
                })
                .collect()
        };
        assert_eq!(key_points(&article(35), "").len(), 3, "700 words");
        assert_eq!(key_points(&article(60), "").len(), 4, "1,200 words");
        assert_eq!(key_points(&article(100), "").len(), 5, "2,000 words");
    }

    fn summary_of(paragraphs: &[&str]) -> Summary {
        summarize(&paragraphs.iter().map(|p| p.to_string()).collect::<Vec<_>>(), "")
    }

    /// Asserts the summary's quote speakers, and that the first is no person and the second one.
    fn assert_speakers_person_last(paragraphs: &[&str], not_person: &str, person: &str) {
        let summary = summary_of(paragraphs);
        let speakers: Vec<_> = summary.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some(not_person), Some(person)]);
        let people = &summary.entities.people;
        assert!(people.iter().any(|p| p == person), "{:?}", summary.entities);
        assert!(!people.iter().any(|p| p == not_person), "{:?}", summary.entities);
    }

    #[test]
    fn a_name_signed_under_a_quote_joins_the_people_only_if_a_given_name_opens_it() {
        let signed = [
            "“The most fun you can have online, and all of it free of charge,” - Toronto Star",
            "“I learned a lot and think it will help a lot of people,” —Gayle King, co-anchor",
        ];
        assert_speakers_person_last(&signed, "Toronto Star", "Gayle King");
    }

    #[test]
    fn a_speaker_named_with_an_acronym_or_an_org_word_is_no_person() {
        let said = [
            "“Screen time is a potential public health concern,” JAMA Psychiatry wrote in its editorial.",
            "“We will move your piano for free,” Tova Rimmel said on Monday.",
        ];
        assert_speakers_person_last(&said, "JAMA Psychiatry", "Tova Rimmel");
        let said = [
            "The storm “moved north faster than forecast,” as the Hudson Valley Press reported on Monday.",
            "“We will move your piano for free,” Tova Rimmel said on Monday.",
        ];
        assert_speakers_person_last(&said, "Hudson Valley Press", "Tova Rimmel");
        // ... also when the organisations listed are others, named more often.
        let trees = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Ginkgo", "Hazel", "Ironwood", "Juniper"];
        assert_eq!(trees.len(), entities::MAX_ENTITIES);
        let firms: Vec<String> =
            trees.iter().map(|t| format!("{t} Freight Group and {t} Freight Group ship goods.")).collect();
        let mut paragraphs: Vec<&str> = firms.iter().map(String::as_str).collect();
        paragraphs.extend(said);
        let summary = summary_of(&paragraphs);
        assert!(!summary.entities.organizations.iter().any(|o| o == "Hudson Valley Press"), "{:?}", summary.entities);
        assert!(!summary.entities.people.iter().any(|p| p == "Hudson Valley Press"), "{:?}", summary.entities);
    }

    #[test]
    fn a_person_named_again_without_the_given_name_is_listed_once_and_speaks_in_full() {
        let summary = summary_of(&[
            "The prisons bureau is run by Kathleen Hawk Sawyer, who took the post in August.",
            "“This incident was a black eye on the entire bureau,” Hawk Sawyer told the senators.",
        ]);
        let speakers: Vec<_> = summary.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("Kathleen Hawk Sawyer")]);
        assert_eq!(summary.entities.people, ["Kathleen Hawk Sawyer"]);
        // Two words after a word that is no given name are another person.
        let mut people = vec!["Coach Ann Lee".to_string(), "Ann Lee".to_string(), "Forrest Jones".to_string()];
        people.push("Michael Forrest Jones".to_string());
        entities::merge_fuller_names(&mut people);
        assert_eq!(people, ["Coach Ann Lee", "Ann Lee", "Michael Forrest Jones"]);
    }

    #[test]
    fn the_summary_lists_at_most_eight_quotes() {
        let paras: Vec<String> = (0..12)
            .map(|i| format!("\"We counted {i} boats on the river this morning before the rain,\" said Ann Lee."))
            .collect();
        assert_eq!(summarize(&paras, "Boats").quotes.len(), quotes::MAX_QUOTES);
    }

    #[test]
    fn a_question_dialogue_a_row_of_fields_or_a_lead_in_is_not_a_key_point() {
        // The same lead asked, said as dialogue, and stated: only the statement is a key point.
        let lead = "the new streaming service is the first step towards the future of gaming for everyone at home";
        let points_after = |opening: String| {
            let mut paras = vec![opening];
            paras.extend(
                [
                    "The service streams games from distant servers to any screen with a fast connection.",
                    "It costs ten dollars a month and works on phones, laptops and televisions alike.",
                    "Reviewers found the picture sharp but the controls slow on weak home connections.",
                    "The company plans to add forty more games to the service before the end of the year.",
                ]
                .map(String::from),
            );
            key_points(&paras, "A new streaming service for games")
        };
        // A row of fields between bars is no statement either; one bar is still prose.
        let row =
            "Streaming service | Price: ten dollars | Screens: phones, laptops and televisions at home".to_string();
        // Nor is a sentence that leads into a list or a block quote.
        let lead_in = format!("The {} offers:", &lead[4..]);
        for opening in [format!("Is {lead}?"), format!("— The {}.", &lead[4..]), row, lead_in] {
            let points = points_after(opening.clone());
            assert_eq!(points.len(), 3);
            assert!(!points.contains(&opening), "{points:?}");
        }
        let statement = format!("The {}.", &lead[4..]);
        assert!(points_after(statement.clone()).contains(&statement));
        let one_bar = format!("The {} | at last.", &lead[4..]);
        assert!(points_after(one_bar.clone()).contains(&one_bar));
        // The same statement said in the middle of a quote of three sentences, whose marks stand
        // only at its ends.
        let quoted = format!(
            "After a long year of delays in building and testing it, the team spoke at last. “We are proud of \
             the launch. {statement} Players will love it,” Ann Lee said."
        );
        let points = points_after(quoted);
        assert!(!points.iter().any(|p| p.contains(&statement)), "{points:?}");
    }

    #[test]
    fn a_line_without_a_stop_gives_way_to_statements() {
        let line = "New streaming service brings games to every screen in the home";
        let points_with = |line: &str| {
            let paras = [
                "The service streams games from distant servers to any screen with a fast connection.",
                "It costs ten dollars a month and works on phones, laptops and televisions alike.",
                line,
                "Reviewers found the picture sharp but the controls slow on weak home connections.",
                "The company plans to add forty more games to the service before the end of the year.",
                "Its rivals have cut their prices twice since the spring to keep their players.",
            ]
            .map(String::from);
            key_points(&paras, "A new streaming service for games")
        };
        assert!(!points_with(line).iter().any(|p| p.contains(line)));
        for finished in [format!("{line}."), format!("{line}! 🙂"), format!("{line} (at last).")] {
            assert!(points_with(&finished).contains(&finished), "{finished}");
        }
        for (text, ends) in [
            ("見に来てください。", true),
            ("“We won.”", true),
            ("(See the table below.)", true),
            ("Photo: Reuters 🙂", false),
            ("A bullet of the type used (right)", false),
            ("He called it “a disaster”", false),
        ] {
            assert_eq!(ends_as_sentence(text), ends, "{text}");
        }
    }

    #[test]
    fn a_key_point_is_shown_without_its_list_marker() {
        let cases = [
            ("* Calendar subject to change by the organiser.", "Calendar subject to change by the organiser."),
            (
                "11. Imagine how the person reading your essay will feel.",
                "Imagine how the person reading your essay will feel.",
            ),
            ("2) When the circuit is open, no current flows.", "When the circuit is open, no current flows."),
            ("A: We found that daily fasting works.", "We found that daily fasting works."),
            ("✔ Attorney and former writing professor.", "Attorney and former writing professor."),
            ("⚡️ Docusaurus will help you ship a site.", "Docusaurus will help you ship a site."),
            ("•Acoustic treatment improves the sound.", "Acoustic treatment improves the sound."),
            ("→ The bottom line: plan less, assemble more.", "The bottom line: plan less, assemble more."),
            // Not a marker: a year, a figure, an initial.
            ("2019. That year sales fell.", "2019. That year sales fell."),
            ("3.5 million people voted.", "3.5 million people voted."),
            ("A. Smith wrote the report.", "A. Smith wrote the report."),
            // Nor a quotation's mark, a price's sign, a credit's, a dialogue's dash or an ellipsis.
            ("“ We won,” she said.", "“ We won,” she said."),
            ("$ 5 is the price.", "$ 5 is the price."),
            ("© Provided by Business Insider.", "© Provided by Business Insider."),
            ("— Ja, sagt sie.", "— Ja, sagt sie."),
            (". . . Do not raise your voice.", ". . . Do not raise your voice."),
            ("* ", "* "),
        ];
        for (sentence, shown) in cases {
            assert_eq!(without_list_marker(sentence), shown);
        }
    }

    #[test]
    fn the_opening_sentence_beats_more_central_later_ones() {
        // The lead shares no word with the rest; five later sentences share five words each, so
        // each is more central than the lead. A news article states its point first: the lead
        // must still be a key point (with the opening weighed half as much, it is not).
        let lead = (0..10).map(|w| format!("lead{w}")).collect::<Vec<_>>().join(" ");
        let mut paras = vec![format!("Opening {lead}.")];
        for i in 1..=5 {
            let own: Vec<String> = (0..5).map(|w| format!("own{i}x{w}")).collect();
            paras.push(format!("Harbour bridge tolls rise commuters {}.", own.join(" ")));
        }
        let kp = key_points(&paras, "");
        assert_eq!(kp.len(), 3);
        assert!(kp[0].starts_with("Opening"), "{kp:?}");
    }

    #[test]
    fn key_points_are_in_text_order_and_not_redundant() {
        let paras: Vec<String> = vec![
            "The council approved the new budget for schools on Monday after a long debate.".into(),
            "The council approved the new budget for schools on Monday after a long debate!".into(),
            "Teachers welcomed the budget, which adds funds for books and buildings.".into(),
            "Parents said the schools budget came late but was better than expected.".into(),
        ];
        let kp = key_points(&paras, "Council approves schools budget");
        assert_eq!(kp.len(), 3);
        assert!(kp[0].starts_with("The council approved"));
        assert!(kp[1].starts_with("Teachers"));
    }

    #[test]
    fn a_described_speaker_is_no_person() {
        let paras = ["\"Scooter is frustrated because his name is dragged in the mud,\" an insider told the outlet."];
        let summary = summarize(&paras.map(String::from), "");
        assert_eq!(summary.quotes[0].speaker.as_deref(), Some("an insider"));
        assert!(summary.entities.people.is_empty(), "{:?}", summary.entities.people);
    }
}
