import { decreeCapitals, recipientLines, type ReportHeader } from '@antt/shared';
import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import {
  CLOSING_COLUMNS_TWIPS,
  SIGNATURE_SPACE_PT,
  SIZES_PT,
  TEXT_WIDTH_TWIPS,
  TWIPS_PER_POINT,
} from './decree30-layout.ts';
import { centredLine, run, SINGLE_SPACING } from './decree30-docx-text.ts';

// The end of the document (Annex I, recipients and signature): left, "Nơi nhận:" 12 pt bold
// italic and the recipients 11 pt, one a line; right, the signing authority and title in bold
// capitals, room for the signature and the seal, and the signer's name in bold.

const [LEFT, RIGHT] = CLOSING_COLUMNS_TWIPS;
/** Air between the last paragraph of the body and the closing. */
const CLOSING_SPACE_PT = 6;

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    verticalAlign: VerticalAlign.TOP,
    children,
  });
}

function leftLine(text: string, sizePt: number, emphasis: boolean, spacingBeforePt = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { ...SINGLE_SPACING, before: spacingBeforePt * TWIPS_PER_POINT },
    children: [run(text, { sizePt, bold: emphasis, italic: emphasis })],
  });
}

export function closingTable(header: ReportHeader): Table {
  const recipients = [
    leftLine('Nơi nhận:', SIZES_PT.recipientsLabel, true, CLOSING_SPACE_PT),
    ...recipientLines(header).map((line) => leftLine(line, SIZES_PT.recipients, false)),
  ];
  const { authority, title, name } = header.signer;
  const signingLines = [...(authority === null ? [] : [authority]), title];
  const signer = [
    ...signingLines.map((line, index) =>
      centredLine(
        decreeCapitals(line),
        { sizePt: SIZES_PT.signer, bold: true },
        index === 0 ? CLOSING_SPACE_PT : 0,
      ),
    ),
    centredLine(name, { sizePt: SIZES_PT.signerName, bold: true }, SIGNATURE_SPACE_PT),
  ];
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        // The signature is never parted from the recipients or split across a page.
        cantSplit: true,
        children: [cell(LEFT, recipients), cell(RIGHT, signer)],
      }),
    ],
  });
}
