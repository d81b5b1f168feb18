import { layoutLadder } from '../charts/ladder-geometry';

interface LadderFigureProps {
  /** Stage names, bottom rung first. */
  stageNames: string[];
  placement: number;
  /** Said after the current rung's name, for screen readers and in print ("current position"). */
  currentLabel: string;
  compact?: boolean;
}

const ROW = 40;

/**
 * The ten-rung ladder: rungs drawn in SVG from the shared geometry (as in the PDF), names as real
 * text beside them so they wrap on phones. Reached rungs are solid and ticked: colour is never the only cue.
 */
export function LadderFigure({ stageNames, placement, currentLabel, compact = false }: LadderFigureProps) {
  const rungCount = stageNames.length;
  const height = rungCount * ROW;
  const layout = layoutLadder({ placement, width: 96, height, ladderWidth: 56, rungCount, padding: 0 });
  return (
    <div className={compact ? 'ladder ladder--compact' : 'ladder'}>
      {/* Stretched to the labels' height so each rung sits beside its name; strokes keep their width. */}
      <svg
        className="ladder__drawing"
        viewBox={`-2 0 ${layout.width + 4} ${height}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        {layout.rails.map((rail) => (
          <line key={rail.x} x1={rail.x} x2={rail.x} y1={rail.y1} y2={rail.y2} className="ladder__rail" />
        ))}
        {layout.rungs.map((rung) => (
          <line
            key={rung.order}
            x1={rung.x1}
            x2={rung.x2}
            y1={rung.y}
            y2={rung.y}
            className={rung.reached ? 'ladder__rung ladder__rung--reached' : 'ladder__rung'}
          />
        ))}
        {layout.marker && (
          <path
            className="ladder__marker"
            d={`M ${layout.marker.x} ${layout.marker.y - layout.marker.size / 2} L ${layout.marker.x + layout.marker.size} ${layout.marker.y} L ${layout.marker.x} ${layout.marker.y + layout.marker.size / 2} Z`}
          />
        )}
      </svg>
      <ol className="ladder__labels" reversed>
        {[...layout.rungs].reverse().map((rung) => (
          <li
            key={rung.order}
            value={rung.order}
            className={rung.current ? 'ladder__label ladder__label--current' : rung.reached ? 'ladder__label ladder__label--reached' : 'ladder__label'}
          >
            <span aria-hidden="true" className="ladder__tick">
              {rung.reached ? '✓' : ''}
            </span>
            <span>
              {rung.order}. {stageNames[rung.order - 1]}
              {rung.current && <span className="visually-hidden"> ({currentLabel})</span>}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
