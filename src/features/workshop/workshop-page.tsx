import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../components/use-page-title';
import { useReplaceWithUndo } from '../../components/use-replace-with-undo';
import { useWorkshopDownload } from '../../components/use-workshop-download';
import { GatherSection } from './gather-section';
import { FacilitatorOnly } from './turn-lock';
import { ParticipantsSection } from './participants-section';
import { UndoNotice, type UndoOffer } from './undo-notice';
import { WorkshopNameSection } from './workshop-name-section';
import { hasWorkshopData, workshopTarget } from './workshop-target';
import { useWorkshopStore, type WorkshopData } from './workshop-store';
import './workshop.css';

/** Sets up a workshop, unless a participant is taking a turn on this device (they see neither others' answers nor these controls). */
export function WorkshopPage() {
  return (
    <FacilitatorOnly>
      <WorkshopSetup />
    </FacilitatorOnly>
  );
}

/** The workshop's name, and the participants' answers from links, files or turns taken on this device. */
function WorkshopSetup() {
  const { t } = useTranslation('workshop');
  const count = useWorkshopStore((s) => s.participants.length);
  const title = useWorkshopStore((s) => s.title);
  // Starting over clears the notices of the files and turns gathered so far: their section is remounted.
  const [round, setRound] = useState(0);
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const [cannotUndo, setCannotUndo] = useState(false);
  // The whole workshop (names, answers, agreed answers, reasons) as the file this page loads back.
  const downloadWorkshop = useWorkshopDownload();
  const replacing = useReplaceWithUndo<WorkshopData>(workshopTarget, {
    reason: 'new-workshop',
    hasData: hasWorkshopData,
    download: () => downloadWorkshop(useWorkshopStore.snapshot()),
    texts: {
      title: t('setup.resetTitle'),
      message: t('setup.resetMessage'),
      confirmLabel: t('setup.resetConfirm'),
      downloadLabel: t('replace.download'),
      downloadHint: t('replace.downloadHint'),
    },
  });
  usePageTitle(t('setup.title'));

  const offerUndo = (offer: UndoOffer) => {
    setCannotUndo(false);
    setUndo(offer);
  };

  /** Keeps the workshop as it is now, so the change about to happen can be undone. */
  const keepForUndo = (message: string) => {
    const before = workshopTarget.snapshot();
    offerUndo({
      message,
      restore: () => {
        workshopTarget.replace(before);
        return true;
      },
    });
  };

  const startOver = () =>
    replacing.request({ title: '', participants: [], agreements: {} }, () => {
      offerUndo({ message: t('setup.resetDone'), restore: replacing.undo });
      setRound((r) => r + 1);
    });

  return (
    <div className="page workshop">
      <header className="workshop__header">
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1>{t('setup.title')}</h1>
        <p className="lead">{t('setup.lead')}</p>
      </header>
      <WorkshopNameSection />
      <GatherSection key={round} onReplacing={keepForUndo} />
      <ParticipantsSection onRemoving={keepForUndo} />
      <UndoNotice
        offer={undo}
        failed={cannotUndo}
        onUndo={(restored) => {
          setCannotUndo(!restored);
          setUndo(null);
        }}
      />
      <div className="actions actions--split">
        {count > 0 ? (
          <Link className="button button--primary" to="/workshop/room">
            {t('setup.openRoom')}
          </Link>
        ) : (
          <span />
        )}
        {(count > 0 || title) && (
          <button type="button" className="button button--secondary" onClick={startOver}>
            {t('setup.reset')}
          </button>
        )}
      </div>
      {replacing.dialog}
    </div>
  );
}
