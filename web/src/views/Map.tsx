// Map: every located event of the filter on a world map drawn offline (world-atlas with d3-geo), clustered when dense and
// coloured by QuadClass, or a choropleth of events by country; a click lists the events there.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { api, apiFilters, isNobody, QUAD_COLOURS, QUAD_NAMES, type Filters, type PlaceRow } from '../api.js';
import { onActivate, setParams, useLoad } from '../route.js';
import { Status } from '../ui.js';
import { countryName, isCountry, numericOf } from '../countries.js';
import { ZoomPane } from '../charts/ZoomPane.js';
import { QuadLegend } from '../charts/TimeChart.js';
import { EventTable } from './Events.js';

const W = 960, H = 500, CELL = 16;
const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries);
const projection = geoNaturalEarth1().fitSize([W, H], countries);
const path = geoPath(projection);

interface Cluster { key: string; x: number; y: number; events: number; byQuad: Record<number, number>; places: Map<string, number> }

/** Places on one cell of the projected map are one cluster, at their weighted centre, coloured by their commonest QuadClass. */
export function clusters(rows: PlaceRow[]): Cluster[] {
  const cells = new Map<string, Cluster>();
  for (const r of rows) {
    const p = projection([r.lon, r.lat]);
    if (!p) continue;
    const key = `${Math.floor(p[0] / CELL)}:${Math.floor(p[1] / CELL)}`;
    const c = cells.get(key) ?? { key, x: 0, y: 0, events: 0, byQuad: {}, places: new Map<string, number>() };
    c.x = (c.x * c.events + p[0] * r.events) / (c.events + r.events);
    c.y = (c.y * c.events + p[1] * r.events) / (c.events + r.events);
    c.events += r.events;
    c.byQuad[r.quad_class] = (c.byQuad[r.quad_class] ?? 0) + r.events;
    c.places.set(r.name, (c.places.get(r.name) ?? 0) + r.events);
    cells.set(key, c);
  }
  return [...cells.values()].sort((a, b) => b.events - a.events);
}

const dominant = (c: Cluster) => Number(Object.entries(c.byQuad).sort((a, b) => b[1] - a[1])[0]![0]);
const BINS = [1, 3, 10, 30, 100];
const SHADES = ['#fde0c5', '#facba6', '#f59e72', '#ea6f4f', '#c1403d'];
const shade = (n: number) => SHADES[Math.max(0, BINS.filter((b) => n >= b).length - 1)]!;

/** Events with an actor of each country (either side, once per event), from the dyad matrix. */
function countryCounts(rows: Array<{ source: string; target: string; events: number }>): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) {
    for (const c of new Set([r.source, r.target])) if (!isNobody(c) && isCountry(c)) m.set(c, (m.get(c) ?? 0) + r.events);
  }
  return m;
}

function PlaceEvents({ places, filters }: { places: string[]; filters: Filters }) {
  const load = useLoad(async () => (await Promise.all(places.map((place) => api.events({ ...filters, place }, 100, 0)))).flatMap((r) => r.events), [JSON.stringify(filters), places.join('|')]);
  return (
    <div className="map-events">
      <h3>{places.join(', ')} <small><button type="button" className="link" onClick={() => setParams({ at: '' })}>close</button></small></h3>
      <Status loading={load.loading} error={load.error} empty={(load.data?.length ?? 0) === 0}><EventTable events={load.data ?? []} filters={filters} /></Status>
    </div>
  );
}

function CountryEvents({ code, filters }: { code: string; filters: Filters }) {
  const load = useLoad(() => api.events({ ...filters, country: code }, 100, 0), [JSON.stringify(filters), code]);
  return (
    <div className="map-events">
      <h3>{countryName(code)} <small>events with a {code} actor{(load.data?.total ?? 0) > 100 ? `, the first 100 of ${load.data?.total}` : ''} · <button type="button" className="link" onClick={() => setParams({ cc: '' })}>close</button></small></h3>
      <Status loading={load.loading} error={load.error} empty={(load.data?.events.length ?? 0) === 0}><EventTable events={load.data?.events ?? []} filters={filters} /></Status>
    </div>
  );
}

