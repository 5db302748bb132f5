import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanByline, detectArticle } from './index.ts';
import { normaliseDate } from './metadata.ts';

const para = 'The council voted on Tuesday to extend the night bus network to three towns outside the city, after a year of trials.';

function page(head: string, body: string): Document {
  const html = `<!doctype html><html><head>${head}</head><body>${body}<article>${Array(6).fill(`<p>${para}</p>`).join('')}</article></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

const infoOf = (doc: Document, url = 'https://news.example.org/local/night-buses') => detectArticle(doc, url).info;

describe('date and byline', () => {
  it('reads JSON-LD wrapped in a CDATA section', () => {
    const ld = '{"@type":"NewsArticle","headline":"Night buses reach three towns","datePublished":"2024-10-22T18:05:00+02:00","author":{"@type":"Person","name":"Maria Keller"}}';
    for (const wrapped of [`<![CDATA[ ${ld} ]]>`, `//<![CDATA[\n${ld}\n//]]>`, `/*<![CDATA[*/ ${ld} /*]]>*/`]) {
      const doc = page(`<script type="application/ld+json">${wrapped}</script>`, '<h1>Night buses reach three towns</h1>');
      const info = infoOf(doc);
      expect(info.datePublished, wrapped).toBe('2024-10-22T18:05:00+02:00');
      expect(info.byline, wrapped).toBe('Maria Keller');
    }
  });

  it('takes the date of a JSON-LD WebPage or forum post for the page when no article object has one', () => {
    const doc = page(
      '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","@id":"https://news.example.org/#website"},' +
        '{"@type":"WebPage","@id":"https://news.example.org/local/night-buses#webpage","url":"https://news.example.org/local/night-buses",' +
        '"datePublished":"2024-10-22T18:05:00+02:00","dateModified":"2025-01-07T09:00:00+00:00"}]}</script>' +
        '<meta property="article:modified_time" content="2025-01-07T09:00:00+00:00">',
      '<h1>Night buses reach three towns</h1>',
    );
    expect(infoOf(doc).datePublished).toBe('2024-10-22T18:05:00+02:00');
  });

  it('reads the page when a script between </head> and <body> leaves linkedom an empty document.body', () => {
    const html =
      '<html><head><title>Night buses reach three towns</title></head><script>var x = 1;</script><body>' +
      '<h1>Night buses reach three towns</h1><p class="post-date">Tuesday, 22 October 2024</p>' +
      `<article>${Array(6).fill(`<p>${para}</p>`).join('')}</article></body></html>`;
    const doc = parseHTML(html).document as unknown as Document;
    expect(doc.body.childElementCount).toBe(0);
    const d = detectArticle(doc, 'https://news.example.org/local/night-buses');
    expect(d.info.datePublished).toBe('2024-10-22');
    expect(d.bodyText).toContain('night bus network');
  });

  it('reads year-first dotted dates, spaced day-first dates and slashed dates whose day shows the order', () => {
    expect(normaliseDate('2019.03.08')).toBe('2019-03-08');
    expect(normaliseDate('2019. 3. 8.')).toBe('2019-03-08');
    expect(normaliseDate('Von Redaktion 4.\u2009 2.\u2009 2022.')).toBe('2022-02-04');
    expect(normaliseDate('12-15-2016')).toBe('2016-12-15');
    expect(normaliseDate('15/12/2016')).toBe('2016-12-15');
    // Either order could be meant: unread rather than wrong.
    expect(normaliseDate('03/04/2019')).toBeNull();
  });

  it('reads a <time> without a datetime attribute from its text, passing over one that is not a date', () => {
    const doc = page('', '<h1>Night buses reach three towns</h1><p>By Maria Keller <time>Updated just now</time> <time>Oct 22, 2024 at 6:05 pm</time></p>');
    expect(infoOf(doc).datePublished).toBe('2024-10-22');
  });

  it("reads a program's default date format in meta tags", () => {
    expect(normaliseDate('Mon Aug 03 12:45:00 EDT 2015')).toBe('2015-08-03');
    const doc = page('<meta name="article:published_time" content="Tue Oct 22 18:05:00 CEST 2024">', '<h1>Night buses reach three towns</h1>');
    expect(infoOf(doc).datePublished).toBe('2024-10-22');
  });

  it('reads a date in an aside inside the <article>, not in a sidebar outside it', () => {
    const margin = parseHTML(
      '<html><body><aside><p class="date">Sidebar 01.01.2020</p></aside><article><h1>Night buses reach three towns</h1>' +
        '<aside class="columns"><ul class="meta"><li class="meta-date">22.10.2024</li></ul></aside>' +
        `${Array(6).fill(`<p>${para}</p>`).join('')}</article></body></html>`,
    ).document as unknown as Document;
    expect(infoOf(margin).datePublished).toBe('2024-10-22');
  });

  it('reads a date written in the short lines after the headline, not one in the story text', () => {
    const after = page(
      '',
      `<h1 class="site">Example News</h1><header><h1>Night buses reach three towns</h1><p class="dek">${para}</p></header>` +
        '<div class="author">Written by <a href="/maria">Maria Keller</a> in <a href="/local">Local</a> on 22 October 2024 at 06:05 PM. ' +
        '<a href="#c">12 Comments</a></div>',
    );
    expect(infoOf(after).datePublished).toBe('2024-10-22');
    const story = page('', `<h1>Night buses reach three towns</h1><p>${para} The trials began on 3 March 2023 in two towns.</p>`);
    expect(infoOf(story).datePublished).toBeNull();
  });

  it('follows a JSON-LD {"@id"} reference to the author and reads the author of a forum post', () => {
    const ref = page(
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Night buses reach three towns",' +
        '"author":{"@id":"https://news.example.org/#/person/1"}},{"@type":"Person","@id":"https://news.example.org/#/person/1","name":"Maria Keller"}]}</script>',
      '<h1>Night buses reach three towns</h1>',
    );
    expect(infoOf(ref).byline).toBe('Maria Keller');
    const forum = page(
      '<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Night buses reach three towns",' +
        '"datePublished":"2024-10-22","author":{"@type":"Person","name":"Pepemaus"}}</script>',
      '<h1>Night buses reach three towns</h1>',
    );
    expect(infoOf(forum).byline).toBe('Pepemaus');
  });

  it("prefers a writer's name to the site's own name, and keeps the site's name when no writer is named", () => {
    const site = '<meta property="og:site_name" content="Example News">';
    const both = page(`${site}<meta name="author" content="Example News"><meta name="author" content="Maria Keller">`, '<h1>Night buses reach three towns</h1>');
    expect(infoOf(both).byline).toBe('Maria Keller');
    const line = page(
      `${site}<script type="application/ld+json">{"@type":"NewsArticle","headline":"Night buses reach three towns","author":{"@type":"Organization","name":"Example News"}}</script>`,
      '<h1>Night buses reach three towns</h1><div class="byline-label">red, Agenturen</div><div class="author-name">Maria Keller, Lakeside</div>',
    );
    expect(infoOf(line).byline).toBe('Maria Keller, Lakeside');
    const newsroom = page(`${site}<meta name="author" content="example.org">`, '<h1>Night buses reach three towns</h1>');
    expect(infoOf(newsroom).byline).toBe('example.org');
  });

  it('takes no label or control for a byline', () => {
    const doc = page('', '<h1>Night buses reach three towns</h1><span class="author">Posted</span><span class="byline">See all</span>');
    expect(infoOf(doc).byline).toBeNull();
  });

  it('cleans what bylines carry after the name, keeping brackets that name more writers', () => {
    expect(cleanByline('ByMaria Keller')).toBe('Maria Keller');
    expect(cleanByline('Byron Keller')).toBe('Byron Keller');
    expect(cleanByline('Maria Keller(Lakeside, regional desk)')).toBe('Maria Keller');
    expect(cleanByline('Maria Keller, PhD')).toBe('Maria Keller');
    expect(cleanByline('Maria Keller / ENS /')).toBe('Maria Keller');
    expect(cleanByline('Maria Keller (with Tomás Ruiz)')).toBe('Maria Keller (with Tomás Ruiz)');
  });

  it('reads a "By" line after the headline in an element named for nothing, first line only', () => {
    const doc = page(
      '',
      '<header><h1>Night buses reach three towns</h1><div class="x1"><div>By <span>Maria Keller</span></div><div>EXAMPLE NEWS</div>' +
        '<time>Oct 22, 2024 at 6:05 pm</time></div></header>',
    );
    expect(infoOf(doc).byline).toBe('Maria Keller');
    const none = page('', '<h1>Night buses reach three towns</h1><div class="x1">Buses run by the council</div>');
    expect(infoOf(none).byline).toBeNull();
    const subheading = page('', '<h1>Night buses reach three towns</h1><h2>By the numbers: three towns, 40 buses</h2>');
    expect(infoOf(subheading).byline).toBeNull();
  });

  it('takes the copyright owner for the site, reads an author in an aside inside the article, and drops share links', () => {
    const owner = page(
      '<meta name="author" content="Example Media"><meta name="copyright" content="Copyright (c) Example Media 2022">' +
        '<meta name="article:author" content="Maria Keller">',
      '<h1>Night buses reach three towns</h1>',
    );
    expect(infoOf(owner).byline).toBe('Maria Keller');
    const margin = parseHTML(
      '<html><body><article><h1>Night buses reach three towns</h1><aside class="meta"><p class="authors">Von:<br><i><a class="author-name" href="/autor/mk">Maria Keller</a></i></p></aside>' +
        `${Array(6).fill(`<p>${para}</p>`).join('')}</article></body></html>`,
    ).document as unknown as Document;
    expect(infoOf(margin).byline).toBe('Maria Keller');
    expect(cleanByline('Twitter Facebook')).toBeNull();
  });

  it('reads a name signed in bold at the end of the story, not a closing subheading', () => {
    const html = (last: string) =>
      `<html><body><h1>Night buses reach three towns</h1><article>${Array(6).fill(`<p>${para}</p>`).join('')}<p><strong>${last}</strong></p></article></body></html>`;
    const signed = parseHTML(html('Maria Keller')).document as unknown as Document;
    expect(infoOf(signed).byline).toBe('Maria Keller');
    const heading = parseHTML(html('Roles and rewards')).document as unknown as Document;
    expect(infoOf(heading).byline).toBeNull();
  });

  it('reads the writer from a link-preview label pair and from "Posted on <date> by <name>"', () => {
    const pair = page('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Maria Keller">', '<h1>Night buses reach three towns</h1>');
    expect(infoOf(pair).byline).toBe('Maria Keller');
    const other = page('<meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="4 minutes">', '<h1>Night buses reach three towns</h1>');
    expect(infoOf(other).byline).toBeNull();
    expect(cleanByline('Posted on October 22, 2024 by Maria Keller')).toBe('Maria Keller');
    expect(cleanByline('Veröffentlicht am 22. Oktober 2024 von Maria Keller')).toBe('Maria Keller');
  });

  it("takes a writer whose name holds the site's name in a longer word for a writer", () => {
    const doc = page(
      '<meta property="og:site_name" content="Spiegel"><meta name="author" content="Maria Spiegelmann">',
      '<h1>Night buses reach three towns</h1><div class="byline">Tomás Ruiz</div>',
    );
    expect(infoOf(doc).byline).toBe('Maria Spiegelmann');
  });
});
