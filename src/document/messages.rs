//! The one table of the messages cookiedoc itself says: each id, the variables it is given, and
//! whether it is plain text or Markdown. The Fluent checks, the document and the README's list of
//! messages are made from it (a test holds the README and the built-in English file to it), so
//! adding a message is one row here plus its translations.

/// How a message's text is read, the same in every output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    /// Text: escaped in HTML and in Markdown.
    Plain,
    /// Markdown within a line: a heading, a table cell, a list item.
    Inline,
    /// Markdown paragraphs.
    Block,
}

/// A message cookiedoc formats.
#[derive(Debug)]
pub struct Message {
    pub id: &'static str,
    /// The Fluent variables it is given, without `$`.
    pub variables: &'static [&'static str],
    pub form: Form,
    /// What it is for, as the README says it.
    pub about: &'static str,
    /// Said while the document is made (durations, dates), not shown on its own.
    pub internal: bool,
}

const fn shown(id: &'static str, form: Form, about: &'static str) -> Message {
    Message {
        id,
        variables: &[],
        form,
        about,
        internal: false,
    }
}

const fn with(
    id: &'static str,
    variables: &'static [&'static str],
    form: Form,
    about: &'static str,
) -> Message {
    Message {
        id,
        variables,
        form,
        about,
        internal: false,
    }
}

const fn part(
    id: &'static str,
    variables: &'static [&'static str],
    about: &'static str,
) -> Message {
    Message {
        id,
        variables,
        form: Form::Plain,
        about,
        internal: true,
    }
}

use Form::{Block, Inline, Plain};

