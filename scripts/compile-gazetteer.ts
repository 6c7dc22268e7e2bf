// Build step: compiles the gazetteer (GeoNames cities, world-atlas countries, data/gazetteer/*.yaml) into dist/compiled/gazetteer.json.
import { buildGazetteer, COMPILED_GAZETTEER, writeCompiledGazetteer } from '../src/stages/places/gazetteer.js';

const started = performance.now();
const compiled = buildGazetteer();
writeCompiledGazetteer(compiled);
console.log(`dyad: compiled ${compiled.places.length} places into ${COMPILED_GAZETTEER} in ${Math.round(performance.now() - started)} ms`);
