import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Detector {
  detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]>;
}
type DetectorConstructor = new (options: { formats: string[] }) => Detector;

/**
 * Reads participants' QR codes with this device's camera, where the browser can (BarcodeDetector; the caller shows
 * this only then). Each new share link read is handed over once; pasting always works as well.
 */
export function QrScanner({ onLink }: { onLink: (link: string) => void }) {
  const { t } = useTranslation('workshop');
  const [on, setOn] = useState(false);
  const [problem, setProblem] = useState(false);
  const [read, setRead] = useState(0);
  const video = useRef<HTMLVideoElement>(null);
  const handler = useRef(onLink);
  useEffect(() => {
    handler.current = onLink;
  }, [onLink]);

  useEffect(() => {
    if (!on) return;
    let stream: MediaStream | null = null;
    let timer = 0;
    let live = true;
    const seen = new Set<string>();
    const Barcode = (window as unknown as { BarcodeDetector: DetectorConstructor }).BarcodeDetector;
    const detector = new Barcode({ formats: ['qr_code'] });
    const scan = async () => {
      if (!live || !video.current) return;
      try {
        for (const code of await detector.detect(video.current)) {
          if (code.rawValue.includes('/shared/') && !seen.has(code.rawValue)) {
            seen.add(code.rawValue);
            setRead((n) => n + 1);
            handler.current(code.rawValue);
          }
        }
      } catch {
        // A frame that could not be read: the next one will do.
      }
      timer = window.setTimeout(() => void scan(), 300);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (s) => {
        stream = s;
        if (!live || !video.current) return;
        video.current.srcObject = s;
        await video.current.play();
        void scan();
      })
      .catch(() => {
        setProblem(true);
        setOn(false);
      });
    return () => {
      live = false;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [on]);

  return (
    <div className="qr-scanner">
      <button type="button" className="button button--secondary" aria-pressed={on} onClick={() => { setProblem(false); setOn(!on); }}>
        {on ? t('gather.scanStop') : t('gather.scan')}
      </button>
      {on && <video ref={video} className="qr-scanner__video" muted playsInline aria-label={t('gather.scanVideo')} />}
      <p role="status" aria-live="polite" className="workshop__status">
        {read > 0 ? t('gather.scanned', { count: read }) : ''}
      </p>
      {problem && (
        <p role="alert" className="notice notice--error">
          {t('gather.scanFailed')}
        </p>
      )}
    </div>
  );
}
