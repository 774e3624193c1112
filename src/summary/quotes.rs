//! Quotations and who said them: quoted spans, then a speech verb next to a name (or a pronoun
//! that points back at the last speaker).

use super::entities::{is_org, is_stop, name_runs, resolve_name, strip_titles};
use crate::lexicon::lexicon;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Quote {
    pub text: String,
    pub speaker: Option<String>,
}

const OPENERS: [char; 5] = ['“', '"', '«', '„', '‘'];
const CLOSERS: [char; 5] = ['”', '"', '»', '“', '’'];

/// Quoted spans of a text as (start, end) byte ranges of the inner text.
pub fn quoted_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match open {
            None if OPENERS.contains(&c) => {
                // A ‘ inside a word is an apostrophe, not a quote.
                let prev = text[..i].chars().next_back();
                if c == '‘' && prev.is_some_and(char::is_alphanumeric) {
                    continue;
                }
                open = Some((i + c.len_utf8(), c));
            }
            Some((start, opener)) if CLOSERS.contains(&c) && (opener != '‘' || c == '’') => {
                if c == '’' && text[i + c.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric) {
                    continue;
                }
                spans.push((start, i));
                open = None;
            }
            _ => {}
        }
    }
    spans
}

/// Share of a sentence's characters that sit inside quotation marks.
pub fn quoted_share(text: &str) -> f32 {
    let total = text.chars().count().max(1) as f32;
    let quoted: usize = quoted_spans(text).iter().map(|&(s, e)| text[s..e].chars().count()).sum();
    quoted as f32 / total
}

const PRONOUNS: [&str; 8] = ["he", "she", "they", "er", "sie", "il", "elle", "ella"];

/// How many quotes the summary lists (an interview quotes fifty times).
pub const MAX_QUOTES: usize = 8;

/// Words a quote needs to say something on its own; shorter ones are a phrase's echo ("pulled
/// into the enterprise").
const SAYING_WORDS: usize = 6;

/// The quotes a summary lists: all of them up to `MAX_QUOTES`; past that, those with a speaker
/// that say something first, then those with a speaker, then the unattributed ones that say
/// something, then the rest; in text order.
pub fn most_notable(quotes: Vec<Quote>) -> Vec<Quote> {
    if quotes.len() <= MAX_QUOTES {
        return quotes;
    }
    let rank = |q: &Quote| -> u8 {
        let saying = q.text.split_whitespace().count() >= SAYING_WORDS;
        match (q.speaker.is_some(), saying) {
            (true, true) => 0,
            (true, false) => 1,
            (false, true) => 2,
            (false, false) => 3,
        }
    };
    // Rank by rank, each in text order, until the list is full (no sort: a sort's code is
    // large in wasm).
    let ranks: Vec<u8> = quotes.iter().map(rank).collect();
    let mut keep = vec![false; quotes.len()];
    let mut kept = 0;
    for wanted in 0..=3 {
        for (i, &r) in ranks.iter().enumerate() {
            if r == wanted && kept < MAX_QUOTES {
                keep[i] = true;
                kept += 1;
            }
        }
    }
    quotes.into_iter().zip(keep).filter_map(|(q, k)| k.then_some(q)).collect()
}

pub fn find_quotes(paragraphs: &[String], people: &[String]) -> Vec<Quote> {
    let verbs = lexicon().all_speech_verbs();
    let mut out = Vec::new();
    let mut last_speaker: Option<String> = None;
    for p in paragraphs {
        let spans = quoted_spans(p);
        // The paragraph with its quotations blanked, so names inside quotes are not speakers.
        let mut outside = p.clone();
        for &(s, e) in spans.iter().rev() {
            outside.replace_range(s..e, &" ".repeat(e - s));
        }
        let para_speaker = speaker_in(&outside, &verbs, people, last_speaker.as_deref());
        for &(s, e) in &spans {
            let inner = p[s..e].trim().trim_end_matches([',', ' ']).to_string();
            if inner.split_whitespace().count() < 4 {
                continue;
            }
            out.push(Quote { text: inner, speaker: para_speaker.clone() });
        }
        if para_speaker.is_some() {
            last_speaker = para_speaker;
        } else if let Some(name) = mentioned_person(&outside, people) {
            last_speaker = Some(name);
        }
    }
    out
}

/// The speaker of a paragraph: a name or pronoun next to a speech verb, outside the quotes.
fn speaker_in(outside: &str, verbs: &[&str], people: &[String], last: Option<&str>) -> Option<String> {
    let lower = outside.to_lowercase();
    for verb in verbs {
        let mut from = 0;
        while let Some(pos) = lower[from..].find(&format!(" {verb}")).map(|p| p + from + 1) {
            from = pos + verb.len();
            // The verb must end at a word edge ("said." and "said," count, "saidy" does not).
            if lower[from..].chars().next().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let before = &outside[..pos];
            let after = &outside[pos + verb.len()..];
            // "Sun Weidong said", "..., Yamada told Sun"
            let prev_words: Vec<&str> = before.split_whitespace().rev().take(8).collect();
            if let Some(w) = prev_words.first() {
                let w_clean = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                if PRONOUNS.contains(&w_clean.as_str()) {
                    if let Some(l) = last {
                        return Some(l.to_string());
                    }
                }
            }
            if let Some(name) = name_ending_at(before, people) {
                return Some(name);
            }
            // "said Sun Weidong", "according to Yamada"; not "told Newsweek", the one spoken to.
            if !lexicon().listener_speech_verbs.contains(*verb) {
                if let Some(name) = name_starting_at(after, people) {
                    return Some(name);
                }
            }
        }
    }
    None
}