export function MapView({ filters }: { filters: Filters }) {
  const f = apiFilters(filters);
  const choropleth = filters['mode'] === 'countries';
  const places = useLoad(() => api.places(f), [JSON.stringify(f)]);
  const dyads = useLoad(() => (choropleth ? api.dyads(f, 'country') : Promise.resolve({ rows: [] })), [JSON.stringify(f), choropleth]);
  const groups = clusters(places.data?.rows ?? []);
  const located = groups.reduce((s, c) => s + c.events, 0);
  const perCountry = countryCounts(dyads.data?.rows ?? []);
  const byNumber = new Map([...perCountry].map(([c, n]) => [numericOf(c) ?? '', [c, n] as const]));
  const maxEvents = Math.max(1, ...groups.map((c) => c.events));
  return (
    <section aria-labelledby="map-title">
      <h2 id="map-title">Where <small>{choropleth ? 'events by the countries of their actors' : `all ${located} located events of these filters; events whose text names no place are not on the map`}</small></h2>
      <div className="map-controls" role="group" aria-label="Map mode">
        <button type="button" aria-pressed={!choropleth} onClick={() => setParams({ mode: '', cc: '' })}>Places (clustered)</button>
        <button type="button" aria-pressed={choropleth} onClick={() => setParams({ mode: 'countries', at: '' })}>Countries (choropleth)</button>
      </div>
      <Status loading={places.loading || dyads.loading} error={places.error ?? dyads.error} empty={choropleth ? perCountry.size === 0 : groups.length === 0}>
        <ZoomPane box={[0, 0, W, H]} label="Map of events: arrow keys pan, + and − zoom" className="map" height={560}>
          <g className="land">
            {countries.features.map((c, k) => {
              const hit = choropleth ? byNumber.get(String(c.id)) : undefined;
              const d = path(c) ?? '';
              if (!hit) return <path key={k} d={d} />;
              return (
                <path key={k} d={d} className="country-hit" data-country={hit[0]} fill={shade(hit[1])} aria-label={`${countryName(hit[0])}: ${hit[1]} events`} {...onActivate(() => setParams({ cc: hit[0] }))}>
                  <title>{`${countryName(hit[0])}: ${hit[1]} events`}</title>
                </path>
              );
            })}
          </g>
          {!choropleth && groups.map((c) => {
            const names = [...c.places.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n);
            const text = `${c.events} event${c.events === 1 ? '' : 's'} at ${names.slice(0, 4).join(', ')}${names.length > 4 ? ` and ${names.length - 4} more` : ''}, mostly ${QUAD_NAMES[dominant(c)]}`;
            return (
              <circle key={c.key} className="cluster" data-places={names.join('|')} cx={c.x} cy={c.y} r={3 + 12 * Math.sqrt(c.events / maxEvents)} fill={QUAD_COLOURS[dominant(c)]}
                aria-label={text} {...onActivate(() => setParams({ at: names.slice(0, 12).join('|') }))}>
                <title>{text}</title>
              </circle>
            );
          })}
        </ZoomPane>
        {choropleth ? (
          <p className="legend choropleth-legend">Events with an actor of the country: {BINS.map((b, k) => <span key={b}><i style={{ background: SHADES[k] }} /> {b}{k === BINS.length - 1 ? '+' : `–${BINS[k + 1]! - 1}`}</span>)}</p>
        ) : (
          <><QuadLegend /><p className="note">A circle is one place or several close together, sized by events and coloured by their commonest QuadClass.</p></>
        )}
      </Status>
      {filters['at'] && <PlaceEvents places={filters['at'].split('|')} filters={f} />}
      {filters['cc'] && <CountryEvents code={filters['cc']} filters={f} />}
    </section>
  );
}
