//! Golden fixtures: pages in `tests/fixtures/extract/` and what extraction must give.
//!
//! Takes each `<name>.html`; checks its article against `<name>.expected.txt` (the article
//! text, exactly) and `<name>.meta.json` (title, byline, published, site, lang, readerable;
//! only the keys given are checked). The seed page is the project's canonical case.

use std::path::Path;

fn extract(path: &Path) -> lede::Article {
    let bytes = std::fs::read(path).expect("fixture reads");
    let (html, _) = lede::input::decode(&bytes, true).expect("fixture decodes");
    lede::extract(&lede::page::html::page_from_html(&html))
}

#[test]
fn fixtures_match_their_expected_output() {
    let dir = Path::new("tests/fixtures/extract");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    for html in names {
        let a = extract(&html);
        let expected_text = html.with_extension("expected.txt");
        if let Ok(want) = std::fs::read_to_string(&expected_text) {
            assert_eq!(a.text.trim_end(), want.trim_end(), "{}", html.display());
        }
        if let Ok(meta) = std::fs::read_to_string(html.with_extension("meta.json")) {
            let meta: serde_json::Value = serde_json::from_str(&meta).expect("meta json");
            let got = serde_json::json!({
                "title": a.title, "byline": a.byline, "published": a.published,
                "site": a.site, "lang": a.lang, "readerable": a.readerable,
            });
            for (k, v) in meta.as_object().expect("meta object") {
                assert_eq!(&got[k], v, "{} field {k}", html.display());
            }
        }
    }
}

#[test]
fn seed_has_exactly_its_sixteen_paragraphs() {
    let a = extract(Path::new("tests/fixtures/extract/seed.html"));
    assert_eq!(
        a.title,
        "Kremlin says Putin sent ‘additional’ signals to Trump on ceasefire"
    );
    assert_eq!(a.blocks.len(), 16);
    for junk in [
        "Leave a Reply",
        "email address",
        "Most read",
        "Markets rally",
    ] {
        assert!(!a.text.contains(junk), "{junk}");
    }
    assert!(a.readerable);
}

#[test]
fn hostile_inputs_do_not_panic() {
    for html in [
        "",
        "<p>",
        "<html><body><div class='ad'>x</div></body></html>",
        &"<div><p>Ünïcödé — “quotes” é</p>".repeat(3000),
        "<script type='application/ld+json'>[[[[[[[[[[[[[[[[[[[[{\"@type\":\"Article\"}]]]]]]]]]]]]]]]]]]]]</script>",
        "<meta name=date content='31/31/31'><time datetime='２０１９-01-01'>",
    ] {
        let _ = lede::extract(&lede::page::html::page_from_html(html));
    }
}

#[test]
fn cjk_paragraphs_weigh_like_their_translation() {
    // Seven short Chinese paragraphs (about 30 characters each) are the story, not the
    // longer site description in the header.
    let a = extract(Path::new("tests/fixtures/extract/cjk-story.html"));
    assert_eq!(a.blocks.len(), 7);
    assert!(!a.text.contains("這是一個記錄旅行"));
}

#[test]
fn teaser_like_cards_are_the_page_when_there_is_no_story() {
    // A feature list (heading, blurb, "Learn more" link per item) has no story around it:
    // its cards are the content, each with its heading.
    let a = extract(Path::new("tests/fixtures/extract/feature-list.html"));
    for want in [
        "Offline sync",
        "Shared notebooks",
        "Handwriting search",
        "Import your",
    ] {
        assert!(a.text.contains(want), "{want}");
    }
    assert!(!a.text.contains("Learn more"));
}

#[test]
fn byline_names_skip_author_box_roles_and_glued_dates() {
    // The author box's role line is not a name; a compound "FeatureByline" class is a byline;
    // a date glued to the name is cut off.
    let a = extract(Path::new("tests/fixtures/extract/byline-box.html"));
    assert_eq!(a.byline.as_deref(), Some("Priya Raman"));
}

#[test]
fn author_line_below_the_story_is_the_byline_but_commenters_are_not() {
    let a = extract(Path::new("tests/fixtures/extract/author-after.html"));
    assert_eq!(a.byline.as_deref(), Some("Tomas Lindqvist"));
}
