import { useTranslation } from 'react-i18next';

/** How to put the workshop back as it was before the last removal or reset. */
export interface UndoOffer {
  message: string;
  restore: () => boolean;
}

interface Props {
  offer: UndoOffer | null;
  /** True when the last undo could not put the workshop back. */
  failed: boolean;
  onUndo: (restored: boolean) => void;
}

/** "Removed … / Undo", announced politely; an alert when the undo could not be done. */
export function UndoNotice({ offer, failed, onUndo }: Props) {
  const { t } = useTranslation('workshop');
  const { t: tc } = useTranslation();
  return (
    <>
      <div role="status" aria-live="polite" className="workshop__status">
        {offer && (
          <div className="notice notice--ok workshop__undo">
            <span>{offer.message}</span>
            <button type="button" className="button button--small" onClick={() => onUndo(offer.restore())}>
              {t('setup.undo')}
            </button>
          </div>
        )}
      </div>
      {failed && (
        <p role="alert" className="notice notice--error">
          {tc('replace.cannotUndo')}
        </p>
      )}
    </>
  );
}
