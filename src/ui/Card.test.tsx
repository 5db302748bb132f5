// @vitest-environment happy-dom
// The shared card: what each level of detail shows first, the flags, and that dataset text never becomes markup.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Card, cardFlags } from './Card.tsx';
import type { Card as CardData } from '../shared/types.ts';
import { emptyCard } from './test-card.ts';

const source = { name: 'src', url: 'https://example.org/s', asOf: '2024-01-02' };
function card(partial: Partial<CardData> = {}): CardData {
  return emptyCard({
    id: 'x1',
    type: 'person',
    name: 'Jane Example',
    description: 'A politician.',
    headline: 'Minister of Examples',
    atDate: { date: '2024-10-24', offices: [{ title: 'Minister of Examples', start: '2023-01-01', end: null, source, asOfOnly: false }] },
    offices: [{ title: 'Minister of Examples', start: '2023-01-01', end: null, source }],
    links: { wikipedia: 'https://en.wikipedia.org/wiki/X' },
    ...partial,
  });
}

let root: HTMLElement | undefined;
function mount(vnode: preact.VNode): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  render(vnode, el);
  root = el;
  return el;
}
afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
  root = undefined;
});

describe('cardFlags', () => {
  it('flags sanctions, state media and designations, and a name-only match only when nothing is confirmed', () => {
    expect(cardFlags(card())).toEqual([]);
    const sanctions = [{ authority: 'OFAC', program: 'P', listed: null, source }];
    const possible = [{ authority: 'EU', program: 'Q', listed: null, details: 'born 1970', source }];
    expect(cardFlags(card({ sanctions, possibleSanctions: possible })).map((f) => f.text)).toEqual(['Sanctioned']);
    expect(cardFlags(card({ possibleSanctions: possible })).map((f) => f.text)).toEqual(['Possible sanctions match']);
    const outlet = card({
      type: 'outlet',
      stateAffiliation: { state: 'Russia', kind: 'state-owned', source },
      designations: [
        { by: 'A', label: 'foreign agent', date: null, source },
        { by: 'B', label: 'foreign agent', date: null, source },
      ],
    });
    expect(cardFlags(outlet).map((f) => [f.kind, f.text])).toEqual([
      ['warn', 'State media: Russia'],
      ['warn', 'Designated: foreign agent'],
    ]);
  });
});

describe('Card', () => {
  it('summary: key facts at once, every office and the links behind Details', () => {
    const root = mount(<Card card={card()} />);
    expect(root.querySelector('.sc-at-date')?.textContent).toContain('Minister of Examples');
    expect(root.querySelector('.sc-details')).toBeNull();
    const details = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Details')!;
    expect(details.getAttribute('aria-expanded')).toBe('false');
  });

  it('summary without the description first: it waits for Details', () => {
    const root = mount(<Card card={card({ offices: [], links: {} })} describeFirst={false} />);
    expect(root.querySelector('.sc-description')).toBeNull();
    const details = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Details')!;
    details.click();
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        expect(root.querySelector('.sc-details .sc-description')?.textContent).toBe('A politician.');
        resolve();
      }, 0),
    );
  });

  it('full: everything, no toggle', () => {
    const root = mount(<Card card={card()} expanded />);
    expect(root.querySelector('.sc-details')).not.toBeNull();
    expect(root.querySelector('button')).toBeNull();
  });

  it('compact: the name is the disclosure button; the rest is hidden until it is pressed', () => {
    const root = mount(<Card card={card()} mode="compact" headingLevel={3} />);
    const button = root.querySelector('h3 > button.sc-disclosure')!;
    expect(button.textContent).toBe('Jane Example');
    expect((root.querySelector('.sc-more') as HTMLElement).hidden).toBe(true);
    expect(root.querySelector('.sc-headline')?.textContent).toBe('Minister of Examples');
  });

  it('renders dataset text as text and links only http(s) addresses', () => {
    const root = mount(
      <Card
        card={card({
          name: '<img src=x onerror="alert(1)">',
          description: '<b>bold</b>',
          links: { wikipedia: 'javascript:alert(1)', website: 'https://example.org/' },
        })}
        expanded
      />,
    );
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('.sc-name')?.textContent).toBe('<img src=x onerror="alert(1)">');
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.every((h) => /^https?:\/\//.test(h ?? ''))).toBe(true);
    expect(hrefs).toContain('https://example.org/');
  });
});
