//! Every pattern the extractor matches, in one place.
//!
//! Takes nothing; gives the tables (container hints, tags, boilerplate phrases, metadata keys)
//! and the small matchers that read them (the hint matchers in `hints.rs`). Hints are the lower-cased `class`/`id`/`role`/
//! `itemprop` values of an element; they are read as words split on anything that is not a
//! letter or digit ("c-share__bar" → "c", "share", "bar"), so "ad" matches "ad-slot" but not
//! "header" or "load".

/// Hint fragments that mark chrome wherever they appear in the hints (compound class names
/// that do not split into words).
pub const CHROME_FRAGMENTS: &[&str] = &[
    "mostread",
    "most-read",
    "most_read",
    "mostpopular",
    "most-popular",
    "readmore",
    "read-more",
    "morestories",
    "more-stories",
    "sharebar",
    "socialbar",
    "newsletter",
    "cookiebanner",
];

/// Tags whose whole subtree is page chrome.
pub const CHROME_TAGS: &[&str] = &[
    "aside",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "menu",
    "nav",
];

/// Tags of sub-headings.
pub const HEADING_TAGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

/// Tags of list containers (a list of links is a menu or a teaser list).
pub const LIST_TAGS: &[&str] = &["ol", "ul", "dl", "menu"];

/// Short blocks starting with these (lower-cased) are calls to action, not story.
pub const BOILERPLATE_STARTS: &[&str] = &[
    "advertisement",
    "all rights reserved",
    "click here",
    "copyright ©",
    "follow us",
    "get the latest",
    "join our",
    "like us on",
    "read more",
    "read next",
    "recommended",
    "related:",
    "related articles",
    "related stories",
    "share this",
    "share on",
    "sign up",
    "skip to",
    "sponsored",
    "subscribe",
    "support our",
    "this article was",
    "we use cookies",
    "you may also like",
];

/// Characters that end a sentence; a block ending in one reads like prose.
pub const SENTENCE_END: &[char] = &[
    '.', '!', '?', '…', '。', '！', '？', '"', '”', '’', '»', ')',
];

/// JSON-LD `@type`s of an article.
pub const ARTICLE_TYPES: &[&str] = &[
    "AdvertiserContentArticle",
    "AnalysisNewsArticle",
    "Article",
    "BackgroundNewsArticle",
    "BlogPosting",
    "DiscussionForumPosting",
    "LiveBlogPosting",
    "MedicalScholarlyArticle",
    "NewsArticle",
    "OpinionNewsArticle",
    "Report",
    "ReportageNewsArticle",
    "ReviewNewsArticle",
    "SatiricalArticle",
    "ScholarlyArticle",
    "SocialMediaPosting",
    "TechArticle",
];

/// `<meta>` keys (name, property or itemprop, lower case) per field, best first.
pub const TITLE_KEYS: &[&str] = &[
    "dc:title",
    "dcterm:title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "title",
    "twitter:title",
    "parsely-title",
];
/// Author keys.
pub const AUTHOR_KEYS: &[&str] = &[
    "dc:creator",
    "dcterm:creator",
    "author",
    "parsely-author",
    "sailthru.author",
    "article:author",
    "og:article:author",
    "byl",
];
/// Publication date keys.
pub const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "parsely-pub-date",
    "datepublished",
    "dc.date",
    "dc:date",
    "dcterms.date",
    "date",
    "pubdate",
    "publishdate",
    "sailthru.date",
    "og:published_time",
];
/// Site name keys.
pub const SITE_KEYS: &[&str] = &["og:site_name", "application-name"];
/// Description keys.
pub const DESCRIPTION_KEYS: &[&str] = &[
    "dc:description",
    "dcterm:description",
    "og:description",
    "weibo:article:description",
    "weibo:webpage:description",
    "description",
    "twitter:description",
];

/// Hint words of the element that holds the byline.
pub const BYLINE_WORDS: &[&str] = &[
    "author",
    "authorname",
    "byline",
    "creator",
    // hCard's "formatted name" (`<a class="url fn" rel="author">`).
    "fn",
    "vcard",
    "writer",
];

/// Hint words that mark a part of an author box that is not the name (its role, bio, photo).
pub const BYLINE_NOT_NAME_WORDS: &[&str] = &[
    "avatar",
    "bio",
    "description",
    "image",
    "img",
    "job",
    "photo",
    "picture",
    "position",
    "role",
    "title",
];

/// Weekday names (lower case): a dateline, not a name.
pub use crate::text::WEEKDAYS as WEEKDAY_WORDS;

/// Words that lead into a byline's names (lower case), longest first.
pub const BYLINE_LEADS: &[&str] = &[
    "written by",
    "posted by",
    "story by",
    "words by",
    "text by",
    "by",
    "par",
    "por",
    "von",
    "door",
    "di",
    "av",
];

/// Small words that join or belong to names in a byline.
pub const NAME_JOINERS: &[&str] = &[
    "&", "and", "da", "de", "del", "der", "di", "du", "et", "la", "le", "und", "van", "von", "y",
];

/// Hint words of a box of links to other stories, whose bylines are not the article's.
pub const TEASER_WORDS: &[&str] = &["related", "teaser", "teasers", "recommended"];

/// Words that open a bracket of co-authors after a byline's names ("(with …)", "(avec …)").
pub const WITH_WORDS: &[&str] = &["with", "avec", "mit", "con", "com", "met", "and", "et"];

/// Month names and abbreviations (lower case) that end a byline's names.
pub const MONTH_WORDS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
];

/// Separators between a headline and the site or section name in `<title>`.
pub const TITLE_SEPARATORS: &[&str] = &[
    " | ", " – ", " — ", " - ", " :: ", " · ", " » ", " / ", " _ ", "_", " : ", " • ",
];

pub use super::hints::{has_word, is_chrome_hint};

/// True when a short block's text is a call to action or site boilerplate.
pub fn is_boilerplate_text(text: &str) -> bool {
    let head: String = text.chars().take(40).collect::<String>().to_lowercase();
    BOILERPLATE_STARTS.iter().any(|p| {
        head.strip_prefix(p)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_phrases() {
        assert!(is_boilerplate_text("Advertisement"));
        assert!(is_boilerplate_text("Subscribe to our newsletter"));
        assert!(!is_boilerplate_text("Subscribers said the plan failed."));
    }
}
