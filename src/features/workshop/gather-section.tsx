import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentFileField, FileProblemAlert } from '../../components/assessment-file-field';
import { useQuestionNamer } from '../../components/use-question-namer';
import { describeFileProblem, listIds } from '../../portability/problem-messages';
import type { FileProblem } from '../../portability/read-assessment-file';
import { type FileOutcome, importParticipantFiles } from './import-participant-files';
import { TurnStarter } from './turn-starter';

/**
 * "Gather the answers": participants' files (imported here) or turns on this device, with what became of each file.
 * Its notices belong to this visit: the page remounts it (new key) when the workshop starts over.
 */
export function GatherSection() {
  const { t, i18n } = useTranslation('workshop');
  const { t: tp } = useTranslation('portability');
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [browserAdded, setBrowserAdded] = useState(false);
  const nameQuestion = useQuestionNamer();
  const problemText = (problem: FileProblem) => {
    const message = describeFileProblem(problem, i18n.language, nameQuestion);
    return tp(message.key, message.values);
  };

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    setOutcomes(await importParticipantFiles(files));
  };

  const added = outcomes.filter((o) => o.kind === 'added');
  const problems = outcomes.filter((o) => o.kind === 'problem' || o.kind === 'duplicate');
  const workshops = outcomes.flatMap((o) => (o.kind === 'workshop' ? [o] : []));

  return (
    <section className="card" aria-labelledby="ws-gather-title">
      <h2 id="ws-gather-title">{t('setup.gatherTitle')}</h2>
      <div className="workshop__ways">
        <div className="workshop__way">
          <h3>{t('setup.filesTitle')}</h3>
          <p>{t('setup.filesBody')}</p>
          <AssessmentFileField
            label={t('setup.filesLabel')}
            hint={t('setup.filesHint')}
            multiple
            onChange={(event) => void onFiles(event)}
          />
        </div>
        <TurnStarter browserAdded={browserAdded} onBrowserAdded={() => setBrowserAdded(true)} />
      </div>
      <div role="status" aria-live="polite" className="workshop__status">
        {added.length > 0 && (
          <div className="notice notice--ok">
            <p>{t('setup.filesAdded', { count: added.length })}</p>
            {added.map((o) =>
              o.kind === 'added' && o.dropped.length > 0 ? (
                <p key={o.fileName}>{t('setup.fileDropped', { fileName: o.fileName, ...listIds(o.dropped) })}</p>
              ) : null,
            )}
          </div>
        )}
        {browserAdded && <p className="notice notice--ok">{t('setup.browserAdded')}</p>}
        {workshops.map((o) => (
          <p key={o.fileName} className="notice notice--ok">
            {t('fileLoad.workshopLoaded', { fileName: o.fileName, count: o.count })}
          </p>
        ))}
      </div>
      {problems.length > 0 && (
        // Not the field's error: in a batch, the other files were added; the list says which were not.
        <FileProblemAlert>
          <p>
            <strong>{t('setup.filesProblemTitle', { count: problems.length })}</strong>
          </p>
          <ul>
            {problems.map((o) => (
              <li key={o.fileName}>
                {t('setup.fileProblem', { fileName: o.fileName, message: o.kind === 'problem' ? problemText(o.problem) : t('setup.duplicate') })}
              </li>
            ))}
          </ul>
        </FileProblemAlert>
      )}
    </section>
  );
}
