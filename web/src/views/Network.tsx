// Network: countries as nodes sized by activity, dyads as edges (both directions together) whose width is the count and
// colour the mean Goldstein; zoom and pan; unknown doers and non-state codes kept apart; a click on an edge lists its events.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { api, apiFilters, isNobody, QUAD_NAMES, type DyadRow, type Filters } from '../api.js';
import { hrefOf, onActivate, setParams, useLoad } from '../route.js';
import { Status } from '../ui.js';
import { countryName, isCountry } from '../countries.js';
import { EventTable } from './Events.js';
import { ZoomPane } from '../charts/ZoomPane.js';

interface Node extends SimulationNodeDatum { id: string; events: number; country: boolean }
interface Edge { a: string; b: string; events: number; goldstein: number }
interface Link { source: Node; target: Node; edge: Edge }

export function goldsteinColour(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  return t < 0 ? `rgb(${200 + 55 * -t | 0}, ${90 + 40 * t | 0}, 80)` : `rgb(70, ${110 + 60 * t | 0}, ${170 + 60 * t | 0})`;
}

const edgeWidth = (n: number) => 1 + 1.6 * Math.sqrt(n);
const MAX_EDGES = 80;
const FRAME_W = 900, FRAME_H = 600;

/** Both directions of each pair as one edge; unknown doers and (unless shown) non-state codes left out and counted. */
export function graphOf(rows: DyadRow[], showAgents: boolean): { edges: Edge[]; unknown: number; agents: number; activity: Map<string, number> } {
  const edges = new Map<string, Edge>();
  const activity = new Map<string, number>();
  let unknown = 0, agents = 0;
  for (const r of rows) {
    if (isNobody(r.source)) { unknown += r.events; continue; }
    const drawn = (c: string) => !isNobody(c) && (showAgents || isCountry(c));
    if (!drawn(r.source) || (!isNobody(r.target) && !drawn(r.target))) { agents += r.events; continue; }
    activity.set(r.source, (activity.get(r.source) ?? 0) + r.events);
    if (isNobody(r.target) || r.target === r.source) continue;
    activity.set(r.target, (activity.get(r.target) ?? 0) + r.events);
    const [a, b] = [r.source, r.target].sort() as [string, string];
    const e = edges.get(`${a}~${b}`) ?? { a, b, events: 0, goldstein: 0 };
    e.goldstein = (e.goldstein * e.events + r.mean_goldstein * r.events) / (e.events + r.events);
    e.events += r.events;
    edges.set(`${a}~${b}`, e);
  }
  return { edges: [...edges.values()].sort((x, y) => y.events - x.events).slice(0, MAX_EDGES), unknown, agents, activity };
}

