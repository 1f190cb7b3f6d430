//! A light DOM for the native builder: html5ever's tree builder writes into an arena that keeps
//! only what `page_from_html` reads.
//!
//! Takes the HTML text; gives the spec tree (the same shape `scraper` builds: template contents
//! as a fragment child of the `<template>`, adjacent text merged) with, per element, its name
//! and only the attributes the builder reads, and per text node its text.
//!
//! Two savings over a general DOM:
//! - attributes nobody reads are dropped when the element is created (no sorting, no copies);
//! - the contents of `<script>` and `<style>` are not tokenized at all: after the start tag
//!   the driver finds the end tag itself ([`raw_text_end`], the tokenizer's own rules) and
//!   hands the tokenizer the input from there. That text is never read (the walk skips those
//!   elements), except a JSON-LD script (kept) and, in odd markup, a script or style inside an
//!   SVG `<title>` or `<script>`; those are kept too, and [`Dom::parse`] checks at the end that
//!   no skipped element ended up under one (else it parses again without skipping).

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{
    ElementFlags, NodeOrText, QuirksMode, TreeBuilder, TreeBuilderOpts, TreeSink,
};
use html5ever::{local_name, ns, Attribute, QualName, TokenizerResult};
use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};

/// No node (end of a sibling chain, no parent…).
pub const NONE: u32 = u32::MAX;

/// The attributes the builder reads (no namespace, no prefix).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attr {
    Class,
    Id,
    Role,
    Itemprop,
    Hidden,
    AriaHidden,
    Style,
    Datetime,
    Lang,
    Name,
    Property,
    Content,
    Type,
}

impl Attr {
    fn of(name: &QualName) -> Option<Attr> {
        if name.ns != ns!() || name.prefix.is_some() {
            return None;
        }
        Some(match &*name.local {
            "class" => Attr::Class,
            "id" => Attr::Id,
            "role" => Attr::Role,
            "itemprop" => Attr::Itemprop,
            "hidden" => Attr::Hidden,
            "aria-hidden" => Attr::AriaHidden,
            "style" => Attr::Style,
            "datetime" => Attr::Datetime,
            "lang" => Attr::Lang,
            "name" => Attr::Name,
            "property" => Attr::Property,
            "content" => Attr::Content,
            "type" => Attr::Type,
            _ => return None,
        })
    }
}

/// An element: its name and the attributes of [`Attr`] it has.
#[derive(Debug)]
pub struct Element {
    pub name: QualName,
    attrs: Attrs,
}

impl Element {
    /// The value of attribute `a`, if the element has it.
    pub fn attr(&self, a: Attr) -> Option<&str> {
        self.attrs.inline[..self.attrs.len as usize]
            .iter()
            .chain(&self.attrs.more)
            .find(|(k, _)| *k == a)
            .map(|(_, v)| &**v)
    }
}

/// The attributes of an element that are read: the first two in place (most elements have a
/// class, an id, or neither), more in a vector; no allocation for most elements.
#[derive(Debug)]
struct Attrs {
    len: u8,
    inline: [(Attr, StrTendril); 2],
    more: Vec<(Attr, StrTendril)>,
}

impl Attrs {
    fn new() -> Attrs {
        Attrs {
            len: 0,
            inline: [
                (Attr::Class, StrTendril::new()),
                (Attr::Class, StrTendril::new()),
            ],
            more: Vec::new(),
        }
    }

    fn push(&mut self, a: Attr, value: StrTendril) {
        match self.inline.get_mut(self.len as usize) {
            Some(slot) => {
                *slot = (a, value);
                self.len += 1;
            }
            None => self.more.push((a, value)),
        }
    }
}

/// What a node is.
#[derive(Debug)]
pub enum Data {
    Document,
    /// Template contents.
    Fragment,
    Element(Element),
    Text(StrTendril),
    /// Comment, doctype, processing instruction: never read.
    Other,
}

/// One node of the arena, linked to its parent and siblings.
#[derive(Debug)]
pub struct DomNode {
    pub parent: u32,
    pub prev: u32,
    pub next: u32,
    pub first: u32,
    pub last: u32,
    pub data: Data,
}

/// The parsed document; node 0 is the document.
#[derive(Debug)]
pub struct Dom {
    pub nodes: Vec<DomNode>,
}

/// An edge of a depth-first walk.
pub enum Edge {
    Open(u32),
    Close(u32),
}

