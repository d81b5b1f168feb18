import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../components/use-page-title';
import { useStageLabel } from '../../components/use-stage-label';
import { fillRulePlaceholders } from '../../engine/fill-rule-placeholders';
import { useContentTexts } from '../../model/content-texts';
import { model } from '../../model/structure';

/** Splits a body with blank-line paragraphs into paragraphs. */
const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
/** The methodology section (content/methodology.yaml) that explains the answer scale. */
const SCALE_SECTION_ID = 'scale';
/** The methodology section that credits the model's sources; the page's lead links to it. */
const SOURCES_SECTION_ID = 'sources';

export function ModelPage() {
  const { t, i18n } = useTranslation('model');
  const texts = useContentTexts();
  const stageLabel = useStageLabel(texts);
  usePageTitle(t('title'));
  const fill = (text: string) => fillRulePlaceholders(text, model.scoring, i18n.language);
  const hasScaleSection = texts.methodology.sections.some((section) => section.id === SCALE_SECTION_ID);
  const hasSources = texts.methodology.sections.some((section) => section.id === SOURCES_SECTION_ID);
  // Alphabetical in the page's language, so a term can be found by scanning.
  const collator = new Intl.Collator(i18n.language);
  const glossary = [...texts.glossary].sort((a, b) => collator.compare(a.term, b.term));
  const scaleLegend = (
    <ul className="scale-legend">
      {texts.scale.levels.map((label, value) => (
        <li key={value}>
          <strong>{value}</strong> {label}
        </li>
      ))}
      <li>
        <strong>?</strong> {texts.scale.dontKnow}
      </li>
      <li>
        <strong aria-hidden="true">—</strong> {texts.scale.notApplicable} <span className="hint">{t('notApplicableHint')}</span>
      </li>
    </ul>
  );
  return (
    <div className="page model-page">
      <p className="eyebrow">{texts.modelName}</p>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {hasSources && (
        <p>
          {t('credit')}{' '}
          <a href={`#${methodSectionId(SOURCES_SECTION_ID)}`} onClick={(e) => jump(e, methodSectionId(SOURCES_SECTION_ID))}>
            {t('creditLink')}
          </a>
        </p>
      )}
      <nav aria-label={t('contents')} className="toc">
        <ul className="inline-list">
          <li><a href="#stages" onClick={(e) => jump(e, 'stages')}>{t('stagesTitle')}</a></li>
          <li><a href="#methodology" onClick={(e) => jump(e, 'methodology')}>{texts.methodology.title}</a></li>
          <li><a href="#glossary" onClick={(e) => jump(e, 'glossary')}>{t('glossaryTitle')}</a></li>
        </ul>
      </nav>
      <section id="stages" aria-labelledby="stages-title" tabIndex={-1}>
        <h2 id="stages-title">{t('stagesTitle')}</h2>
        <ol className="stage-list">
          {model.stages.map((stage) => {
            const s = texts.stages[stage.id]!;
            return (
              <li key={stage.id} className="card stage-card">
                <h3>{stageLabel.heading(stage.order)}</h3>
                <p className="lead">{s.summary}</p>
                <p>{s.about}</p>
                <h4>{t('capabilities')}</h4>
                <p>{stage.capabilities.map((c) => s.capabilities[c]).join(' · ')}</p>
                <h4>{t('changes')}</h4>
                <p>{s.changes}</p>
                <h4>{t('pitfalls')}</h4>
                <ul>
                  {s.pitfalls.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
                <p>
                  <Link to={`/stage/${stage.order}`}>{t('goToStage', { n: stage.order })}</Link>
                </p>
              </li>
            );
          })}
        </ol>
      </section>
      <section id="methodology" aria-labelledby="methodology-title" tabIndex={-1}>
        <h2 id="methodology-title">{texts.methodology.title}</h2>
        <p>{fill(texts.methodology.intro)}</p>
        {/* The legend goes under the methodology's own scale section when there is one: one heading, not two in a row. */}
        {!hasScaleSection && (
          <>
            <h3>{t('scaleTitle')}</h3>
            {scaleLegend}
          </>
        )}
        {texts.methodology.sections.map((section) => (
          <section key={section.id} id={methodSectionId(section.id)} aria-labelledby={`m-${section.id}`} tabIndex={-1}>
            <h3 id={`m-${section.id}`}>{section.heading}</h3>
            {section.id === SCALE_SECTION_ID && scaleLegend}
            {paragraphs(fill(section.body)).map((p) => (
              <p key={p}>{p}</p>
            ))}
          </section>
        ))}
        <p className="hint">{t('version', { id: model.id, version: model.version })}</p>
      </section>
      <section id="glossary" aria-labelledby="glossary-title" tabIndex={-1}>
        <h2 id="glossary-title">{t('glossaryTitle')}</h2>
        <dl className="glossary">
          {glossary.map((entry) => (
            <div key={entry.id}>
              <dt>{entry.term}</dt>
              <dd>{fill(entry.definition)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

/** The element id of a methodology section, the target of in-page links to it. */
const methodSectionId = (id: string) => `method-${id}`;

/** In-page links must not change the hash route: scroll and focus instead. */
function jump(event: React.MouseEvent, id: string) {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.scrollIntoView({ behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  target?.focus({ preventScroll: true });
}
