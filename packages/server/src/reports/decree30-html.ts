import {
  bodyNameLines,
  decreeCapitals,
  documentNumberLine,
  headingLabels,
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  placeDateLine,
  recipientLines,
  type ReportBlock,
  type ReportDocument,
  type ReportTable,
} from '@antt/shared';
import { createHash } from 'node:crypto';
import {
  BODY_PARAGRAPH,
  CLOSING_COLUMNS_TWIPS,
  DOCUMENT_FONT,
  HEADER_COLUMNS_TWIPS,
  MARGINS_MM,
  SHORT_RULE_FRACTION,
  SIGNATURE_SPACE_PT,
  SIZES_PT,
  TEXT_WIDTH_TWIPS,
} from './decree30-layout.ts';

// The print preview of a report (shared/DESIGN.md section 5.6): the same Decree 30 layout as the
// Word document, as one HTML page that a browser prints on A4. No script, no style attributes:
// the only style is one fixed <style> element, so a strict Content-Security-Policy can allow it
// by its hash (DECREE30_STYLE_HASH). All text of the report is escaped.

const percentOf = (part: number, whole: number) => `${((part / whole) * 100).toFixed(2)}%`;
const RULE_WIDTH = `${(SHORT_RULE_FRACTION * 100).toFixed(2)}%`;
// Word's "1.3 lines" of Times New Roman are 1.3 × its single line, which is 1.15 em.
const LINE_HEIGHT = (BODY_PARAGRAPH.lineMultiple * 1.15).toFixed(3);

export const DECREE30_PRINT_CSS = `
@page { size: A4 portrait; margin: ${MARGINS_MM.top}mm ${MARGINS_MM.right}mm ${MARGINS_MM.bottom}mm ${MARGINS_MM.left}mm;
  @top-center { content: counter(page); font-family: "${DOCUMENT_FONT}", serif; font-size: ${SIZES_PT.pageNumber}pt; } }
@page :first { @top-center { content: none; } }
html { background: #e9e9e9; }
body { margin: 0; }
.d30 { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 8mm auto; background: #fff; color: #000;
  padding: ${MARGINS_MM.top}mm ${MARGINS_MM.right}mm ${MARGINS_MM.bottom}mm ${MARGINS_MM.left}mm;
  font-family: "${DOCUMENT_FONT}", serif; font-size: ${SIZES_PT.body}pt; }
@media print { html { background: none; } .d30 { width: auto; min-height: 0; margin: 0; padding: 0; } }
.d30 p { margin: 0; }
.d30 table { border-collapse: collapse; }
.d30-frame { width: 100%; table-layout: fixed; }
.d30-frame td { padding: 0; vertical-align: top; text-align: center; line-height: 1.15; }
.d30-frame .d30-left { width: ${percentOf(HEADER_COLUMNS_TWIPS[0], TEXT_WIDTH_TWIPS)}; }
.d30-parent { font-size: ${SIZES_PT.parentBody}pt; }
.d30-issuer { display: inline-block; font-size: ${SIZES_PT.issuingBody}pt; font-weight: bold; }
.d30-issuer::after, .d30-summary::after { content: ""; display: block; width: ${RULE_WIDTH}; margin: 4pt auto 0; border-top: 0.75pt solid #000; }
.d30-number { font-size: ${SIZES_PT.number}pt; padding-top: 6pt; }
.d30-national { font-size: ${SIZES_PT.nationalTitle}pt; font-weight: bold; white-space: nowrap; }
.d30-motto { display: inline-block; font-size: ${SIZES_PT.motto}pt; font-weight: bold; padding-bottom: 2pt; border-bottom: 0.75pt solid #000; }
.d30-date { font-size: ${SIZES_PT.placeDate}pt; font-style: italic; padding-top: 6pt; }
.d30-title { text-align: center; margin-top: 24pt; line-height: 1.15; break-after: avoid; }
.d30-type { margin: 0; font-size: ${SIZES_PT.documentType}pt; font-weight: bold; }
.d30-summary { display: inline-block; font-size: ${SIZES_PT.summary}pt; font-weight: bold; margin-bottom: 14pt; }
.d30-body p, .d30-body .d30-heading { text-align: justify; text-indent: 1.27cm; margin: 0 0 ${BODY_PARAGRAPH.spacingAfterTwips / 20}pt; line-height: ${LINE_HEIGHT}; }
.d30-body .d30-heading { font-size: ${SIZES_PT.body}pt; font-weight: bold; break-after: avoid; }
.d30-body .d30-point { font-style: italic; }
.d30-body .d30-caption { text-align: center; text-indent: 0; font-weight: bold; margin: 0 0 6pt; break-after: avoid; }
.d30-table { width: 100%; font-size: ${SIZES_PT.table}pt; line-height: 1.15; margin-bottom: 6pt; }
.d30-table th, .d30-table td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: middle; }
.d30-table th { font-weight: bold; text-align: center; }
.d30-table tr { break-inside: avoid; }
.d30-table .d30-left-cell { text-align: left; } .d30-table .d30-center-cell { text-align: center; } .d30-table .d30-right-cell { text-align: right; }
.d30-body .d30-note { font-size: ${SIZES_PT.tableNote}pt; font-style: italic; text-indent: 0; line-height: 1.15; }
.d30-closing { width: 100%; table-layout: fixed; break-inside: avoid; margin-top: 6pt; }
.d30-closing td { padding: 0; vertical-align: top; line-height: 1.15; }
.d30-closing .d30-left { width: ${percentOf(CLOSING_COLUMNS_TWIPS[0], TEXT_WIDTH_TWIPS)}; text-align: left; }
.d30-recipients-label { font-size: ${SIZES_PT.recipientsLabel}pt; font-weight: bold; font-style: italic; }
.d30-recipient { font-size: ${SIZES_PT.recipients}pt; }
.d30-signer { text-align: center; font-size: ${SIZES_PT.signer}pt; font-weight: bold; }
.d30 .d30-signer-name { text-align: center; font-size: ${SIZES_PT.signerName}pt; font-weight: bold; margin-top: ${SIGNATURE_SPACE_PT}pt; }
`;