impl Dom {
    /// Parses `html` as a document.
    pub fn parse(html: &str) -> Dom {
        let (dom, skipped) = parse_with(html, true);
        if skipped
            .iter()
            .all(|&el| !under_title_or_script(&dom.nodes, el))
        {
            return dom;
        }
        dom.recycle();
        parse_with(html, false).0
    }

    /// Gives the arena back for the next page parsed on this thread (saves growing a fresh
    /// one, page by page, in batch mode).
    pub fn recycle(mut self) {
        self.nodes.clear();
        if self.nodes.capacity() <= MAX_KEPT_NODES {
            SPARE.with(|s| *s.borrow_mut() = self.nodes);
        }
    }

    /// Calls `f` for each edge of a depth-first walk below `root` (not `root` itself), in
    /// document order.
    pub fn walk(&self, root: u32, mut f: impl FnMut(Edge)) {
        let mut node = self.nodes[root as usize].first;
        if node == NONE {
            return;
        }
        loop {
            f(Edge::Open(node));
            let n = &self.nodes[node as usize];
            if n.first != NONE {
                node = n.first;
                continue;
            }
            loop {
                f(Edge::Close(node));
                let n = &self.nodes[node as usize];
                if n.next != NONE {
                    node = n.next;
                    break;
                }
                node = n.parent;
                if node == root || node == NONE {
                    return;
                }
                // `node` is closed on the next turn of this loop.
            }
        }
    }

    /// The texts below `root`, in document order.
    pub fn texts_below(&self, root: u32, mut f: impl FnMut(&str)) {
        self.walk(root, |e| {
            if let Edge::Open(id) = e {
                if let Data::Text(t) = &self.nodes[id as usize].data {
                    f(t);
                }
            }
        });
    }
}

/// Whether an ancestor of `id` is named `title` or `script` (any namespace): the two places
/// where `page_from_html` reads the text of descendant elements.
fn under_title_or_script(nodes: &[DomNode], id: u32) -> bool {
    let mut cur = nodes[id as usize].parent;
    while cur != NONE {
        if let Data::Element(e) = &nodes[cur as usize].data {
            if matches!(&*e.name.local, "title" | "script") {
                return true;
            }
        }
        cur = nodes[cur as usize].parent;
    }
    false
}

/// The largest arena kept for the next page (in nodes).
const MAX_KEPT_NODES: usize = 1 << 16;

thread_local! {
    /// The arena of the last page parsed on this thread, emptied.
    static SPARE: RefCell<Vec<DomNode>> = const { RefCell::new(Vec::new()) };
}

fn parse_with(html: &str, skip: bool) -> (Dom, Vec<u32>) {
    let mut nodes = SPARE.with(|s| std::mem::take(&mut *s.borrow_mut()));
    nodes.push(DomNode {
        parent: NONE,
        prev: NONE,
        next: NONE,
        first: NONE,
        last: NONE,
        data: Data::Document,
    });
    let sink = Sink {
        nodes: RefCell::new(nodes),
        last_element: Cell::new(NONE),
        skipped: RefCell::new(Vec::new()),
    };
    let tb = TreeBuilder::new(sink, TreeBuilderOpts::default());
    let tok = Tokenizer::new(
        Skipper {
            tb,
            skip,
            pending: Cell::new(None),
        },
        TokenizerOpts::default(),
    );
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    // As html5ever's driver (`Parser::one`): feed until done, twice, then end.
    for _ in 0..2 {
        loop {
            match tok.feed(&input) {
                TokenizerResult::Done => break,
                _ => {
                    if let Some(kind) = tok.sink.pending.take() {
                        skip_raw_text(&input, kind);
                    }
                }
            }
        }
    }
    tok.end();
    let Skipper { tb, .. } = tok.sink;
    let sink = tb.sink;
    (
        Dom {
            nodes: sink.nodes.into_inner(),
        },
        sink.skipped.into_inner(),
    )
}

/// Which raw text is being skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Skip {
    Script,
    Style,
}

/// Drops the raw text at the front of `input`, up to the end tag that closes it.
fn skip_raw_text(input: &BufferQueue, kind: Skip) {
    let mut buf = match input.pop_front() {
        Some(b) => b,
        None => return,
    };
    while let Some(more) = input.pop_front() {
        buf.push_tendril(&more);
    }
    let end = raw_text_end(buf.as_bytes(), kind == Skip::Script);
    buf.pop_front(end as u32);
    input.push_front(buf);
}

