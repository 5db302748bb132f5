import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle, cleanTitle } from './index.ts';

const para = 'The council voted on Tuesday to extend the night bus network to three towns outside the city, after a year of trials.';

function page(head: string, body: string): Document {
  const html = `<!doctype html><html><head>${head}</head><body>${body}<article>${Array(6).fill(`<p>${para}</p>`).join('')}</article></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

const titleOf = (doc: Document) => detectArticle(doc, 'https://news.example.org/2024/10/22/night-buses').info.title;

describe('title', () => {
  it('takes the h1 when the metadata adds a suffix after it', () => {
    const doc = page(
      '<meta property="og:title" content="Night buses reach three towns (Published 2024)"><title>Night buses reach three towns - Example News</title>',
      '<h1>Night buses reach three towns</h1>',
    );
    expect(titleOf(doc)).toBe('Night buses reach three towns');
  });

  it('keeps a kicker the metadata puts in front of the h1, unless another source agrees with the h1 exactly', () => {
    const kicker = page('<meta property="og:title" content="Transport: Night buses reach three towns">', '<h1>Night buses reach three towns</h1>');
    expect(titleOf(kicker)).toBe('Transport: Night buses reach three towns');
    const agreed = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Transport: Night buses reach three towns"}</script>' +
        '<meta property="og:title" content="Night buses reach three towns">',
      '<h1>Night buses reach three towns</h1>',
    );
    expect(titleOf(agreed)).toBe('Night buses reach three towns');
  });

  it('drops a kicker only the h1 has when the metadata and the <title> agree without it', () => {
    const doc = page(
      '<meta property="og:title" content="Night buses reach three towns"><title>Night buses reach three towns - Example News</title>',
      '<h1>Transport : Night buses reach three towns</h1>',
    );
    expect(titleOf(doc)).toBe('Night buses reach three towns');
    const kept = page('<meta property="og:title" content="Night buses reach three towns">', '<h1>Transport: Night buses reach three towns</h1>');
    expect(titleOf(kept)).toBe('Transport: Night buses reach three towns');
  });

  it('takes the h1 when the metadata puts a section name before it with a pipe', () => {
    const doc = page('<meta property="og:title" content="Opinion | Night buses reach three towns">', '<h1>Night buses reach three towns</h1>');
    expect(titleOf(doc)).toBe('Night buses reach three towns');
  });

  it('skips logo and hidden h1s and prefers the metadata title the <title> repeats over a blog-name h1', () => {
    const logo = page(
      '<meta property="og:title" content="Night buses reach three towns"><title>Night buses reach three towns</title>',
      '<h1><a class="logo" href="/">Example News home page</a></h1>',
    );
    expect(titleOf(logo)).toBe('Night buses reach three towns');
    const hidden = page('<title>Night buses reach three towns</title>', '<h1 class="hidden">Example News Network</h1>');
    expect(titleOf(hidden)).toBe('Night buses reach three towns');
    const blog = page(
      '<meta property="og:title" content="Night buses reach three towns"><title>Commuter Diaries: Night buses reach three towns</title>',
      '<h1>Commuter Diaries</h1>',
    );
    expect(titleOf(blog)).toBe('Night buses reach three towns');
  });

  it('keeps a short h1 that the metadata repeats or that hAtom marks as the entry title', () => {
    const doc = page('<meta property="og:title" content="About us">', '<h1>About us</h1>');
    expect(titleOf(doc)).toBe('About us');
    const entry = page('<title>Cabin 3 by the lake, cheap holiday homes | Lakeside Rentals</title>', '<h1 class="entry-title">Cabin 3</h1>');
    expect(titleOf(entry)).toBe('Cabin 3');
  });

  it('keeps a short h1 that the <title> repeats without the site name', () => {
    const doc = page(
      '<script type="application/ld+json">{"@type":"Article","name":"Night buses","headline":"buses that run after midnight"}</script>' +
        '<meta property="og:site_name" content="Example Wiki"><title>Night buses - Example Wiki</title>',
      '<h1>Night buses</h1>',
    );
    expect(detectArticle(doc, 'https://example-wiki.org/wiki/Night_buses').info.title).toBe('Night buses');
  });

  it('strips a section name the page declares from the end of a title', () => {
    const doc = page(
      '<meta property="og:site_name" content="Example News"><meta name="content_category" content="Politik">' +
        '<meta property="og:title" content="Night buses reach three towns-Politik | Example News">',
      '',
    );
    expect(titleOf(doc)).toBe('Night buses reach three towns');
    // Without the declaration the last word is the headline's own.
    const plain = page('<meta property="og:title" content="Night buses reach three towns-Politik | Example News">', '');
    expect(titleOf(plain)).toBe('Night buses reach three towns-Politik');
  });

  it('leaves hyphenation hints out of the headline and decodes double-escaped accents in the metadata', () => {
    const doc = page(
      '<meta property="og:title" content="Night buses reach three towns near Mont&amp;eacute;limar and &amp;Eacute;vian">',
      '<h1>Night bus&shy;es reach three towns near Montélimar and Évian</h1>',
    );
    expect(titleOf(doc)).toBe('Night buses reach three towns near Montélimar and Évian');
    const meta = page('<meta property="og:title" content="Night buses reach &amp;Eacute;vian">', '');
    expect(titleOf(meta)).toBe('Night buses reach Évian');
  });

  it('strips a site name at either end whatever the separator', () => {
    expect(cleanTitle('Night buses reach three towns:Example Diary 日誌', ['Example Diary 日誌'])).toBe('Night buses reach three towns');
    expect(cleanTitle('Night buses reach three townsㅣ한국일보', ['한국일보'])).toBe('Night buses reach three towns');
    expect(cleanTitle('Example News » Night buses reach three towns', ['Example News'])).toBe('Night buses reach three towns');
    // A name inside the title is the title's own.
    expect(cleanTitle('Example News readers vote for night buses', ['Example News'])).toBe('Example News readers vote for night buses');
  });

  it("does not take the page's own title, or a two-letter host, for the site's name", () => {
    // application-name set to the headline: the part after the dash is the headline's, not a site's.
    const doc = page(
      '<meta name="application-name" content="Night buses - three towns get them"><title>Night buses - three towns get them</title>',
      '',
    );
    expect(titleOf(doc)).toBe('Night buses - three towns get them');
    expect(cleanTitle('Night buses - Trials end in Fredrikstad', ['en'])).toBe('Night buses - Trials end in Fredrikstad');
    expect(cleanTitle('Night buses run later - AI', ['Daily Mail'])).toBe('Night buses run later - AI');
  });

  it('matches site names as whole words and takes the host by its own name, not a subdomain', () => {
    // news.example.org names the site "example", not "news": a last part with "news" in it stays.
    const doc = page('<meta property="og:title" content="Night buses reach three towns - Good news for commuters">', '');
    expect(titleOf(doc)).toBe('Night buses reach three towns - Good news for commuters');
    expect(cleanTitle('Night buses reach three towns - Tagesspiegel.de readers', ['Spiegel'])).toBe('Night buses reach three towns - Tagesspiegel.de readers');
    expect(cleanTitle('Night buses reach three towns - Example News', ['example'])).toBe('Night buses reach three towns');
  });

  it('strips either part of a site name that carries a tagline', () => {
    const doc = page(
      '<meta property="og:site_name" content="Example News - Headlines from Lakeside"><title>Night buses reach three towns - Example News</title>',
      '',
    );
    expect(titleOf(doc)).toBe('Night buses reach three towns');
  });

  it('skips an h1 that microdata marks as the alternative headline', () => {
    const doc = page(
      '<meta property="og:title" content="Night buses reach three towns after a year of trials"><title>Night bus trials | Example News</title>',
      '<h1 itemprop="alternativeHeadline">Night bus trials</h1>',
    );
    expect(titleOf(doc)).toBe('Night buses reach three towns after a year of trials');
  });

  it('takes the h1 microdata marks as the headline over a JSON-LD headline the <title> repeats', () => {
    const doc = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Night buses: three towns"}</script>' +
        '<meta property="og:title" content="Night buses: three towns"><title>Night buses: three towns</title>',
      '<h1 itemprop="headline">Three towns get night buses after a year of trials</h1>',
    );
    expect(titleOf(doc)).toBe('Three towns get night buses after a year of trials');
  });

  it('leaves out a subtitle set on its own line after a <br> in the h1', () => {
    const doc = page(
      '<title>Night buses reach three towns after a year of trials</title>',
      '<h1>Night buses reach three towns<br> <span class="sub">A year of trials</span></h1>',
    );
    expect(titleOf(doc)).toBe('Night buses reach three towns');
    const plain = page('<title>Night buses reach three towns</title>', '<h1>Night buses<br>reach three towns</h1>');
    expect(titleOf(plain)).toBe('Night buses reach three towns');
  });

  it('drops a kicker the h1 sets apart in its own element, unless the heading joins it with a hidden separator', () => {
    const meta = '<meta property="og:title" content="Transport: Night buses reach three towns">';
    const apart = page(meta, '<h1><span class="overline">Transport</span> <span>Night buses reach three towns</span></h1>');
    expect(titleOf(apart)).toBe('Night buses reach three towns');
    const joined = page(
      meta,
      '<h1><span class="kicker">Transport</span><span class="visually-hidden">: </span><span>Night buses reach three towns</span></h1>',
    );
    expect(titleOf(joined)).toBe('Transport: Night buses reach three towns');
  });
});
