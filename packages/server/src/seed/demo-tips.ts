import { addDays, isoFromDay, vnDayOf, vnStartOfDay, type PortalTipSubmission } from '@antt/shared';
import { ManualClock } from '../lib/clock.ts';
import type { Actor } from '../services/actor.ts';
import { AuditService } from '../services/audit.service.ts';
import type { Services } from '../services/index.ts';
import type { ServiceDeps } from '../services/service-deps.ts';
import { TipService } from '../services/tip.service.ts';

// Demo tips (shared/DESIGN.md section 7): a handful of plausible tips across Cần Thơ, most in
// Phường Sóc Trăng, in every state a staff officer meets — due soon, overdue, suspended,
// decided, fresh at the duty desk, an anonymous one with the informant's reply, a likely
// duplicate. They are made through the real services on a clock set back in time, so their
// register numbers, timelines, limits and audit rows are what real use would have left. They
// are received in the order of their receipt, so each unit's register runs in date order.

const SOC_TRANG = '31507';
const NINH_KIEU = '31135';
const PHU_LOI = '31510';
/** Two points in central Phường Sóc Trăng (inside its shipped polygon), about 200 m apart. */
const NEAR_MARKET = { lon: 105.99187, lat: 9.62232 };
const NEAR_MARKET_2 = { lon: 105.9937, lat: 9.6232 };

export type DemoTipsReport = { tips: number };

type Step = (tips: TipService) => Promise<void>;

