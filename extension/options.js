// @ts-check
// options.js — drives the settings page (options.html).
//
// Takes the stored settings (lib/settings.js, chrome.storage.local) and the user's input; gives
// the saved settings. The background follows storage changes, so open tabs switch at once.
// Site names land in textContent only. Words: lib/i18n.js (the page's data-i18n keys too).

import { readSettings, writeSettings, cleanSite, KEY } from './lib/settings.js';
import { t, localise } from './lib/i18n.js';

localise(document);

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
    b.textContent = t('options_turn_back_on');
    b.dataset.site = site;
    b.addEventListener('click', () => save({ disabledSites: current.disabledSites.filter((s) => s !== site) }, t('options_back_on', site)));
    li.append(name, b);
    return li;
  }));
  $('no-sites').hidden = settings.disabledSites.length > 0;
}

async function save(patch, message = t('options_saved')) {
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
    say(t('options_bad_site'));
    return;
  }
  input('site').value = '';
  save({ disabledSites: [...current.disabledSites, site] }, t('options_off_on', site));
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