function layout(edges: Edge[], activity: Map<string, number>): { nodes: Node[]; links: Link[]; box: [number, number, number, number] } {
  const nodes = new Map<string, Node>();
  for (const e of edges) for (const id of [e.a, e.b]) nodes.set(id, { id, events: activity.get(id) ?? 0, country: isCountry(id) });
  const links = edges.map((edge) => ({ source: nodes.get(edge.a)!, target: nodes.get(edge.b)!, edge }));
  const max = Math.max(1, ...[...nodes.values()].map((n) => n.events));
  const radius = (n: Node) => 5 + 16 * Math.sqrt(n.events / max);
  // Gravity towards the middle keeps small components near the rest.
  forceSimulation([...nodes.values()]).force('charge', forceManyBody().strength(-220)).force('link', forceLink(links).distance(100))
    .force('collide', forceCollide<Node>((n) => radius(n) + 14)).force('x', forceX(0).strength(0.07)).force('y', forceY(0).strength(0.1)).stop().tick(300);
  // Scaled into the frame with room for the labels: nothing is cut off, and text keeps its size.
  const all = [...nodes.values()];
  const xs = all.map((n) => n.x ?? 0), ys = all.map((n) => n.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = 40;
  const k = Math.min((FRAME_W - 2 * pad) / Math.max(1, x1 - x0), (FRAME_H - 2 * pad - 20) / Math.max(1, y1 - y0), 1.5);
  for (const n of all) {
    n.x = FRAME_W / 2 + ((n.x ?? 0) - (x0 + x1) / 2) * k;
    n.y = FRAME_H / 2 + 10 + ((n.y ?? 0) - (y0 + y1) / 2) * k;
  }
  const box: [number, number, number, number] = [0, 0, FRAME_W, FRAME_H];
  return { nodes: [...nodes.values()], links, box };
}

function Legend() {
  return (
    <div className="network-legend" aria-label="Legend">
      <span>Edge colour: mean Goldstein</span>
      <svg viewBox="0 0 220 30" width="220" height="30" role="img" aria-label="from −10, conflict, in red to +10, cooperation, in blue">
        {Array.from({ length: 21 }, (_, k) => <rect key={k} x={10 + k * 9.5} y={2} width={10} height={10} fill={goldsteinColour(k - 10)} />)}
        <text x={10} y={26} className="axis">−10</text><text x={110} y={26} textAnchor="middle" className="axis">0</text><text x={210} y={26} textAnchor="end" className="axis">+10</text>
      </svg>
      <span>Edge width: events</span>
      <svg viewBox="0 0 180 30" width="180" height="30" role="img" aria-label="1, 10 and 50 events">
        {[1, 10, 50].map((n, k) => <g key={n}><line x1={10 + k * 60} x2={50 + k * 60} y1={10} y2={10} stroke="#555" strokeWidth={edgeWidth(n)} /><text x={30 + k * 60} y={28} textAnchor="middle" className="axis">{n}</text></g>)}
      </svg>
    </div>
  );
}

function EdgeEvents({ edge, filters }: { edge: string; filters: Filters }) {
  const [a = '', b = ''] = edge.split('~');
  const load = useLoad(async () => {
    const [x, y] = await Promise.all([api.events({ ...filters, source: a, target: b }, 100, 0), api.events({ ...filters, source: b, target: a }, 100, 0)]);
    return [...x.events, ...y.events];
  }, [JSON.stringify(filters), edge]);
  return (
    <div className="edge-events">
      <h3>{a} ⇄ {b} <small><a href={hrefOf('dyad', { ...filters, a, b })}>open the dyad view</a> · <button type="button" className="link" onClick={() => setParams({ edge: '' })}>close</button></small></h3>
      <Status loading={load.loading} error={load.error} empty={(load.data?.length ?? 0) === 0}>
        <EventTable events={load.data ?? []} filters={filters} />
      </Status>
    </div>
  );
}

export function Network({ filters }: { filters: Filters }) {
  const f = apiFilters(filters);
  const showAgents = filters['agents'] === '1';
  const { data, error, loading } = useLoad(() => api.dyads(f, 'country'), [JSON.stringify(f)]);
  const { edges, unknown, agents, activity } = graphOf(data?.rows ?? [], showAgents);
  const { nodes, links, box } = layout(edges, activity);
  const max = Math.max(1, ...nodes.map((n) => n.events));
  const quad = f['quad'] ?? '';
  return (
    <section aria-labelledby="network-title">
      <h2 id="network-title">Actor network <small>countries; an edge is both directions of a dyad; click an edge for its events, a country for its view</small></h2>
      <div className="network-controls">
        <span role="group" aria-label="QuadClass">
          {['', '1', '2', '3', '4'].map((q) => <button key={q} type="button" aria-pressed={quad === q} onClick={() => setParams({ quad: q, edge: '' })}>{q ? QUAD_NAMES[Number(q)] : 'All events'}</button>)}
        </span>
        <label><input type="checkbox" checked={showAgents} onChange={(e) => setParams({ agents: e.target.checked ? '1' : '' })} /> show organisations and groups with no country (IGO, MED, …)</label>
      </div>
      <Status loading={loading} error={error} empty={links.length === 0}>
        <ZoomPane box={box} label="Actor network: arrow keys pan, + and − zoom" className="network">
          {links.map((l) => (
            <line key={`${l.edge.a}~${l.edge.b}`} className="edge" data-dyad={`${l.edge.a}~${l.edge.b}`} x1={l.source.x} y1={l.source.y} x2={l.target.x} y2={l.target.y}
              stroke={goldsteinColour(l.edge.goldstein)} strokeWidth={edgeWidth(l.edge.events)} aria-label={`${l.edge.a} and ${l.edge.b}: ${l.edge.events} events, mean Goldstein ${l.edge.goldstein.toFixed(1)}`}
              {...onActivate(() => setParams({ edge: `${l.edge.a}~${l.edge.b}` }))}>
              <title>{`${l.edge.a} ⇄ ${l.edge.b}: ${l.edge.events} events, mean Goldstein ${l.edge.goldstein.toFixed(1)}`}</title>
            </line>
          ))}
          {nodes.map((n) => {
            const r = 5 + 16 * Math.sqrt(n.events / max);
            return (
              <a key={n.id} href={hrefOf('actor', f, n.id)} className={`node${n.country ? '' : ' agent'}`} data-node={n.id} aria-label={`${n.id}${n.country ? ` (${countryName(n.id)})` : ''}: ${n.events} events`}>
                <g transform={`translate(${n.x},${n.y})`}>
                  {n.country ? <circle r={r} /> : <rect x={-r} y={-r} width={2 * r} height={2 * r} />}
                  <text dy={-r - 4} textAnchor="middle">{n.id}</text>
                </g>
              </a>
            );
          })}
        </ZoomPane>
        <Legend />
      </Status>
      {(unknown > 0 || agents > 0) && (
        <p className="note network-apart">
          Not drawn: {unknown > 0 && <>{unknown} event{unknown === 1 ? '' : 's'} whose doer is unknown</>}{unknown > 0 && agents > 0 && '; '}
          {agents > 0 && <>{agents} event{agents === 1 ? '' : 's'} of organisations and groups with no country{showAgents ? '' : ' (tick the box to draw them)'}</>}.
        </p>
      )}
      <details className="dyad-list">
        <summary>The {edges.length} edges as a table</summary>
        <table><thead><tr><th>Dyad</th><th className="num">Events</th><th className="num">Mean Goldstein</th></tr></thead><tbody>
          {edges.map((e) => <tr key={`${e.a}~${e.b}`}><td><a href={hrefOf('dyad', { ...f, a: e.a, b: e.b })}>{e.a} ⇄ {e.b}</a></td><td className="num">{e.events}</td><td className="num">{e.goldstein.toFixed(1)}</td></tr>)}
        </tbody></table>
      </details>
      {filters['edge'] && <EdgeEvents edge={filters['edge']} filters={f} />}
    </section>
  );
}
