//! The registry's TOML as a table with spans. A long `[[cookies]]` list (an imported database)
//! is parsed in two halves at the same time, which halves the largest step of a build that
//! cannot otherwise run in parallel; the result is the one a single parse gives.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// Below this size the halves would not pay for the second thread.
const SPLIT_FROM: usize = 128 * 1024;

/// Where, in percent of the text, the split point is looked for from.
const SECOND_HALF_START_PERCENT: usize = 52;

/// The header each half starts at.
const HEADER: &str = "[[cookies]]";

/// Parses `text`; `copy` holds the second half's text, which the table borrows from.
///
/// The split is at a line `[[cookies]]` near the middle. The second half is parsed as a text of
/// the same length whose first half is blank, so that its spans point into `text`. The halves
/// are joined only when both parse without error, the first defines `cookies` with
/// `[[cookies]]` headers and the second defines nothing else; otherwise `text` is parsed whole,
/// so that every error and every other document means what a single parse says.
pub fn parse<'i>(
    text: &'i str,
    copy: &'i mut String,
) -> (Spanned<DeTable<'i>>, Vec<toml::de::Error>) {
    parse_split_from(text, copy, SPLIT_FROM)
}

/// [`parse`], splitting texts of `split_from` bytes or more.
fn parse_split_from<'i>(
    text: &'i str,
    copy: &'i mut String,
    split_from: usize,
) -> (Spanned<DeTable<'i>>, Vec<toml::de::Error>) {
    match split_point_from(text, split_from).and_then(|at| halves(text, at, copy)) {
        Some(root) => (root, Vec::new()),
        None => DeTable::parse_recoverable(text),
    }
}

/// The halves of `text` before and from `at`, parsed at the same time and joined.
fn halves<'i>(text: &'i str, at: usize, copy: &'i mut String) -> Option<Spanned<DeTable<'i>>> {
    let (first, second) = rayon::join(
        || DeTable::parse_recoverable(&text[..at]),
        // The copy is made by the thread that parses it, while the other half is parsed.
        move || {
            copy.reserve(text.len());
            copy.extend(std::iter::repeat_n(' ', at - 1));
            copy.push('\n');
            copy.push_str(&text[at..]);
            let copy: &'i String = copy;
            DeTable::parse_recoverable(copy)
        },
    );
    join(text, first, second)
}

/// The start of a `[[cookies]]` line at or after the middle of a text of `split_from` bytes or
/// more.
fn split_point_from(text: &str, split_from: usize) -> Option<usize> {
    if text.len() < split_from {
        return None;
    }
    // A little past the middle: the second half starts later (another thread takes it up) and
    // its thread first makes the copy it parses.
    let mut middle = text.len() / 100 * SECOND_HALF_START_PERCENT;
    while !text.is_char_boundary(middle) {
        middle += 1;
    }
    let mut from = middle;
    loop {
        let found = text[from..].find(HEADER)? + from;
        let line_start = found > 0 && text.as_bytes()[found - 1] == b'\n';
        let rest = &text[found + HEADER.len()..];
        if line_start && (rest.starts_with('\n') || rest.starts_with("\r\n")) {
            return Some(found);
        }
        from = found + HEADER.len();
    }
}

