import type { Profile } from '../engine/profile';
import type { BrandingData } from '../engine/saved-branding';
import { buildFileName } from '../browser/file-name';
import type { ReportBasis } from './report-basis';
import type { LadderFigure, ReportCover, ReportModel } from './report-model';
import { cleanUserLine } from './report-text';

/** Sector and size names in the report's language (the profile form's own, from profile.json). */
export interface ProfileNames {
  sectors: Readonly<Record<string, string>>;
  sizes: Readonly<Record<string, string>>;
}

/** Who and what the report is about, as the cover, the footer, the file name and the PDF's metadata name it. */
export interface ReportIdentity {
  /** The organisation, or the workshop's title; empty when none was typed. */
  name: string;
  reportTitle: string;
  date: string;
  role: string;
  sector: string;
  size: string;
  /** Set for a workshop's report. */
  participantCount?: number;
}

export function identifyReport(
  { t, f }: ReportBasis,
  input: { profile: Profile; profileNames: ProfileNames; generatedAt: Date; workshop?: { title: string; participantCount: number } },
): ReportIdentity {
  const { profile, profileNames, workshop } = input;
  const date = f.longDate(input.generatedAt);
  // A workshop's report is named after the workshop, never after this browser's organisation or role; sector and size
  // describe this browser's organisation, so a workshop's cover leaves them out too. Empty ones are omitted.
  if (workshop) {
    return { name: cleanUserLine(workshop.title), reportTitle: t('workshop.reportTitle'), date, role: '', sector: '', size: '', participantCount: workshop.participantCount };
  }
  return {
    name: cleanUserLine(profile.organization),
    reportTitle: t('reportTitle'),
    date,
    role: cleanUserLine(profile.role),
    sector: profile.sector ? (profileNames.sectors[profile.sector] ?? '') : '',
    size: profile.size ? t('cover.sizeValue', { size: profileNames.sizes[profile.size] ?? profile.size }) : '',
  };
}

/**
 * The cover: title band, facts (the client's organisation, sector and size; "Prepared by" the consultant when branded),
 * and the placement in words beside the small ladder.
 */
export function buildCover({ t, f, result, texts, total, stageAt }: ReportBasis, identity: ReportIdentity, ladder: LadderFigure, branding?: BrandingData): ReportCover {
  const { name, reportTitle, date, role, sector, size, participantCount } = identity;
  const { placement } = result;
  const currentStage = stageAt(placement);
  const workshop = participantCount !== undefined;
  return {
    brand: t('meta.creator'),
    eyebrow: t(workshop ? 'workshop.eyebrow' : 'cover.eyebrow'),
    title: name || reportTitle,
    subtitle: name ? reportTitle : '',
    facts: [
      { label: t('cover.date'), value: date },
      ...(sector ? [{ label: t('cover.sector'), value: sector }] : []),
      ...(size ? [{ label: t('cover.size'), value: size }] : []),
      ...(role ? [{ label: t('cover.role'), value: role }] : []),
      ...(workshop ? [{ label: t('workshop.participantsFact'), value: t('workshop.participantsValue', { count: participantCount }) }] : []),
      { label: t('cover.model'), value: t('cover.modelVersion', { name: texts.modelName, version: result.modelVersion }) },
      ...(branding && cleanUserLine(branding.name) ? [{ label: t('cover.preparedBy'), value: cleanUserLine(branding.name) }] : []),
    ],
    placementLabel: t('cover.placement'),
    placementValue: t('cover.rung', { placement, total }),
    placementStage: currentStage ? f.stageName(currentStage.stageId) : t('cover.noRung'),
    ladder,
    ...(branding?.logo && { logo: branding.logo }),
  };
}

/** File name, PDF metadata, footer and page label: what names the document outside its pages. */
export function buildDocumentInfo(
  { t }: ReportBasis,
  identity: ReportIdentity,
  generatedAt: Date,
  branding?: BrandingData,
): Pick<ReportModel, 'fileName' | 'metadata' | 'footer' | 'pageLabelTemplate'> {
  const contact = cleanUserLine(branding?.contact);
  const { name, reportTitle, date } = identity;
  const workshop = identity.participantCount !== undefined;
  return {
    fileName: buildFileName(t(workshop ? 'workshop.fileNamePrefix' : 'fileNamePrefix'), name, generatedAt, 'pdf'),
    metadata: {
      title: name ? t('meta.title', { title: reportTitle, name }) : reportTitle,
      subject: t(workshop ? 'workshop.subject' : 'meta.subject'),
      author: (!workshop && name) || t('meta.creator'),
      keywords: t('meta.keywords'),
      creator: t('meta.creator'),
    },
    footer: { title: name || reportTitle, date, ...(contact && { contact }) },
    // The renderer fills {{page}} and {{total}} once it knows the page count.
    pageLabelTemplate: t('footer.page'),
  };
}
