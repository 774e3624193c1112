//! Key figures: money, percentages and scaled numbers, each with the words around it.

use serde::Serialize;

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

/// Finds figures in the paragraphs; at most 8, in text order, each value once.
pub fn find_figures(paragraphs: &[String]) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    for p in paragraphs {
        for sentence in super::sentences(std::slice::from_ref(p)) {
            let words: Vec<&str> = sentence.text.split_whitespace().collect();
            let mut i = 0;
            while i < words.len() {
                if let Some((value, used)) = figure_at(&words, i) {
                    if !out.iter().any(|f| f.value == value) {
                        out.push(Figure { value, context: context(&words, i, used) });
                    }
                    i += used;
                } else {
                    i += 1;
                }
            }
        }
    }
    out.truncate(8);
    out
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
    let ends_percent = core.ends_with('%');
    let number_part = core.trim_end_matches('%');
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
    if ends_percent || has_currency {
        return Some((trimmed.to_string(), 1));
    }
    None
}

/// About a dozen words around the figure, from its own sentence.
fn context(words: &[&str], i: usize, used: usize) -> String {
    let start = i.saturating_sub(7);
    let end = (i + used + 6).min(words.len());
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
        ];
        let f = find_figures(&paras);
        let values: Vec<&str> = f.iter().map(|f| f.value.as_str()).collect();
        assert_eq!(values, vec!["2%", "$320 billion", "7.1%", "12%"]);
        assert!(f[1].context.contains("total of $320 billion"));
    }
}
