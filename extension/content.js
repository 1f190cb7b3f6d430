// @ts-check
// content.js — Lede's content script: analyses the article in this frame and paints it, and
// keeps the painting in step with a page that changes.
//
// Takes the page's DOM (read through lib/snapshot.js, loaded by dynamic import since content
// scripts cannot be modules), the WASM core running in the background (the packed snapshot
// goes there as one message and the Insights come back: the module is compiled once there
// and stays warm across pages, instead of being fetched and compiled in every page's
// renderer on its main thread; only when the background cannot answer is pkg/lede.js
// loaded here) and messages from the background (switch on/off, from the settings, the
// toolbar or the panel; show or hide reported statements, the "Paraphrased statements"
// setting, applied at once without a new analysis) and the side panel (seek). Gives the
// overlay (lib/overlay.js), the page hooks `data-lede-state` / `data-lede-quotes` /
// `data-lede-reported` (docs/insights.md), a report of each analysis to
// the background for the side panel, and `lede:*` performance measures of each phase on the
// page's timeline (read by tests/bench/extension.mjs). The link to the core and the measures
// are lib/corelink.js.
//
// Dynamic pages: a MutationObserver notes page changes; lib/pacing.js says which count (text
// added, removed or edited, Lede's labels removed) and when the debounced, rate-limited
// re-analysis follows. Lede's own painting happens with the observer disconnected.
//
// Never throws into the page: every failure becomes state "error" plus one console line.
// Switching off removes every label, mark and highlight and stops observing.

