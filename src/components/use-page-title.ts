import { useEffect } from 'react';

/** Keeps the document title in the current language: "<page> · Peldaño". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Peldaño` : 'Peldaño';
  }, [title]);
}
