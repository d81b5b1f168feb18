import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { NAME_MAX_LENGTH } from '../../engine/limits';
import { hasSavedWork } from '../../state/assessment-store';
import { snapshotAssessment } from '../../state/backups';
import { useWorkshopStore } from './workshop-store';

interface Props {
  browserAdded: boolean;
  onBrowserAdded: () => void;
}

/** Answers taken in turns on this device: a name, then the turn; or this browser's own assessment as a participant. */
export function TurnStarter({ browserAdded, onBrowserAdded }: Props) {
  const { t } = useTranslation('workshop');
  const navigate = useNavigate();
  const nameId = useId();
  const [turnName, setTurnName] = useState('');
  const addParticipant = useWorkshopStore((s) => s.addParticipant);
  const startTurnFor = useWorkshopStore((s) => s.startTurn);
  const savedHere = hasSavedWork(snapshotAssessment());

  const startTurn = () => {
    const id = addParticipant({ name: turnName.trim(), source: 'device', fileName: '', answers: {}, fingerprint: '' });
    setTurnName('');
    // Locked from here: the room and the others' answers stay hidden until the facilitator ends the turn.
    startTurnFor(id);
    navigate(`/workshop/answer/${id}`);
  };

  const addBrowserAssessment = () => {
    const { answers } = snapshotAssessment();
    addParticipant({ name: '', source: 'browser', fileName: '', answers: { ...answers }, fingerprint: '' });
    onBrowserAdded();
  };

  return (
    <div className="workshop__way">
      <h3>{t('setup.turnsTitle')}</h3>
      <p>{t('setup.turnsBody')}</p>
      <form
        className="workshop__turn"
        onSubmit={(event) => {
          event.preventDefault();
          startTurn();
        }}
      >
        <div className="field">
          <label htmlFor={nameId}>{t('setup.turnName')}</label>
          <input id={nameId} type="text" maxLength={NAME_MAX_LENGTH} value={turnName} onChange={(e) => setTurnName(e.target.value)} />
        </div>
        <button type="submit" className="button button--secondary">
          {t('setup.turnStart')}
        </button>
      </form>
      {savedHere && (
        <p>
          <button type="button" className="link-button" onClick={addBrowserAssessment} disabled={browserAdded}>
            {t('setup.addBrowser')}
          </button>
        </p>
      )}
    </div>
  );
}
