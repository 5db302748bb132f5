// What the extension must find on the bundled demo page (the reference article), shared by both browsers' tests.
export const DEMO_PAGE = 'moscow-times-2024-10-24.html';

/** Entities the issue names, by the card name the dataset gives them and a surface the article uses. */
export const EXPECTED = [
  { name: 'Aleksandar Vulin', surface: 'Aleksandar Vulin' },
  { name: 'Vladimir Putin', surface: 'Vladimir Putin' },
  { name: 'Aleksandar Vučić', surface: 'Aleksandar Vucic' },
  { name: 'RIA Novosti', surface: 'RIA Novosti' },
  { name: 'BRICS', surface: 'BRICS' },
  { name: 'European Union', surface: 'EU' },
  { name: 'Kazan', surface: 'Kazan' },
];

/** Where no highlight may appear: the headline, the photo credit, navigation, the related-article box, the footer. */
export const NOT_ARTICLE_TEXT = ['h1', 'figcaption', 'nav', '.related', 'footer', 'header.site-header'];