fn canonical(words: &[String], people: &[String]) -> Option<String> {
    let (name, _) = strip_titles(words);
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
    Some(joined)
}

fn name_ending_at(before: &str, people: &[String]) -> Option<String> {
    let runs = name_runs(before);
    let run = runs.last()?;
    // "Lukas Brenner of the Technical University of Munich told": the person comes before the org.
    if is_org(&run.words) {
        let person = runs.len().checked_sub(2).map(|i| &runs[i])?;
        if !is_org(&person.words) && !strip_titles(&person.words).0.is_empty() {
            return canonical(&person.words, people);
        }
        return None;
    }
    // The run must end right where the verb starts.
    let last_word = before.split_whitespace().last()?;
    let last_clean = last_word.trim_matches(|c: char| !c.is_alphanumeric());
    if run.words.last().map(String::as_str) != Some(last_clean) {
        return None;
    }
    canonical(&run.words, people)
}

fn name_starting_at(after: &str, people: &[String]) -> Option<String> {
    let first = after.split_whitespace().next()?;
    if !first.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let run = name_runs(after).into_iter().next()?;
    canonical(&run.words, people)
}

fn mentioned_person(text: &str, people: &[String]) -> Option<String> {
    let mut last = None;
    for run in name_runs(text) {
        let joined = run.words.join(" ");
        if let Some(p) = people.iter().find(|p| joined.ends_with(p.as_str())) {
            last = Some(p.clone());
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_eight_quotes_those_with_a_speaker_that_say_something_are_listed_in_text_order() {
        let quote = |text: &str, speaker: Option<&str>| Quote { text: text.into(), speaker: speaker.map(Into::into) };
        let mut quotes = vec![quote("a phrase echoed", None)];
        for i in 0..6 {
            quotes.push(quote(&format!("we said thing number {i} in full today"), Some("Ann Lee")));
        }
        quotes.push(quote("an unattributed remark that says plenty here", None));
        quotes.push(quote("short echo", Some("Bo Chen")));
        quotes.push(quote("another unattributed remark that says plenty", None));
        let kept = most_notable(quotes.clone());
        assert_eq!(kept.len(), MAX_QUOTES);
        // Six said in full by a speaker, the short one with a speaker, then the first unattributed
        // one that says something; the bare phrase and the later remark go.
        let expected: Vec<Quote> = quotes[1..10]
            .iter()
            .filter(|q| q.text != "another unattributed remark that says plenty")
            .cloned()
            .collect();
        assert_eq!(kept, expected);
        // Eight or fewer: all of them, as found.
        assert_eq!(most_notable(quotes[..8].to_vec()), quotes[..8].to_vec());
    }

    #[test]
    fn spans_handle_mixed_marks() {
        let t = "“While relations are good, we face issues,\" Yamada told Sun.";
        let spans = quoted_spans(t);
        assert_eq!(spans.len(), 1);
        assert!(t[spans[0].0..spans[0].1].starts_with("While"));
    }

    #[test]
    fn speakers_from_names_titles_and_pronouns() {
        let people = vec!["Sun Weidong".to_string(), "Shigeo Yamada".to_string()];
        let paras = vec![
            "\"We are seeing the return of a Cold War mentality,\" Chinese Vice Foreign Minister Sun Weidong said at the start.".to_string(),
            "China and Japan should \"deal with differences appropriately\" to ensure calm, he told Yamada.".to_string(),
            "“We are also facing many issues and concerns,\" Yamada told Sun.".to_string(),
        ];
        let q = find_quotes(&paras, &people);
        assert_eq!(q.len(), 3, "{q:?}");
        assert_eq!(q[0].speaker.as_deref(), Some("Sun Weidong"));
        assert_eq!(q[1].speaker.as_deref(), Some("Sun Weidong"));
        assert_eq!(q[2].speaker.as_deref(), Some("Shigeo Yamada"));
    }

    #[test]
    fn the_one_spoken_to_and_a_capitalised_word_are_not_speakers() {
        let paras = vec![
            "\"The findings are consistent with earlier work on the subject,\" the lead author told Newsweek."
                .to_string(),
            "That said, \"the plan works best when you start saving early in life.\"".to_string(),
            "\"We will ship the update in spring this year,\" Editor Katie Bandurski said.".to_string(),
        ];
        let q = find_quotes(&paras, &[]);
        assert_eq!(q.len(), 3, "{q:?}");
        assert_eq!(q[0].speaker, None);
        assert_eq!(q[1].speaker, None);
        assert_eq!(q[2].speaker.as_deref(), Some("Katie Bandurski"));
    }
}
