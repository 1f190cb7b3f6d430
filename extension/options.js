// @ts-check
// options.js — drives the settings page (options.html).
//
// Takes the stored settings (lib/settings.js, chrome.storage.local) and the user's input; gives
// the saved settings. The background follows storage changes, so open tabs switch at once.
// Site names land in textContent only.

import { readSettings, writeSettings, cleanSite, KEY } from './lib/settings.js';

/** The element with `id` (options.html has every id this file asks for). */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** The form control with `id`. */
const input = (id) => /** @type {HTMLInputElement} */ ($(id));
/** @type {import('./types').Settings | null} */
let current = null;

function say(text) {
  $('status').textContent = text;
}

function draw(settings) {
  current = settings;
  input('enabled').checked = settings.enabled;
  input('reported').checked = settings.reported;
  input(`mode-${settings.mode}`).checked = true;
  const list = $('sites');
  list.replaceChildren(...settings.disabledSites.map((site) => {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = site;
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = 'Turn back on';
    b.dataset.site = site;
    b.addEventListener('click', () => save({ disabledSites: current.disabledSites.filter((s) => s !== site) }, `Lede is back on for ${site}.`));
    li.append(name, b);
    return li;
  }));
  $('no-sites').hidden = settings.disabledSites.length > 0;
}

async function save(patch, message = 'Saved.') {
  draw(await writeSettings(patch));
  say(message);
}

$('enabled').addEventListener('change', () => save({ enabled: input('enabled').checked }));
$('reported').addEventListener('change', () => save({ reported: input('reported').checked }));
for (const r of document.querySelectorAll('input[name="mode"]')) {
  const radio = /** @type {HTMLInputElement} */ (r);
  radio.addEventListener('change', () => { if (radio.checked) save({ mode: /** @type {import('./types').Mode} */ (radio.value) }); });
}
$('add-site').addEventListener('submit', (e) => {
  e.preventDefault();
  const site = cleanSite(input('site').value);
  if (!site) {
    say('That does not look like a site name (e.g. example.com).');
    return;
  }
  input('site').value = '';
  save({ disabledSites: [...current.disabledSites, site] }, `Lede is off on ${site}.`);
});

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && KEY in changes) readSettings().then((settings) => {
  draw(settings);
  document.documentElement.dataset.loaded = 'true'; // for tests: the stored settings are shown
});
});

readSettings().then((settings) => {
  draw(settings);
  document.documentElement.dataset.loaded = 'true'; // for tests: the stored settings are shown
});
