import { reportDocumentSchema, type ReportDocument } from '@antt/shared';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { INTERIM_REVIEW } from '../../test/report-document-fixtures.ts';
import { DECREE30_PRINT_CSS, DECREE30_STYLE_HASH, renderDecree30Html } from './decree30-html.ts';

// The print preview: the Decree 30 page set-up in CSS, the header and signature blocks, and
// nothing of the report's text able to become markup or script.

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)> & 'quoted'`;

function hostileReview(): ReportDocument {
  const review = structuredClone(INTERIM_REVIEW);
  review.header.summary = `Sơ kết ${HOSTILE}`;
  review.header.recipients = [...review.header.recipients, HOSTILE];
  review.header.signer.name = `Đại tá ${HOSTILE}`;
  review.body.push(
    { kind: 'heading', level: 2, text: HOSTILE },
    { kind: 'paragraph', runs: [{ text: HOSTILE, bold: true }] },
    {
      kind: 'table',
      caption: HOSTILE,
      columns: [{ label: HOSTILE, align: 'left' }],
      rows: [[HOSTILE]],
      note: HOSTILE,
    },
  );
  return reportDocumentSchema.parse(review);
}

describe('Decree 30 print preview', () => {
  it('escapes every text of the report and carries no script, handler or style attribute', () => {
    const html = renderDecree30Html(hostileReview());
    // Escaped text has no "<", so every tag left is the renderer's own.
    const tags = html.match(/<[^>]*>/g) ?? [];
    const names = new Set(tags.map((tag) => /^<\/?([a-z0-9!]+)/i.exec(tag)?.[1]?.toLowerCase()));
    const allowed =
      '!doctype article b body br h1 h2 h3 h4 head header html i meta p section span style table tbody td th thead title tr';
    expect([...names].sort()).toEqual(allowed.split(' ').sort());
    for (const tag of tags) expect(tag).not.toMatch(/\s(on[a-z]+|style|src|href)\s*=/i);
    const escaped =
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;quoted&#39;';
    // summary (title and page), recipient, signer, heading, paragraph, caption, column, cell, note
    expect(html.split(escaped).length - 1).toBe(10);
  });

  it('sets up an A4 page with the decree margins, Times New Roman and the decree sizes', () => {
    expect(DECREE30_PRINT_CSS).toContain('size: A4 portrait; margin: 20mm 15mm 20mm 30mm;');
    expect(DECREE30_PRINT_CSS).toContain('font-family: "Times New Roman", serif; font-size: 14pt;');
    expect(DECREE30_PRINT_CSS).toMatch(/@page :first \{ @top-center \{ content: none; \} \}/);
    expect(DECREE30_PRINT_CSS).toMatch(/\.d30-issuer \{[^}]*font-size: 13pt; font-weight: bold;/);
    expect(DECREE30_PRINT_CSS).toMatch(/\.d30-national \{ font-size: 13pt; font-weight: bold;/);
    expect(DECREE30_PRINT_CSS).toMatch(
      /\.d30-motto \{[^}]*font-size: 14pt; font-weight: bold;[^}]*border-bottom/,
    );
    expect(DECREE30_PRINT_CSS).toMatch(/\.d30-date \{ font-size: 14pt; font-style: italic;/);
    expect(DECREE30_PRINT_CSS).toMatch(
      /\.d30-body p, \.d30-body \.d30-heading \{ text-align: justify; text-indent: 1\.27cm; margin: 0 0 6pt;/,
    );
    expect(DECREE30_PRINT_CSS).toMatch(
      /\.d30-recipients-label \{ font-size: 12pt; font-weight: bold; font-style: italic; \}/,
    );
    expect(DECREE30_PRINT_CSS).toMatch(/\.d30-recipient \{ font-size: 11pt; \}/);
  });

  it('lays out the header, the title, the body and the signature block in the order of the decree', () => {
    const html = renderDecree30Html(INTERIM_REVIEW);
    const order = [
      '<p class="d30-parent">BỘ CÔNG AN</p><span class="d30-issuer">CÔNG AN THÀNH PHỐ<br>CẦN THƠ</span>',
      '<p class="d30-national">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><span class="d30-motto">Độc lập - Tự do - Hạnh phúc</span>',
      '<p class="d30-number">Số: 125/BC-CATP</p>',
      '<p class="d30-date">Cần Thơ, ngày 14 tháng 6 năm 2023</p>',
      '<h1 class="d30-type">BÁO CÁO</h1>',
      '<h2 class="d30-heading">I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA NGHỊ QUYẾT</h2>',
      'xảy ra <b>1.146 vụ phạm pháp hình sự</b>',
      '<td class="d30-left-cell">Số vụ phạm pháp hình sự</td><td class="d30-right-cell">1.146</td>',
      '<h4 class="d30-heading d30-point">a) Tội phạm về ma túy</h4>',
      '<p class="d30-recipients-label">Nơi nhận:</p><p class="d30-recipient">- Bộ Công an (qua Văn phòng Bộ) (để báo cáo);</p>',
      '<p class="d30-recipient">- Lưu: VT, PV01.</p>',
      '<p class="d30-signer">KT. GIÁM ĐỐC</p><p class="d30-signer">PHÓ GIÁM ĐỐC</p><p class="d30-signer-name">Đại tá Trần Văn Minh</p>',
    ];
    const positions = order.map((fragment) => html.indexOf(fragment));
    expect(
      positions.every((at) => at >= 0),
      JSON.stringify(order.filter((_, i) => positions[i] === -1)),
    ).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(html).toContain('<thead><tr><th scope="col">Chỉ tiêu</th>');
  });

  it("publishes the hash of its one style element for the preview's Content-Security-Policy", () => {
    const html = renderDecree30Html(INTERIM_REVIEW);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] as string);
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256')
      .update(styles[0] as string)
      .digest('base64');
    expect(DECREE30_STYLE_HASH).toBe(`'sha256-${hash}'`);
  });
});