/// Whether `b` ends a tag name (`\r` counts: the tokenizer reads it as `\n`).
fn ends_tag_name(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\r' | b'\x0c' | b' ' | b'/' | b'>')
}

/// The end of the run of ASCII letters from `i`.
fn letters_end(s: &[u8], i: usize) -> usize {
    i + s[i..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count()
}

/// Where the raw text at the start of `s` ends: the byte offset of the `<` of the end tag that
/// closes it (`</script` or `</style` then white space, `/` or `>`), or `s.len()`. Follows
/// the tokenizer's script data states (with their escaped and double-escaped forms) when
/// `script`, else the RAWTEXT states.
pub fn raw_text_end(s: &[u8], script: bool) -> usize {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum St {
        Data,
        Escaped,
        DoubleEscaped,
    }
    let tag: &[u8] = if script { b"script" } else { b"style" };
    // An end tag name from `i` (just after `</`): Ok(()) when it closes the element, else
    // Err(where to go on).
    let end_tag = |i: usize| -> Result<(), usize> {
        let j = letters_end(s, i);
        if j == i {
            return Err(i);
        }
        if s[i..j].eq_ignore_ascii_case(tag) && j < s.len() && ends_tag_name(s[j]) {
            Ok(())
        } else {
            Err(j)
        }
    };
    let n = s.len();
    let at = |i: usize| -> Option<u8> { s.get(i).copied() };
    // A tag name from `i` inside escaped script text: whether it is `script` ended as a tag
    // name (what switches the double-escaped state on or off), and where to go on.
    let script_name = |i: usize| -> (bool, usize) {
        let j = letters_end(s, i);
        match at(j) {
            Some(d) if ends_tag_name(d) => (s[i..j].eq_ignore_ascii_case(b"script"), j + 1),
            _ => (false, j),
        }
    };
    let mut st = St::Data;
    let mut i = 0;
    loop {
        match st {
            St::Data => {
                let Some(lt) = s[i..].iter().position(|&b| b == b'<') else {
                    return n;
                };
                let lt = i + lt;
                i = lt + 1;
                match at(i) {
                    Some(b'/') => match end_tag(i + 1) {
                        Ok(()) => return lt,
                        Err(j) => i = j,
                    },
                    Some(b'!') if script => {
                        // <!-- : escaped (dash dash state)
                        i += 1;
                        if at(i) == Some(b'-') {
                            i += 1;
                            if at(i) == Some(b'-') {
                                i += 1;
                                st = St::Escaped;
                                // In the dash dash state: more dashes stay, '>' leaves.
                                while at(i) == Some(b'-') {
                                    i += 1;
                                }
                                if at(i) == Some(b'>') {
                                    i += 1;
                                    st = St::Data;
                                }
                                // '<' and anything else are handled by the escaped state
                                // (a '<' there behaves as from the dash dash state).
                            }
                        }
                    }
                    _ => {}
                }
            }
            St::Escaped | St::DoubleEscaped => {
                let Some(k) = s[i..].iter().position(|&b| b == b'<' || b == b'-') else {
                    return n;
                };
                i += k;
                if s[i] == b'-' {
                    // Dash: one dash then anything but '-'/'<' goes back; two or more dashes
                    // then '>' leave for script data.
                    i += 1;
                    if at(i) == Some(b'-') {
                        while at(i) == Some(b'-') {
                            i += 1;
                        }
                        if at(i) == Some(b'>') {
                            i += 1;
                            st = St::Data;
                            continue;
                        }
                    }
                    if at(i) != Some(b'<') {
                        // Anything else is consumed in the (double) escaped state.
                        if i < n {
                            i += 1;
                        }
                        continue;
                    }
                }
                // A '<' at `i`.
                let lt = i;
                i += 1;
                if st == St::Escaped {
                    match at(i) {
                        Some(b'/') => match end_tag(i + 1) {
                            Ok(()) => return lt,
                            Err(j) => i = j,
                        },
                        Some(b) if b.is_ascii_alphabetic() => {
                            let (is_script, next) = script_name(i);
                            if is_script {
                                st = St::DoubleEscaped;
                            }
                            i = next;
                        }
                        _ => {}
                    }
                } else if at(i) == Some(b'/') {
                    let (is_script, next) = script_name(i + 1);
                    if is_script {
                        st = St::Escaped;
                    }
                    i = next;
                }
            }
        }
    }
}

/// Passes tokens to the tree builder; after the start tag of a `<script>` (not JSON-LD) or
/// `<style>` whose text nobody reads, pauses the tokenizer so that the driver can skip the
/// text.
struct Skipper {
    tb: TreeBuilder<u32, Sink>,
    skip: bool,
    pending: Cell<Option<Skip>>,
}

fn is_json_ld(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| {
        Attr::of(&a.name) == Some(Attr::Type)
            && a.value.trim().eq_ignore_ascii_case("application/ld+json")
    })
}

