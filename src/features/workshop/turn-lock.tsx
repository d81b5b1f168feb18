import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { usePageTitle } from '../../components/use-page-title';
import { participantName, useWorkshopStore } from './workshop-store';

/** The participant whose turn locks this browser, if any (a turn of someone since removed locks nothing). */
export function useTurnParticipant() {
  return useWorkshopStore((s) => (s.turn ? s.participants.find((p) => p.id === s.turn) : undefined));
}

/** While mounted, the site's navigation is hidden: a participant on a turn has nowhere else to go. */
export function useHideSiteNavigation(hidden: boolean) {
  useEffect(() => {
    if (!hidden) return;
    document.body.dataset.workshopTurn = 'true';
    return () => {
      delete document.body.dataset.workshopTurn;
    };
  }, [hidden]);
}

/** "End the turn (facilitator)", after a confirmation: the facilitator takes the device back. */
export function EndTurnButton({ name, onEnded }: { name: string; onEnded?: () => void }) {
  const { t } = useTranslation('workshop');
  const endTurn = useWorkshopStore((s) => s.endTurn);
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
        {t('turn.end')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('turn.endTitle', { name })}
        message={t('turn.endMessage')}
        confirmLabel={t('turn.endConfirm')}
        onConfirm={() => {
          setAsking(false);
          endTurn();
          onEnded?.();
        }}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}

/**
 * What the workshop's pages show while a participant takes a turn on this device: neither the room nor
 * anyone's answers, only the way back to the turn and the facilitator's way to end it.
 */
export function TurnLockScreen() {
  const { t } = useTranslation('workshop');
  const participant = useTurnParticipant();
  const name = participant ? participantName(participant, (n) => t('participantN', { n })) : '';
  useHideSiteNavigation(true);
  usePageTitle(t('turn.lockedTitle'));
  return (
    <div className="page narrow workshop turn-lock">
      <h1>{t('turn.lockedTitle')}</h1>
      <p className="lead">{t('turn.lockedBody', { name })}</p>
      <div className="actions">
        {participant && (
          <Link className="button button--primary" to={`/workshop/answer/${participant.id}`}>
            {t('turn.backToTurn', { name })}
          </Link>
        )}
        <EndTurnButton name={name} />
      </div>
    </div>
  );
}

/** A facilitator's page (setup, room): shown only when no participant is taking a turn on this device. */
export function FacilitatorOnly({ children }: { children: ReactNode }) {
  return useTurnParticipant() ? <TurnLockScreen /> : children;
}
