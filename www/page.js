// The demo pages' own script: a listener and a counter, so tests can check that toggling the
// reader leaves the page's own behaviour untouched.
window.pageClicks = 0;
document.addEventListener('click', () => { window.pageClicks += 1; });
