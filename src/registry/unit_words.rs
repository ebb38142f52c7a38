//! Durations written in any built-in language (`"13 Monate"`, `"2 semaines"`, `"6 miesięcy"`):
//! the words are read from the same Fluent messages that say durations on the pages, so a unit
//! the pages can say can be written, in every plural form.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};

use super::Unit;

/// The words of every built-in locale: unit words by lower-case word, the words that join two
/// parts ("and", "und", "et") and the words that say "up to" before an amount.
pub struct Words {
    units: BTreeMap<String, Unit>,
    pub joiners: Vec<String>,
    pub up_to: Vec<String>,
}

static WORDS: LazyLock<Words> = LazyLock::new(read_builtin_words);

pub fn words() -> &'static Words {
    &WORDS
}

impl Words {
    pub fn unit(&self, word: &str) -> Option<Unit> {
        self.units.get(&word.to_lowercase()).copied()
    }

    /// The known unit word closest to `word`, for a did-you-mean.
    pub fn closest(&self, word: &str) -> Option<&str> {
        let word = word.to_lowercase();
        self.units
            .keys()
            .map(|known| (strsim::jaro_winkler(&word, known), known))
            .filter(|(score, _)| *score > 0.85)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, known)| known.as_str())
    }
}

const UNIT_MESSAGES: [(&str, Unit); 7] = [
    ("duration-seconds", Unit::Seconds),
    ("duration-minutes", Unit::Minutes),
    ("duration-hours", Unit::Hours),
    ("duration-days", Unit::Days),
    ("duration-weeks", Unit::Weeks),
    ("duration-months", Unit::Months),
    ("duration-years", Unit::Years),
];

fn read_builtin_words() -> Words {
    // Only the duration messages are parsed: parsing every built-in file whole was a quarter of a
    // small site's build.
    read_words(duration_entries)
}

/// The messages of a `.ftl` text whose ids start with `duration-`: each from its first line to
/// the last of the lines that continue it (indented, or closing a placeable).
fn duration_entries(text: &str) -> String {
    let mut entries = String::new();
    let mut inside = false;
    for line in text.lines() {
        let continues = inside && line.starts_with([' ', '\t', '}']);
        if !continues {
            inside = line.starts_with("duration-");
        }
        if inside {
            entries.push_str(line);
            entries.push('\n');
        }
    }
    entries
}

/// The words of the built-in files, each first cut to what `select` keeps of it.
fn read_words(select: impl Fn(&str) -> String) -> Words {
    let mut words = Words {
        units: BTreeMap::new(),
        joiners: Vec::new(),
        up_to: Vec::new(),
    };
    for (_, _, text) in crate::i18n::builtin_files() {
        let text = select(text);
        let Ok(resource) = fluent_syntax::parser::parse(text.as_str()) else {
            continue;
        };
        for entry in &resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let Some(pattern) = &message.value else {
                continue;
            };
            let id = message.id.name;
            if let Some((_, unit)) = UNIT_MESSAGES.iter().find(|(m, _)| *m == id) {
                for variant in variant_texts(pattern) {
                    add_unit_word(&mut words.units, &variant, *unit);
                }
            } else if id == "duration-and" || id == "duration-up-to" {
                let list = if id == "duration-and" {
                    &mut words.joiners
                } else {
                    &mut words.up_to
                };
                for variant in variant_texts(pattern) {
                    let text = variant.trim().to_lowercase();
                    if !text.is_empty() && !list.contains(&text) {
                        list.push(text);
                    }
                }
            }
        }
    }
    words
}

/// A variant's text without its number: "Monate" of "{ $count } Monate".
fn add_unit_word(units: &mut BTreeMap<String, Unit>, variant: &str, unit: Unit) {
    let word = variant.trim();
    // Only a single word is a unit word; a variant that says the number in words ("ثانية
    // واحدة") is not something one writes after a number.
    if word.is_empty() || word.contains(char::is_whitespace) {
        return;
    }
    units.entry(word.to_lowercase()).or_insert(unit);
}

/// The text elements of each variant of a pattern, its placeables left out: one string per
/// variant (or one for a pattern without a selector).
fn variant_texts(pattern: &Pattern<&str>) -> Vec<String> {
    let mut plain = String::new();
    let mut variants = Vec::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => plain.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Select { variants: vs, .. },
            } => {
                for variant in vs {
                    variants.extend(variant_texts(&variant.value));
                }
            }
            PatternElement::Placeable { .. } => plain.push(' '),
        }
    }
    if variants.is_empty() {
        vec![plain]
    } else {
        variants
            .into_iter()
            .map(|v| format!("{plain}{v}"))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_the_builtin_locales() {
        let words = words();
        assert_eq!(words.unit("Monate"), Some(Unit::Months));
        assert_eq!(words.unit("semaines"), Some(Unit::Weeks));
        assert_eq!(words.unit("an"), Some(Unit::Years));
        assert!(words.joiners.iter().any(|j| j == "und"));
        assert!(words.up_to.iter().any(|u| u == "bis zu"));
    }

    #[test]
    fn the_duration_messages_alone_give_the_words_of_the_whole_files() {
        let whole = read_words(str::to_owned);
        let cut = words();
        assert_eq!(cut.units, whole.units);
        assert_eq!(cut.joiners, whole.joiners);
        assert_eq!(cut.up_to, whole.up_to);
    }

    #[test]
    fn no_word_means_two_units() {
        let mut seen: BTreeMap<String, Unit> = BTreeMap::new();
        for (_, _, text) in crate::i18n::builtin_files() {
            let resource = fluent_syntax::parser::parse(text).unwrap();
            for entry in &resource.body {
                let Entry::Message(message) = entry else {
                    continue;
                };
                let Some((_, unit)) = UNIT_MESSAGES.iter().find(|(m, _)| *m == message.id.name)
                else {
                    continue;
                };
                for variant in variant_texts(message.value.as_ref().unwrap()) {
                    let word = variant.trim().to_lowercase();
                    if word.contains(char::is_whitespace) {
                        continue;
                    }
                    let first = *seen.entry(word.clone()).or_insert(*unit);
                    assert_eq!(first, *unit, "`{word}` says two units");
                }
            }
        }
    }
}
