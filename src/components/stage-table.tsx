import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStageLabel } from './use-stage-label';
import './stage-table.css';

export interface StageColumn<Row> {
  header: string;
  cell: (row: Row, index: number) => ReactNode;
}

interface Props<Row extends { stageId: string; order: number }> {
  /** Read by screen readers only: the table's purpose. */
  caption: string;
  /** The table's own class, beside the shared `table table--stack`. */
  className: string;
  /** One row per stage, in ladder order. */
  rows: readonly Row[];
  columns: StageColumn<Row>[];
  texts: { stages: Record<string, { name: string } | undefined> };
  /** Wraps the table in a horizontal scroller (wide tables on mid-size screens). */
  scroll?: boolean;
}

/**
 * A table with one row per stage ("3. Name" as the row header) and the caller's columns: the results' scores, the
 * comparison over time, the room's group result. On phones each row becomes a small card (table--stack, each
 * cell labelled by its column): every column stays, nothing scrolls sideways.
 */
export function StageTable<Row extends { stageId: string; order: number }>({ caption, className, rows, columns, texts, scroll }: Props<Row>) {
  const { t } = useTranslation('results');
  const stageLabel = useStageLabel(texts);
  const table = (
    <table className={`table table--stack ${className}`}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colStage')}</th>
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.stageId}>
            <th scope="row">
              {row.order}. {stageLabel.name(row.order)}
            </th>
            {columns.map((column) => (
              <td key={column.header} data-label={column.header}>
                {column.cell(row, i)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return scroll ? <div className="table-scroll">{table}</div> : table;
}
