// The background: runs the Rust core (wasm) and drives toggles. Chromium runs this file as a
// service worker (the glue is imported below); Firefox loads the glue first (manifest scripts).
'use strict';
if (typeof importScripts === 'function' && typeof window === 'undefined') {
  importScripts('pkg/cleanread.js');
}
const api = globalThis.browser || globalThis.chrome;
const HIDE_CSS = '[data-cleanread-hidden] { display: none !important; }';
const FILES = ['snapshot.js', 'panel.js', 'content.js'];

let core = null;
function loadCore() {
  if (!core) {
    core = wasm_bindgen({ module_or_path: api.runtime.getURL('pkg/cleanread_bg.wasm') }).then(() => wasm_bindgen);
  }
  return core;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// activeTab is granted as the click lands; the first injection can race it by a few ms, and by
// more on a busy machine: retry for about 3.6 s in all before giving up (only failures wait).
async function run(tabId, details) {
  let lastError;
  for (let attempt = 0; attempt < 8; attempt++) {
    try {
      return await api.scripting.executeScript({ target: { tabId }, ...details });
    } catch (e) {
      lastError = e;
      await sleep(100 * (attempt + 1));
    }
  }
  throw lastError;
}

async function toggle(tab) {
  if (!tab || tab.id === undefined) return;
  const [probe] = await run(tab.id, { func: () => typeof globalThis.cleanreadToggle === 'function' });
  if (!probe.result) await run(tab.id, { files: FILES });
  const [answer] = await run(tab.id, { func: () => globalThis.cleanreadToggle() });
  const result = answer && answer.result;
  if (result && result.active) {
    await api.scripting.insertCSS({ target: { tabId: tab.id }, css: HIDE_CSS });
  } else {
    await removeCss(tab.id);
  }
  if (result && result.error) console.warn('cleanread:', result.error);
  await api.action.setBadgeText({ tabId: tab.id, text: result && result.active ? 'on' : '' });
  await api.action.setTitle({ tabId: tab.id, title: api.i18n.getMessage('actionTitle') });
}

// A page the browser keeps extensions out of (its own pages, the add-on stores) gets no panel:
// the button says so on that tab, with the browser's reason.
async function cannotRun(tab, error) {
  console.warn('cleanread:', error);
  if (!tab || tab.id === undefined) return;
  const reason = String((error && error.message) || error);
  try {
    await api.action.setBadgeText({ tabId: tab.id, text: '!' });
    await api.action.setTitle({ tabId: tab.id, title: api.i18n.getMessage('cannotRun', [reason]) });
  } catch (_) { /* the tab is gone */ }
}

async function removeCss(tabId) {
  try {
    await api.scripting.removeCSS({ target: { tabId }, css: HIDE_CSS });
  } catch (_) { /* nothing was inserted */ }
}

api.action.onClicked.addListener((tab) => { toggle(tab).catch((e) => cannotRun(tab, e)); });

api.runtime.onInstalled.addListener(() => {
  api.contextMenus.create({ id: 'cleanread-toggle', title: api.i18n.getMessage('menuToggle'), contexts: ['page', 'selection'] });
});
api.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === 'cleanread-toggle') toggle(tab).catch((e) => cannotRun(tab, e));
});

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || !sender.tab) return false;
  if (msg.type === 'cleanread:analyze') {
    loadCore()
      .then((w) => sendResponse({ ok: true, view: w.analyzeSnapshot(msg.snapshot) }))
      .catch((e) => sendResponse({ ok: false, error: String((e && e.message) || e) }));
    return true;
  }
  if (msg.type === 'cleanread:off') {
    removeCss(sender.tab.id).then(() => api.action.setBadgeText({ tabId: sender.tab.id, text: '' }));
  }
  return false;
});
