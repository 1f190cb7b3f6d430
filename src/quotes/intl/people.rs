//! Who a speaker's words name: names, descriptions and pronouns.
//!
//! Takes the tokens of a sentence, a speaker's noun phrase in them (`phrase::np`) and a
//! [`Speech`] lexicon; gives, through [`People`], its entity: a name (capitalised words not
//! opened by an article, titles dropped: `Angela Merkel`), a description (`Papst` for `der
//! Papst`, linked to a named entity whose role it names), or a pronoun resolved to the last
//! person of fitting gender.

use super::phrase::np;
use super::tokens::Tok;
use crate::entities::{Entities, Entity, EntityKind, Gender, Mention};
use crate::lexicon::Speech;
use crate::text::Span;

/// Whether a word (lower case) names a role (`minister`, `bundeskanzlerin`, `portavoz`),
/// and the gender its ending shows (`-in` in German, `-a` in Spanish), if any.
fn role_of(lex: &Speech, low: &str) -> Option<Option<bool>> {
    // `Frau Roth`, `Herr Kitz`: titles that say the gender.
    if lex.lang == "de" && matches!(low, "frau" | "herr") {
        return Some(Some(low == "frau"));
    }
    let is_role = |w: &str| lex.role_endings.iter().any(|r| w.ends_with(r));
    let female = lex.female_endings.iter().any(|e| {
        low.strip_suffix(e)
            .is_some_and(|s| is_role(s) || (lex.lang == "es" && is_role(low)))
    });
    if female && (lex.lang != "fr") {
        return Some(Some(true));
    }
    is_role(low).then_some(if lex.lang == "de" { Some(false) } else { None })
}

/// `c` in upper case, for the first letter of a description shown as a label: ASCII and
/// Latin-1 letters as `char::to_uppercase` makes them (`é` → `É`, `ÿ` → `Ÿ`), any other
/// character as it is (`ß` opens no word; German, French and Spanish words open with
/// Latin-1 letters). Not `char::to_uppercase` itself: its table of all of Unicode was ~12 KB
/// of the WASM module, for this one letter. Invented: `ministère` → `Ministère`.
fn upper_latin(c: char) -> char {
    match c {
        'a'..='z' => c.to_ascii_uppercase(),
        'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 0x20).unwrap_or(c),
        'ÿ' => 'Ÿ',
        _ => c,
    }
}

/// The entities of an article in a language with a [`Speech`] lexicon.
pub struct People<'a> {
    text: &'a str,
    lex: &'static Speech,
    /// The entities found so far, and their mentions in text order.
    pub ents: Entities,
}

impl<'a> People<'a> {
    /// No entities yet.
    pub fn new(text: &'a str, lex: &'static Speech) -> Self {
        People {
            text,
            lex,
            ents: Entities::default(),
        }
    }

