//! The summary's promises through the public API (`lede::analyze_text`): short articles come
//! back whole and in order, dependent openers and speakerless quotes lose to plain reporting,
//! a 6,000-word article still gets its five sentences, and no input makes it panic, give a
//! span outside the text, or answer differently twice.

use lede::insights::SUMMARY_SENTENCES;

fn summary(text: &str) -> Vec<String> {
    lede::analyze_text(text)
        .map(|ins| ins.summary.into_iter().map(|s| s.text).collect())
        .unwrap_or_default()
}

#[test]
fn short_articles_are_shown_whole_in_text_order() {
    let text = "Bridge reopens\n\nThe Harbour Bridge reopened on Monday after repairs.\n\n\
                He said traffic was light. “It feels good,” one driver said.";
    assert_eq!(
        summary(text),
        [
            "The Harbour Bridge reopened on Monday after repairs.",
            "He said traffic was light.",
            "“It feels good,” one driver said."
        ]
    );
}

#[test]
fn dependent_openers_and_bare_quotes_lose_to_plain_reporting() {
    let text = "Council votes on the river bridge\n\n\
        The city council voted on Monday to build a new bridge over the river.\n\n\
        He added that the council would pay for the new bridge over the river.\n\n\
        “The council will build the bridge over the river this year.”\n\n\
        The new bridge over the river will cost the city council 40 million pounds.\n\n\
        Local shops said the bridge over the river would bring more customers.\n\n\
        The weather on Monday was mild.";
    let s = summary(text);
    println!("{s:#?}");
    let rank = |prefix: &str| s.iter().position(|x| x.starts_with(prefix)).unwrap_or(99);
    assert_eq!(rank("The city council voted"), 0);
    assert!(rank("He added") > rank("The new bridge"));
    assert!(rank("“The council will") > rank("The new bridge"));
}

#[test]
fn long_articles_still_get_a_full_summary() {
    let topics = [
        "election", "budget", "hospital", "railway", "school", "harbour",
    ];
    let mut text = String::from("A long day in the city\n\n");
    for i in 0..400 {
        let a = topics[i % topics.len()];
        let b = topics[(i * 7 + 3) % topics.len()];
        text.push_str(&format!(
            "Officials said on day {i} that the {a} plan and the {b} review would shape the city for years. "
        ));
        if i % 5 == 4 {
            text.push_str("\n\n");
        }
    }
    assert!(text.split_whitespace().count() > 6_000);
    let s = summary(&text);
    assert_eq!(s.len(), SUMMARY_SENTENCES);
    let mut unique = s.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), s.len(), "no sentence twice");
}

/// A small deterministic generator of awkward text.
fn noise(seed: u64, len: usize) -> String {
    const PIECES: &[&str] = &[
        "He",
        "said",
        "“",
        "”",
        "\"",
        ".",
        "!",
        "?",
        "…",
        " ",
        " ",
        "\n",
        "\n\n",
        "Mr.",
        "U.S.",
        "é",
        "😀",
        "ceasefire",
        "Putin",
        "the",
        "'",
        "(",
        ")",
        "—",
        "a",
        "B",
        "\u{200b}",
        "ß",
    ];
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    (0..len)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            PIECES[(x >> 33) as usize % PIECES.len()]
        })
        .collect()
}

#[test]
fn odd_inputs_give_valid_stable_spans() {
    let mut inputs: Vec<String> = [
        "",
        " ",
        ".",
        "\n\n\n",
        "“",
        "”.",
        "A.",
        "a. b. c. d. e.",
        "....!!!???…",
        "Title\n\nOnly one sentence here.",
        "😀😀😀. 😀😀. 😀.",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    inputs.extend((0..200).map(|i| noise(i, 5 + (i as usize * 13) % 400)));
    for text in &inputs {
        let Ok(ins) = lede::analyze_text(text) else {
            continue;
        };
        let again = lede::analyze_text(text)
            .map(|i| i.summary)
            .unwrap_or_default();
        assert_eq!(ins.summary, again, "deterministic on {text:?}");
        assert!(ins.summary.len() <= SUMMARY_SENTENCES);
        let utf16: Vec<u16> = ins.article.text.encode_utf16().collect();
        for s in &ins.summary {
            assert!(s.start <= s.end && s.end <= utf16.len(), "{text:?}");
            assert_eq!(String::from_utf16_lossy(&utf16[s.start..s.end]), s.text);
        }
    }
}
