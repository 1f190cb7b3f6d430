//! Speaker identity fixtures for a quote signed after a dash: reader comments and vox pops
//! printed as `“…” ― Jane Roe`, one a paragraph, with no cue verb. Failed before
//! `trailing-speaker` took a dash: every label was empty or carried the speaker before.

mod speakers;

use speakers::who;

fn names(text: &str) -> Vec<Option<String>> {
    who(text).into_iter().map(|(_, n)| n).collect()
}

fn some(n: &str) -> Option<String> {
    Some(n.to_string())
}

#[test]
fn a_quote_signed_after_a_dash_goes_to_the_signer() {
    let t = "Readers wrote in after the vote.\n\n\
             “The bridge was never safe. Nobody listened to us.” ― Jane Roe\n\
             “I drive over it every day and I am scared.”― Tom Baker\n\
             “We need a new one before winter.” — Ann Lee.";
    assert_eq!(
        names(t),
        [some("Jane Roe"), some("Tom Baker"), some("Ann Lee")]
    );
}

#[test]
fn a_dash_before_a_clause_is_no_signature() {
    let t = "“We will build it,” said Mayor Tom Baker.\n\n\
             “It is a plan” — the council has heard that before.";
    let n = names(t);
    assert_eq!(n[0], some("Tom Baker"));
    assert_ne!(n.get(1).cloned().flatten(), some("the council"));
    // A name after the dash that opens a clause is its subject, not a signature.
    let t = "“We will build it,” said Mayor Tom Baker.\n\n\
             “It is a plan” — Ann Lee has heard that before.";
    let n = names(t);
    assert_eq!(n[0], some("Tom Baker"));
    assert_ne!(n.get(1).cloned().flatten(), some("Ann Lee"));
}
