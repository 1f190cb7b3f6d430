// content.js — Lede's content script: analyses the article in this tab and paints it.
//
// Takes the page's DOM (read once through lib/snapshot.js), the WASM core (pkg/lede.js,
// loaded by dynamic import since content scripts cannot be modules; when the page's CSP
// forbids WebAssembly here, the background runs the core on the packed snapshot instead) and
// messages from the background (switch on/off) and side panel (seek). Gives the overlay (lib/overlay.js), the
// page hooks `data-lede-state` / `data-lede-quotes` (GUIDE §2), and a report of the Insights
// to the background for the side panel. Never throws into the page: every failure becomes
// state "error" plus one console line. Switching off removes every label and highlight.

(() => {
  // A second injection into the same page (extension reload) must not paint twice.
  if (globalThis.__ledeContent) return;
  globalThis.__ledeContent = true;

  const url = (path) => chrome.runtime.getURL(path);
  let mods = null; // { core, local, snapshot, ranges, overlay, messages }
  let overlay = null;
  let queue = Promise.resolve(); // runs, switches and seeks happen one at a time

  async function modules() {
    if (mods) return mods;
    const [core, snapshot, ranges, overlayMod, messages] = await Promise.all([
      import(url('pkg/lede.js')),
      import(url('lib/snapshot.js')),
      import(url('lib/ranges.js')),
      import(url('lib/overlay.js')),
      import(url('messages.js')),
    ]);
    // NOTE: Chrome applies the page's CSP to WebAssembly compiled in a content script, so on
    // pages without 'wasm-unsafe-eval' this fails; `local: false` sends the work to the
    // background, whose CSP allows it.
    const local = await core.default({ module_or_path: url('pkg/lede_bg.wasm') }).then(() => true, () => false);
    mods = { core, local, snapshot, ranges, overlay: overlayMod, messages };
    return mods;
  }

  function fail(stage, e) {
    try {
      document.documentElement.setAttribute('data-lede-state', 'error');
      document.documentElement.removeAttribute('data-lede-quotes');
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

  async function analyzeInBackground(m, snap) {
    const answer = await chrome.runtime.sendMessage(m.messages.analyze(snap));
    if (!answer || answer.error || !answer.insights) {
      throw new Error(answer?.error ?? 'the background did not answer');
    }
    return answer.insights;
  }

  /** Snapshot → analyse → paint; reports the outcome to the background. */
  async function analyse() {
    const m = await modules();
    if (overlay) return;
    let insights = null;
    try {
      const snap = m.snapshot.collectSnapshot(document);
      insights = m.local ? m.core.analyzeSnapshot(snap) : await analyzeInBackground(m, snap);
      if (insights?.article?.readerable === false) {
        m.overlay.setPageState(document, 'skipped');
        await send(m.messages.report('skipped'));
        return;
      }
      overlay = new m.overlay.Overlay(document, insights, m.ranges.locatorFor(snap, insights));
      m.overlay.setPageState(document, 'ready', insights.quotes?.length ?? 0);
    } catch (e) {
      if (overlay) overlay.remove();
      overlay = null;
      const detail = fail('analysis', e);
      await send(m.messages.report('error', null, detail));
      return;
    }
    await send(m.messages.report('ready', insights));
  }

  function switchOff() {
    if (overlay) overlay.remove();
    overlay = null;
    mods?.overlay.setPageState(document, 'skipped');
  }

  async function start() {
    const m = await modules();
    const answer = await send(m.messages.hello());
    if (answer && answer.enabled === false) {
      m.overlay.setPageState(document, 'skipped');
      return;
    }
    await analyse();
  }

  async function onMessage(message) {
    const m = await modules();
    if (!m.messages.isMessage(message, 'lede:switch', 'lede:seek')) return null;
    if (message.type === 'lede:switch') {
      if (message.enabled) await analyse();
      else switchOff();
      return { state: document.documentElement.getAttribute('data-lede-state') };
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

  queue = queue.then(start).catch((e) => {
    fail('startup', e);
  });
})();
