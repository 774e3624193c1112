//! Key figures: money, percentages and scaled numbers, each with the words around it.

use serde::Serialize;
use std::collections::HashSet;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Figure {
    pub value: String,
    pub context: String,
}

const CURRENCY: [char; 6] = ['$', '€', '£', '¥', '₹', '₩'];
const SCALES: [&str; 14] = [
    "thousand",
    "million",
    "billion",
    "trillion",
    "bn",
    "m",
    "mn",
    "millionen",
    "milliarden",
    "millions",
    "milliards",
    "millones",
    "miles",
    "lakh",
];
const PERCENT_WORDS: [&str; 5] = ["percent", "per cent", "prozent", "pour cent", "por ciento"];

/// How many figures the summary lists.
const MAX_FIGURES: usize = 8;

/// Words a sentence needs to state a figure; shorter lines are labels ("Tuition: $1,899").
const SENTENCE_WORDS: usize = 6;

/// Finds figures in the paragraphs; at most 8, in text order, each value once. A figure needs a
/// word beside it that says what it counts: a price card's bare "$259.06" or "$89 - $249+" says
/// nothing in a summary. When there are more than 8, those stated in sentences go first, then
/// labelled lines ("Acceptance Rate: 14%"), so a table of prices does not crowd out the story's.
pub fn find_figures(paragraphs: &[String]) -> Vec<Figure> {
    let mut found: Vec<(Figure, bool)> = Vec::new();
    // The values listed so far: a long table may hold thousands.
    let mut seen: HashSet<String> = HashSet::new();
    for p in paragraphs {
        for sentence in super::sentences(std::slice::from_ref(p)) {
            let words: Vec<&str> = sentence.text.split_whitespace().collect();
            let in_sentence = words.len() >= SENTENCE_WORDS;
            let mut i = 0;
            while i < words.len() {
                if let Some((value, used)) = range_at(&words, i).or_else(|| figure_at(&words, i)) {
                    let said = has_word_beside(&words, i, used);
                    if said && seen.insert(value.clone()) {
                        found.push((Figure { value, context: context(&words, i, used) }, in_sentence));
                    }
                    i += used;
                } else {
                    i += 1;
                }
            }
        }
    }
    let stated = found.iter().filter(|(_, in_sentence)| *in_sentence).count();
    let labelled_room = MAX_FIGURES.saturating_sub(stated);
    let mut labelled = 0;
    let mut out = Vec::new();
    for (figure, in_sentence) in found {
        if !in_sentence {
            if labelled == labelled_room {
                continue;
            }
            labelled += 1;
        }
        out.push(figure);
    }
    out.truncate(MAX_FIGURES);
    out
}

/// Whether the figure at words[i..i + used] has a word with a letter in its context (another
/// number, a dash or a bracket does not say what it is).
fn has_word_beside(words: &[&str], i: usize, used: usize) -> bool {
    let start = i.saturating_sub(CONTEXT_BEFORE);
    let end = (i + used + CONTEXT_AFTER).min(words.len());
    (start..end).filter(|&j| j < i || j >= i + used).any(|j| words[j].chars().any(char::is_alphabetic))
}

fn is_number(s: &str) -> bool {
    let s = s.trim_end_matches(['.', ',', ';', ':', ')']);
    !s.is_empty()
        && s.chars().next().is_some_and(|c| c.is_ascii_digit())
        && s.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// A figure starting at word i: returns its text and how many words it spans.
fn figure_at(words: &[&str], i: usize) -> Option<(String, usize)> {
    let w = words[i].trim_start_matches(['(', '"', '“']);
    let trimmed = w.trim_end_matches(['.', ',', ';', ':', ')', '"', '”']);
    let has_currency = trimmed.starts_with(CURRENCY) || trimmed.ends_with(CURRENCY);
    let core = trimmed.trim_matches(|c| CURRENCY.contains(&c)).trim_start_matches(['U', 'S', 'A']);
    // "$250,000+" is that sum or more: the "+" stays in the value but not in the number.
    let ends_percent = core.trim_end_matches('+').ends_with('%');
    let number_part = core.trim_end_matches('+').trim_end_matches('%');
    if !is_number(number_part) {
        return None;
    }
    let next = words.get(i + 1).map(|n| n.trim_end_matches(['.', ',', ';', ':', ')']).to_lowercase());
    if let Some(n) = &next {
        if SCALES.contains(&n.as_str()) && (has_currency || n.len() > 2) {
            return Some((format!("{trimmed} {}", words[i + 1].trim_end_matches(['.', ',', ';', ':', ')'])), 2));
        }
        let two = words.get(i + 2).map(|m| format!("{n} {}", m.trim_end_matches(['.', ',']).to_lowercase()));
        if PERCENT_WORDS.contains(&n.as_str()) || two.as_deref().is_some_and(|t| PERCENT_WORDS.contains(&t)) {
            return Some((format!("{number_part}%"), 2));
        }
    }
    if ends_percent && !has_currency {
        // A number written out and then in brackets, "ten (10)%": the value is 10%.
        return Some((format!("{}%", number_part.trim_end_matches(')')), 1));
    }
    if ends_percent || has_currency {
        return Some((trimmed.to_string(), 1));
    }
    None
}

/// A range of two figures starting at word i, as one value: "between 20 and 35 percent" is
/// "20–35%", "$50 to $100" is "$50 to $100" (also a change: "from $3 to $4"). The first may go
/// without its unit when the second has it ("20 and 35 percent"), as a percentage or a scale
/// ("3 to 4 billion").
fn range_at(words: &[&str], i: usize) -> Option<(String, usize)> {
    let (first, first_used) = match figure_at(words, i) {
        Some(figure) => figure,
        None if is_number(words[i]) => (words[i].trim_end_matches(['.', ',', ';', ':', ')']).to_string(), 1),
        None => return None,
    };
    // The first figure ends at its word's end: "35%, and 40%" is two figures.
    if words[i + first_used - 1].ends_with(['.', ',', ';', ':', ')']) {
        return None;
    }
    let joiner = words.get(i + first_used)?.to_lowercase();
    let after_between = i > 0 && words[i - 1].eq_ignore_ascii_case("between");
    let separator = match joiner.as_str() {
        "and" if after_between => "–",
        "-" | "–" | "—" => "–",
        "to" => " to ",
        _ => return None,
    };
    let (second, second_used) = figure_at(words, i + first_used + 1)?;
    // Both in one unit: "rose 5% to $4 billion" is two figures. A bare number takes the unit of
    // a percentage or a scale after it, unless it is a year ("from $752 billion in 2024 to $2.4
    // trillion").
    let unit = |v: &str| (v.ends_with('%'), v.chars().find(|c| CURRENCY.contains(c)));
    let bare_first = first.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    let year = first.len() == 4 && first.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y));
    let unit_shared = second.ends_with('%') || second.contains(' ');
    if (bare_first && (year || !unit_shared)) || (!bare_first && unit(&first) != unit(&second)) {
        return None;
    }
    // Between dashes, a larger number first is a sum's ("$15,000 - $10,000 = $5,000").
    if separator == "–" && amount(&first) > amount(&second) {
        return None;
    }
    Some((format!("{first}{separator}{second}"), first_used + 1 + second_used))
}

