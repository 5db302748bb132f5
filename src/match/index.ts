// Name finding and linking: the public interface used by the dataset build (buildNameIndex), the
// extension's worker (createLinker) and the search box (normalizeName).
export { buildNameIndex, type NameIndex } from './build-index.ts';
export { createLinker, type Linker, type LinkOptions } from './linker.ts';
export { normalizeName } from './normalize.ts';