    /// The entity the noun phrase `toks[a..b]` names, added if new; a pronoun is resolved to
    /// the last fitting person before it (`plural`: what the verb says, if anything).
    pub fn entity(
        &mut self,
        toks: &[Tok],
        (a, b): (usize, usize),
        plural: Option<bool>,
    ) -> Option<usize> {
        let span = Span::new(toks[a].span.start, toks[b - 1].span.end);
        if b == a + 1 {
            if let Some((female, pl)) = self.lex.pronoun(&toks[a].low) {
                return self.pronoun(span.start, female, pl.or(plural));
            }
        }
        let words = &toks[a..b];
        let det = self.lex.determiners.contains(words[0].low.as_str());
        // The role words (a title before a name, the head of a description).
        let mut role_end = 0;
        let mut female = None;
        for (k, t) in words.iter().enumerate() {
            if let Some(f) = role_of(self.lex, &t.low) {
                role_end = k + 1;
                female = f;
            }
        }
        if det && (female.is_none() || self.lex.lang == "fr") {
            female = match words[0].low.as_str() {
                "la" | "una" | "esta" | "cette" | "une" | "die" | "eine"
                    if self.lex.lang != "de" || role_end > 0 =>
                {
                    Some(true)
                }
                "le" | "el" | "un" | "este" | "der" | "ein" => Some(false),
                _ => None,
            };
        }
        // A name: the capitalised words after the role (or the head noun after an article).
        let head = if det {
            let after_det = 1 + words.iter().skip(1).take_while(|t| !t.cap).count();
            (after_det + usize::from(self.lex.lang == "de")).max(role_end)
        } else {
            role_end
        };
        // An apposition names the speaker: `der Verkehrsminister des Landes, Paul Weber`.
        let head = words
            .iter()
            .position(|t| t.is(','))
            .filter(|&k| words.get(k + 1).is_some_and(|t| t.cap))
            .map_or(head, |k| k + 1);
        // A title before the name: `Dr. Leo Kranz`.
        let mut head = head;
        while words
            .get(head)
            .is_some_and(|t| self.lex.abbreviations.contains(t.low.as_str()))
            && words.get(head + 1).is_some_and(|t| t.is('.'))
        {
            head += 2;
        }
        let name_words: Vec<&Tok> = words
            .iter()
            .skip(head)
            .skip_while(|t| t.is(','))
            .take_while(|t| t.cap || (t.word() && self.lex.name_joiners.contains(t.low.as_str())))
            .collect();
        let capped = name_words.iter().filter(|t| t.cap).count();
        let (name_span, named) =
            if capped > 0 && !(det && self.lex.name_joiners.contains(name_words[0].low.as_str())) {
                let s = Span::new(
                    name_words[0].span.start,
                    name_words[name_words.len() - 1].span.end,
                );
                (s, true)
            } else {
                let from = if det { 1 } else { 0 };
                let from = from.min(words.len() - 1);
                (Span::new(words[from].span.start, span.end), false)
            };
        let name = name_span
            .of(self.text)
            .trim_end_matches([',', ' '])
            .to_string();
        // `des Bundesministeriums`: a genitive's `s` too.
        let org_word = |w: &str| self.lex.org_endings.iter().any(|e| w.ends_with(e));
        let org = words.iter().any(|t| {
            org_word(&t.low)
                || (self.lex.lang == "de" && t.low.strip_suffix('s').is_some_and(org_word))
                || (t.span.len() >= 2 && t.span.of(self.text).chars().all(|c| c.is_uppercase()))
        });
        let mut kind = if role_end > 0 && !org {
            EntityKind::Person
        } else if org {
            EntityKind::Organization
        } else if named {
            EntityKind::Person
        } else {
            EntityKind::Other
        };
        // `Augenzeugen berichteten`, `die Minister sagten`: a group, never `er` or `sie` (she).
        if plural == Some(true) && kind == EntityKind::Person && (det || b == a + 1) {
            kind = EntityKind::Organization;
            female = None;
        }
        let role = (role_end > 0 && named).then(|| {
            Span::new(
                words[usize::from(det)].span.start,
                words[role_end - 1].span.end,
            )
            .of(self.text)
            .to_string()
        });
        // A description that names no role and no organisation (`las normas religiosas`,
        // `neuesten Studien`) is a source, not someone: no entity.
        if kind == EntityKind::Other {
            return None;
        }
        // A description shown as a label starts with a capital (`Ministère`).
        let name = if named {
            name
        } else {
            let mut c = name.chars();
            c.next().map_or(String::new(), |f| {
                std::iter::once(upper_latin(f)).chain(c).collect()
            })
        };
        let gender = female.map(|f| if f { Gender::Female } else { Gender::Male });
        let idx = self.find(&name, named, kind).unwrap_or_else(|| {
            self.ents.list.push(Entity {
                name: name.clone(),
                kind,
                role: None,
                gender: None,
                mentions: 0,
                quotes: 0,
            });
            self.ents.list.len() - 1
        });
        let e = &mut self.ents.list[idx];
        if named && name.len() > e.name.len() {
            e.name = name;
        }
        if e.role.is_none() {
            e.role = role;
        }
        if e.gender.is_none() && kind == EntityKind::Person {
            e.gender = gender;
        }
        let at = self.ents.mentions.partition_point(|m| m.span < span);
        if self.ents.mentions.get(at).is_none_or(|m| m.span != span) {
            self.ents.list[idx].mentions += 1;
            self.ents.mentions.insert(at, Mention { span, entity: idx });
        }
        Some(idx)
    }