/// Every message, in the order of the built-in English file (and of the README's list).
pub static MESSAGES: &[Message] = &[
    shown(
        "language-name",
        Plain,
        "the language's name in itself, for the switcher",
    ),
    shown("page-title", Plain, "the page's title and heading"),
    shown(
        "locale-index-title",
        Plain,
        "the title of `dist/index.html`",
    ),
    shown("skip-link", Plain, "the skip link's text"),
    shown(
        "language-switcher-label",
        Plain,
        "the switcher's accessible name",
    ),
    with(
        "introduction",
        &["purposes"],
        Block,
        "the introduction; `$purposes` is none, necessary, statistics, marketing or statistics-marketing, from the categories that have cookies",
    ),
    shown("definitions-heading", Plain, "\"What is a cookie?\""),
    shown("definitions-body", Block, "what a cookie is"),
    shown(
        "cookie-kinds-intro",
        Plain,
        "\"Several types of cookies exist:\"",
    ),
    shown(
        "cookie-kind-necessary",
        Inline,
        "the kinds of cookies: necessary",
    ),
    with(
        "cookie-kind-statistics",
        &["jurisdiction"],
        Inline,
        "statistical; `$jurisdiction` is the site's country code (DE, AT, FR, …) or EU",
    ),
    shown("cookie-kind-first-party", Inline, "first-party"),
    shown("cookie-kind-third-party", Inline, "third-party"),
    with(
        "cookies-used-heading",
        &["url"],
        Inline,
        "\"What cookies are used on the <url> platform\"; `$url` is the site's address",
    ),
    shown(
        "no-cookies",
        Plain,
        "shown when the registry has no cookies",
    ),
    shown(
        "consent-required",
        Plain,
        "under the title of a category that needs consent",
    ),
    shown(
        "consent-not-required",
        Plain,
        "under the title of a category that does not",
    ),
    shown("column-provider", Plain, "table header: the provider"),
    shown("column-function", Plain, "table header: the function"),
    shown("column-names", Plain, "table header: the names"),
    shown("column-purpose", Plain, "table header: the purpose"),
    shown("column-duration", Plain, "table header: the duration"),
    shown("column-kind", Plain, "table header: the type"),
    shown("party-third", Plain, "marks a third-party provider"),
    shown(
        "list-separator",
        Plain,
        "between the items of a list, such as cookie names (\", \"; Arabic \"، \")",
    ),
    shown(
        "legal-basis-label",
        Plain,
        "\"Legal basis:\" before a category's legal basis",
    ),
    with(
        "legal-basis-consent",
        &["jurisdiction"],
        Inline,
        "the default legal basis of a category that needs consent",
    ),
    with(
        "legal-basis-necessary",
        &["jurisdiction", "public"],
        Inline,
        "the default legal basis of a category that does not; `$public` is yes for a public body, else no",
    ),
    shown("kind-http-cookie", Plain, "the Type column: an HTTP cookie"),
    shown(
        "kind-local-storage",
        Plain,
        "the Type column: local storage",
    ),
    shown(
        "kind-session-storage",
        Plain,
        "the Type column: session storage",
    ),
    shown(
        "kind-indexeddb",
        Plain,
        "the Type column: an IndexedDB database",
    ),
    shown("kind-pixel", Plain, "the Type column: a tracking pixel"),
    shown(
        "category-necessary-title",
        Inline,
        "the built-in category `necessary`",
    ),
    shown("category-necessary-description", Block, "its description"),
    shown(
        "category-preferences-title",
        Inline,
        "the built-in category `preferences`",
    ),
    shown("category-preferences-description", Block, "its description"),
    shown(
        "category-statistics-title",
        Inline,
        "the built-in category `statistics`",
    ),
    shown("category-statistics-description", Block, "its description"),
    shown(
        "category-marketing-title",
        Inline,
        "the built-in category `marketing`",
    ),
    shown("category-marketing-description", Block, "its description"),
    part("duration-session", &[], "a session cookie's duration"),
    part(
        "duration-persistent",
        &[],
        "storage kept until the visitor deletes it",
    ),
    part("duration-up-to", &["duration"], "\"up to 12 months\""),
    part(
        "duration-and",
        &["first", "second"],
        "joins the parts of \"1 year and 6 months\"",
    ),
    part(
        "duration-seconds",
        &["count"],
        "an amount, with plural forms",
    ),
    part(
        "duration-minutes",
        &["count"],
        "an amount, with plural forms",
    ),
    part("duration-hours", &["count"], "an amount, with plural forms"),
    part("duration-days", &["count"], "an amount, with plural forms"),
    part("duration-weeks", &["count"], "an amount, with plural forms"),
    part(
        "duration-months",
        &["count"],
        "an amount, with plural forms",
    ),
    part("duration-years", &["count"], "an amount, with plural forms"),
    shown(
        "manage-heading",
        Plain,
        "\"How to refuse or delete cookies\"",
    ),
    shown("manage-body", Block, "how to refuse or delete cookies"),
    shown(
        "transfers-heading",
        Plain,
        "the section on providers outside the EEA",
    ),
    shown("transfers-intro", Block, "introduces the list of transfers"),
    with(
        "transfer-item",
        &["provider", "country", "safeguard"],
        Inline,
        "one provider outside the EEA: its name, country in words and safeguard",
    ),
    shown(
        "transfer-adequacy",
        Inline,
        "safeguard: an adequacy decision (Art. 45)",
    ),
    shown(
        "transfer-dpf",
        Inline,
        "safeguard: the EU–US Data Privacy Framework",
    ),
    shown(
        "transfer-scc",
        Inline,
        "safeguard: standard contractual clauses (Art. 46(2)(c))",
    ),
    shown(
        "transfer-bcr",
        Inline,
        "safeguard: binding corporate rules (Art. 47)",
    ),
    shown(
        "transfer-consent",
        Inline,
        "safeguard: explicit consent (Art. 49(1)(a))",
    ),
    shown("rights-heading", Plain, "\"Your rights\""),
    shown(
        "rights-body",
        Block,
        "access, rectification, erasure, restriction, portability, objection",
    ),
    shown(
        "rights-withdraw",
        Block,
        "withdrawing consent (shown when a category needs consent)",
    ),
    shown(
        "consent-settings-link",
        Plain,
        "the control that opens the cookie settings",
    ),
    shown(
        "rights-complaint",
        Block,
        "the right to complain to a supervisory authority",
    ),
    with(
        "rights-authority",
        &["authority"],
        Inline,
        "names the `supervisory_authority`",
    ),
    shown("controller-heading", Plain, "who is responsible"),
    shown("controller-intro", Plain, "introduces the controller"),
    with(
        "controller-email",
        &["email"],
        Plain,
        "the controller's email address",
    ),
    with(
        "controller-website",
        &["url"],
        Plain,
        "the controller's website",
    ),
    shown("dpo-intro", Plain, "introduces the data protection officer"),
    with("last-updated", &["date"], Plain, "\"Last updated: …\""),
    part(
        "date",
        &["day", "month", "year", "iso"],
        "a date in words; `$iso` is 2026-11-28",
    ),
    part("month-1", &[], "month names, as dates use them"),
    part("month-2", &[], "month names, as dates use them"),
    part("month-3", &[], "month names, as dates use them"),
    part("month-4", &[], "month names, as dates use them"),
    part("month-5", &[], "month names, as dates use them"),
    part("month-6", &[], "month names, as dates use them"),
    part("month-7", &[], "month names, as dates use them"),
    part("month-8", &[], "month names, as dates use them"),
    part("month-9", &[], "month names, as dates use them"),
    part("month-10", &[], "month names, as dates use them"),
    part("month-11", &[], "month names, as dates use them"),
    part("month-12", &[], "month names, as dates use them"),
    shown(
        "banner-title",
        Plain,
        "the consent banner's title (`--banner cookieconsent`)",
    ),
    shown("banner-description", Inline, "the consent banner's text"),
    shown("banner-accept-all", Plain, "the banner's accept button"),
    shown(
        "banner-accept-necessary",
        Plain,
        "the banner's reject button",
    ),
    shown(
        "banner-show-preferences",
        Plain,
        "opens the banner's preferences",
    ),
    shown(
        "preferences-title",
        Plain,
        "the banner's preferences dialog",
    ),
    shown("preferences-save", Plain, "saves the choices in the dialog"),
    shown("preferences-close", Plain, "closes the dialog"),
];