/** The CSP source that allows the preview's one style element: style-src 'sha256-…'. */
export const DECREE30_STYLE_HASH = `'sha256-${createHash('sha256').update(DECREE30_PRINT_CSS).digest('base64')}'`;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

const p = (className: string, text: string) => `<p class="${className}">${escapeHtml(text)}</p>`;

function table(block: ReportTable): string {
  const caption = block.caption === null ? '' : p('d30-caption', block.caption);
  const head = block.columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('');
  const rows = block.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td class="d30-${block.columns[i]?.align ?? 'left'}-cell">${escapeHtml(cell)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  const note = block.note === null ? '' : p('d30-note', block.note);
  // <thead> repeats on each printed page, as the Word table's header row does.
  return `${caption}<table class="d30-table"><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>${note}`;
}

function bodyHtml(blocks: readonly ReportBlock[]): string {
  const labels = headingLabels(blocks);
  return blocks
    .map((block, index) => {
      switch (block.kind) {
        case 'heading': {
          const text = block.level === 1 ? decreeCapitals(block.text) : block.text;
          const className = block.level === 3 ? 'd30-heading d30-point' : 'd30-heading';
          return `<h${block.level + 1} class="${className}">${escapeHtml(`${labels[index] ?? ''} ${text}`)}</h${block.level + 1}>`;
        }
        case 'paragraph':
          return `<p>${block.runs
            .map((r) => {
              let html = escapeHtml(r.text);
              if (r.italic) html = `<i>${html}</i>`;
              if (r.bold) html = `<b>${html}</b>`;
              return html;
            })
            .join('')}</p>`;
        case 'table':
          return table(block);
      }
    })
    .join('\n');
}

const lines = (name: string) => bodyNameLines(decreeCapitals(name)).map(escapeHtml).join('<br>');

/** The report as a complete, self-contained HTML page laid out for A4 printing. */
export function renderDecree30Html(report: ReportDocument): string {
  const { header } = report;
  const parent = header.parentBody === null ? '' : `<p class="d30-parent">${lines(header.parentBody)}</p>`;
  const signer = header.signer;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${decreeCapitals(header.documentType)} – ${header.summary}`)}</title>
<style>${DECREE30_PRINT_CSS}</style>
</head>
<body>
<article class="d30">
<table class="d30-frame" role="presentation">
<tr><td class="d30-left">${parent}<span class="d30-issuer">${lines(header.issuingBody)}</span></td>
<td>${p('d30-national', NATIONAL_TITLE)}<span class="d30-motto">${escapeHtml(NATIONAL_MOTTO)}</span></td></tr>
<tr><td class="d30-left">${p('d30-number', documentNumberLine(header))}</td><td>${p('d30-date', placeDateLine(header))}</td></tr>
</table>
<header class="d30-title"><h1 class="d30-type">${escapeHtml(decreeCapitals(header.documentType))}</h1><span class="d30-summary">${escapeHtml(header.summary)}</span></header>
<section class="d30-body">
${bodyHtml(report.body)}
</section>
<table class="d30-closing" role="presentation">
<tr><td class="d30-left">${p('d30-recipients-label', 'Nơi nhận:')}${recipientLines(header)
    .map((line) => p('d30-recipient', line))
    .join('')}</td>
<td>${signer.authority === null ? '' : p('d30-signer', decreeCapitals(signer.authority))}${p('d30-signer', decreeCapitals(signer.title))}${p('d30-signer-name', signer.name)}</td></tr>
</table>
</article>
</body>
</html>
`;
}
