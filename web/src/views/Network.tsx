// Network: actors as nodes sized by activity, dyads as edges coloured by mean Goldstein; a click on an edge lists its events.
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { useState } from 'react';
import { api, type DyadRow, type Filters } from '../api.js';
import { useLoad } from '../route.js';
import { Status } from '../ui.js';
import { EventTable } from './Events.js';

interface Node extends SimulationNodeDatum { id: string; events: number }

function goldsteinColour(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  return t < 0 ? `rgb(${200 + 55 * -t | 0}, ${90 - 40 * t | 0}, 80)` : `rgb(70, ${110 + 60 * t | 0}, ${170 + 60 * t | 0})`;
}

function layout(rows: DyadRow[]): { nodes: Node[]; links: Array<{ source: Node; target: Node; row: DyadRow }> } {
  // Internal dyads (USA → USA) are no edge between two actors; they still size their node.
  const top = rows.filter((r) => r.target !== '-' && r.target !== r.source).slice(0, 80);
  const nodes = new Map<string, Node>();
  for (const r of top) {
    for (const id of [r.source, r.target]) nodes.set(id, { id, events: (nodes.get(id)?.events ?? 0) + r.events });
  }
  const links = top.map((r) => ({ source: nodes.get(r.source)!, target: nodes.get(r.target)!, row: r }));
  forceSimulation([...nodes.values()]).force('charge', forceManyBody().strength(-160)).force('link', forceLink(links).distance(90)).force('center', forceCenter(450, 300)).stop().tick(300);
  return { nodes: [...nodes.values()], links };
}

export function Network({ filters }: { filters: Filters }) {
  const { data, error, loading } = useLoad(() => api.dyads(filters, 'country'), [JSON.stringify(filters)]);
  const [picked, setPicked] = useState<DyadRow | null>(null);
  const edgeEvents = useLoad(
    () => (picked ? api.events({ ...filters, source: picked.source, target: picked.target }, 100, 0) : Promise.resolve(null)),
    [JSON.stringify(filters), picked?.source, picked?.target],
  );
  const { nodes, links } = layout(data?.rows ?? []);
  const max = Math.max(1, ...nodes.map((n) => n.events));
  return (
    <section aria-label="Network">
      <h2>Actor network <small>countries; edges coloured by mean Goldstein (red conflict, blue cooperation); click an edge</small></h2>
      <Status loading={loading} error={error} empty={links.length === 0}>
        <svg viewBox="0 0 900 600" className="chart network" role="img" aria-label="Actor network">
          {links.map((l) => (
            <line key={`${l.row.source}>${l.row.target}`} className="edge" data-dyad={`${l.row.source}>${l.row.target}`} x1={l.source.x} y1={l.source.y} x2={l.target.x} y2={l.target.y}
              stroke={goldsteinColour(l.row.mean_goldstein)} strokeWidth={1 + Math.sqrt(l.row.events)} onClick={() => setPicked(l.row)}>
              <title>{`${l.row.source} → ${l.row.target}: ${l.row.events} events, mean Goldstein ${l.row.mean_goldstein}`}</title>
            </line>
          ))}
          {nodes.map((n) => (
            <g key={n.id} transform={`translate(${n.x},${n.y})`} className="node">
              <circle r={4 + 16 * Math.sqrt(n.events / max)} />
              <text dy={-8 - 16 * Math.sqrt(n.events / max)} textAnchor="middle">{n.id}</text>
            </g>
          ))}
        </svg>
      </Status>
      {picked && (
        <div className="edge-events">
          <h3>{picked.source} → {picked.target}</h3>
          <Status loading={edgeEvents.loading} error={edgeEvents.error} empty={(edgeEvents.data?.events.length ?? 0) === 0}>
            <EventTable events={edgeEvents.data?.events ?? []} filters={filters} />
          </Status>
        </div>
      )}
    </section>
  );
}
