import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle, siteForHost, SUPPORTED_SITES, cleanTitle, cleanByline } from './index.ts';
import { normaliseDate } from './metadata.ts';

const PAGES = new URL('../../tests/pages/detect/', import.meta.url).pathname;

function load(name: string): Document {
  return parseHTML(readFileSync(PAGES + name, 'utf8')).document as unknown as Document;
}

function paragraphsOf(doc: Document, selector: string): string[] {
  return Array.from(doc.querySelectorAll(selector)).map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
}

describe('detectArticle', () => {
  it('reads a JSON-LD @graph NewsArticle and keeps related stories out of the body', () => {
    const doc = load('jsonld-graph.html');
    const d = detectArticle(doc, 'https://example.org/news/2024/10/22/night-buses');
    expect(d.info.isArticle).toBe(true);
    expect(d.info.title).toBe('Council extends night buses to three towns');
    expect(d.info.byline).toBe('Maria Keller, Tomás Ruiz');
    expect(d.info.datePublished).toBe('2024-10-22T18:05:00+02:00');
    expect(d.info.publisher).toBe('Example Daily');
    expect(d.info.lang).toBe('en');
    expect(d.bodyElements.map((e) => e.localName)).toEqual(Array(6).fill('p'));
    expect(d.bodyText.split('\n\n')).toEqual(paragraphsOf(doc, '.article-body p'));
    expect(d.bodyText).not.toContain('Related stories');
    expect(d.bodyText).not.toContain('Tram line');
  });

  it('works from OpenGraph meta alone and skips the sidebar', () => {
    const doc = load('opengraph-only.html');
    const d = detectArticle(doc, 'https://example.org/local/harbour-ferry-returns-after-repairs');
    expect(d.info.isArticle).toBe(true);
    expect(d.info.title).toBe('Harbour ferry returns after repairs');
    expect(d.info.byline).toBe('Lena Ortiz');
    expect(d.info.datePublished).toBe('2024-09-03T07:30:00Z');
    expect(d.bodyText.split('\n\n')).toEqual(paragraphsOf(doc, '.story-text p'));
    expect(d.bodyText).not.toContain('Most read');
  });

  it('reads microdata: headline, author, date and articleBody', () => {
    const doc = load('microdata.html');
    const d = detectArticle(doc, 'https://example.org/culture/library-sundays');
    expect(d.info.isArticle).toBe(true);
    expect(d.info.title).toBe('Library opens on Sundays from November');
    expect(d.info.byline).toBe('Jonas Berg');
    expect(d.info.datePublished).toBe('2024-10-01T09:00:00+01:00');
    expect(d.bodyElements).toEqual(Array.from(doc.querySelectorAll('[itemprop="articleBody"] p')));
  });

  it('says a section front of teasers is not an article', () => {
    const d = detectArticle(load('listing.html'), 'https://example.org/world');
    expect(d.info.isArticle).toBe(false);
  });

  it('keeps to the titled story when a page holds several <article> elements', () => {
    const doc = load('several-articles.html');
    const d = detectArticle(doc, 'https://example.org/culture/2024/05/14/museum-reopens');
    expect(d.info.isArticle).toBe(true);
    expect(d.info.title).toBe('Museum reopens after two-year renovation');
    const first = doc.querySelector('article')!;
    expect(d.bodyElements.length).toBe(4);
    expect(d.bodyElements.every((e) => first.contains(e))).toBe(true);
    expect(d.bodyText).not.toContain('second story');
  });

  it('handles a Cyrillic page with a JSON-LD array', () => {
    const doc = load('cyrillic.html');
    const d = detectArticle(doc, 'https://example.ru/news/2024/10/22/nochnye-avtobusy');
    expect(d.info.isArticle).toBe(true);
    expect(d.info.title).toBe('Ночные автобусы пойдут в три посёлка');
    expect(d.info.byline).toBe('Анна Соколова');
    expect(d.info.datePublished?.slice(0, 10)).toBe('2024-10-22');
    expect(d.info.lang).toBe('ru');
    expect(d.bodyText.split('\n\n')).toEqual(paragraphsOf(doc, '.article-text p'));
  });

  it('finds only the paragraphs on a page shaped like the demo page', () => {
    const doc = load('demo-article.html');
    const d = detectArticle(doc, 'http://127.0.0.1:8080/demo/moscow-times.html');
    expect(d.info.isArticle).toBe(true);
    expect(d.info.title).toBe('Serbian Official Praises Ties With Russia at Summit');
    expect(d.info.datePublished?.slice(0, 10)).toBe('2024-10-24');
    expect(d.info.publisher).toBe('The Moscow Times');
    expect(d.bodyElements).toEqual(Array.from(doc.querySelectorAll('article > p')));
    for (const unwanted of ['Photo: Example Agency', 'Delegates arrive', 'Read more', 'Home', 'All rights reserved']) {
      expect(d.bodyText).not.toContain(unwanted);
    }
  });

  const demo = new URL('../../assets/demo/moscow-times-2024-10-24.html', import.meta.url).pathname;
  it.skipIf(!existsSync(demo))('finds exactly the body paragraphs on the bundled demo page', () => {
    const doc = parseHTML(readFileSync(demo, 'utf8')).document as unknown as Document;
    const d = detectArticle(doc, 'http://127.0.0.1:8765/moscow-times-2024-10-24.html');
    expect(d.info.isArticle).toBe(true);
    expect(d.info.datePublished?.slice(0, 10)).toBe('2024-10-24');
    const article = doc.querySelector('article')!;
    const paragraphs = Array.from(article.querySelectorAll('p')).filter(
      (p) => !p.closest('aside, figure, header') && (p.textContent ?? '').trim(),
    );
    expect(d.bodyElements).toEqual(paragraphs);
    expect(d.bodyElements.some((e) => e.closest('aside, figure, nav, footer, header'))).toBe(false);
  });

  it('does not change the document', () => {
    for (const name of ['jsonld-graph.html', 'demo-article.html', 'several-articles.html', 'listing.html']) {
      const doc = load(name);
      const before = doc.documentElement.outerHTML;
      detectArticle(doc, 'https://example.org/a/b');
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });
});

describe('site table', () => {
  it('matches hosts with and without subdomains', () => {
    expect(siteForHost('www.themoscowtimes.com')?.id).toBe('themoscowtimes');
    expect(siteForHost('themoscowtimes.com')?.id).toBe('themoscowtimes');
    expect(siteForHost('edition.cnn.com')?.id).toBe('cnn');
    expect(siteForHost('www.bbc.co.uk')?.id).toBe('bbc');
    expect(siteForHost('notthemoscowtimes.com')).toBeNull();
    expect(siteForHost('example.org')).toBeNull();
  });

  it('covers the outlets readers of this extension visit, as plain data with valid selectors', () => {
    const required = [
      'themoscowtimes.com', 'meduza.io', 'novayagazeta.eu', 'rferl.org', 'kyivindependent.com', 'balkaninsight.com',
      'n1info.rs', 'reuters.com', 'apnews.com', 'bbc.com', 'bbc.co.uk', 'theguardian.com', 'nytimes.com',
      'washingtonpost.com', 'cnn.com', 'aljazeera.com', 'dw.com', 'euronews.com', 'politico.eu', 'france24.com',
      'kommersant.ru', 'pravda.com.ua', 'voanews.com',
    ];
    for (const host of required) expect(siteForHost(host), host).not.toBeNull();
    const doc = load('listing.html');
    for (const site of SUPPORTED_SITES) {
      expect(JSON.parse(JSON.stringify(site))).toEqual(site);
      for (const sel of [site.body, site.byline, site.date, site.exclude]) {
        if (sel) expect(() => doc.querySelectorAll(sel), `${site.id}: ${sel}`).not.toThrow();
      }
    }
  });
});

describe('helpers', () => {
  it('normalises dates as publishers write them, keeping the local day', () => {
    expect(normaliseDate('2024-10-24T23:30:00+03:00')).toBe('2024-10-24T23:30:00+03:00');
    expect(normaliseDate('2024-10-24 08:05:00+0000')).toBe('2024-10-24T08:05:00+00:00');
    expect(normaliseDate('October 24, 2024')).toBe('2024-10-24');
    expect(normaliseDate('24 Oct 2024')).toBe('2024-10-24');
    expect(normaliseDate('24.10.2024')).toBe('2024-10-24');
    expect(normaliseDate('yesterday')).toBeNull();
  });

  it('strips site names from titles and prefixes from bylines', () => {
    expect(cleanTitle('Council extends night buses | Example Daily', ['Example Daily'])).toBe('Council extends night buses');
    expect(cleanTitle('Example Daily - Council extends night buses', ['Example Daily'])).toBe('Council extends night buses');
    expect(cleanTitle('Left - right: a headline with a dash', ['Example Daily'])).toBe('Left - right: a headline with a dash');
    expect(cleanByline('By Maria Keller')).toBe('Maria Keller');
    expect(cleanByline('By Maria Keller Oct 13, 2016')).toBe('Maria Keller');
  });
});

describe('on another DOM implementation (happy-dom, closer to a browser)', () => {
  it('gives the same results as on linkedom', async () => {
    const { Window } = await import('happy-dom');
    for (const name of ['jsonld-graph.html', 'demo-article.html', 'several-articles.html', 'cyrillic.html', 'listing.html']) {
      const html = readFileSync(PAGES + name, 'utf8');
      const window = new Window({ url: 'https://example.org/' });
      const happyDoc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
      const url = name === 'listing.html' ? 'https://example.org/world' : 'https://example.org/news/2024/10/22/story';
      const a = detectArticle(happyDoc, url);
      const b = detectArticle(load(name), url);
      expect(a.info, name).toEqual(b.info);
      expect(a.bodyText, name).toBe(b.bodyText);
      await window.happyDOM.close();
    }
  });
});
