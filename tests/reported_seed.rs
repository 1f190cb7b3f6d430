//! The seed page's reported statements: the news of the story (`Putin said on Thursday that
//! he backed the idea of a truce`), the Kremlin's and Zelensky's, each under its speaker, and
//! the 16 quotes untouched; `X said A, but said B` as two parts.
//!
//! Takes `tests/fixtures/seed/article.html`; checks `reported[]`.

const HTML: &str = include_str!("fixtures/seed/article.html");

#[test]
fn seed_lists_putin_kremlin_and_zelensky_statements() {
    let ins = lede::analyze_page(&lede::page::html::page_from_html(HTML)).expect("seed analyses");
    assert_eq!(ins.quotes.len(), 16);
    let by = |name: &str| -> Vec<String> {
        ins.reported
            .iter()
            .filter(|r| {
                r.speaker.as_ref().is_some_and(|id| {
                    ins.entities
                        .iter()
                        .any(|e| &e.id == id && e.entity.name.contains(name))
                })
            })
            .map(|r| r.text.clone())
            .collect()
    };
    let putin = by("Putin");
    assert!(
        putin
            .iter()
            .any(|t| t.starts_with("he backed the idea of a truce with Ukraine")),
        "{putin:?}"
    );
    let kremlin = by("Kremlin");
    assert!(
        kremlin
            .iter()
            .any(|t| t.starts_with("Putin conveyed “additional” signals")),
        "{kremlin:?}"
    );
    let zelensky = by("Zelensky");
    assert!(
        zelensky.iter().any(|t| t.contains("“very manipulative”")),
        "{zelensky:?}"
    );
    // `Putin said … that he backed …, but said he had “serious questions” …`: two parts,
    // one speaker; the mixed second part lists the quote it holds.
    assert!(
        putin
            .iter()
            .any(|t| t.starts_with("he had “serious questions”")),
        "{putin:?}"
    );
    let r = ins
        .reported
        .iter()
        .find(|r| r.text.starts_with("he had “serious questions”"))
        .expect("Putin's second statement");
    let q: Vec<&str> = r
        .quotes
        .iter()
        .filter_map(|id| ins.quotes.iter().find(|q| &q.id == id))
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(q, ["serious questions"]);
}
