// Per-site selectors for outlets whose layout the generic extractor handles poorly or which readers of this
// extension visit most. Plain data: the build generates the content script's `matches` from `hosts`.
//
// body: the element(s) holding the article text (every match is used, in document order);
// byline / date: where the author names and the publication time are shown; exclude: parts of the body to skip.

export interface SupportedSite {
  id: string;
  hosts: string[];
  body?: string;
  byline?: string;
  date?: string;
  exclude?: string;
}

export const SUPPORTED_SITES: SupportedSite[] = [
  {
    id: 'themoscowtimes',
    hosts: ['themoscowtimes.com'],
    body: '.article__content',
    byline: '.article__byline .byline__author__name, .byline__author__name, .article__byline .byline__author',
    date: '.article__byline time[datetime], .article__header time[datetime], time[datetime]',
    exclude: '.article__tags, .article__related, .related-article, .article__block--inline',
  },
  {
    id: 'meduza',
    hosts: ['meduza.io'],
    body: '[class*="GeneralMaterial-module-article"], [class*="GeneralMaterial-article"], [class*="SlideMaterial-module-slides"]',
    byline: '[class*="MaterialNote-module_note_byline"], [class*="MaterialNote-module-note_byline"]',
    date: '[class*="Timestamp-module"] time, time[datetime]',
    exclude: '[class*="MaterialNote"], [class*="RelatedBlock"], [class*="Toolbar"], [class*="DonatesTeaser"]',
  },
  {
    id: 'novayagazeta-europe',
    hosts: ['novayagazeta.eu'],
    body: '[itemprop="articleBody"], .article-body, [class*="article-body"], [class*="ArticleBody"]',
    byline: '[itemprop="author"] [itemprop="name"], [class*="author-name"], [class*="AuthorName"]',
    date: 'time[datetime]',
  },
  {
    id: 'rferl',
    hosts: ['rferl.org', 'svoboda.org', 'currenttime.tv', 'rferl.mobi'],
    body: '#article-content .wsw, .body-container .wsw',
    byline: '.authors .links__item-link, .authors a, .author a',
    date: '.published time[datetime], time[pubdate], time[datetime]',
    exclude: '.media-block, .infographics, .wsw__embed, .inline-link',
  },
  {
    id: 'voanews',
    hosts: ['voanews.com', 'golosameriki.com'],
    body: '#article-content .wsw, .body-container .wsw',
    byline: '.authors .links__item-link, .authors a, .author a',
    date: '.published time[datetime], time[pubdate], time[datetime]',
    exclude: '.media-block, .infographics, .wsw__embed, .inline-link',
  },
  {
    id: 'kyivindependent',
    hosts: ['kyivindependent.com'],
    body: '#post-content, .post-content, .c-content, .gh-content',
    byline: '.c-article__author-name, .post-author a, [rel="author"]',
    date: 'time[datetime]',
    exclude: '.kg-card, .c-article__related, .newsletter-cta',
  },
  {
    id: 'balkaninsight',
    hosts: ['balkaninsight.com'],
    body: '.btArticleBody, .post-content, .entry-content',
    byline: '.btArticleAuthor, .author-name, [rel="author"]',
    date: '.btArticleDate, time[datetime]',
    exclude: '.sharedaddy, .jp-relatedposts, .wp-caption-text',
  },
  {
    id: 'n1info',
    hosts: ['n1info.rs', 'n1info.ba', 'n1info.hr', 'n1info.si', 'n1info.com'],
    body: '.entry-content, .article-content, [class*="article-body"]',
    byline: '.article-author, .author-name, [class*="author"] a',
    date: 'time[datetime], .article-date, .entry-date',
    exclude: '.related, .also-read, .wp-caption-text',
  },
  {
    id: 'reuters',
    hosts: ['reuters.com'],
    body: '[data-testid="ArticleBody"], .article-body__content, [class*="article-body__content"], .StandardArticleBody_body',
    byline: '[data-testid="AuthorNameLink"], [data-testid="AuthorByline"] a, [rel="author"], .author-name',
    date: 'time[datetime], [data-testid="DateLineText"]',
    exclude: '[data-testid="Toolbar"], [class*="sign-off"], [data-testid="SignOff"], [class*="read-next"], [data-testid="promo-box"]',
  },
  {
    id: 'apnews',
    hosts: ['apnews.com'],
    body: '.RichTextStoryBody, .RichTextBody, [data-key="article"], .Article',
    byline: '.Page-authors a, .Page-authors .Link, .Component-bylines, [class*="byline"]',
    date: 'bsp-timestamp[data-timestamp], .Page-dateModified, time[datetime]',
    exclude: '.Enhancement, .ad-placeholder, .Advertisement, [class*="hub-peek"], .SocialShare',
  },
  {
    id: 'bbc',
    hosts: ['bbc.com', 'bbc.co.uk'],
    body: 'article [data-component="text-block"], article [data-component="subheadline-block"], .story-body__inner, [property="articleBody"], main [role="text"]',
    byline: '[data-testid="byline-new-contributors"] span, [data-component="byline-block"] [class*="TextContributorName"], .byline__name',
    date: 'article time[datetime], time[datetime], .date[data-seconds]',
    exclude: '[data-component="links-block"], [data-component="image-block"], [data-component="media-block"], .story-more, figure',
  },
  {
    id: 'theguardian',
    hosts: ['theguardian.com', 'guardian.co.uk'],
    body: '#maincontent .article-body-commercial-selector, .article-body-commercial-selector, .content__article-body, [itemprop="articleBody"]',
    byline: '[rel="author"], [data-link-name="byline"] a, .byline a',
    date: 'time[datetime], [itemprop="datePublished"]',
    exclude: '[data-spacefinder-role="inline"], .element-rich-link, .submeta, figure, aside',
  },
  {
    id: 'nytimes',
    hosts: ['nytimes.com'],
    body: 'section[name="articleBody"], .StoryBodyCompanionColumn, .story-body-supplemental .story-body-text, #story-body',
    byline: '[itemprop="author"] [itemprop="name"], .byline-author, [class*="byline"] [itemprop="name"]',
    date: 'time[datetime]',
    exclude: '[id^="story-ad"], [class*="ad-"], .bottom-of-article, figure, aside',
  },
  {
    id: 'washingtonpost',
    hosts: ['washingtonpost.com'],
    body: '.article-body, [data-qa="article-body"], .teaser-content, [itemprop="articleBody"]',
    byline: '[data-qa="author-name"], .author-name, [rel="author"]',
    date: '[data-qa="display-date"], [data-testid="display-date"], time[datetime]',
    exclude: '[data-qa="subscribe-promo"], .hide-for-print, figure, aside',
  },
  {
    id: 'cnn',
    hosts: ['cnn.com'],
    body: '.article__content, [itemprop="articleBody"], #body-text .l-container, .zn-body-text',
    byline: '.byline__name, .metadata__byline__author a, .byline__names a',
    date: '.timestamp, .update-time, time[datetime]',
    exclude: '.el__embedded, .ad-slot, figure, aside, [data-component-name="ad-feedback-link"]',
  },
  {
    id: 'aljazeera',
    hosts: ['aljazeera.com', 'aljazeera.net'],
    body: '.wysiwyg--all-content, .article-p-wrapper, .article-body',
    byline: '.author-link, .article-author-name-item a, [rel="author"]',
    date: '.date-simple span[aria-hidden="true"], .article-dates, time[datetime]',
    exclude: '.more-on, .article-first-published, .ad-container, figure, aside',
  },
  {
    id: 'dw',
    hosts: ['dw.com'],
    body: '.rich-text, .longText, [class*="RichText"]',
    byline: '.author-details a, [class*="author-details"] a, .author, [rel="author"]',
    date: 'time[datetime], .publication-time',
    exclude: '.vjs-player, .embed, figure, aside, .placeholder-image',
  },
  {
    id: 'euronews',
    hosts: ['euronews.com'],
    body: '.c-article-content, .article__content, .js-article-content',
    byline: '.c-article-contributors a, .c-article-contributors, [class*="author"] a',
    date: '.c-article-date time, time[datetime]',
    exclude: '.widget, .c-article-partner, figure, aside',
  },
  {
    id: 'politico-eu',
    hosts: ['politico.eu', 'politico.com'],
    body: '.article__content, .story-text, .article-content, [class*="article-body"]',
    byline: '.article-meta__authors a, .story-meta__authors a, .author-name, [rel="author"]',
    date: '.article-meta__datetime-duo time, time[datetime]',
    exclude: '.newsletter, .ad, .related, figure, aside',
  },
  {
    id: 'france24',
    hosts: ['france24.com'],
    body: '.t-content__chapo, .t-content__body',
    byline: '.m-from-author__name, .m-from-author a, [rel="author"]',
    date: '.m-pub-dates time, time[datetime]',
    exclude: '.m-interstitial, .o-self-promo, .m-em-video, figure, aside',
  },
  {
    id: 'kommersant',
    hosts: ['kommersant.ru'],
    body: '.doc__body, .article_text_wrapper, [itemprop="articleBody"]',
    byline: '.document_authors, .doc__text.document_authors, [itemprop="author"]',
    date: '.doc_header__publish_time, time[datetime], [itemprop="datePublished"]',
    exclude: '.document_authors, .doc__thought, .incut, .doc_media, figure, aside',
  },
  {
    id: 'pravda-ua',
    hosts: ['pravda.com.ua'],
    body: '.post_text, .post__text, .post_news_text',
    byline: '.post_author, .post__author, .post_news_author',
    date: '.post_time, .post__time, time[datetime]',
    exclude: '.post_tags, .post__tags, .post_news_photo, figure, aside',
  },
];

/** The table entry for a host name, with or without `www.` or any other subdomain; null when unsupported. */
export function siteForHost(host: string): SupportedSite | null {
  const h = host.trim().toLowerCase().replace(/\.$/, '').replace(/:\d+$/, '');
  if (!h) return null;
  for (const site of SUPPORTED_SITES) {
    for (const base of site.hosts) {
      if (h === base || h.endsWith(`.${base}`)) return site;
    }
  }
  return null;
}
