//! Where `<script>` and `<style>` text ends: the native HTML builder skips raw text without
//! tokenizing it, so it must end it exactly where html5ever's tokenizer would. Oracle: the
//! tokenizer itself, started in the script-data (or raw-text) state, on random mixes of the
//! characters that matter (`<`, `/`, `!`, `-`, `>`, end-tag names, comment openers). Check: the
//! page built from `<script>BODY` equals the page built from `<script></script>REST`, where REST
//! is what follows the end tag the tokenizer found (nothing when it found none).

use html5ever::tokenizer::states::{RawKind, State};
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use lede::page::html::page_from_html;
use std::cell::RefCell;

/// Collects the raw text and whether an end tag closed it.
#[derive(Default)]
struct RawText {
    text: RefCell<String>,
    closed: RefCell<bool>,
}

impl TokenSink for RawText {
    type Handle = ();
    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        if *self.closed.borrow() {
            return TokenSinkResult::Continue;
        }
        match token {
            Token::CharacterTokens(t) => self.text.borrow_mut().push_str(&t),
            Token::TagToken(tag) if tag.kind == TagKind::EndTag => *self.closed.borrow_mut() = true,
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// The raw text of `<tag>body` per html5ever, and whether an end tag followed it.
fn tokenizer_raw_text(tag: &str, body: &str) -> (String, bool) {
    let kind = if tag == "script" {
        RawKind::ScriptData
    } else {
        RawKind::Rawtext
    };
    let opts = TokenizerOpts {
        initial_state: Some(State::RawData(kind)),
        last_start_tag_name: Some(tag.to_string()),
        ..TokenizerOpts::default()
    };
    let tok = Tokenizer::new(RawText::default(), opts);
    let input = BufferQueue::default();
    input.push_back(body.into());
    let _ = tok.feed(&input);
    tok.end();
    let text = tok.sink.text.borrow().clone();
    let closed = *tok.sink.closed.borrow();
    (text, closed)
}

#[test]
fn raw_text_ends_where_the_tokenizer_ends_it() {
    let alphabet: &[&str] = &[
        "<",
        "/",
        "!",
        "-",
        "-",
        ">",
        " ",
        "\n",
        "\t",
        "a",
        "x",
        "script",
        "SCRIPT",
        "style",
        "scrip",
        "t",
        "s",
        "<!--",
        "-->",
        "</",
        "</script",
        "</style",
        "<script",
        "b",
        "</script>",
        "</style>",
        "<p>",
        "q",
    ];
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut closed_seen = 0;
    for round in 0..20_000 {
        let len = (next() % 14) as usize;
        let body: String = (0..len)
            .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
            .collect();
        for tag in ["script", "style"] {
            let (raw, closed) = tokenizer_raw_text(tag, &body);
            assert!(
                body.starts_with(&raw),
                "round {round}: {raw:?} is not a prefix"
            );
            // No quotes in the alphabet: the end tag runs to the first `>` after the raw text.
            let rest = if closed {
                closed_seen += 1;
                let after = &body[raw.len()..];
                after.find('>').map_or("", |i| &after[i + 1..])
            } else {
                ""
            };
            let got = page_from_html(&format!("<body><p>before</p><{tag}>{body}"));
            let want = page_from_html(&format!("<body><p>before</p><{tag}></{tag}>{rest}"));
            assert_eq!(
                got.blocks, want.blocks,
                "round {round}, <{tag}> body {body:?}: raw text {raw:?}, rest {rest:?}"
            );
            assert_eq!(got.nodes.len(), want.nodes.len(), "round {round}: {body:?}");
        }
    }
    eprintln!("closed cases: {closed_seen}");
    assert!(closed_seen > 500, "too few closed cases: {closed_seen}");
}