impl TokenSink for Skipper {
    type Handle = u32;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<u32> {
        let candidate = match &token {
            Token::TagToken(Tag {
                kind: TagKind::StartTag,
                name,
                attrs,
                ..
            }) if self.skip => {
                if *name == local_name!("script") && !is_json_ld(attrs) {
                    Some(Skip::Script)
                } else if *name == local_name!("style") {
                    Some(Skip::Style)
                } else {
                    None
                }
            }
            _ => None,
        };
        let result = self.tb.process_token(token, line_number);
        let Some(kind) = candidate else {
            return result;
        };
        let raw = matches!(
            (&result, kind),
            (TokenSinkResult::RawData(RawKind::ScriptData), Skip::Script)
                | (TokenSinkResult::RawData(RawKind::Rawtext), Skip::Style)
        );
        if !raw {
            return result;
        }
        let sink = &self.tb.sink;
        let el = sink.last_element.get();
        let named = {
            let nodes = sink.nodes.borrow();
            matches!(&nodes[el as usize].data, Data::Element(e)
                if e.name.ns == ns!(html)
                    && e.name.local == if kind == Skip::Script { local_name!("script") } else { local_name!("style") })
        };
        if !named {
            return result;
        }
        if under_title_or_script(&sink.nodes.borrow(), el) {
            return result;
        }
        sink.skipped.borrow_mut().push(el);
        self.pending.set(Some(kind));
        // The tokenizer stops (in the data state) and the driver skips the text; the end tag
        // that follows then reads the same in the data state as in the raw text state.
        TokenSinkResult::Script(el)
    }

