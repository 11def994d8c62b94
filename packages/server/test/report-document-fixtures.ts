import type { ReportDocument } from '@antt/shared';

// An interim review as the city police would issue it (shared/DESIGN.md section 5.6), for the
// tests of the Decree 30 renderers: every kind of block (sections, clauses, points, paragraphs
// with bold and italic runs, a table with a caption and a note), a number and a date that
// exercise the decree's wording rules, and enough text to run onto a second page.

export const INTERIM_REVIEW: ReportDocument = {
  header: {
    parentBody: 'Bộ Công an',
    issuingBody: 'Công an thành phố\nCần Thơ',
    number: 125,
    symbol: 'BC-CATP',
    place: 'Cần Thơ',
    date: '2023-06-14',
    documentType: 'Báo cáo',
    summary:
      'Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Công an thành phố nhiệm kỳ 2020 - 2025 về bảo đảm an ninh, trật tự',
    recipients: [
      'Bộ Công an (qua Văn phòng Bộ) (để báo cáo)',
      'Thường trực Thành ủy, UBND thành phố (để báo cáo)',
      'Đảng ủy Công an thành phố',
      'Đ/c Giám đốc, các đồng chí Phó Giám đốc',
      'Các phòng nghiệp vụ, Công an quận, huyện',
    ],
    filing: 'VT, PV01',
    signer: { authority: 'KT. Giám đốc', title: 'Phó Giám đốc', name: 'Đại tá Trần Văn Minh' },
  },
  body: [
    {
      kind: 'paragraph',
      runs: [
        {
          text: 'Thực hiện Kế hoạch số 86/KH-CATP ngày 05/4/2023 của Giám đốc Công an thành phố về sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Công an thành phố nhiệm kỳ 2020 - 2025, Công an thành phố Cần Thơ báo cáo kết quả thực hiện từ ngày 15/12/2020 đến ngày 14/6/2023 như sau:',
        },
      ],
    },
    { kind: 'heading', level: 1, text: 'Kết quả thực hiện các chỉ tiêu của Nghị quyết' },
    { kind: 'heading', level: 2, text: 'Công tác đấu tranh phòng, chống tội phạm về trật tự xã hội' },
    {
      kind: 'paragraph',
      runs: [
        { text: 'Trong kỳ, trên địa bàn thành phố xảy ra ' },
        { text: '1.146 vụ phạm pháp hình sự', bold: true },
        {
          text: ', giảm 62 vụ (−5,1 %) so với cùng kỳ nhiệm kỳ trước; điều tra làm rõ 935 vụ, đạt tỷ lệ 81,6 %, vượt chỉ tiêu Nghị quyết đề ra (',
        },
        { text: 'trên 75 %', italic: true },
        {
          text: '). Các vụ án đặc biệt nghiêm trọng, rất nghiêm trọng được điều tra làm rõ 100 %; không để xảy ra tội phạm có tổ chức, hoạt động theo kiểu "xã hội đen".',
        },
      ],
    },
    {
      kind: 'table',
      caption: 'Bảng 1. Tình hình tội phạm về trật tự xã hội',
      columns: [
        { label: 'Chỉ tiêu', align: 'left' },
        { label: 'Kỳ báo cáo', align: 'right' },
        { label: 'Cùng kỳ', align: 'right' },
        { label: 'Tăng, giảm', align: 'right' },
        { label: 'Tỷ lệ tăng, giảm (%)', align: 'right' },
      ],
      rows: [
        ['Số vụ phạm pháp hình sự', '1.146', '1.208', '−62', '−5,1'],
        ['Số vụ điều tra làm rõ', '935', '951', '−16', '−1,7'],
        ['Tỷ lệ điều tra làm rõ (%)', '81,6', '78,7', '+2,9 điểm', ''],
        ['Số đối tượng bị bắt, xử lý', '1.672', '1.734', '−62', '−3,6'],
        ['Số vụ tai nạn giao thông', '412', '455', '−43', '−9,5'],
      ],
      note: 'Nguồn: số liệu thống kê hình sự của Công an thành phố; kỳ báo cáo tính theo Nghị định số 09/2019/NĐ-CP (năm thống kê từ ngày 15/12 năm trước đến ngày 14/12).',
    },
    { kind: 'heading', level: 3, text: 'Tội phạm về ma túy' },
    {
      kind: 'paragraph',
      runs: [
        {
          text: 'Phát hiện, bắt giữ 538 vụ, 874 đối tượng mua bán, tàng trữ, sử dụng trái phép chất ma túy, tăng 41 vụ so với cùng kỳ; triệt xóa 17 điểm, tụ điểm phức tạp về ma túy, không để hình thành điểm mới.',
        },
      ],
    },
    { kind: 'heading', level: 3, text: 'Tội phạm về kinh tế, tham nhũng, chức vụ' },
    {
      kind: 'paragraph',
      runs: [
        {
          text: 'Phát hiện 96 vụ vi phạm pháp luật về kinh tế, buôn lậu, gian lận thương mại; khởi tố 23 vụ, 41 bị can; thu hồi tài sản cho Nhà nước hơn 18,7 tỷ đồng.',
        },
      ],
    },
    { kind: 'heading', level: 2, text: 'Công tác bảo đảm trật tự, an toàn giao thông' },
    {
      kind: 'paragraph',
      runs: [
        {
          text: 'Tai nạn giao thông giảm trên cả ba tiêu chí: giảm 43 vụ (−9,5 %), giảm 21 người chết và 38 người bị thương so với cùng kỳ; lực lượng Cảnh sát giao thông phát hiện, xử lý hơn 96.000 trường hợp vi phạm, phạt tiền nộp Kho bạc Nhà nước trên 64 tỷ đồng.',
        },
      ],
    },
    { kind: 'heading', level: 1, text: 'Tồn tại, hạn chế và nguyên nhân' },
    { kind: 'heading', level: 2, text: 'Tồn tại, hạn chế' },
    {
      kind: 'paragraph',
      runs: [
        {
          text: 'Tội phạm trộm cắp tài sản, lừa đảo chiếm đoạt tài sản qua không gian mạng còn diễn biến phức tạp; tỷ lệ điều tra làm rõ các vụ trộm cắp tài sản còn thấp. Công tác sơ kết, tổng kết, báo cáo có lúc chưa kịp thời; số liệu giữa các đơn vị có nơi chưa thống nhất.',
        },
      ],
    },
    { kind: 'heading', level: 2, text: 'Nguyên nhân' },
    {
      kind: 'paragraph',
      runs: [
        {
          text: 'Thủ đoạn của tội phạm ngày càng tinh vi, sử dụng công nghệ cao; lực lượng, phương tiện còn thiếu so với yêu cầu nhiệm vụ; việc thống kê, tổng hợp số liệu ở một số đơn vị còn thủ công.',
        },
      ],
    },
    { kind: 'heading', level: 1, text: 'Phương hướng, nhiệm vụ và giải pháp thời gian tới' },
    {
      kind: 'paragraph',
      runs: [
        {
          text: 'Tiếp tục triển khai đồng bộ các giải pháp phòng ngừa, đấu tranh với các loại tội phạm; phấn đấu đến hết nhiệm kỳ giữ tỷ lệ điều tra làm rõ án phạm pháp hình sự trên 75 %, án rất nghiêm trọng và đặc biệt nghiêm trọng trên 95 %; đẩy mạnh chuyển đổi số trong công tác thống kê, báo cáo.',
        },
      ],
    },
    {
      kind: 'paragraph',
      runs: [
        {
          text: 'Trên đây là báo cáo sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Công an thành phố nhiệm kỳ 2020 - 2025, Công an thành phố Cần Thơ báo cáo Bộ Công an để theo dõi, chỉ đạo./.',
        },
      ],
    },
  ],
};