/// A figure's amount for comparing two: its whole part, then its decimals as written ("$1,042.50"
/// is (1042, "50")). (No float parsing: it would add its tables to the wasm file.)
fn amount(value: &str) -> (u64, String) {
    let number: String = value.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
    let (whole, decimals) = number.split_once('.').unwrap_or((&number, ""));
    (whole.parse().unwrap_or(0), decimals.trim_end_matches('0').to_string())
}

/// Words of context shown before and after a figure.
const CONTEXT_BEFORE: usize = 7;
const CONTEXT_AFTER: usize = 6;

/// About a dozen words around the figure, from its own sentence.
fn context(words: &[&str], i: usize, used: usize) -> String {
    let start = i.saturating_sub(CONTEXT_BEFORE);
    let end = (i + used + CONTEXT_AFTER).min(words.len());
    let mut s = words[start..end].join(" ");
    if start > 0 {
        s = format!("…{s}");
    }
    if end < words.len() {
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_money_and_percentages_not_years() {
        let paras = vec![
            "Japan said it would double spending to 2% of GDP - a total of $320 billion - by 2027.".to_string(),
            "Beijing increased spending by 7.1% last year, and 12 percent the year before, since 2019.".to_string(),
            "Receive ten (10)% off your purchase of three (3) products at our stores.".to_string(),
        ];
        let f = find_figures(&paras);
        let values: Vec<&str> = f.iter().map(|f| f.value.as_str()).collect();
        assert_eq!(values, vec!["2%", "$320 billion", "7.1%", "12%", "10%"]);
        assert!(f[1].context.contains("total of $320 billion"));
    }

    #[test]
    fn a_range_of_two_figures_is_one_value() {
        let values =
            |text: &str| -> Vec<String> { find_figures(&[text.to_string()]).into_iter().map(|f| f.value).collect() };
        assert_eq!(
            values("Fat should make up between 20 and 35 percent of daily calories, or 25% - 30% at most."),
            ["20–35%", "25%–30%"]
        );
        assert_eq!(
            values("Chefs get tips of $50 to $100, and prices rose from 3 to 4 billion dollars in 2024."),
            ["$50 to $100", "3 to 4 billion"]
        );
        // A sum "or more" ends a range too.
        assert_eq!(
            values("Senior partners are paid $150,000 to $250,000+ per year at the largest firms."),
            ["$150,000 to $250,000+"]
        );
        // A comma after the first ends it; a bare number before another bare one, figures in two
        // units, a year before a figure ("in 2010 to 98%") and a larger number before a dash (a
        // sum) make no range.
        assert_eq!(
            values("Sales grew 10%, and 15% of the shops closed; 2 to 3 people saw it rise 5% to $4 billion."),
            ["10%", "15%", "5%", "$4 billion"]
        );
        assert_eq!(
            values("It grew from 50% in 2010 to 98% in 2024, and the $150 - $100 = $50 sum is no range."),
            ["50%", "98%", "$150", "$100", "$50"]
        );
    }

    #[test]
    fn a_figure_needs_a_word_that_says_what_it_counts() {
        let paras: Vec<String> =
            vec!["$259.06".into(), "$255.52 - $262.03".into(), "(0.47%) $1.21".into(), "Tuition: $1,899".into()];
        let values: Vec<String> = find_figures(&paras).into_iter().map(|f| f.value).collect();
        assert_eq!(values, vec!["$1,899"]);
    }

    #[test]
    fn figures_stated_in_sentences_go_before_labelled_lines() {
        // Ten labelled prices, then two figures of the story: both of the story's are listed.
        let mut paras: Vec<String> = (1..=10).map(|n| format!("Plan {n}: ${n}0")).collect();
        paras.push("Sales rose 12% last year to $4 billion, the company said on Monday.".into());
        let values: Vec<String> = find_figures(&paras).into_iter().map(|f| f.value).collect();
        assert_eq!(values.len(), 8);
        assert_eq!(&values[..2], ["$10", "$20"], "text order kept: {values:?}");
        assert_eq!(&values[6..], ["12%", "$4 billion"], "{values:?}");
    }
}