/// The title and description messages of a built-in category.
pub fn category_messages(category: &str) -> Option<(&'static str, &'static str)> {
    Some(match category {
        "necessary" => ("category-necessary-title", "category-necessary-description"),
        "preferences" => (
            "category-preferences-title",
            "category-preferences-description",
        ),
        "statistics" => (
            "category-statistics-title",
            "category-statistics-description",
        ),
        "marketing" => ("category-marketing-title", "category-marketing-description"),
        _ => return None,
    })
}

/// The month names, January first.
pub const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];

/// The message `id`, if cookiedoc says it.
pub fn find(id: &str) -> Option<&'static Message> {
    MESSAGES.iter().find(|m| m.id == id)
}

/// The README's list of messages, as it must read between its markers.
pub fn readme_table() -> String {
    let mut table =
        String::from("| message | variables | text | what it is |\n| --- | --- | --- | --- |\n");
    for message in MESSAGES {
        let variables: Vec<String> = message
            .variables
            .iter()
            .map(|v| format!("`${v}`"))
            .collect();
        let form = match message.form {
            Plain => "plain",
            Inline => "Markdown, one line",
            Block => "Markdown",
        };
        table.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            message.id,
            variables.join(", "),
            form,
            message.about
        ));
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    const README_START: &str = "<!-- messages: made from src/document/messages.rs -->\n";
    const README_END: &str = "<!-- /messages -->";

    #[test]
    fn every_builtin_category_and_month_has_its_messages() {
        for category in crate::registry::BUILTIN_CATEGORIES {
            let (title, description) = category_messages(category).unwrap();
            assert!(find(title).is_some() && find(description).is_some());
        }
        assert!(MONTHS.iter().all(|id| find(id).is_some()));
    }

    #[test]
    fn ids_are_unique() {
        for (i, message) in MESSAGES.iter().enumerate() {
            assert!(
                MESSAGES[..i].iter().all(|m| m.id != message.id),
                "{} twice",
                message.id
            );
        }
    }

    #[test]
    fn the_english_file_has_exactly_these_messages() {
        let english = crate::i18n::builtin_files()
            .into_iter()
            .find(|(folder, _, _)| *folder == "en")
            .expect("built-in English")
            .2;
        let resource = fluent_bundle::FluentResource::try_new(english.to_owned()).unwrap();
        let mut ids: Vec<&str> = resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
                _ => None,
            })
            .collect();
        let mut table: Vec<&str> = MESSAGES.iter().map(|m| m.id).collect();
        ids.sort_unstable();
        table.sort_unstable();
        assert_eq!(
            ids, table,
            "locales/en/cookiedoc.ftl and the message table differ"
        );
    }

    /// `COOKIEDOC_UPDATE_README=1 cargo test --lib readme` writes the table into the README.
    #[test]
    fn the_readme_lists_the_messages_of_this_table() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
        let readme = std::fs::read_to_string(path).unwrap();
        let start = readme
            .find(README_START)
            .expect("README has the messages marker")
            + README_START.len();
        let end = start
            + readme[start..]
                .find(README_END)
                .expect("README closes the messages list");
        if std::env::var_os("COOKIEDOC_UPDATE_README").is_some() {
            let updated = format!("{}{}{}", &readme[..start], readme_table(), &readme[end..]);
            std::fs::write(path, updated).unwrap();
            return;
        }
        assert_eq!(
            &readme[start..end],
            readme_table(),
            "run `COOKIEDOC_UPDATE_README=1 cargo test --lib readme` to update the README"
        );
    }
}
