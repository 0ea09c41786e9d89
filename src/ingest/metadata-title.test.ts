import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTree } from './htmltree.js';
import { pageMetadata } from './metadata.js';
import { hostLabel, isSiteName, siteNames, stripSiteSuffix } from './metadata-title.js';

const body = '<p>The harbour board voted on the night ferry trial after a long debate about noise, cost and the timetable for the coming summer season.</p>';
const title = (head: string, main: string, url?: string, bodyAttrs = '') =>
  pageMetadata(parseTree(`<!doctype html><html><head>${head}</head><body${bodyAttrs}>${main}${body}</body></html>`), { url }).meta.title;

// [name, <head>, <body> before the text, url, <body> attributes, expected title]
const cases: [string, string, string, string | undefined, string, string][] = [
  ['a site-name <h1> above the post title, confirmed by <title>', '<title>Night ferry gets a trial | Harbour Notes</title><meta property="og:site_name" content="Harbour Notes">',
    '<h1 class="site-title">Harbour Notes</h1><h1 class="entry-title">Night ferry gets a trial</h1>', undefined, '', 'Night ferry gets a trial'],
  ['the site name known only from the <title> vs og:title difference', '<title>Night ferry gets a trial | Harbour Notes</title><meta property="og:title" content="Night ferry gets a trial">',
    '<h1>Harbour Notes</h1><h2>Night ferry gets a trial</h2>', undefined, '', 'Night ferry gets a trial'],
  ['the site name spelled by the host', '<title>Harbournotes.example » Blog Archive » Night ferry gets a trial</title>',
    '<h1>Harbournotes.example</h1><h2>Night ferry gets a trial</h2>', 'https://harbournotes.example/ferry', '', 'Night ferry gets a trial'],
  ['a layout class on <body> ("no-sidebar") does not hide the page', '<title>Night ferry gets a trial | Harbour Notes</title>',
    '<h1>Night ferry gets a trial</h1>', undefined, ' class="single no-sidebar comments-open"', 'Night ferry gets a trial'],
  ['a kicker span with a visually hidden separator', '<title>Harbour: Night ferry gets a trial | Courier</title>',
    '<h1><span class="k">Harbour</span><span class="visually-hidden">: </span><span>Night ferry gets a trial</span></h1>', undefined, '', 'Night ferry gets a trial'],
  ['a kicker marked as such ("dachzeile") before a "headline" span', '<title>Nach der Abstimmung: Nachtfähre im Test | Kurier</title>',
    '<h1><span class="dachzeile">Nach der Abstimmung</span> <span class="headline">Nachtfähre im Test</span></h1>', undefined, '', 'Nachtfähre im Test'],
  ['JSON-LD headline keeps its own second half ("– Until Spring")', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Night ferry paused – until spring"}</script>',
    '', undefined, '', 'Night ferry paused – until spring'],
  ['a heading sharing most words with a rewritten <title> beats a modal title', '<title>Night ferry trial approved by harbour board | Courier</title>',
    '<h2 class="modal-headline">Cookie settings</h2><h1>Harbour board approves night ferry trial</h1>', undefined, '', 'Harbour board approves night ferry trial'],
  ['soft hyphens are not part of the title', '<title>Nacht­fähre im Test</title>', '<h1>Nacht&shy;fähre im Test</h1>', undefined, '', 'Nachtfähre im Test'],
  ['og:title is the bare headline when <title> adds the site: its short second half stays', '<title>Night ferry trial – what it costs – COASTLINE COURIER. COURIER.EXAMPLE</title><meta property="og:title" content="Night ferry trial – what it costs">',
    '<h2>Latest news</h2>', undefined, '', 'Night ferry trial – what it costs'],
  ['an <h1> with the title plus a subtitle after a colon', '<title>Lemon cake from the tray | Baking Notes</title><meta property="og:site_name" content="Baking Notes">',
    '<h1>Lemon cake from the tray: quick and moist!</h1>', undefined, '', 'Lemon cake from the tray: quick and moist!'],
  ['breadcrumb arrows before the headline go', '<title>Night ferry gets a trial</title>', '<h1>» Night ferry gets a trial</h1>', undefined, '', 'Night ferry gets a trial'],
  ['a "[Review]" tag is the title\'s own', '<title>[Review] Night ferry gets a trial</title>', '<h1>[Review] Night ferry gets a trial</h1>', undefined, '', '[Review] Night ferry gets a trial'],
  ['a word that ends like the title is not a kicker ("Chorgeschichte" vs "Geschichte")', '<title>Geschichte - Harbour Choir Ulm</title>',
    '<h1>Chorgeschichte</h1>', undefined, '', 'Chorgeschichte'],
];
for (const [name, head, main, url, attrs, want] of cases) {
  test(`title: ${name}`, () => assert.equal(title(head, main, url, attrs), want));
}

test('stripSiteSuffix: site parts several separators deep, guesses only when asked', () => {
  const sites = siteNames({ siteName: 'Courier - Analysis Opinion', host: 'courier.example' });
  assert.equal(stripSiteSuffix('Night ferry gets a trial | Courier - Analysis Opinion', undefined, sites), 'Night ferry gets a trial');
  assert.equal(stripSiteSuffix('Night ferry paused – until spring', undefined, sites, true), 'Night ferry paused – until spring');
  assert.equal(stripSiteSuffix('Night ferry paused – until spring', undefined, sites), 'Night ferry paused');
});

test('site names: host labels and squashed spellings', () => {
  assert.equal(hostLabel('blog.harbournotes.co.uk'), 'harbournotes');
  assert.equal(hostLabel('www.harbour-notes.de'), 'harbournotes');
  const s = siteNames({ host: 'harbour-notes.de' });
  assert.ok(isSiteName('Harbour Notes', s));
  assert.ok(isSiteName('harbour-notes.de', s));
  assert.ok(!isSiteName('Night ferry gets a trial', s));
});
