//! Turning the date strings pages print into ISO 8601 (no time zone is invented).

const MONTHS: [(&str, u32); 40] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    // German, French, Spanish month names that differ from the English ones.
    ("januar", 1),
    ("februar", 2),
    ("märz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("janvier", 1),
    ("février", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
];

pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(name, _)| *name == w).map(|(_, n)| *n)
}

fn valid(y: u32, m: u32, d: u32) -> bool {
    (1900..=2200).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
}

/// Normalises a date string, or None when it is not recognisably a date.
pub fn normalize(raw: &str) -> Option<String> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    // Already ISO 8601: keep it (with 'T' between date and time).
    let b = s.as_bytes();
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' && s[..4].bytes().all(|c| c.is_ascii_digit()) {
        let (y, m, d) = (s[..4].parse().ok()?, s[5..7].parse().ok()?, s[8..10].parse().ok()?);
        if !valid(y, m, d) {
            return None;
        }
        let rest = s[10..].trim();
        if rest.is_empty() {
            return Some(s[..10].to_string());
        }
        let rest = rest.trim_start_matches('T');
        if rest.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            return Some(format!("{}T{}", &s[..10], rest.split_whitespace().next().unwrap_or("")));
        }
        return Some(s[..10].to_string());
    }
    let words: Vec<String> =
        s.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).map(str::to_string).collect();
    let (date, time_words) = parse_date_words(&words)?;
    let time = parse_time(&words[time_words..]);
    Some(match time {
        Some((h, mi)) => format!("{date}T{h:02}:{mi:02}:00"),
        None => date,
    })
}

/// Returns the date and the index of the first word after it.
fn parse_date_words(words: &[String]) -> Option<(String, usize)> {
    for (i, w) in words.iter().enumerate().take(4) {
        // 02/21/2023 or 21.02.2023 or 21/02/2023
        // One separator throughout: "4.7/5" is a rating.
        let separators: Vec<char> = w.chars().filter(|c| matches!(c, '/' | '.' | '-')).collect();
        let parts: Vec<&str> = w.split(['/', '.', '-']).collect();
        if parts.len() == 3
            && separators[0] == separators[1]
            && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
        {
            let nums: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
            let (a, bb, y) = (nums[0], nums[1], nums[2]);
            let y = if y < 100 { 2000 + y } else { y };
            // Slash dates are month first unless that cannot be; dotted dates are day first.
            let (m, d) = if w.contains('/') && a <= 12 { (a, bb) } else { (bb, a) };
            if valid(y, m, d) {
                return Some((format!("{y:04}-{m:02}-{d:02}"), i + 1));
            }
        }
        // February 21 2023 / 21 February 2023 / 21. Februar 2023
        if let Some(m) = month_number(w) {
            let num = |x: Option<&String>| {
                x.and_then(|v| {
                    v.trim_end_matches(['.', 'h'])
                        .trim_end_matches("th")
                        .trim_end_matches("st")
                        .trim_end_matches("nd")
                        .trim_end_matches("rd")
                        .parse::<u32>()
                        .ok()
                })
            };
            if let (Some(d), Some(y)) = (num(words.get(i + 1)), num(words.get(i + 2))) {
                if valid(y, m, d) {
                    return Some((format!("{y:04}-{m:02}-{d:02}"), i + 3));
                }
            }
            if i >= 1 {
                if let (Some(d), Some(y)) = (num(words.get(i - 1)), num(words.get(i + 1))) {
                    if valid(y, m, d) {
                        return Some((format!("{y:04}-{m:02}-{d:02}"), i + 2));
                    }
                }
            }
        }
    }
    None
}

fn parse_time(words: &[String]) -> Option<(u32, u32)> {
    for (i, w) in words.iter().enumerate().take(3) {
        let w = w.to_lowercase();
        let (clock, mut suffix) = match w.find(|c: char| c.is_ascii_alphabetic()) {
            Some(p) => (w[..p].to_string(), w[p..].to_string()),
            None => (w.clone(), String::new()),
        };
        let mut parts = clock.split(':');
        let (Some(h), Some(m)) = (
            parts.next().and_then(|h| h.parse::<u32>().ok()),
            parts.next().and_then(|m| m.get(..2)?.parse::<u32>().ok()),
        ) else {
            continue;
        };
        if suffix.is_empty() {
            suffix = words.get(i + 1).map(|s| s.to_lowercase()).unwrap_or_default();
        }
        let h = match (suffix.trim_end_matches('.').replace('.', "").as_str(), h) {
            ("pm", h) if h < 12 => h + 12,
            ("am", 12) => 0,
            (_, h) => h,
        };
        if h < 24 && m < 60 {
            return Some((h, m));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn recognises_common_shapes() {
        assert_eq!(normalize("02/21/2023, 09:05 PM").as_deref(), Some("2023-02-21T21:05:00"));
        assert_eq!(normalize("02/22/2023, 07:07 AM").as_deref(), Some("2023-02-22T07:07:00"));
        assert_eq!(normalize("2023-02-21T21:05:00+09:00").as_deref(), Some("2023-02-21T21:05:00+09:00"));
        assert_eq!(normalize("2023-02-21").as_deref(), Some("2023-02-21"));
        assert_eq!(normalize("February 21, 2023").as_deref(), Some("2023-02-21"));
        assert_eq!(normalize("21 février 2023").as_deref(), Some("2023-02-21"));
        assert_eq!(normalize("21.02.2023 14:30").as_deref(), Some("2023-02-21T14:30:00"));
        assert_eq!(normalize("yesterday"), None);
        assert_eq!(normalize("13/45/2023"), None);
        // A rating out of five, not the fifth of July 2004.
        assert_eq!(normalize("4.7/5"), None);
    }
}
