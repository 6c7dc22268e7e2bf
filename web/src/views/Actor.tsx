// The actor view: one actor code or prefix (a country: TUR, or an actor: TURGOV) — its trend, its partners both ways, its codes and what it does.
import { api, apiFilters, isNobody, type DyadRow, type Filters } from '../api.js';
import { hrefOf, useLoad } from '../route.js';
import { Status } from '../ui.js';
import { QuadLegend, TimeChart } from '../charts/TimeChart.js';
import { RootBars } from '../charts/RootBars.js';
import { countryName, isCountry } from '../countries.js';
import { EventTable } from './Events.js';
import { PeriodPicker, periodOf } from './Overview.js';

interface Partner { code: string; out: number; in: number; weighted: number }

/** The other side of each dyad the actor is in, with events each way; events within the actor itself apart. */
function partnersOf(code: string, rows: DyadRow[]): { partners: Partner[]; internal: number } {
  const map = new Map<string, Partner>();
  let internal = 0;
  for (const r of rows) {
    const src = r.source.startsWith(code), tgt = r.target.startsWith(code);
    if (src && tgt) { internal += r.events; continue; }
    const other = src ? r.target : r.source;
    const p = map.get(other) ?? { code: other, out: 0, in: 0, weighted: 0 };
    if (src) p.out += r.events;
    else p.in += r.events;
    p.weighted += r.mean_goldstein * r.events;
    map.set(other, p);
  }
  return { partners: [...map.values()].sort((a, b) => b.out + b.in - (a.out + a.in)), internal };
}

export function ActorView({ code, filters }: { code: string; filters: Filters }) {
  const period = periodOf(filters);
  const { actor: _a, ...rest } = apiFilters(filters);
  const f: Filters = { ...rest, actor: code };
  const key = [JSON.stringify(f)];
  const counts = useLoad(() => api.counts(f, period), [...key, period]);
  const dyads = useLoad(() => api.dyads(f, 'code'), key);
  const asSource = useLoad(() => api.roots({ ...rest, source: code }), key);
  const asTarget = useLoad(() => api.roots({ ...rest, target: code }), key);
  const events = useLoad(async () => {
    const { total } = await api.events(f, 0, 0);
    return api.events(f, 20, Math.max(0, total - 20));
  }, key);
  const rows = dyads.data?.rows ?? [];
  const { partners, internal } = partnersOf(code, rows);
  const codes = new Map<string, number>();
  for (const r of rows) for (const c of [r.source, r.target]) if (c.startsWith(code)) codes.set(c, (codes.get(c) ?? 0) + r.events);
  return (
    <section aria-labelledby="actor-title">
      <h2 id="actor-title">{code} <small>{isCountry(code) ? countryName(code) : 'actor code or prefix'}: its events on either side</small></h2>
      <Status loading={counts.loading} error={counts.error} empty={(counts.data?.rows.length ?? 0) === 0}>
        <h3>Trend <small>by</small> <PeriodPicker period={period} /></h3>
        <TimeChart rows={counts.data?.rows ?? []} period={period} height={160} label={`Events of ${code} per ${period}`} goldstein brush selected={{ from: f['from'], to: f['to'] }} />
        <QuadLegend />
        <div className="columns">
          <div>
            <h3>Partners</h3>
            <table className="partners">
              <thead><tr><th>Partner</th><th className="num">{code} → it</th><th className="num">it → {code}</th><th className="num">Mean Goldstein</th><th>Dyad</th></tr></thead>
              <tbody>
                {partners.slice(0, 20).map((p) => (
                  <tr key={p.code}>
                    <td>{isNobody(p.code) ? <span className="unknown">{p.code === '' ? 'unknown' : 'no target'}</span> : <a href={hrefOf('actor', rest, p.code)}>{p.code}</a>}</td>
                    <td className="num">{p.out}</td><td className="num">{p.in}</td><td className="num">{(p.weighted / Math.max(1, p.out + p.in)).toFixed(1)}</td>
                    <td>{isNobody(p.code) ? null : <a href={hrefOf('dyad', { ...rest, a: code, b: p.code })}>both ways</a>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {internal > 0 && <p className="note">{internal} event{internal === 1 ? '' : 's'} within {code} (both sides its codes)</p>}
          </div>
          <div>
            <h3>Codes</h3>
            <table className="actor-codes"><tbody>
              {[...codes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([c, n]) => <tr key={c}><td><a href={hrefOf('actor', rest, c)}>{c}</a></td><td className="num">{n}</td></tr>)}
            </tbody></table>
          </div>
        </div>
        <RootBars caption={`What ${code} does and what is done to it, by CAMEO root`} sides={[{ label: `by ${code}`, rows: asSource.data?.rows ?? [] }, { label: `to ${code}`, rows: asTarget.data?.rows ?? [] }]} />
        <h3>Latest events <small><a href={hrefOf('events', f)}>all {events.data?.total ?? ''} in the table</a></small></h3>
        <EventTable events={[...(events.data?.events ?? [])].reverse()} filters={f} evidence />
      </Status>
    </section>
  );
}
