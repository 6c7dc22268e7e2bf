// What was done, by CAMEO root: a table of bars, one column per direction or actor, coloured by QuadClass.
import { QUAD_COLOURS, ROOT_NAMES, type RootRow } from '../api.js';

interface Side { label: string; rows: RootRow[] }

const QUAD_OF_ROOT = (root: string) => (Number(root) <= 5 ? 1 : Number(root) <= 9 ? 2 : Number(root) <= 14 ? 3 : 4);

export function RootBars({ sides, caption }: { sides: Side[]; caption: string }) {
  const byRoot = sides.map((s) => {
    const m = new Map<string, number>();
    for (const r of s.rows) m.set(r.root, (m.get(r.root) ?? 0) + r.events);
    return m;
  });
  const roots = [...new Set(byRoot.flatMap((m) => [...m.keys()]))].sort();
  const max = Math.max(1, ...byRoot.flatMap((m) => [...m.values()]));
  return (
    <table className="root-bars">
      <caption>{caption}</caption>
      <thead><tr><th scope="col">CAMEO root</th>{sides.map((s) => <th key={s.label} scope="col">{s.label}</th>)}</tr></thead>
      <tbody>
        {roots.map((root) => (
          <tr key={root}>
            <th scope="row">{root} {ROOT_NAMES[root] ?? ''}</th>
            {byRoot.map((m, k) => {
              const n = m.get(root) ?? 0;
              return (
                <td key={k} className="bar-cell">
                  <span className="bar" style={{ width: `${(100 * n) / max}%`, background: QUAD_COLOURS[QUAD_OF_ROOT(root)] }} />
                  <span className="bar-value">{n || ''}</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
