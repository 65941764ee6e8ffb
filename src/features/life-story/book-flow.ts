// Text and pictures flowing down the pages of the book: wrapped to the width, carried on to a new
// page when one is full, never drawn into the footer.
import {
  rgb,
  type PDFDocument,
  type PDFFont,
  type PDFImage,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import { toWinAnsi } from '../../core/pdf/win-ansi.ts';
import { wrapText } from '../../core/pdf/wrap.ts';

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 60;
/** Where the footer begins: nothing else is drawn below it. */
export const FOOTER_TOP = 58;

export const INK = rgb(0.12, 0.14, 0.13);
export const ACCENT = rgb(0.11, 0.36, 0.3);
export const MUTED = rgb(0.29, 0.31, 0.3);
export const SAND = rgb(0.87, 0.84, 0.8);
export const CREAM = rgb(0.99, 0.98, 0.96);
export const WHITE = rgb(1, 1, 1);

/** How a run of text looks. */
export type TextStyle = { font: PDFFont; size: number; color?: RGB; lineHeight?: number };

/** A writer that fills pages from the top down. */
export type Flow = {
  readonly page: PDFPage;
  readonly width: number;
  /** Starts a new page. */
  newPage: () => void;
  /** Starts a new page unless `height` points still fit on this one. */
  ensure: (height: number) => void;
  gap: (points: number) => void;
  /** Writes text, each line break a new paragraph, wrapped and carried over pages. */
  text: (
    text: string,
    style: TextStyle,
    options?: { indent?: number; isCentred?: boolean },
  ) => void;
  /** Draws a picture as large as fits in the width and `maxHeight`, on a new page if need be. */
  image: (image: PDFImage, maxHeight: number) => void;
  /** How tall `image` would be drawn. */
  imageHeight: (image: PDFImage, maxHeight: number) => number;
  /** A thin line across the page, under a heading. */
  rule: (color?: RGB) => void;
};

/** A flow of content through pages added to the document as they are needed. */
export function createFlow(document: PDFDocument): Flow {
  const [pageWidth, pageHeight] = A4;
  const width = pageWidth - MARGIN * 2;
  let page = document.addPage(A4);
  let y = pageHeight - MARGIN;
  // Pictures print at about 144 pixels to the inch, smaller when the page needs it.
  const scaleOf = (image: PDFImage, maxHeight: number) =>
    Math.min(width / image.width, maxHeight / image.height, 0.5);
  const newPage = () => {
    page = document.addPage(A4);
    y = pageHeight - MARGIN;
  };
  const ensure = (height: number) => {
    if (y - height < FOOTER_TOP + 12) newPage();
  };
  return {
    get page() {
      return page;
    },
    width,
    newPage,
    ensure,
    gap: (points) => {
      y -= points;
    },
    text: (text, style, options = {}) => {
      const lineHeight = style.lineHeight ?? style.size * 1.4;
      const indent = options.indent ?? 0;
      for (const paragraph of text.split(/\r?\n/)) {
        const clean = toWinAnsi(paragraph, style.font).trim();
        if (clean === '') {
          y -= lineHeight / 2;
          continue;
        }
        for (const line of wrapText(clean, style.font, style.size, width - indent)) {
          ensure(lineHeight);
          y -= lineHeight;
          const lineWidth = style.font.widthOfTextAtSize(line, style.size);
          page.drawText(line, {
            x: options.isCentred ? (pageWidth - lineWidth) / 2 : MARGIN + indent,
            y: y + (lineHeight - style.size) / 2,
            size: style.size,
            font: style.font,
            color: style.color ?? INK,
          });
        }
      }
    },
    image: (image, maxHeight) => {
      const scale = scaleOf(image, maxHeight);
      const drawn = { width: image.width * scale, height: image.height * scale };
      ensure(drawn.height + 8);
      y -= drawn.height;
      page.drawImage(image, { x: MARGIN, y, ...drawn });
      y -= 8;
    },
    imageHeight: (image, maxHeight) => image.height * scaleOf(image, maxHeight),
    rule: (color = SAND) => {
      y -= 4;
      page.drawLine({
        start: { x: MARGIN, y },
        end: { x: MARGIN + width, y },
        thickness: 1,
        color,
      });
      y -= 8;
    },
  };
}
