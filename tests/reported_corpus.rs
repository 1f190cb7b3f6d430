//! Floors for reported speech on PolNeAR dev and GGT eval: the all-statement metric (the
//! reference scorer's numbers, `make bench-statements`) must not fall below
//! what the rules reach, nor direct-quote recall below what the quote sieves reach.
//!
//! Takes `../shared/corpora/polnear/dev` and `../shared/corpora/ggt-eval`; skips with a
//! message when they are absent.

#[path = "bench/statements_metric.rs"]
mod metric;

use std::path::Path;

fn tally(docs: &[metric::Doc]) -> metric::Tally {
    let mut t = metric::Tally::default();
    for d in docs {
        let ins = lede::analyze_text(&d.text).unwrap_or_else(|e| panic!("{}: {e}", d.name));
        t.add(d, &ins);
    }
    t
}

#[test]
fn polnear_dev_all_statements_hold_their_floor() {
    let Some(docs) = metric::load_polnear(Path::new("../shared/corpora/polnear/dev")) else {
        eprintln!("skipped: ../shared/corpora/polnear/dev not found");
        return;
    };
    let t = tally(&docs);
    let (p, _, f1, speaker, e2e) = t.all();
    eprintln!("{}", t.report("polnear"));
    assert!(f1 >= 0.625, "all-statement F1 {f1:.3} < 0.625");
    assert!(p >= 0.815, "all-statement precision {p:.3} < 0.815");
    assert!(speaker >= 0.92, "speaker accuracy {speaker:.3} < 0.92");
    assert!(e2e >= 0.585, "end-to-end F1 {e2e:.3} < 0.585");
    assert!(
        t.recall(0) >= 0.965,
        "direct recall {:.3} < 0.965",
        t.recall(0)
    );
    assert!(
        t.recall(1) >= 0.61,
        "mixed recall {:.3} < 0.61",
        t.recall(1)
    );
    assert!(
        t.recall(2) >= 0.345,
        "reported recall {:.3} < 0.345",
        t.recall(2)
    );
}

#[test]
fn ggt_all_statements_hold_their_floor() {
    let Some(docs) = metric::load_ggt(Path::new("../shared/corpora/ggt-eval")) else {
        eprintln!("skipped: ../shared/corpora/ggt-eval not found");
        return;
    };
    let t = tally(&docs);
    let (p, _, f1, _, _) = t.all();
    eprintln!("{}", t.report("ggt"));
    // (GGT annotates quotes, not stances: `Roe endorsed the levy` counts against precision.)
    assert!(f1 >= 0.815, "GGT all-statement F1 {f1:.3} < 0.815");
    assert!(p >= 0.76, "GGT precision {p:.3} < 0.76");
    assert!(
        t.recall(2) >= 0.755,
        "GGT reported recall {:.3} < 0.755",
        t.recall(2)
    );
}
