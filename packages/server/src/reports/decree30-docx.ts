import { bodyNameLines, type ReportDocument } from '@antt/shared';
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import { bodyBlocks } from './decree30-docx-body.ts';
import { closingTable } from './decree30-docx-closing.ts';
import { headerTable, titleBlock } from './decree30-docx-header.ts';
import { halfPoints, SINGLE_SPACING } from './decree30-docx-text.ts';
import {
  DOCUMENT_FONT,
  HEADER_DISTANCE_MM,
  MARGINS_MM,
  millimetresToTwips,
  PAGE,
  SIZES_PT,
} from './decree30-layout.ts';

// A report as a Word document in the format of Decree 30/2020/NĐ-CP, Annex I (shared/DESIGN.md
// section 5.6): A4 portrait, the decree's margins, Times New Roman throughout (also as the
// document default and the theme's fonts, so nothing falls back to Calibri), page numbers centred
// at the top from the second page on.

const TIMES_EVERYWHERE = { latin: DOCUMENT_FONT, eastAsia: DOCUMENT_FONT, complexScript: DOCUMENT_FONT };

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: SINGLE_SPACING,
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            font: DOCUMENT_FONT,
            size: halfPoints(SIZES_PT.pageNumber),
          }),
        ],
      }),
    ],
  });
}

/** Annex I: no number on the first page; an explicit empty header says so in every word processor. */
function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ spacing: SINGLE_SPACING, children: [] })] });
}

export function decree30Document(report: ReportDocument): Document {
  const { header } = report;
  return new Document({
    title: `${header.documentType} ${header.summary}`,
    creator: bodyNameLines(header.issuingBody).join(' '),
    theme: { fonts: { headings: TIMES_EVERYWHERE, body: TIMES_EVERYWHERE } },
    styles: {
      default: {
        document: {
          run: { font: DOCUMENT_FONT, size: halfPoints(SIZES_PT.body), language: { value: 'vi-VN' } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.widthTwips, height: PAGE.heightTwips, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: millimetresToTwips(MARGINS_MM.top),
              bottom: millimetresToTwips(MARGINS_MM.bottom),
              left: millimetresToTwips(MARGINS_MM.left),
              right: millimetresToTwips(MARGINS_MM.right),
              header: millimetresToTwips(HEADER_DISTANCE_MM),
              footer: millimetresToTwips(HEADER_DISTANCE_MM),
              gutter: 0,
            },
          },
        },
        headers: { default: pageNumberHeader(), first: emptyHeader() },
        children: [
          headerTable(header),
          ...titleBlock(header),
          ...bodyBlocks(report.body),
          closingTable(header),
        ],
      },
    ],
  });
}

/** The .docx file of the report. */
export async function renderDecree30Docx(report: ReportDocument): Promise<Buffer> {
  return Packer.toBuffer(decree30Document(report));
}