    fn end(&self) {
        self.tb.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.tb
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// The tree sink: mirrors `scraper`'s (ego_tree) operations on the arena.
struct Sink {
    nodes: RefCell<Vec<DomNode>>,
    last_element: Cell<u32>,
    skipped: RefCell<Vec<u32>>,
}

impl Sink {
    fn new_node(&self, data: Data) -> u32 {
        let mut nodes = self.nodes.borrow_mut();
        let id = nodes.len() as u32;
        nodes.push(DomNode {
            parent: NONE,
            prev: NONE,
            next: NONE,
            first: NONE,
            last: NONE,
            data,
        });
        id
    }
}

/// Unlinks `id` from its parent and siblings (ego_tree `detach`).
fn detach(nodes: &mut [DomNode], id: u32) {
    let n = &nodes[id as usize];
    let (parent, prev, next) = (n.parent, n.prev, n.next);
    if parent == NONE {
        return;
    }
    {
        let n = &mut nodes[id as usize];
        n.parent = NONE;
        n.prev = NONE;
        n.next = NONE;
    }
    if prev != NONE {
        nodes[prev as usize].next = next;
    }
    if next != NONE {
        nodes[next as usize].prev = prev;
    }
    let p = &mut nodes[parent as usize];
    if p.first == p.last {
        p.first = NONE;
        p.last = NONE;
    } else if p.first == id {
        p.first = next;
    } else if p.last == id {
        p.last = prev;
    }
}

/// Makes `child` the last child of `parent` (ego_tree `append_id`).
/// Adds `text` to node `id` when it is a Text node (adjacent text is one node, as in the
/// spec's "insert a character"); false when there is no such node.
fn merge_text(nodes: &mut [DomNode], id: u32, text: &StrTendril) -> bool {
    if id == NONE {
        return false;
    }
    match &mut nodes[id as usize].data {
        Data::Text(t) => {
            t.push_tendril(text);
            true
        }
        _ => false,
    }
}

fn append_id(nodes: &mut [DomNode], parent: u32, child: u32) {
    let last = nodes[parent as usize].last;
    if last == child {
        return;
    }
    detach(nodes, child);
    {
        let c = &mut nodes[child as usize];
        c.parent = parent;
        c.prev = last;
    }
    if last != NONE {
        nodes[last as usize].next = child;
    }
    let p = &mut nodes[parent as usize];
    if p.first == NONE {
        p.first = child;
    }
    p.last = child;
}

/// Puts `new` just before `sibling` (ego_tree `insert_id_before`; `sibling` has a parent).
fn insert_id_before(nodes: &mut [DomNode], sibling: u32, new: u32) {
    detach(nodes, new);
    let prev = nodes[sibling as usize].prev;
    let parent = nodes[sibling as usize].parent;
    {
        let n = &mut nodes[new as usize];
        n.parent = parent;
        n.prev = prev;
        n.next = sibling;
    }
    if prev != NONE {
        nodes[prev as usize].next = new;
    }
    nodes[sibling as usize].prev = new;
    let p = &mut nodes[parent as usize];
    if p.first == sibling {
        p.first = new;
    }
}

impl TreeSink for Sink {
    type Handle = u32;
    type Output = ();
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) {}

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> u32 {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a u32) -> Ref<'a, QualName> {
        Ref::map(self.nodes.borrow(), |nodes| {
            match &nodes[*target as usize].data {
                Data::Element(e) => &e.name,
                _ => unreachable!("elem_name of a non-element"),
            }
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> u32 {
        let template = name.ns == ns!(html) && name.local == local_name!("template");
        let mut kept = Attrs::new();
        for a in attrs {
            if let Some(k) = Attr::of(&a.name) {
                kept.push(k, a.value);
            }
        }
        let attrs = kept;
        let id = self.new_node(Data::Element(Element { name, attrs }));
        if template {
            let frag = self.new_node(Data::Fragment);
            append_id(&mut self.nodes.borrow_mut(), id, frag);
        }
        self.last_element.set(id);
        id
    }

    fn create_comment(&self, _text: StrTendril) -> u32 {
        self.new_node(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> u32 {
        self.new_node(Data::Other)
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {
        let id = self.new_node(Data::Other);
        append_id(&mut self.nodes.borrow_mut(), 0, id);
    }

    fn append(&self, parent: &u32, child: NodeOrText<u32>) {
        match child {
            NodeOrText::AppendNode(id) => append_id(&mut self.nodes.borrow_mut(), *parent, id),
            NodeOrText::AppendText(text) => {
                let last = self.nodes.borrow()[*parent as usize].last;
                if merge_text(&mut self.nodes.borrow_mut(), last, &text) {
                    return;
                }
                let id = self.new_node(Data::Text(text));
                append_id(&mut self.nodes.borrow_mut(), *parent, id);
            }
        }
    }

    fn append_before_sibling(&self, sibling: &u32, new_node: NodeOrText<u32>) {
        if let NodeOrText::AppendNode(id) = new_node {
            detach(&mut self.nodes.borrow_mut(), id);
        }
        if self.nodes.borrow()[*sibling as usize].parent == NONE {
            return;
        }
        match new_node {
            NodeOrText::AppendNode(id) => {
                insert_id_before(&mut self.nodes.borrow_mut(), *sibling, id)
            }
            NodeOrText::AppendText(text) => {
                let prev = self.nodes.borrow()[*sibling as usize].prev;
                if merge_text(&mut self.nodes.borrow_mut(), prev, &text) {
                    return;
                }
                let id = self.new_node(Data::Text(text));
                insert_id_before(&mut self.nodes.borrow_mut(), *sibling, id);
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &u32,
        prev_element: &u32,
        child: NodeOrText<u32>,
    ) {
        if self.nodes.borrow()[*element as usize].parent != NONE {
            self.append_before_sibling(element, child)
        } else {
            self.append(prev_element, child)
        }
    }

    fn remove_from_parent(&self, target: &u32) {
        detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &u32, new_parent: &u32) {
        // ego_tree `reparent_from_id_append`: the children keep their order, after the new
        // parent's own.
        let mut nodes = self.nodes.borrow_mut();
        let mut child = nodes[*node as usize].first;
        while child != NONE {
            let next = nodes[child as usize].next;
            append_id(&mut nodes, *new_parent, child);
            child = next;
        }
    }

    fn add_attrs_if_missing(&self, target: &u32, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        let Data::Element(e) = &mut nodes[*target as usize].data else {
            return;
        };
        for a in attrs {
            if let Some(k) = Attr::of(&a.name) {
                if e.attr(k).is_none() {
                    e.attrs.push(k, a.value);
                }
            }
        }
    }

    fn get_template_contents(&self, target: &u32) -> u32 {
        let first = self.nodes.borrow()[*target as usize].first;
        // scraper: the first child (the fragment made with the element).
        first
    }

    fn same_node(&self, x: &u32, y: &u32) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}
}
