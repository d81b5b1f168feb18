import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NAME_MAX_LENGTH } from '../../engine/limits';
import { useWorkshopStore } from './workshop-store';

/** The workshop's name (optional), shown in the room and on the report. */
export function WorkshopNameSection() {
  const { t } = useTranslation('workshop');
  const titleId = useId();
  const title = useWorkshopStore((s) => s.title);
  const setTitle = useWorkshopStore((s) => s.setTitle);
  return (
    <section className="card" aria-labelledby="ws-name-title">
      <h2 id="ws-name-title">{t('setup.nameTitle')}</h2>
      <div className="field">
        <label htmlFor={titleId}>{t('setup.nameLabel')}</label>
        <input id={titleId} type="text" maxLength={NAME_MAX_LENGTH} value={title} onChange={(event) => setTitle(event.target.value)} />
      </div>
    </section>
  );
}
