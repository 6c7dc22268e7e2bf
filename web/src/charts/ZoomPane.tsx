// An SVG that zooms (wheel, + and − keys or buttons) and pans (drag, arrow keys) by moving its viewBox; it starts framed on `box`.
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

type Box = [number, number, number, number];

export function ZoomPane({ box, label, className, children, height = 600 }: { box: Box; label: string; className: string; children: ReactNode; height?: number }) {
  const svg = useRef<SVGSVGElement>(null);
  const [view, setView] = useState<Box>(box);
  const drag = useRef<{ x: number; y: number; view: Box } | null>(null);
  const boxKey = box.join(',');
  useEffect(() => setView(box), [boxKey]);

  const zoom = (factor: number, cx = view[0] + view[2] / 2, cy = view[1] + view[3] / 2) =>
    setView(([x, y, w, h]) => [cx - (cx - x) * factor, cy - (cy - y) * factor, w * factor, h * factor]);
  const pan = (dx: number, dy: number) => setView(([x, y, w, h]) => [x + dx * w, y + dy * h, w, h]);

  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    // A wheel listener that may prevent the page from scrolling must not be passive, which React's are.
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = el.getBoundingClientRect();
      setView(([x, y, w, h]) => {
        const f = e.deltaY > 0 ? 1.15 : 1 / 1.15;
        const cx = x + ((e.clientX - r.left) / r.width) * w, cy = y + ((e.clientY - r.top) / r.height) * h;
        return [cx - (cx - x) * f, cy - (cy - y) * f, w * f, h * f];
      });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  const down = (e: PointerEvent<SVGSVGElement>) => {
    if (e.target !== e.currentTarget && !(e.target as Element).classList.contains('pane-background')) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, y: e.clientY, view };
  };
  const move = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const r = e.currentTarget.getBoundingClientRect();
    setView([d.view[0] - ((e.clientX - d.x) / r.width) * d.view[2], d.view[1] - ((e.clientY - d.y) / r.height) * d.view[3], d.view[2], d.view[3]]);
  };
  const key = (e: KeyboardEvent<SVGSVGElement>) => {
    if (e.target !== e.currentTarget) return;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => pan(-0.1, 0), ArrowRight: () => pan(0.1, 0), ArrowUp: () => pan(0, -0.1), ArrowDown: () => pan(0, 0.1),
      '+': () => zoom(1 / 1.25), '=': () => zoom(1 / 1.25), '-': () => zoom(1.25), '0': () => setView(box),
    };
    const action = moves[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };
  return (
    <div className="zoom-pane">
      <div className="zoom-controls" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoom(1 / 1.25)} aria-label="Zoom in">+</button>
        <button type="button" onClick={() => zoom(1.25)} aria-label="Zoom out">−</button>
        <button type="button" onClick={() => setView(box)}>Reset view</button>
      </div>
      <svg ref={svg} viewBox={view.join(' ')} className={`chart ${className}`} role="group" aria-label={label} tabIndex={0} data-viewbox={view.map((v) => v.toFixed(1)).join(' ')}
        style={{ aspectRatio: `${box[2]} / ${box[3]}`, maxHeight: height }} preserveAspectRatio="xMidYMid meet"
        onPointerDown={down} onPointerMove={move} onPointerUp={() => { drag.current = null; }} onKeyDown={key}>
        <rect className="pane-background" x={view[0]} y={view[1]} width={view[2]} height={view[3]} />
        {children}
      </svg>
    </div>
  );
}
