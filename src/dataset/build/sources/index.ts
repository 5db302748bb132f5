// The importers, in the order they run. Earlier sources' names win when two sources name the same entity.
import type { Importer } from '../types.ts';
import { wikidataOfficeholders } from './wikidata-officeholders.ts';
import { ciaFactbook } from './cia-factbook.ts';

export const IMPORTERS_BEFORE_CURATED: Importer[] = [wikidataOfficeholders, ciaFactbook];
export const IMPORTERS_AFTER_CURATED: Importer[] = [];
