// Map: located events on a world map drawn offline (world-atlas with d3-geo), clustered on a grid when dense.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { useState } from 'react';
import world from 'world-atlas/countries-110m.json';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { api, type Filters, type StoredEvent } from '../api.js';
import { useLoad } from '../route.js';
import { Status } from '../ui.js';
import { EventTable } from './Events.js';

const W = 960, H = 500, CELL = 18;
const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries);
const projection = geoNaturalEarth1().fitSize([W, H], countries);
const path = geoPath(projection);

interface Cluster { x: number; y: number; events: StoredEvent[] }

function clusters(events: StoredEvent[]): Cluster[] {
  const cells = new Map<string, Cluster>();
  for (const e of events) {
    if (e.location?.lat == null || e.location.lon == null) continue;
    const p = projection([e.location.lon, e.location.lat]);
    if (!p) continue;
    const key = `${Math.floor(p[0] / CELL)}:${Math.floor(p[1] / CELL)}`;
    const c = cells.get(key) ?? { x: 0, y: 0, events: [] };
    c.events.push(e);
    c.x += (p[0] - c.x) / c.events.length;
    c.y += (p[1] - c.y) / c.events.length;
    cells.set(key, c);
  }
  return [...cells.values()];
}

export function MapView({ filters }: { filters: Filters }) {
  const { data, error, loading } = useLoad(() => api.events(filters, 1000, 0), [JSON.stringify(filters)]);
  const [picked, setPicked] = useState<Cluster | null>(null);
  const located = (data?.events ?? []).filter((e) => e.location?.lat != null);
  const groups = clusters(located);
  return (
    <section aria-label="Map">
      <h2>Where <small>{located.length} located events of the first {data?.events.length ?? 0}; events with no place in the text are not pinned</small></h2>
      <Status loading={loading} error={error} empty={(data?.events.length ?? 0) === 0}>
        <svg viewBox={`0 0 ${W} ${H}`} className="chart map" role="img" aria-label="Map of events">
          <g className="land">{countries.features.map((f, k) => <path key={k} d={path(f) ?? ''} />)}</g>
          {groups.map((c, k) => (
            <circle key={k} className="cluster" cx={c.x} cy={c.y} r={3 + 3 * Math.sqrt(c.events.length)} onClick={() => setPicked(c)}>
              <title>{`${c.events.length} event${c.events.length === 1 ? '' : 's'}: ${[...new Set(c.events.map((e) => e.location!.name))].slice(0, 4).join(', ')}`}</title>
            </circle>
          ))}
        </svg>
      </Status>
      {picked && <EventTable events={picked.events} filters={filters} />}
    </section>
  );
}