    /// Makes entities of the people a sentence names by their role, with no cue near them
    /// (`Die Hafenmeisterin Svenja Koch begrüßte die Gäste.`, `von einer Armeesprecherin`),
    /// so that a later pronoun finds them.
    pub fn introduce(&mut self, toks: &[Tok]) {
        let mut i = 0;
        while i < toks.len() {
            let Some(n) = np(toks, i, self.lex).filter(|n| n.1 > i + 1 || toks[i].cap) else {
                i += 1;
                continue;
            };
            let role = toks[n.0..n.1]
                .iter()
                .any(|t| t.word() && role_of(self.lex, &t.low).is_some());
            if role && self.lex.pronoun(&toks[i].low).is_none() {
                self.entity(toks, n, None);
            }
            i = n.1;
        }
    }

    /// An entity already known under `name`: the same name, a surname of a person, or a
    /// description that names a known person's role (`der Minister` for Innenminister Roth).
    fn find(&self, name: &str, named: bool, kind: EntityKind) -> Option<usize> {
        let last = |s: &str| s.rsplit(' ').next().unwrap_or("").to_lowercase();
        let list = &self.ents.list;
        if let Some(i) = list.iter().position(|e| e.name.eq_ignore_ascii_case(name)) {
            return Some(i);
        }
        if named && kind == EntityKind::Person {
            let one = !name.contains(' ');
            return list.iter().rposition(|e| {
                e.kind == EntityKind::Person
                    && last(&e.name) == last(name)
                    && (one
                        || !e.name.contains(' ')
                        || e.name.contains(name)
                        || name.contains(e.name.as_str()))
            });
        }
        if !named {
            let head = last(name);
            return list.iter().rposition(|e| {
                e.role
                    .as_deref()
                    .is_some_and(|r| last(r).ends_with(&head) && head.len() >= 4)
            });
        }
        None
    }

    /// The last person before byte `at` whose gender fits; a plural pronoun takes the last
    /// group or organisation.
    pub fn pronoun(
        &mut self,
        at: usize,
        female: Option<bool>,
        plural: Option<bool>,
    ) -> Option<usize> {
        // German `sie` with a singular verb is `she`.
        let female = female.or((plural == Some(false)).then_some(true));
        let want = female.map(|f| if f { Gender::Female } else { Gender::Male });
        let found = self.ents.mentions_before(at).map(|m| m.entity).find(|&e| {
            let ent = &self.ents.list[e];
            if plural == Some(true) {
                return ent.kind != EntityKind::Person;
            }
            ent.kind == EntityKind::Person
                && (want.is_none() || ent.gender.is_none() || ent.gender == want)
        })?;
        let ent = &mut self.ents.list[found];
        if ent.gender.is_none() && plural != Some(true) {
            ent.gender = want;
        }
        Some(found)
    }

    /// Whether `w` (lower case) is a pronoun of the language.
    pub fn lex_pronoun(&self, w: &str) -> bool {
        self.lex.pronoun(w).is_some()
    }

    /// Counts a quote for an entity.
    pub fn quoted(&mut self, e: usize) {
        self.ents.list[e].quotes += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::upper_latin;

    #[test]
    fn latin_letters_go_up_as_unicode_says() {
        // Every ASCII and Latin-1 character whose upper case is one character of its own.
        for c in (0..=0xFF).filter_map(char::from_u32) {
            let mut up = c.to_uppercase();
            if let (Some(u), None) = (up.next(), up.next()) {
                if c != 'µ' {
                    assert_eq!(upper_latin(c), u, "{c}");
                }
            }
        }
        assert_eq!(upper_latin('ß'), 'ß');
        assert_eq!(upper_latin('ł'), 'ł');
    }
}
