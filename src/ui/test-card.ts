// A card with nothing known but its identity, for tests of the components that show cards; each test adds the
// fields it is about.
import type { Card } from '../shared/types.ts';

export function emptyCard(partial: Partial<Card> & Pick<Card, 'id' | 'name' | 'type'>): Card {
  return {
    qid: null,
    description: null,
    headline: null,
    countries: [],
    atDate: { date: '2024-10-24', offices: [] },
    offices: [],
    parties: [],
    sanctions: [],
    possibleSanctions: [],
    stateAffiliation: null,
    owner: null,
    reliability: null,
    designations: [],
    facts: [],
    links: {},
    ...partial,
  };
}
