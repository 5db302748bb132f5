// The importers, in the order they run. Earlier sources' names win when two sources name the same entity.
// Importers that attach to existing entities (outlets by domain, sanctions by name + birth date) run after the
// curated entries are merged, so that they see those too.
import type { Importer } from '../types.ts';
import { wikidataOfficeholders } from './wikidata-officeholders.ts';
import { ciaFactbook } from './cia-factbook.ts';
import { usCongress } from './us-congress.ts';
import { captainfact } from './captainfact.ts';
import { partyfacts } from './partyfacts.ts';
import { supraverdenIgos } from './supraverden-igos.ts';
import { wikipediaPerennialSources } from './wikipedia-perennial-sources.ts';
import { ofacSdn } from './ofac-sdn.ts';
import { euSanctions } from './eu-sanctions.ts';

export const IMPORTERS_BEFORE_CURATED: Importer[] = [usCongress, wikidataOfficeholders, ciaFactbook, captainfact, partyfacts, supraverdenIgos];
export const IMPORTERS_AFTER_CURATED: Importer[] = [wikipediaPerennialSources, ofacSdn, euSanctions];