/// The second half's entries added to the first half's list, and the tables defined after the
/// list to the first half's, when the halves are what the split expects (see [`parse`]).
fn join<'i>(
    text: &str,
    (mut first, first_errors): (Spanned<DeTable<'i>>, Vec<toml::de::Error>),
    (second, second_errors): (Spanned<DeTable<'i>>, Vec<toml::de::Error>),
) -> Option<Spanned<DeTable<'i>>> {
    if !first_errors.is_empty() || !second_errors.is_empty() {
        return None;
    }
    let mut second = second.into_inner();
    let Some(DeValue::Array(more)) = second.remove("cookies").map(Spanned::into_inner) else {
        return None;
    };
    let first_root = first.get_mut();
    // A table the halves both define would be one table, or an error: the whole text tells.
    if second
        .keys()
        .any(|key| first_root.contains_key(key.get_ref().as_ref()))
    {
        return None;
    }
    let Some(DeValue::Array(cookies)) = first_root.get_mut("cookies").map(|v| v.get_mut()) else {
        return None;
    };
    // Entries of headers: a list written `cookies = [...]` could not take more by a header.
    let by_headers = |item: &Spanned<DeValue<'_>>| {
        matches!(item.get_ref(), DeValue::Table(_)) && text[item.span()].starts_with("[[")
    };
    if !cookies.last().is_some_and(by_headers) || !more.iter().all(by_headers) {
        return None;
    }
    for item in more {
        cookies.push(item);
    }
    // Defined after the list, they come after it, as in a single parse.
    first_root.extend(second);
    Some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A registry of `count` cookies, with `before` above the list and `after` below it.
    fn registry(count: usize, before: &str, after: &str) -> String {
        let mut text = format!("[site]\nname = \"S\"\n{before}\n");
        for i in 0..count {
            text.push_str(&format!(
                "[[cookies]]\nname = \"c{i}\"\npurpose = {{ en = \"Purpose number {i} of a cookie\" }}\nduration = \"{} days\"\n\n",
                i % 400 + 1
            ));
        }
        text.push_str(after);
        text
    }

    /// The tests split short texts: a debug build parses slowly.
    const SMALL: usize = 2048;

    fn split_point(text: &str) -> Option<usize> {
        split_point_from(text, SMALL)
    }

    fn parsed(text: &str) -> (String, Vec<String>) {
        let mut copy = String::new();
        let (root, errors) = parse_split_from(text, &mut copy, SMALL);
        (
            format!("{:?}", root.into_inner()),
            errors.iter().map(|e| e.to_string()).collect(),
        )
    }

    fn whole(text: &str) -> (String, Vec<String>) {
        let (root, errors) = DeTable::parse_recoverable(text);
        (
            format!("{:?}", root.into_inner()),
            errors.iter().map(|e| e.to_string()).collect(),
        )
    }

    #[test]
    fn halves_give_what_one_parse_gives() {
        for after in ["", "[providers.p]\nname = \"P\"\n"] {
            let text = registry(60, "", after);
            let at = split_point(&text).expect("long enough to split");
            assert!(halves(&text, at, &mut String::new()).is_some(), "{after}");
            assert_eq!(parsed(&text), whole(&text));
        }
        let crlf = registry(60, "", "").replace('\n', "\r\n");
        assert!(split_point(&crlf).is_some());
        assert_eq!(parsed(&crlf), whole(&crlf));
    }

    #[test]
    fn the_split_is_at_a_header_line_after_the_middle() {
        let text = registry(60, "", "");
        let at = split_point(&text).unwrap();
        assert!(at >= text.len() / 2);
        assert!(text[at..].starts_with("[[cookies]]\n"));
        assert_eq!(&text[at - 1..at], "\n");
        assert_eq!(
            split_point(&registry(5, "", "")),
            None,
            "short texts are not split"
        );
        assert_eq!(split_point_from(&text, SPLIT_FROM), None);
    }

    /// Where the halves would read the file otherwise than a single parse, it is parsed whole:
    /// the errors and the tables are a single parse's.
    #[test]
    fn anything_unexpected_is_parsed_whole() {
        let long = registry(60, "", "");
        let middle = split_point(&long).unwrap();
        let cases = [
            // A list written inline cannot take more entries by a header: an error.
            format!(
                "cookies = [\n{}]\n[[cookies]]\nname = \"b\"\n",
                "{ name = \"a\" },\n".repeat(400)
            ),
            // The line `[[cookies]]` inside a multi-line string.
            format!(
                "{}x = \"\"\"\n[[cookies]]\n\"\"\"\n{}",
                &long[..middle],
                &long[middle..]
            ),
            // A table defined twice, once in each half.
            registry(60, "", "[site]\nname = \"again\"\n"),
            // One table's keys in both halves: one table in a single parse.
            registry(
                3000,
                "[providers.a]\nname = \"A\"\n",
                "[providers.b]\nname = \"B\"\n",
            ),
            // A syntax error in the second half.
            format!("{long}[[cookies]]\nname = \n"),
        ];
        assert!(
            split_point(&cases[0])
                .is_some_and(|at| cases[0][at..].starts_with("[[cookies]]\nname = \"b\""))
        );
        assert_eq!(
            split_point(&cases[1]),
            Some(middle + 8),
            "inside the string"
        );
        for text in &cases {
            assert_eq!(parsed(text), whole(text), "{}", &text[..80]);
        }
        assert!(
            !whole(&cases[0]).1.is_empty(),
            "an inline list and a header clash"
        );
        assert!(!whole(&cases[2]).1.is_empty(), "a table defined twice");
        assert!(
            whole(&cases[3]).1.is_empty(),
            "one table written in two places"
        );
        assert!(!whole(&cases[4]).1.is_empty(), "a syntax error");
    }

    /// Pieces of TOML that change what follows them, dropped near the split point: whatever
    /// they do, the halves read what a single parse reads.
    #[test]
    fn a_text_broken_near_the_split_reads_as_a_single_parse() {
        let base = registry(60, "", "");
        let at = split_point(&base).unwrap();
        let pieces = [
            "\"\"\"",
            "'''",
            "\"",
            "[",
            "]",
            "[[",
            "{",
            "}",
            "#",
            "=",
            "\n[site]\n",
            "\n[[cookies]]\n",
            "\nx = [\n",
            "\n[cookies]\n",
            "\\",
            "\r",
        ];
        let mut state = 0x2545_f491_u32;
        for round in 0..160 {
            // A small linear congruential generator: the same places every run.
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let offset = (state >> 8) as usize % 400;
            let place = (at + offset).saturating_sub(200);
            let piece = pieces[round % pieces.len()];
            let text = format!("{}{piece}{}", &base[..place], &base[place..]);
            assert_eq!(parsed(&text), whole(&text), "{piece:?} at {place}");
        }
    }
}
