// What both browsers' tests expect of the demo pages, in one place (the Firefox test reads the
// same file through `node tests/e2e/common.mjs --json`).
export const SEED = {
  title: 'China, Japan square off at first security talks in four years',
  byline: 'Sakura Murakami',
  published: '2023-02-21 21:05',
  updated: '2023-02-22 07:07',
  source: 'Investing.com',
  speakers: ['Sun Weidong', 'Shigeo Yamada'],
  figures: ['$320 billion', '2%', '7.1%'],
  // Text of a block -> the role it must be hidden with.
  hidden: [
    ['Get 40% Off', 'promo'],
    ['Unlock AI-picked Stocks', 'promo'],
    ['3rd party Ad. Not an offer', 'ad'],
    ['Risk Disclosure: Trading in financial instruments', 'disclaimer'],
    ['Fusion Media may be compensated by the advertisers', 'disclaimer'],
    ['All Rights Reserved', 'disclaimer'],
    ['Latest comments', 'comments'],
  ],
  // Every paragraph of the article: selector of the article's paragraphs in www/seed.html.
  articleParagraphs: '.articlePage > p',
  // The page declares its address relative to the site ("/news/..."): the copy gives it whole.
  canonicalPath: '/news/china-japan-security-talks',
};

// www/forum.html: a thread declared as a schema.org DiscussionForumPosting. Its replies are the
// content, so they stay on the page and in the copied article; the join nag is hidden.
export const FORUM = {
  title: 'Walking boots that last more than a year?',
  byline: 'hillwalker_jo',
  posts: [
    'every pair of boots I buy starts letting water in',
    'Mine are full-grain leather without a membrane',
    'Resoling a leather boot costs about',
    'I will report back after the winter',
  ],
  hidden: [['Sign up free to post replies', 'newsletter']],
};

// www/answers.html: a question declared as a schema.org QAPage whose answers the markup calls
// "comment"s. An answer written as a list (the one the structured data gives) and answers written in
// prose stay on the page and in the copied article; a one-line remark under them is hidden.
export const ANSWERS = {
  answers: [
    'Twice a day at room temperature, discarding all but a spoonful each time.',
    'That smell is the starter telling you it is hungry',
    'A young starter often goes through this stage.',
  ],
  remark: 'Thanks, feeding twice a day fixed it.',
};

// A shop's product page (it declares a Product): its customer reviews are hidden as comments.
export const PRODUCT = {
  description: [
    'A 1.7 litre kettle in brushed stainless steel',
    'It switches itself off when the water boils',
    'The cord winds round the base and clips into place',
  ],
  review: 'After a year of daily use the steel still looks new',
};

// www/report.html: a box labelled "facts-header" after the headline and cards beside a copyright
// line, both outside the article: the facts and the cards stay shown, the copyright line is hidden.
export const REPORT = {
  shown: [
    'Key facts: a study of 4,000 club matches over six seasons',
    'Grip changes that take the strain off the elbow',
    'Drills for a second serve that holds up under pressure',
  ],
  legal: 'All rights reserved',
};

// www/guide.html: a tutorial whose code block carries a syntax highlighter's "comment" classes, and
// whose last lines are spans with only line breaks, spaces and indents between them: the copy keeps those.
// Its og:title ends with the site's name; the panel shows the headline, as the page's h1 does.
// Its writer is named only by a link to her author page, under the headline.
export const GUIDE = {
  headline: 'Undoing a commit you have not pushed',
  byline: 'Nadia Okafor',
  codeComments: ['# take the last commit back, keep its changes staged', '# fix the message of the last commit instead',
    '# then look at the history'],
  codeLines: '# then look at the history\ngit log\n    --oneline',
};

