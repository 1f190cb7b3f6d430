// corelink.js — the content script's way to the WASM core, and its phases on the page timeline.
//
// Takes chrome.runtime (a port and sendMessage to the background, getURL for the package) and
// the page's `performance`. Gives Phases — each phase of a run as a `lede:<phase>` performance
// measure (start → end, waits inside included) and every stretch of Lede's own main-thread work
// as `lede:busy:<phase>`, for tests/bench/extension.mjs; about a microsecond each, and clear()
// drops a run's entries before the next — and CoreLink, whose analyze() gives the Insights of a
// packed snapshot from the background, where the core is compiled once for every page (over one
// port opened while the page loads: a sendMessage per analysis opened a new channel, a round
// trip more), else from the core loaded into this page (it throws when neither can).
// Bundled into pkg/content-lib.js with the other modules content.js uses (tools/bundle.mjs).

/** Lede's phases on the page's performance timeline. */
export class Phases {
  constructor(perf = globalThis.performance) {
    this.perf = perf;
    this.names = new Set();
  }

  now() {
    return this.perf.now();
  }

  /** A `lede:<name>` measure from `start` to `end` (performance.now() times). */
  measure(name, start, end = this.perf.now()) {
    try {
      this.perf.measure(`lede:${name}`, { start, end });
      this.names.add(`lede:${name}`);
    } catch {
      // No User Timing (or a page that replaced it): the phases are only for benches.
    }
  }

  /** Runs `fn` (synchronous) as Lede main-thread work of `phase`; gives its result. */
  busy(phase, fn) {
    const t = this.perf.now();
    try {
      return fn();
    } finally {
      this.measure(`busy:${phase}`, t);
    }
  }

  has(name) {
    return this.names.has(`lede:${name}`);
  }

  /** Drops every measure made so far (a new run starts). */
  clear() {
    try {
      for (const name of this.names) this.perf.clearMeasures(name);
    } catch {
      // As in measure().
    }
    this.names.clear();
  }
}

/** The content script's link to the core: the background first, this page as a fallback. */
export class CoreLink {
  constructor(runtime, phases) {
    this.runtime = runtime;
    this.phases = phases;
    this.port = null;
    this.waiting = []; // answers come back in the order the snapshots went
    this.local = null; // the core loaded here: a module, or false when that failed
  }

  /** Opens the port to the background (when none is open). */
  open() {
    if (this.port) return;
    try {
      this.port = this.runtime.connect({ name: 'lede:analyze' });
    } catch {
      this.port = null;
      return;
    }
    this.port.onMessage.addListener((answer) => {
      this.waiting.shift()?.resolve(answer);
    });
    // The worker stopped (or the page went into the back/forward cache): what waits is sent
    // again by sendMessage, and the next analysis opens a new port.
    this.port.onDisconnect.addListener(() => {
      this.port = null;
      for (const w of this.waiting.splice(0)) w.retry();
    });
  }

  /** Sends `message` over the port (or by sendMessage without one); gives the answer. */
  post(message) {
    this.open();
    const again = () => this.runtime.sendMessage(message);
    if (!this.port) return again();
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, retry: () => again().then(resolve, reject) });
      try {
        this.port.postMessage(message);
      } catch {
        this.waiting.pop();
        again().then(resolve, reject);
      }
    });
  }

  /**
   * The Insights for `snap` (collectSnapshot's result; `message` its analyze message): from
   * the background, else from the core loaded here. Throws when neither can.
   */
  async analyze(message, snap) {
    const ph = this.phases;
    let t = ph.now();
    let answer = null;
    let why = 'the background did not answer';
    try {
      // Posting serialises the snapshot synchronously, in this task.
      const sent = ph.busy('send', () => this.post(message));
      answer = await sent;
    } catch (e) {
      why = e instanceof Error ? e.message : String(e);
    }
    ph.measure('analysis', t);
    if (Number.isFinite(answer?.ms)) {
      // The core's own time in the background (inside the analysis span, off this thread).
      const end = ph.now();
      ph.measure('core', Math.max(t, end - answer.ms), end);
    }
    if (answer?.insights) return answer.insights;
    if (answer?.error) why = answer.error;
    const here = await this.localCore();
    if (!here) throw new Error(why);
    t = ph.now();
    try {
      return ph.busy('analysis', () => here.analyzeSnapshot(snap));
    } finally {
      ph.measure('analysis-here', t);
    }
  }

  /**
   * The WASM core in this page, loaded only when the background cannot run it. NOTE: Chrome
   * applies the page's CSP to WebAssembly compiled in a content script, so on pages without
   * 'wasm-unsafe-eval' this fails too (null).
   */
  async localCore() {
    if (this.local !== null) return this.local || null;
    const t = this.phases.now();
    try {
      const mod = await import(this.runtime.getURL('pkg/lede.js'));
      await mod.default({ module_or_path: this.runtime.getURL('pkg/lede_bg.wasm') });
      this.local = mod;
    } catch {
      this.local = false;
    }
    this.phases.measure('wasm', t);
    return this.local || null;
  }
}