(() => {
  // A second injection into the same page (extension reload, scripting.executeScript after a
  // permission grant) must not paint twice.
  if (globalThis.__ledeContent) return;
  globalThis.__ledeContent = true;

  const SLICE_MS = 8; // the walk and the painting go on in one task for about this long
  const TOP = window === window.top;

  const url = (path) => chrome.runtime.getURL(path);
  let mods = null; // { snapshot, ranges, overlay, messages, i18n, pacing }
  let loading = null; // the promise of `mods`
  let overlay = null;
  let queue = Promise.resolve(); // runs, switches and seeks happen one at a time
  let wanted = false; // Lede should be painted in this frame
  let forced = false; // the user asked (toolbar in click mode): paint even a non-article
  let lastText = null; // article-candidate text of the last analysis
  let observer = null;
  let pacer = null; // when the page is read again (lib/pacing.js), made with the modules
  let timer = 0;
  let scheduled = false;
  let lastReport = null; // [state, insights, error] of the last analysis, for repeats
  let showReported = true; // the "Paraphrased statements" setting (hello, then `show`)

  // Phases on the page timeline and the link to the core (lib/corelink.js); without the
  // bundle (content.js injected alone) they come with the dynamic imports below, and phases
  // before that are not measured.
  const began = performance.now();
  let phases = globalThis.__ledeLib ? new globalThis.__ledeLib.corelink.Phases() : null;
  let link = globalThis.__ledeLib ? new globalThis.__ledeLib.corelink.CoreLink(chrome.runtime, phases) : null;
  const measure = (name, start) => phases?.measure(name, start);
  const busy = (phase, fn) => (phases ? phases.busy(phase, fn) : fn());
  const perf = globalThis.performance;

  /**
   * The page-side modules (no WASM: the core runs in the background): from pkg/content-lib.js,
   * which the manifest injects before this file (tools/bundle.mjs builds it from lib/ and
   * messages.js), else — injected without it — by dynamic import, a request per module.
   */
  function modules() {
    loading ??= (async () => {
      const t = perf.now();
      const lib = globalThis.__ledeLib;
      if (lib) {
        // The bundle makes a module when it is first read: messages now, the others at idle.
        mods = {
          get snapshot() { return lib.snapshot; },
          get ranges() { return lib.ranges; },
          get overlay() { return lib.overlay; },
          get i18n() { return lib.i18n; },
          messages: lib.messages,
          pacing: lib.pacing,
        };
      } else {
        const [snapshot, ranges, overlayMod, messages, corelink, i18n, pacing] = await Promise.all([
          import(url('lib/snapshot.js')),
          import(url('lib/ranges.js')),
          import(url('lib/overlay.js')),
          import(url('messages.js')),
          import(url('lib/corelink.js')),
          import(url('lib/i18n.js')),
          import(url('lib/pacing.js')),
        ]);
        mods = { snapshot, ranges, overlay: overlayMod, messages, i18n, pacing };
        phases = new corelink.Phases();
        link = new corelink.CoreLink(chrome.runtime, phases);
      }
      pacer = new mods.pacing.Pacer();
      measure('import', t);
      return mods;
    })();
    return loading;
  }

  /** The page hooks; `reported` (statements shown) is left off with `quotes`. */
  function setState(state, quotes, reported) {
    const root = document.documentElement;
    if (!root) return;
    root.setAttribute('data-lede-state', state);
    if (quotes == null) root.removeAttribute('data-lede-quotes');
    else root.setAttribute('data-lede-quotes', String(quotes));
    if (quotes == null || reported == null) root.removeAttribute('data-lede-reported');
    else root.setAttribute('data-lede-reported', String(reported));
  }

  /** Reported statements in view: those painted, or 0 while the setting hides them. */
  const reportedShown = () => (overlay && showReported ? overlay.reportedCount : 0);

  function fail(stage, e) {
    try {
      setState('error');
    } catch {
      // No document element: nothing to mark.
    }
    const detail = e instanceof Error ? e.message : String(e);
    console.warn(`[lede] ${stage} failed: ${detail}`);
    return detail;
  }

  async function send(message) {
    try {
      return await chrome.runtime.sendMessage(message);
    } catch {
      return null; // background asleep or reloaded: the page still works without it
    }
  }

  // -- observing the page ---------------------------------------------------------------

  function onMutations(records) {
    try {
      if (!wanted || !pacer || !records.some(mods.pacing.relevant)) return;
      pacer.changed(Date.now());
      schedule();
    } catch (e) {
      fail('observer', e);
    }
  }

  function schedule() {
    const delay = pacer.delay(Date.now());
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (scheduled) return;
      scheduled = true;
      queue = queue.then(() => { scheduled = false; return rerun(); }).catch((e) => { fail('re-analysis', e); });
    }, delay);
  }

  function observe() {
    if (!observer) observer = new MutationObserver(onMutations);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  }

  function pause() {
    if (!observer) return;
    const pending = observer.takeRecords();
    observer.disconnect();
    if (pending.length) onMutations(pending);
  }

  /** Reconnects after Lede's own changes, dropping the records they made. */
  function resume() {
    if (!observer || !wanted) return;
    observer.takeRecords();
    observe();
  }

  // -- analysing and painting -----------------------------------------------------------

  /** Re-analysis after page changes; skipped when the text and the overlay are unchanged. */
  async function rerun() {
    if (!wanted || !pacer?.rerunAt(Date.now())) return;
    const m = await modules();
    if (overlay && overlay.intact()) {
      pause();
      let same = false;
      const t = perf.now();
      try {
        const snap = await m.snapshot.collectSnapshotInSlices(document, async () => {
          await breathe();
          return wanted;
        });
        same = snap !== null && snap.text === lastText;
      } finally {
        resume();
        measure('recheck', t);
      }
      if (same) return;
      // That snapshot was one task; analyse() takes a fresh one (the overlay off) in the next.
      await new Promise((r) => { setTimeout(r, 0); });
    }
    await analyse();
  }

  /**
   * Ends the current main-thread task so the page stays responsive (scheduler.yield where the
   * browser has it, else a macrotask). Page changes made meanwhile are observed as usual: the
   * observer is connected while we wait and disconnected again for Lede's own changes.
   */
  async function breathe() {
    resume();
    try {
      if (globalThis.scheduler?.yield) await globalThis.scheduler.yield();
      else await new Promise((r) => { setTimeout(r, 0); });
    } finally {
      pause();
    }
  }

  /**
   * While the background analyses, in a task of its own: the painting modules made (the
   * bundle makes a module when it is first read), so the paint does not wait for that. Not the
   * page's style: forcing it here moved the browser's own restyle (184 ms on one page) into a
   * task of Lede's; the paint's computed-style reads find it done by the frames rendered
   * during the round trip.
   */
  function prepare(m) {
    setTimeout(() => {
      try {
        busy('prepare', () => {
          void m.ranges;
          void m.overlay;
        });
      } catch {
        // Only a head start: the paint makes them when it needs them.
      }
    }, 0);
  }

  /**
   * Snapshot → analyse (in the background) → paint, the snapshot and each paint batch
   * (overlay.js BATCH) its own main-thread task, so no task of Lede's grows long; reports the
   * outcome to the background.
   */
  async function analyse() {
    const m = await modules();
    await idle;
    if (!wanted) return;
    pacer.ran(Date.now());
    if (phases?.has('run')) phases.clear(); // a re-run: drop the last run's phases
    const t0 = perf.now();
    /** @type {import('./types').Insights | null} */
    let insights = null;
    let state = 'error';
    let error = null;
    pause();
    try {
      if (overlay) overlay.remove();
      overlay = null;
      // The walk in slices of ~8 ms (a large page's walk is no long task).
      let t = perf.now();
      const snap = await m.snapshot.collectSnapshotInSlices(document, async () => {
        measure('busy:snapshot', t);
        await breathe();
        t = perf.now();
        return wanted;
      }, SLICE_MS);
      measure('busy:snapshot', t);
      measure('snapshot', t0);
      if (!snap || !wanted) return;
      lastText = snap.text;
      // Sending serialises the snapshot (a few ms on big pages): in the walk's last task when
      // that was short, else in a task of its own.
      if (perf.now() - t > SLICE_MS / 2) {
        await breathe();
        if (!wanted) return;
      }
      resume(); // the page may change while the background works
      const answer = link.analyze(m.messages.analyze(snap), snap);
      prepare(m);
      insights = await answer;
      pause();
      if (!wanted) return;
      if (insights?.article?.readerable === false && !forced) {
        state = 'skipped';
        insights = null;
        setState('skipped');
      } else {
        const tp = perf.now();
        t = tp;
        overlay = new m.overlay.Overlay(document, insights, null, { defer: true, reported: showReported });
        const locator = m.ranges.locatorFor(snap, insights);
        // Stops early only when switched off meanwhile; `overlay.remove()` then undoes it all.
        // Small batches, but a task of its own only every ~8 ms of painting: a yield per batch
        // of 40 gave a page with many quotes a dozen waits behind the page's own work.
        const whole = await overlay.paintInBatches(locator, async () => {
          if (perf.now() - t < SLICE_MS) return wanted;
          measure('busy:paint', t);
          await breathe();
          t = perf.now();
          return wanted;
        }, 10);
        measure('busy:paint', t);
        if (!whole || !wanted) {
          overlay.remove();
          overlay = null;
          return;
        }
        state = 'ready';
        setState('ready', Array.isArray(insights.quotes) ? insights.quotes.length : 0, reportedShown());
        measure('paint', tp);
      }
      measure('run', t0);
    } catch (e) {
      if (overlay) overlay.remove();
      overlay = null;
      insights = null;
      error = fail('analysis', e);
    } finally {
      resume();
    }
    if (!wanted) return;
    lastReport = [state, insights, error];
    const sent = busy('report', () => send(m.messages.report(state, insights, error)));
    await sent;
  }

  function switchOff() {
    wanted = false;
    clearTimeout(timer);
    pacer?.reset();
    if (observer) {
      observer.takeRecords();
      observer.disconnect();
    }
    if (overlay) overlay.remove();
    overlay = null;
    lastText = null;
    lastReport = null;
    setState('skipped');
  }

  async function switchOn(force) {
    const was = forced;
    forced = force;
    if (wanted && lastReport && (overlay || was === force)) {
      // Already painted (or settled): the background reset its record, tell it again.
      await send(mods.messages.report(...lastReport));
      return;
    }
    wanted = true;
    // Injected at document_start: the page's own parsing is no change to follow.
    await idle;
    if (!wanted) return;
    observe();
    await analyse();
  }

  /** A subframe worth reading: big enough to hold an article (ads and widgets are not). */
  function frameWorthIt() {
    return TOP || (window.innerWidth >= 320 && window.innerHeight >= 240);
  }

  /**
   * Resolves in the first task after DOMContentLoaded (the document parsed, its deferred
   * scripts and DOMContentLoaded handlers run): the snapshot need not wait for images and the
   * load event. What the page changes after that (scripts at load, late content) the observer
   * sees, and the re-analysis follows as for any dynamic page. This script is injected at
   * `document_start` so that the hello round trip happens while the page loads. A new task:
   * never inside the page's DOMContentLoaded handlers.
   */
  const idle = new Promise((resolve) => {
    const go = () => {
      measure('wait', began);
      if (globalThis.scheduler?.postTask) globalThis.scheduler.postTask(resolve);
      else setTimeout(resolve, 0);
    };
    if (document.readyState !== 'loading') go();
    else document.addEventListener('DOMContentLoaded', go, { once: true });
  });

  async function start() {
    // A subframe's size is known once it has loaded; the top frame says hello at once.
    if (!TOP) await idle;
    if (!frameWorthIt()) return;
    const t = perf.now();
    link?.open(); // while the page loads
    const m = await modules();
    const answer = await send(m.messages.hello());
    measure('hello', t);
    measure('start', began);
    // No background (it may be restarting): behave as the default settings say, run.
    const run = answer == null ? true : answer.run ?? answer.enabled !== false;
    showReported = answer?.reported !== false;
    m.i18n?.useWords(answer?.words);
    if (run) await switchOn(answer?.force === true);
    else switchOff();
  }

  async function onMessage(message) {
    const m = await modules();
    if (!m.messages.isMessage(message, 'lede:switch', 'lede:show', 'lede:seek')) return null;
    if (message.type === 'lede:show') {
      showReported = message.reported;
      if (overlay) {
        overlay.setReported(showReported);
        const root = document.documentElement;
        if (root?.getAttribute('data-lede-state') === 'ready') root.setAttribute('data-lede-reported', String(reportedShown()));
      }
      return { reported: showReported };
    }
    if (message.type === 'lede:switch') {
      if (message.enabled) await switchOn(message.force === true);
      else switchOff();
      return { state: document.documentElement?.getAttribute('data-lede-state') ?? null };
    }
    return { ok: overlay ? overlay.seek(message.start, message.end) : false };
  }

  chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only this extension's background and pages (their URLs are ours); messages.js checks
    // the message itself.
    if (!sender || sender.id !== chrome.runtime.id || !String(sender.url ?? '').startsWith(url(''))) {
      return false;
    }
    queue = queue
      .then(() => onMessage(message))
      .catch((e) => (fail('message', e), null))
      .then(sendResponse);
    return true;
  });

  // The set-up of this script and pkg/content-lib.js (evaluated just before it), as Lede work.
  measure('busy:init', Math.min(began, globalThis.__ledeLibStart ?? began));
  queue = queue.then(start).catch((e) => {
    fail('startup', e);
  });
})();
