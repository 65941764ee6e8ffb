// A certificate of completion for one course, as an A4 landscape PDF a carer can keep or print
// for their portfolio. Made with pdf-lib's standard fonts, which speak only Windows-1252 (WinAnsi):
// every piece of text goes through `toWinAnsi` first, so "Zoë" prints and "Łucja" never throws.
import { PDFDocument, PageSizes, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { formatDate } from '../../core/time/dates.ts';
import { toFileNameSlug, toWinAnsi } from '../../core/pdf/win-ansi.ts';
import { findCompletion } from './record-store.ts';
import { TSDS_STANDARDS } from './requirements.ts';
import { asResource, findTrainee, traineeName } from './trainees.ts';
import { completionHowWords } from './views/record-words.ts';

// The text cleaning lives in core/pdf; tests and older callers still find it here.
export { toWinAnsi };

/** What a certificate says. */
export type Certificate = {
  agencyName: string;
  carerName: string;
  courseTitle: string;
  /** Already in words: "3 November 2026". */
  completedOn: string;
  how: string;
  learningOutcomes: string[];
  tsdsStandards: number[];
  reference: string;
  issuedAt: Date;
};

/** The certificate of a completed course, for someone who may read that carer's record. */
export async function issueCertificate(
  ctx: Ctx,
  completionId: string,
): Promise<{ pdf: Uint8Array; fileName: string }> {
  const facts = await findCompletion(ctx.db, completionId);
  const trainee = facts ? await findTrainee(ctx.db, facts.carerId) : undefined;
  if (!facts || !trainee) throw new NotFound();
  await authorize(ctx, 'training.read_record', asResource(trainee));
  const { name: agencyName } = await getAgencySettings(ctx.db);
  const certificate: Certificate = {
    agencyName,
    carerName: traineeName(trainee),
    courseTitle: facts.courseTitle,
    completedOn: formatDate(facts.completedOn, 'en-GB'),
    how: completionHowWords(facts.source, facts.venueName),
    learningOutcomes: facts.learningOutcomes,
    tsdsStandards: facts.tsdsStandards,
    reference: facts.id,
    issuedAt: ctx.now,
  };
  const pdf = await renderCertificate(certificate);
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, {
      action: 'training.certificate_issued',
      recordType: 'carer',
      recordId: trainee.id,
      fields: ['completionId'],
    }),
  );
  return { pdf, fileName: certificateFileName(certificate) };
}

/** "certificate-safeguarding-children-zoe-oneil.pdf": ASCII only, safe in any header. */
export function certificateFileName(certificate: Pick<Certificate, 'courseTitle' | 'carerName'>) {
  const parts = [
    'certificate',
    toFileNameSlug(certificate.courseTitle),
    toFileNameSlug(certificate.carerName),
  ];
  return `${parts.filter(Boolean).join('-')}.pdf`;
}

const INK = rgb(0.12, 0.14, 0.13);
const ACCENT = rgb(0.11, 0.36, 0.3);
const MARGIN = 56;

/** Draws the certificate: A4 landscape, one page, with its title and subject in the metadata. */
export async function renderCertificate(certificate: Certificate): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const [height, width] = PageSizes.A4;
  const page = document.addPage([width, height]);
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  const title = `Certificate of completion: ${certificate.courseTitle}, ${certificate.carerName}`;
  document.setTitle(title, { showInWindowTitleBar: true });
  document.setSubject(
    `${certificate.courseTitle} completed by ${certificate.carerName} on ${certificate.completedOn}`,
  );
  document.setAuthor(certificate.agencyName);
  document.setCreator('Kinfold');
  document.setProducer('Kinfold');
  document.setLanguage('en-GB');
  document.setCreationDate(certificate.issuedAt);
  document.setModificationDate(certificate.issuedAt);

  page.drawRectangle({
    x: MARGIN / 2,
    y: MARGIN / 2,
    width: width - MARGIN,
    height: height - MARGIN,
    borderColor: ACCENT,
    borderWidth: 3,
  });
  const writer = lineWriter(page, height - MARGIN - 30);
  writer.centred(certificate.agencyName, regular, 16, ACCENT);
  writer.gap(18);
  writer.centred('Certificate of completion', bold, 34, INK);
  writer.gap(16);
  writer.centred('This is to certify that', regular, 14, INK);
  writer.centred(certificate.carerName, bold, 26, INK);
  writer.centred('has completed the course', regular, 14, INK);
  writer.centred(certificate.courseTitle, bold, 22, ACCENT);
  writer.centred(`on ${certificate.completedOn}. ${certificate.how}.`, regular, 13, INK);
  writer.gap(12);
  if (certificate.learningOutcomes.length > 0) {
    writer.left('What the course covered', bold, 12);
    for (const outcome of certificate.learningOutcomes.slice(0, 6)) {
      writer.left(`- ${outcome}`, regular, 11);
    }
    writer.gap(6);
  }
  if (certificate.tsdsStandards.length > 0) {
    writer.left('Training, Support and Development Standards it gives evidence for', bold, 12);
    for (const standard of certificate.tsdsStandards) {
      writer.left(`${standard}. ${TSDS_STANDARDS[standard - 1] ?? ''}`, regular, 11);
    }
  }
  const footer = `Reference ${certificate.reference}. Issued by ${certificate.agencyName}.`;
  page.drawText(toWinAnsi(footer, regular), {
    x: MARGIN,
    y: MARGIN,
    size: 9,
    font: regular,
    color: INK,
  });
  return document.save();
}

// Writes lines down the page: centred headings, and left-aligned text wrapped to the width.
function lineWriter(page: PDFPage, top: number) {
  const { width } = page.getSize();
  let y = top;
  const usable = width - MARGIN * 2;
  const draw = (text: string, font: PDFFont, size: number, color = INK, isCentred = false) => {
    for (const line of wrap(toWinAnsi(text, font), font, size, usable)) {
      const lineWidth = font.widthOfTextAtSize(line, size);
      y -= size * 1.35;
      // Below the footer there is no room: the rest is left off rather than drawn over it.
      if (y < MARGIN + 20) return;
      page.drawText(line, {
        x: isCentred ? (width - lineWidth) / 2 : MARGIN,
        y,
        size,
        font,
        color,
      });
    }
  };
  return {
    centred: (text: string, font: PDFFont, size: number, color = INK) =>
      draw(text, font, size, color, true),
    left: (text: string, font: PDFFont, size: number) => draw(text, font, size),
    gap: (points: number) => {
      y -= points;
    },
  };
}

function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
