import type { MouseEvent } from 'react';

/** In-page links must not change the hash route: scroll to the target and focus it instead. */
export function jumpToSection(event: MouseEvent, id: string) {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.scrollIntoView({ behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  target?.focus({ preventScroll: true });
}
