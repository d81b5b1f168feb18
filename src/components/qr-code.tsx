import { useEffect, useState } from 'react';
import { cachedImport } from '../browser/cached-import';

// The QR encoder (uqr) is fetched only by a screen that shows a code, never with the first page. uqr: small, ESM,
// MIT, no dependencies, and it returns the module grid, drawn here as one SVG path (no canvas, no inline style: the CSP holds).
const loadQr = cachedImport(() => import('uqr'));

/** The most a code can carry and still be read by a phone from a screen (version 40 holds ~2,900 bytes at level L). */
export const QR_MAX_CHARS = 2_300;

interface Props {
  /** What the code carries (an address). */
  value: string;
  /** Says what the code is, for those who cannot see it. */
  label: string;
  className?: string;
}

/** A QR code drawn as one SVG path (text in, no image or script): loads its encoder on first use. */
export function QrCode({ value, label, className }: Props) {
  const [drawn, setDrawn] = useState<{ value: string; size: number; path: string } | null>(null);
  useEffect(() => {
    let live = true;
    void loadQr()
      .then(({ encode }) => {
        const { data, size } = encode(value, { ecc: value.length > 600 ? 'L' : 'M', border: 2 });
        let path = '';
        data.forEach((row, y) => row.forEach((dark, x) => dark && (path += `M${x} ${y}h1v1h-1z`)));
        if (live) setDrawn({ value, size, path });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [value]);
  const current = drawn?.value === value ? drawn : null;
  return (
    <svg
      className={className ? `qr-code ${className}` : 'qr-code'}
      role="img"
      aria-label={label}
      viewBox={current ? `0 0 ${current.size} ${current.size}` : '0 0 1 1'}
      shapeRendering="crispEdges"
    >
      <rect width="100%" height="100%" fill="#fff" />
      {current && <path d={current.path} fill="#000" />}
    </svg>
  );
}