// www/shoes.html: a buying guide whose headings carry anchors holding role words ("h-how-popular-...",
// "h-social-..."), a grid of product cards each with a "20% off" badge, and post cards whose classes
// list their topics ("category-advertising category-gear tag-popular") in a "hide-read-more-ad" wrapper,
// each titled in a <header> (after the headline, without a menu: a card's header, not the site's).
// One paragraph is written word by word between comments, as server renderers do, and ends with a <style>
// before its last words: its copy keeps the spaces.
// A promotional phrase inside a sentence, wrapped twice ("on sale at <em><strong>30% off</strong></em> when ...")
// and a sentence holding one ("... and similar items.") are the guide's text, never hidden. A glossary
// tooltip (role="tooltip", transparent until hovered, named by its term's aria-describedby) is left out
// of the copied sentence around it.
// The headings, cards and stories stay shown (the headings in the copied text too); the badges are hidden.
export const SHOES = {
  headings: ['How popular are carbon plates on trails?', 'Social runs and sharing shoes between friends'],
  cards: ['Ridgeline 4 trail shoe', 'Mudlark GTX trail shoe', 'Scree Racer trail shoe', 'Fellrunner 2 trail shoe'],
  badge: '20% off',
  spaced: 'Prices were checked on 3 March, and every pair was bought by the desk at full price.',
  stories: ['matters less than the foam under it', 'held on wet limestone in our tests', 'Lugs, rubber and the grip you can trust'],
  sentences: ['30% off', 'Pack spare laces, insoles and similar items.'],
  glossed: 'Every shoe here has a heel-to-toe drop of 6 mm or less.',
  tooltip: "the heel's height over the forefoot's",
};

// Reads the page state a test checks, in the page (no extension APIs needed).
export function pageStateScript() {
  const hidden = [...document.querySelectorAll('[data-cleanread-hidden]')].map((e) => ({
    role: e.getAttribute('data-cleanread-hidden'), text: e.textContent.replace(/\s+/g, ' ').trim(), visible: e.checkVisibility(),
  }));
  const host = document.querySelector('[data-cleanread-panel]');
  const root = host && host.shadowRoot;
  const part = (name) => root && root.querySelector(`[data-part="${name}"]`);
  const facts = {};
  if (part('facts')) {
    const dts = part('facts').querySelectorAll('dt');
    for (const dt of dts) facts[dt.textContent] = dt.nextElementSibling.textContent;
  }
  return {
    panel: !!root,
    title: root ? root.querySelector('h1').textContent : null,
    message: part('message') ? part('message').textContent : null,
    facts,
    keyPoints: part('key-points') ? [...part('key-points').querySelectorAll('li')].map((li) => li.textContent) : [],
    quotes: part('quotes') ? [...part('quotes').querySelectorAll('blockquote')].map((b) => b.textContent) : [],
    figures: part('figures') ? [...part('figures').querySelectorAll('.fig')].map((f) => f.textContent) : [],
    hiddenSummary: part('hidden') ? [...part('hidden').querySelectorAll('summary')].map((s) => s.textContent) : [],
    hidden,
  };
}


// For each snippet, whether a <p> holding it is rendered on the page (reader mode hides blocks
// with a stylesheet, so a hidden post fails checkVisibility).
export function shownParagraphs(snippets) {
  const paragraphs = [...document.querySelectorAll('p')];
  return snippets.map((s) => paragraphs.some((p) => p.textContent.includes(s) && p.checkVisibility()));
}

// For each snippet, whether a heading, paragraph, span or list item holding it is rendered on the page.
export function shownTexts(snippets) {
  const blocks = [...document.querySelectorAll('h1, h2, h3, p, span, li')];
  return snippets.map((s) => blocks.some((b) => b.textContent.includes(s) && b.checkVisibility()));
}

// Bag-of-words F1 of two texts (lower-cased \w+ tokens), as the bench scores wcxb-dev.
export function wordF1(a, b) {
  const bag = (t) => {
    const m = new Map();
    for (const w of (t.toLowerCase().match(/[\p{L}\p{N}_]+/gu) || [])) m.set(w, (m.get(w) || 0) + 1);
    return m;
  };
  const x = bag(a), y = bag(b);
  let common = 0, nx = 0, ny = 0;
  for (const v of x.values()) nx += v;
  for (const v of y.values()) ny += v;
  for (const [w, v] of x) common += Math.min(v, y.get(w) || 0);
  if (!nx && !ny) return 1;
  if (!common) return 0;
  const p = common / ny, r = common / nx;
  return (2 * p * r) / (p + r);
}

// The corpus pages the browsers load to compare the extension with the CLI: the first N
// scrapinghub pages by id (a fixed, unselected sample).
export const CORPUS_SAMPLE_SIZE = 20;

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({
    SEED, FORUM, ANSWERS, PRODUCT, REPORT, GUIDE, SHOES, CORPUS_SAMPLE_SIZE, pageStateScript: `(${pageStateScript.toString()})()`,
    shownParagraphsScript: `(${shownParagraphs.toString()})(arguments[0])`,
    shownTextsScript: `(${shownTexts.toString()})(arguments[0])`,
  }));
}