export async function seedDemoTips(services: Services): Promise<DemoTipsReport> {
  const now = services.deps.clock.now();
  const today = vnDayOf(now);
  // The tips' own clock, moved back and forth through their history.
  const clock = new ManualClock(now);
  const deps: ServiceDeps = { ...services.deps, clock, audit: new AuditService(services.deps.db, clock) };
  const tips = new TipService(deps, { adminUnits: services.adminUnits, holidays: services.holidays });
  const users = await services.users.list({ kind: 'system', label: 'demo-seed' });
  const actor = async (username: string): Promise<Extract<Actor, { kind: 'user' }>> => {
    const u = users.find((x) => x.username === username);
    if (!u) throw new Error(`demo account ${username} missing`);
    return {
      kind: 'user',
      userId: u.id,
      username: u.username,
      roles: u.roles,
      unitId: u.unit.id,
      provinceCode: u.provinceCode,
      jurisdiction: await services.jurisdiction.forUser({ unitId: u.unit.id, roles: u.roles }),
    };
  };
  const canbo = await actor('canbo');
  const lanhdaophuong = await actor('lanhdaophuong');
  const dieutravien = await actor('dieutravien');
  const thutruong = await actor('thutruongcqdt');
  const lanhdao = await actor('lanhdao');
  /** 'days' days before today, at hh:mm in Vietnam. */
  const at = (days: number, hour: number, minute = 0) =>
    new Date(vnStartOfDay(addDays(today, -days)).getTime() + (hour * 60 + minute) * 60_000);
  const day = (d: Date) => isoFromDay(vnDayOf(d));
  /** Earlier today (or late yesterday), counted back from now: never in the future. */
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
  let count = 0;

  /** A citizen's portal tip at a given time; returns its id and receipt. */
  const portal = async (when: Date, submission: Omit<PortalTipSubmission, 'keepLocation'>) => {
    clock.set(when);
    count += 1;
    return tips.intake.submitFromPortal({ keepLocation: false, ...submission });
  };
  const version = async (id: string) =>
    (await tips.queue.detail({ kind: 'system', label: 'demo-seed' }, id)).version;
  /** Runs workflow steps at given times. */
  const run = async (when: Date, step: Step) => {
    clock.set(when);
    await step(tips);
  };
  const classify =
    (
      id: string,
      who: Actor,
      category: PortalTipSubmission['category'],
      kind: PortalTipSubmission['kind'] = 'denunciation',
    ) =>
    async (t: TipService) => {
      await t.workflow.classify(who, id, { version: await version(id), kind, category });
    };
  const handOver = (id: string) => async (t: TipService) => {
    await t.workflow.handOver(canbo, id, { version: await version(id) });
  };
  const assign = (id: string, to: { userId: string }) => async (t: TipService) => {
    await t.workflow.assign(thutruong, id, { version: await version(id), userId: to.userId });
  };
  const notifyProcuracy = (id: string, noticeNo: string) => async (t: TipService) => {
    await t.workflow.notifyProcuracy(dieutravien, id, { version: await version(id), noticeNo });
  };

  // 1. Suspended: a drug tip whose limit the unit extended to 2 months, then suspended on the
  //    last day while the expert examination of the seized substance is pending.
  const drugs = await portal(at(95, 20, 10), {
    kind: 'report',
    category: 'drugs',
    description:
      'Nhiều đêm liền có người lạ tụ tập tại căn nhà cuối hẻm 45 đường Trần Hưng Đạo, nghi sử dụng và mua bán ma túy.',
    communeCode: SOC_TRANG,
    address: 'Hẻm 45 đường Trần Hưng Đạo',
  });
  await run(at(95, 21), classify(drugs.tipId, canbo, 'drugs', 'report'));
  await run(at(94, 8), handOver(drugs.tipId));
  await run(at(94, 9), assign(drugs.tipId, dieutravien));
  await run(at(93, 9), notifyProcuracy(drugs.tipId, '41/TB-CSĐT'));
  const drugsClockStart = vnDayOf(at(94, 8));
  const drugsMax = await tips.deadlines.unitExtensionMaxLastDay(drugsClockStart);
  await run(at(84, 9), async (t) => {
    await t.workflow.extend(thutruong, drugs.tipId, {
      version: await version(drugs.tipId),
      until: isoFromDay(drugsMax),
      reason: 'Phải xác minh tại nhiều địa điểm, chờ kết quả giám định chất thu giữ',
    });
  });
  await run(new Date(vnStartOfDay(drugsMax).getTime() + 9 * 3_600_000), async (t) => {
    await t.workflow.suspend(thutruong, drugs.tipId, {
      version: await version(drugs.tipId),
      ground: 'expert_examination_pending',
      note: 'Đã trưng cầu giám định mẫu chất bột thu giữ ngày ' + day(at(80, 9)),
    });
  });

  // 2. Decided: a gambling ring prosecuted; the informant was told.
  const gambling = await portal(at(40, 19), {
    kind: 'denunciation',
    category: 'gambling',
    description:
      'Tại quán cà phê ở khóm 5 thường xuyên có nhóm người đánh bạc ăn tiền bằng hình thức đá gà qua mạng, mỗi tối hàng chục người.',
    communeCode: SOC_TRANG,
    informant: { phone: '0977001122' },
  });
  await run(at(40, 20), classify(gambling.tipId, canbo, 'gambling'));
  await run(at(39, 8), handOver(gambling.tipId));
  await run(at(39, 9), assign(gambling.tipId, dieutravien));
  await run(at(38, 9), notifyProcuracy(gambling.tipId, '77/TB-CSĐT'));
  await run(at(20, 14), async (t) => {
    await t.workflow.decide(thutruong, gambling.tipId, {
      version: await version(gambling.tipId),
      decision: 'prosecute',
      decisionNo: '35/QĐ-CSĐT',
      decisionDate: day(at(20, 14)),
      penalCodeArticle: 'Điều 321 khoản 1 (Tội đánh bạc)',
    });
  });
  await run(at(19, 9), async (t) => {
    await t.workflow.notifyResult(dieutravien, gambling.tipId, {
      version: await version(gambling.tipId),
      message:
        'Cơ quan Cảnh sát điều tra đã ra quyết định khởi tố vụ án hình sự về tội đánh bạc theo tin báo của ông/bà. Cảm ơn ông/bà đã hợp tác.',
    });
  });

  // 3. Declined: a quarrel the city leader sent to the investigating body, found not a crime.
  const quarrel = await portal(at(30, 10), {
    kind: 'denunciation',
    category: 'property_damage',
    description: 'Hàng xóm cố ý làm hỏng hàng rào nhà tôi sau khi cãi nhau về ranh đất.',
    communeCode: PHU_LOI,
    informant: { fullName: 'Kim Văn Sang', phone: '0945556677' },
  });
  await run(at(30, 11), async (t) => {
    const investigating = await t.routing.investigatingBody('92');
    await t.workflow.route(lanhdao, quarrel.tipId, {
      version: await version(quarrel.tipId),
      unitId: investigating.id,
    });
  });
  await run(at(30, 14), classify(quarrel.tipId, thutruong, 'property_damage'));
  await run(at(12, 10), async (t) => {
    await t.workflow.decide(thutruong, quarrel.tipId, {
      version: await version(quarrel.tipId),
      decision: 'decline',
      decisionNo: '21/QĐ-CSĐT',
      decisionDate: day(at(12, 10)),
      note: 'Giá trị thiệt hại dưới mức định lượng; chuyển xử lý vi phạm hành chính.',
    });
  });

  // 4. Overdue: a bag snatching taken in person, handed over 24 days ago, never decided.
  clock.set(at(25, 10));
  count += 1;
  const snatching = await tips.intake.recordByStaff(canbo, {
    kind: 'denunciation',
    channel: 'in_person',
    category: 'robbery',
    description:
      'Bà Tăng Thị Mỹ trình báo bị hai đối tượng đi xe máy giật túi xách (có điện thoại và 3 triệu đồng) trên đường Lê Hồng Phong.',
    occurredAt: at(25, 7, 30).toISOString(),
    communeCode: SOC_TRANG,
    address: 'Đường Lê Hồng Phong, phường Sóc Trăng',
    receiptRecordNo: '27/BB-CAP',
    informant: { fullName: 'Tăng Thị Mỹ', phone: '0918765432', address: 'Khóm 3, phường Sóc Trăng' },
  });
  await run(at(25, 11), classify(snatching.id, canbo, 'robbery'));
  await run(at(24, 9), handOver(snatching.id));
  await run(at(24, 10), assign(snatching.id, dieutravien));
  await run(at(23, 9), notifyProcuracy(snatching.id, '98/TB-CSĐT'));

  // 5. Due soon: a motorbike theft near the market, handed over 17 days ago (20-day limit).
  const theft = await portal(at(17, 8, 20), {
    kind: 'denunciation',
    category: 'theft',
    description:
      'Khoảng 21 giờ tối qua, xe máy Honda Wave biển số 83-P1 xxx.xx của tôi dựng trước cửa hàng tạp hóa gần chợ Sóc Trăng bị hai thanh niên đi xe không biển số lấy mất. Camera của tiệm bên cạnh có quay lại.',
    occurredAt: at(18, 21).toISOString(),
    communeCode: SOC_TRANG,
    ...NEAR_MARKET,
    address: 'Đường Hai Bà Trưng, gần chợ Sóc Trăng',
    informant: { fullName: 'Lý Thị Hoa', phone: '0939123456' },
  });
  await run(at(17, 9, 30), classify(theft.tipId, canbo, 'theft'));
  await run(at(17, 15), handOver(theft.tipId));
  await run(at(17, 16), assign(theft.tipId, dieutravien));
  await run(at(16, 9), notifyProcuracy(theft.tipId, '112/TB-CSĐT'));

  // 6. A second report of what looks like the same theft (a duplicate suggestion on both, 5 and 6).
  const theftAgain = await portal(at(16, 7, 45), {
    kind: 'report',
    category: 'theft',
    description:
      'Tối hôm kia tôi thấy hai thanh niên dắt một chiếc xe Wave màu đỏ từ khu chợ ra đường Hai Bà Trưng rồi nổ máy chạy về hướng cầu C247.',
    communeCode: SOC_TRANG,
    ...NEAR_MARKET_2,
  });
  await run(at(16, 10), classify(theftAgain.tipId, canbo, 'theft', 'report'));
  await run(at(16, 14), handOver(theftAgain.tipId));

  // 7. Due soon elsewhere: a fraud transferred by a bank to the investigating body directly.
  clock.set(at(16, 14));
  count += 1;
  const bankFraud = await tips.intake.recordByStaff(dieutravien, {
    kind: 'report',
    channel: 'transfer',
    category: 'cybercrime',
    description:
      'Ngân hàng chuyển đến thông tin 14 khách hàng ở Ninh Kiều bị lừa chuyển tiền qua đường link giả mạo ứng dụng ngân hàng, tổng thiệt hại khoảng 900 triệu đồng.',
    communeCode: NINH_KIEU,
    sourceAgency: 'Ngân hàng TMCP chi nhánh Cần Thơ',
  });
  await run(at(16, 15), classify(bankFraud.id, dieutravien, 'cybercrime', 'report'));
  await run(at(15, 9), notifyProcuracy(bankFraud.id, '120/TB-CSĐT'));

  // 8. Anonymous, this morning: the officer asked a question and the informant answered.
  const scam = await portal(hoursAgo(3), {
    kind: 'report',
    category: 'fraud',
    description:
      'Có một nhóm mở lớp "đầu tư tiền ảo lãi 30%/tháng" ở phường, thu tiền của nhiều người lớn tuổi rồi không trả.',
    communeCode: SOC_TRANG,
  });
  await run(hoursAgo(2.5), classify(scam.tipId, canbo, 'fraud', 'report'));
  await run(hoursAgo(2.4), async (t) => {
    await t.workflow.assign(lanhdaophuong, scam.tipId, {
      version: await version(scam.tipId),
      userId: canbo.userId,
    });
    await t.workflow.sendMessage(canbo, scam.tipId, {
      body: 'Ông/bà cho biết lớp học tổ chức ở địa chỉ nào và vào những ngày nào trong tuần?',
    });
  });
  await run(hoursAgo(1), async (t) => {
    await t.citizen.sendMessage(
      {
        trackingCode: scam.trackingCode,
        secret: scam.secret,
        body: 'Lớp học ở tầng 2 căn nhà số 18 đường Phú Lợi, tối thứ Ba và thứ Năm hằng tuần.',
      },
      'demo-seed',
    );
  });

  // 9. No place given: waiting at the duty desk to be routed by hand.
  await portal(hoursAgo(2), {
    kind: 'report',
    category: 'environment',
    description: 'Có xe bồn xả nước thải màu đen xuống kênh vào ban đêm, mùi rất hôi.',
    address: 'Kênh gần cầu Mạc Đĩnh Chi (không rõ phường nào)',
    provinceCode: '92',
  });

  return { tips: count };
}
