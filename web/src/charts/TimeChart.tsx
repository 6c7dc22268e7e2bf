// Events per period stacked by QuadClass with a readable time axis, mean Goldstein beneath on the same axis, and a brush
// (drag across the bars) that sets the From and To filters every view shares.
import { useRef, useState, type PointerEvent } from 'react';
import { QUAD_COLOURS, QUAD_NAMES, type CountRow, type Period } from '../api.js';
import { setParams } from '../route.js';
import { buckets, niceTicks, periodLabel, periodRange, tickIndices, type Bucket } from '../time.js';

const W = 900, L = 48, R = 14, T = 12, B = 30;

interface Props {
  rows: CountRow[];
  period: Period;
  /** The periods to draw, when charts side by side must share their axis. */
  span?: [string, string];
  height?: number;
  label: string;
  /** Draw mean Goldstein per period beneath the bars. */
  goldstein?: boolean;
  /** Dragging across the chart sets From and To. */
  brush?: boolean;
  /** The From/To range now in force, shaded. */
  selected?: { from?: string; to?: string };
  className?: string;
}

function XAxis({ bs, period, x, bw, y0 }: { bs: Bucket[]; period: Period; x: (k: number) => number; bw: number; y0: number }) {
  const labelWidth = period === 'year' ? 44 : period === 'month' ? 70 : 92;
  return (
    <g className="axis x-axis">
      <line x1={L} x2={W - R} y1={y0} y2={y0} className="axis-line" />
      {tickIndices(bs.map((b) => b.period), period, W - L - R, labelWidth).map((k) => (
        <g key={bs[k]!.period}>
          <line x1={x(k) + bw / 2} x2={x(k) + bw / 2} y1={y0} y2={y0 + 4} className="axis-line" />
          <text x={x(k) + bw / 2} y={y0 + 16} textAnchor="middle">{periodLabel(bs[k]!.period, period)}</text>
        </g>
      ))}
    </g>
  );
}

export function TimeChart({ rows, period, span, height = 200, label, goldstein = false, brush = false, selected, className = '' }: Props) {
  const bs = buckets(rows, period, span);
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<[number, number] | null>(null);
  const max = Math.max(1, ...bs.map((b) => b.total));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1]!;
  const bw = (W - L - R) / Math.max(1, bs.length);
  const x = (k: number) => L + k * bw;
  const y = (v: number) => height - B - (v / top) * (height - T - B);
  const indexAt = (clientX: number) => {
    const box = svg.current!.getBoundingClientRect();
    const vx = ((clientX - box.left) / box.width) * W;
    return Math.max(0, Math.min(bs.length - 1, Math.floor((vx - L) / bw)));
  };
  const down = (e: PointerEvent<SVGRectElement>) => {
    if (!brush || bs.length === 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const k = indexAt(e.clientX);
    setDrag([k, k]);
  };
  const move = (e: PointerEvent<SVGRectElement>) => drag && setDrag([drag[0], indexAt(e.clientX)]);
  const up = () => {
    if (!drag) return;
    const [a, b] = [Math.min(...drag), Math.max(...drag)];
    setDrag(null);
    setParams({ from: periodRange(bs[a]!.period, period)[0], to: periodRange(bs[b]!.period, period)[1], page: '' });
  };
  // The shaded range: the one being dragged, else the From/To in force.
  let shade: [number, number] | null = drag ? [Math.min(...drag), Math.max(...drag)] : null;
  if (!shade && selected && (selected.from || selected.to) && bs.length > 0) {
    const inside = bs.map((b, k) => [k, periodRange(b.period, period)] as const).filter(([, [s, e]]) => (!selected.to || s <= selected.to) && (!selected.from || e >= selected.from));
    if (inside.length > 0 && inside.length < bs.length) shade = [inside[0]![0], inside[inside.length - 1]![0]];
  }
  const g = (v: number) => 110 / 2 - (v / 10) * (110 / 2 - 12);
  return (
    <div className={`time-chart ${className}`}>
      <svg ref={svg} viewBox={`0 0 ${W} ${height}`} role="img" aria-label={label} className={`chart timeline${brush ? ' brushable' : ''}`}>
        <g className="axis y-axis">
          {ticks.map((t) => (
            <g key={t}>
              <line x1={L} x2={W - R} y1={y(t)} y2={y(t)} className="grid" />
              <text x={L - 6} y={y(t) + 4} textAnchor="end">{t}</text>
            </g>
          ))}
        </g>
        {bs.map((b, k) => {
          let base = 0;
          return [1, 2, 3, 4].map((q) => {
            const v = b.counts[q] ?? 0;
            const rect = v ? <rect key={`${b.period}-${q}`} x={x(k) + 0.5} y={y(base + v)} width={Math.max(1, bw - 1)} height={y(base) - y(base + v)} fill={QUAD_COLOURS[q]}><title>{`${periodLabel(b.period, period)}: ${v} ${QUAD_NAMES[q]}`}</title></rect> : null;
            base += v;
            return rect;
          });
        })}
        <XAxis bs={bs} period={period} x={x} bw={bw} y0={height - B} />
        {shade && <rect className="brush-selection" x={x(shade[0])} y={T} width={(shade[1] - shade[0] + 1) * bw} height={height - T - B} />}
        {brush && <rect className="brush-overlay" x={L} y={T} width={W - L - R} height={height - T - B} onPointerDown={down} onPointerMove={move} onPointerUp={up} />}
      </svg>
      {goldstein && (
        <svg viewBox={`0 0 ${W} 110`} role="img" aria-label={`Mean Goldstein score, ${label}`} className="chart goldstein">
          <g className="axis y-axis">
            {[-10, -5, 0, 5, 10].map((t) => (
              <g key={t}>
                <line x1={L} x2={W - R} y1={g(t)} y2={g(t)} className={t === 0 ? 'zero' : 'grid'} />
                <text x={L - 6} y={g(t) + 4} textAnchor="end">{t > 0 ? `+${t}` : t}</text>
              </g>
            ))}
          </g>
          {bs.map((b, k) => (b.goldstein === null ? null : (
            <circle key={b.period} cx={x(k) + bw / 2} cy={g(b.goldstein)} r={Math.min(4, Math.max(1.5, bw / 3))} className="goldstein-point" fill={b.goldstein < 0 ? '#c0392b' : '#2c6fbb'}>
              <title>{`${periodLabel(b.period, period)}: mean Goldstein ${b.goldstein.toFixed(1)} over ${b.total} events`}</title>
            </circle>
          )))}
          {/* The line joins neighbouring periods only: a period with no events breaks it. */}
          {bs.map((b, k) => {
            const prev = bs[k - 1];
            if (!prev || prev.goldstein === null || b.goldstein === null) return null;
            return <line key={b.period} x1={x(k - 1) + bw / 2} y1={g(prev.goldstein)} x2={x(k) + bw / 2} y2={g(b.goldstein)} stroke="#555" strokeWidth={1} />;
          })}
          <text x={W - R} y={12} textAnchor="end" className="axis">mean Goldstein (−10 conflict … +10 cooperation)</text>
        </svg>
      )}
    </div>
  );
}

export function QuadLegend() {
  return <p className="legend">{[1, 2, 3, 4].map((q) => <span key={q}><i style={{ background: QUAD_COLOURS[q] }} /> {QUAD_NAMES[q]}</span>)}</p>;
}
