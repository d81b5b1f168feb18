// Bug guarded: a CSS rule overrode the bars' pattern fill, so every bar looked solid ("in progress" like
// "achieved") and a not-rated stage showed a solid bar; the PDF drew them right. The web now draws the PDF's legend.
import fs from 'node:fs';
import path from 'node:path';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STAGE_BAR_STYLES, STAGE_LEGEND_ORDER } from '../../src/charts/stage-chart-geometry';
import { StageChartFigure } from '../../src/components/stage-chart-figure';
import { buildReport } from '../../src/report/build-report';
import { buildInput } from '../report/report-fixture';

const stages = [
  { order: 1, score: 100, status: 'achieved' as const, name: 'One', statusLabel: 'Achieved' },
  { order: 2, score: 52, status: 'in-progress' as const, name: 'Two', statusLabel: 'In progress' },
  { order: 3, score: 0, status: 'not-started' as const, name: 'Three', statusLabel: 'Not started' },
  { order: 4, score: 25, status: 'not-rated' as const, name: 'Four', statusLabel: 'Not rated' },
];

function renderChart() {
  return render(
    <StageChartFigure
      stages={stages}
      achievedScore={75}
      label="Score by stage"
      thresholdLabel="Score to achieve a stage: 75%"
      formatScore={(s) => (s === null ? '—' : `${s}%`)}
      statusName={(status) => stages.find((s) => s.status === status)!.statusLabel}
    />,
  );
}

const row = (container: HTMLElement, status: string) => container.querySelector(`.stage-chart__row[data-status="${status}"]`)!;
const bar = (el: Element) => el.querySelector('.stage-chart__bar');

describe('the web stage chart follows its legend, as the PDF does', () => {
  it('fills an achieved bar solid', () => {
    const { container } = renderChart();
    const rect = bar(row(container, 'achieved'))!;
    expect(rect.getAttribute('data-bar')).toBe('solid');
    expect(rect.getAttribute('fill')).toBe('var(--brand)');
  });

  it('hatches an in-progress bar with the chart’s own pattern', () => {
    const { container } = renderChart();
    const rect = bar(row(container, 'in-progress'))!;
    expect(rect.getAttribute('data-bar')).toBe('hatched');
    const id = /^url\(#(.+)\)$/.exec(rect.getAttribute('fill') ?? '')?.[1];
    expect(id).toBeTruthy();
    const pattern = [...container.querySelectorAll('pattern')].find((p) => p.id === id);
    expect(pattern?.querySelector('line')).not.toBeNull();
  });

  it('draws no filled bar for a not-rated stage: only a dotted outline, as in the PDF', () => {
    const { container } = renderChart();
    const rect = bar(row(container, 'not-rated'))!;
    expect(rect.getAttribute('data-bar')).toBe('dotted');
    expect(rect.getAttribute('fill')).toBe('var(--paper)');
    expect(container.querySelectorAll('.stage-chart__row .stage-chart__bar--solid')).toHaveLength(1);
  });

  it('draws no bar at all for a not-started stage', () => {
    const { container } = renderChart();
    expect(bar(row(container, 'not-started'))).toBeNull();
  });

  it('shows a legend with the same four bars, in the PDF’s order', () => {
    const { container } = renderChart();
    const items = [...container.querySelectorAll('.stage-chart__legend li')];
    expect(items.map((li) => li.getAttribute('data-status'))).toEqual([...STAGE_LEGEND_ORDER]);
    expect(items.map((li) => li.querySelector('.stage-chart__bar')?.getAttribute('data-bar') ?? 'none')).toEqual(STAGE_LEGEND_ORDER.map((s) => STAGE_BAR_STYLES[s]));
    expect(items.map((li) => li.textContent)).toEqual(['Achieved', 'In progress', 'Not started', 'Not rated']);
    const pdfLegend = buildReport(buildInput('en')).sections.flatMap((s) => s.blocks).find((b) => b.kind === 'stage-chart');
    expect(pdfLegend && 'figure' in pdfLegend ? pdfLegend.figure.legend.map((l) => l.status) : null).toEqual([...STAGE_LEGEND_ORDER]);
  });

  it('leaves the bars’ fill to their status: no stylesheet rule sets a fill on a bar', () => {
    // Every stylesheet of the app (the chart's own rules live beside its component).
    const css = (fs.readdirSync(path.resolve('src'), { recursive: true }) as string[])
      .filter((file) => file.endsWith('.css'))
      .map((file) => fs.readFileSync(path.resolve('src', file), 'utf8'))
      .join('\n')
      .replace(/\/\*[\s\S]*?\*\//g, '');
    const rules = [...css.matchAll(/([^{}]*stage-chart__bar[^{}]*)\{([^}]*)\}/g)];
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.filter(([, , body]) => /(^|;)\s*fill\s*:/.test(body!)).map(([, selector]) => selector!.trim())).toEqual([]);
  });
});
