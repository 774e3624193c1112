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

/// English weekdays, lower-cased.
pub const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

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
    // (ASCII first: a slice inside a letter of another script would panic.)
    if b.len() >= 10 && b[..10].is_ascii() && b[4] == b'-' && b[7] == b'-' && b[..4].iter().all(u8::is_ascii_digit) {
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
    // A time the page says is UTC ("19 Nov 2019 07:09 GMT") keeps its zone.
    let utc = words[time_words..].iter().take(4).any(|w| ["gmt", "utc"].contains(&w.to_lowercase().as_str()));
    Some(match time {
        Some((h, mi)) if utc => format!("{date}T{h:02}:{mi:02}:00Z"),
        Some((h, mi)) => format!("{date}T{h:02}:{mi:02}:00"),
        None => date,
    })
}

/// A moment as an ISO 8601 string from `normalize` gives it: its day (a count of days; only the
/// difference between two matters), its minute of the day when a time is written, and its offset
/// from UTC in minutes when one is.
struct Stamp {
    day: i64,
    minute: Option<i64>,
    offset: Option<i64>,
}

fn stamp(iso: &str) -> Option<Stamp> {
    let num = |range: std::ops::Range<usize>| iso.get(range)?.parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    // Days in the Gregorian calendar, counted from a year that starts in March (so that a leap
    // day ends the year).
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let day = 365 * y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + (153 * m + 2) / 5 + d;
    if iso.as_bytes().get(10) != Some(&b'T') {
        return Some(Stamp { day, minute: None, offset: None });
    }
    let minute = Some(num(11..13)? * 60 + num(14..16)?);
    Some(Stamp { day, minute, offset: utc_offset(iso).map(|(sign, h, m)| sign * (h * 60 + m)) })
}

/// The offset from UTC an ISO 8601 time states ("Z", "+01:00", "-0500", "+09"): sign, hours,
/// minutes; None when it states none.
fn utc_offset(iso: &str) -> Option<(i64, i64, i64)> {
    let time = iso.get(11..)?;
    if time.ends_with('Z') {
        return Some((1, 0, 0));
    }
    let at = time.find(['+', '-'])?;
    let sign = if time[at..].starts_with('-') { -1 } else { 1 };
    let digits: String = time[at + 1..].chars().filter(char::is_ascii_digit).collect();
    let hours = digits.get(..2)?.parse().ok()?;
    let minutes = digits.get(2..4).and_then(|m| m.parse().ok()).unwrap_or(0);
    Some((sign, hours, minutes))
}

/// The zone a time is written in, for display: "UTC", "UTC+01:00", "UTC-05:00"; empty when the
/// page gave none.
pub fn zone_label(iso: &str) -> String {
    match utc_offset(iso) {
        Some((_, 0, 0)) => "UTC".to_string(),
        Some((sign, h, m)) => format!("UTC{}{h:02}:{m:02}", if sign < 0 { '-' } else { '+' }),
        None => String::new(),
    }
}

/// Whether an update time says something the publication time does not: it is later. Pages
/// state an update before their publication (times in two zones, one of them unmarked, or a stale
/// field) or at the same moment; those say nothing. Times compare as moments when both state
/// their zone or neither does; otherwise, and with a date alone, only a later day counts.
pub fn updated_after(published: &str, modified: &str) -> bool {
    let (Some(p), Some(m)) = (stamp(published), stamp(modified)) else {
        return true;
    };
    match (p.minute, m.minute) {
        (Some(pm), Some(mm)) if p.offset.is_some() == m.offset.is_some() => {
            let moment = |s: &Stamp, minute: i64| s.day * 1440 + minute - s.offset.unwrap_or(0);
            moment(&m, mm) > moment(&p, pm)
        }
        _ => m.day > p.day,
    }
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
    use super::{normalize, updated_after, zone_label};

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
        assert_eq!(normalize("19 Nov 2019 07:09 GMT").as_deref(), Some("2019-11-19T07:09:00Z"));
        // A letter of another script where the digits should be is no date, and no panic.
        assert_eq!(normalize("2023-02-1\u{e9}"), None);
    }

    #[test]
    fn an_update_counts_when_it_is_later_than_the_publication() {
        // The same moment in two zones, and a later one.
        assert!(!updated_after("2019-11-18T11:30:00Z", "2019-11-18T06:30:00-05:00"));
        assert!(updated_after("2019-11-18T11:30:00Z", "2019-11-18T06:31:00-0500"));
        assert!(!updated_after("2019-11-19T07:09:00Z", "2019-11-19T05:44:00Z"));
        assert!(!updated_after("2019-11-18T21:10:00", "2019-11-18T21:10:00"));
        assert!(updated_after("2019-11-18T20:11:00", "2019-11-18T21:38:00"));
        // Across a month's and a year's end.
        assert!(updated_after("2019-12-31T23:00:00+00:00", "2020-01-01T00:30:00+01:00"));
        assert!(updated_after("2020-02-28", "2020-03-01"));
        // A date alone, or a zone on one side only: only a later day counts.
        assert!(!updated_after("2018-10-03T19:41:00", "2018-10-03"));
        assert!(!updated_after("2025-12-02", "2025-10-13T12:53:18-07:00"));
        assert!(!updated_after("2024-08-05T07:34:00", "2024-08-05T09:40:53-06:00"));
        assert!(updated_after("2024-08-05T07:34:00", "2024-08-06T09:40:53-06:00"));
    }

    #[test]
    fn a_zone_is_labelled_as_utc_and_its_offset() {
        assert_eq!(zone_label("2019-11-18T11:30:00Z"), "UTC");
        assert_eq!(zone_label("2019-11-18T11:30:00.000+00:00"), "UTC");
        assert_eq!(zone_label("2019-11-18T06:30:00-0500"), "UTC-05:00");
        assert_eq!(zone_label("2014-06-21T09:41:45+01:00"), "UTC+01:00");
        assert_eq!(zone_label("2014-06-21T09:41:45"), "");
        assert_eq!(zone_label("2014-06-21"), "");
    }
}
