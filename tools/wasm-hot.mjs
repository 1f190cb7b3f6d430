#!/usr/bin/env node
// wasm-hot.mjs — speed where the time goes, size everywhere else, for the WASM build.
//
// Takes: `args LIST` — tools/wasm-hot.txt, the WASM functions (mangled names) that take 95% of
// the core's self time in the page, written by `make wasm-hot` from an in-page profile of WCXB
// dev articles (not the Readability pages bench-inpage measures); `select PROFILE MODULE BUDGET`
// — inpage.mjs --hot-out's self times, the module they were taken on and a code-size budget in
// bytes; `check LIST MODULE` — that
// list and a built lede.wasm (before wasm-bindgen, with its name section); `prepare DIR OUT N`
// — the WCXB dev corpus dir and a dir to fill with N of its article pages as NAME/source.html.
// Gives: `args` prints the rustc flag that takes LLVM's `minsize` attribute off those functions
// (`-C llvm-args=-force-remove-attribute=NAME:minsize …`, LLVM's ForceFunctionAttrs pass);
// `check` prints how many of the listed names the module holds (a stale list loses its effect,
// never breaks the build: LLVM ignores names it does not meet); `select` prints the list: the
// functions with the most self time per byte of code, until they hold BUDGET bytes; `prepare`
// writes the pages.
//
// Why: the module is built at opt-level "z" to fit its 250 KB budget, and minsize code is about
// twice as slow in the page as opt-level "s" code (bench-inpage, paired). Whole-module "s" is
// ~283 KB; lifting minsize from the few hundred functions where the time goes buys most of the
// speed for a few KB. The names are stable across builds of the same source: a Rust symbol's
// hash covers its path, crate and generic arguments, not its body or the codegen flags.

import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The names a list holds (none when the file is absent): `#` lines are comments. */
function listed(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** The functions of a wasm module: name (its name section's) → code size in bytes. */
function moduleFunctions(file) {
  const b = readFileSync(file);
  let i = 8;
  const leb = () => {
    let r = 0, s = 0, x;
    do { x = b[i++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80);
    return r;
  };
  const str = () => { const l = leb(); const t = b.toString('utf8', i, i + l); i += l; return t; };
  let imported = 0;
  const sizes = [];
  const names = new Map();
  while (i < b.length) {
    const id = b[i++];
    const end = leb() + i;
    if (id === 2) {
      for (let k = leb(); k > 0; k--) {
        str(); str();
        const kind = b[i++];
        if (kind === 0) { leb(); imported++; }
        else if (kind === 1) { i++; const flags = leb(); leb(); if (flags & 1) leb(); }
        else if (kind === 2) { const flags = leb(); leb(); if (flags & 1) leb(); }
        else if (kind === 3) i += 2;
        else if (kind === 4) { i++; leb(); }
      }
    } else if (id === 10) {
      for (let k = leb(); k > 0; k--) { const n = leb(); sizes.push(n); i += n; }
    } else if (id === 0 && str() === 'name') {
      while (i < end) {
        const sub = b[i++];
        const subEnd = leb() + i;
        if (sub === 1) for (let k = leb(); k > 0; k--) { const idx = leb(); names.set(idx, str()); }
        i = subEnd;
      }
    }
    i = end;
  }
  const out = new Map();
  sizes.forEach((n, k) => { const name = names.get(imported + k); if (name) out.set(name, n); });
  return out;
}

const [cmd, ...rest] = process.argv.slice(2);
if (cmd === 'args' && rest.length === 1) {
  // Names hold no whitespace (Rust's mangling escapes it), so one llvm-args string carries all.
  // Printed as one argument (`-Cllvm-args=…`, quoted by the Makefile); empty when the list is.
  const flags = listed(rest[0]).filter((n) => !/\s/.test(n)).map((n) => `-force-remove-attribute=${n}:minsize`);
  process.stdout.write(`-Cllvm-args=${flags.join(' ')}\n`);
} else if (cmd === 'check' && rest.length === 2) {
  const want = listed(rest[0]);
  const have = moduleFunctions(rest[1]);
  const hit = want.filter((n) => have.has(n)).length;
  console.log(`wasm-hot: ${hit} of ${want.length} listed functions are in the module`);
  // A symbol's hash covers its crate's metadata, which covers the dependencies: adding or
  // updating a crate renames every function, and the list then lifts minsize from almost none.
  if (want.length && hit < want.length * 0.8) {
    console.log('wasm-hot: WARNING — most listed names are gone (a dependency changed?): the module is built\n'
      + '          almost all at "z" and is slower; run `make wasm-hot` to list the current names');
  }
} else if (cmd === 'select' && rest.length === 3) {
  // The most self time per byte first, until the functions chosen hold BUDGET bytes of code.
  const [profile, module, budget] = rest;
  const size = moduleFunctions(module);
  const rows = listed(profile).map((l) => l.split(' ')).map(([ms, name]) => [Number(ms), name])
    .filter(([ms, name]) => ms > 0 && size.has(name))
    .sort((x, y) => y[0] / size.get(y[1]) - x[0] / size.get(x[1]));
  const total = rows.reduce((a, [ms]) => a + ms, 0);
  let bytes = 0, ms = 0;
  const chosen = [];
  for (const [t, name] of rows) {
    if (bytes + size.get(name) > Number(budget)) continue;
    bytes += size.get(name);
    ms += t;
    chosen.push(name);
  }
  console.log([
    '# The WASM functions built without LLVM\'s minsize (tools/wasm-hot.mjs; `make wasm-hot` writes this',
    '# file from an in-page profile of WCXB dev articles): the most self time per byte of code first,',
    `# ${chosen.length} of ${rows.length} sampled functions, ${bytes} of ${[...size.values()].reduce((a, n) => a + n, 0)} code bytes at "z",`,
    `# ${((100 * ms) / total).toFixed(0)}% of the ${total.toFixed(0)} ms of WASM self time sampled.`,
    ...chosen,
  ].join('\n'));
} else if (cmd === 'prepare' && rest.length === 3) {
  const [dir, out, n] = rest;
  const meta = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')).files;
  const ids = Object.keys(meta).filter((id) => meta[id].page_type === 'article').sort().slice(0, Number(n));
  for (const id of ids) {
    mkdirSync(join(out, id), { recursive: true });
    writeFileSync(join(out, id, 'source.html'), gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))));
  }
  console.log(`wasm-hot: ${ids.length} WCXB dev articles in ${out}`);
} else {
  console.error('usage: wasm-hot.mjs args LIST | check LIST MODULE | select PROFILE MODULE BUDGET | prepare WCXB_DIR OUT N');
  process.exit(2);
}
