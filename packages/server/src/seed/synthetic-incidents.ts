import {
  addDays,
  lunarNewYear,
  vnStartOfDay,
  type CrimeGroup,
  type DayNumber,
  type FireCause,
  type IncidentStatus,
  type IncidentType,
  type Seriousness,
} from '@antt/shared';
import {
  CLEARANCE_BY_SERIOUSNESS,
  CLOSURE_BY_TYPE,
  DEFAULT_ROADS,
  ROADS_BY_PROVINCE,
  SITE_NAMES,
  STREAMS,
  STREETS,
  WATERWAYS,
  type CategoryKind,
  type CrimeKind,
  type Season,
  type StreamCalibration,
} from './incident-calibration.ts';
import { SeededRandom, WeightedTable } from './seeded-random.ts';
import { pointIn, type SyntheticPlace } from './synthetic-places.ts';

// Synthetic incidents (shared/DESIGN.md section 7): for every day and every stream of the
// calibration, an expected count from the rate, the residents of the places valid that day and
// the season; the incidents are then spread over the (day, stream) cells as one multinomial
// draw, so a file can hold exactly the number of rows asked for while each day still varies
// like real counts. Each incident gets its kind, place (a commune version valid that day),
// time, clearance and status. Everything follows from the seed: the same inputs give the same
// incidents, in date order, without holding them all in memory.

export type ClauseFacts = { seriousness: Seriousness; group: CrimeGroup };
/** The catalogue's clause in force on the day, or null when there is none. */
export type ClauseLookup = (article: number, clause: number, day: DayNumber) => ClauseFacts | null;

export type SyntheticIncident = {
  type: IncidentType;
  article: number | null;
  clause: number | null;
  seriousness: Seriousness | null;
  crimeGroup: CrimeGroup | null;
  /** Accidents, fires and vice sites: the catalogue category. */
  category: string | null;
  occurredAt: Date;
  occurredDay: DayNumber;
  place: SyntheticPlace;
  lon: number | null;
  lat: number | null;
  address: string;
  status: IncidentStatus;
  /** The day it was cleared; null while it is not. */
  clearedDay: DayNumber | null;
  summary: string;
  deaths: number | null;
  injuries: number | null;
  vehicles: number | null;
  road: string | null;
  damageVnd: number | null;
  fireCause: FireCause | null;
  siteName: string | null;
};

export type SyntheticIncidentOptions = {
  places: readonly SyntheticPlace[];
  /** First and last day of occurrence (inclusive). */
  from: DayNumber;
  to: DayNumber;
  /** The day statuses are given as of (clearances never fall after `to`). */
  today: DayNumber;
  seed: number;
  clauseOf: ClauseLookup;
  /** Exactly this many incidents; by default what the calibrated rates give. */
  count?: number;
  /** Share of incidents given a map point inside their commune's polygon. */
  coordinateShare?: number;
  streams?: readonly StreamCalibration[];
};

/** The calendar the trends are counted from. */
const TREND_ORIGIN_MS = Date.UTC(2022, 0, 1);
const DAY_MS = 86_400_000;
const DAYS_PER_YEAR = 365.25;

function utcMidnight(day: DayNumber): number {
  return Date.UTC(Math.floor(day / 10_000), Math.floor((day % 10_000) / 100) - 1, day % 100);
}

export function daysBetween(from: DayNumber, to: DayNumber): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

const tetDays = new Map<number, number>();
/** Midnight (UTC) of the first day of Tết of a year, computed once per year. */
function tetOf(year: number): number {
  let at = tetDays.get(year);
  if (at === undefined) {
    at = utcMidnight(lunarNewYear(year));
    tetDays.set(year, at);
  }
  return at;
}

/** The multiplier of a season on a day. */
export function seasonFactor(season: Season, day: DayNumber): number {
  const at = utcMidnight(day);
  const date = new Date(at);
  const monday0 = (date.getUTCDay() + 6) % 7;
  let factor = season.weekdays[monday0] ?? 1;
  factor *= season.months?.[date.getUTCMonth()] ?? 1;
  if (season.tet) {
    const { amplitude, offsetDays, widthDays } = season.tet;
    const year = date.getUTCFullYear();
    // Tết falls between 21 January and 20 February: this year's or the next one's is nearest.
    let nearest = Infinity;
    for (const y of [year - 1, year, year + 1]) {
      const distance = (at - tetOf(y)) / DAY_MS - offsetDays;
      if (Math.abs(distance) < Math.abs(nearest)) nearest = distance;
    }
    factor *= 1 + amplitude * Math.exp(-0.5 * (nearest / widthDays) ** 2);
  }
  factor *= Math.pow(1 + season.trendPerYear, (at - TREND_ORIGIN_MS) / DAY_MS / DAYS_PER_YEAR);
  return factor;
}

type PreparedStream = {
  calibration: StreamCalibration;
  kinds: WeightedTable<CrimeKind | CategoryKind>;
  hours: WeightedTable<number>;
  clauses: Map<CrimeKind, WeightedTable<number>>;
};

function prepare(stream: StreamCalibration): PreparedStream {
  const clauses = new Map<CrimeKind, WeightedTable<number>>();
  if (stream.type === 'crime') {
    for (const k of stream.kinds)
      clauses.set(k, new WeightedTable(k.clauses.map((w, i) => [i + 1, w] as const)));
  }
  return {
    calibration: stream,
    kinds: new WeightedTable<CrimeKind | CategoryKind>(stream.kinds.map((k) => [k, k.weight] as const)),
    hours: new WeightedTable(stream.hours.map((w, h) => [h, w] as const)),
    clauses,
  };
}

/** The places valid on each day, as a weighted table, rebuilt only when the set changes. */
function* daysWithPlaces(
  places: readonly SyntheticPlace[],
  from: DayNumber,
  to: DayNumber,
): Generator<{ day: DayNumber; table: WeightedTable<SyntheticPlace> | null }> {
  const changes = new Set<DayNumber>();
  for (const p of places) {
    changes.add(p.validFrom);
    if (p.validTo !== null) changes.add(addDays(p.validTo, 1));
  }
  let table: WeightedTable<SyntheticPlace> | null = null;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (day === from || changes.has(day)) {
      const valid = places.filter((p) => p.validFrom <= day && (p.validTo === null || p.validTo >= day));
      table = valid.length ? new WeightedTable(valid.map((p) => [p, p.weight] as const)) : null;
    }
    yield { day, table };
  }
}

/** Expected incidents of one stream on one day, for the given residents. */
function expected(stream: StreamCalibration, residents: number, day: DayNumber): number {
  return (stream.perHundredThousand / 100_000 / DAYS_PER_YEAR) * residents * seasonFactor(stream.season, day);
}

type Cell = { day: DayNumber; places: WeightedTable<SyntheticPlace>; expected: number[] };

/** Every day with places, and the expected incidents of each stream that day. */
function cellsOf(options: Omit<SyntheticIncidentOptions, 'seed' | 'clauseOf'>): Cell[] {
  const streams = options.streams ?? STREAMS;
  const cells: Cell[] = [];
  for (const { day, table } of daysWithPlaces(options.places, options.from, options.to)) {
    if (table)
      cells.push({ day, places: table, expected: streams.map((s) => expected(s, table.total, day)) });
  }
  return cells;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** How many incidents the calibrated rates give over the period (what `count` defaults to). */
export function expectedIncidentCount(options: Omit<SyntheticIncidentOptions, 'seed' | 'clauseOf'>): number {
  return sum(cellsOf(options).map((c) => sum(c.expected)));
}

/** The incidents, in order of their day. */
export function* syntheticIncidents(options: SyntheticIncidentOptions): Generator<SyntheticIncident> {
  const streams = (options.streams ?? STREAMS).map(prepare);
  const random = new SeededRandom(options.seed);
  const cells = cellsOf(options);
  let mass = sum(cells.map((c) => sum(c.expected)));
  let remaining = options.count ?? Math.round(mass);
  const coordinateShare = options.coordinateShare ?? 0.5;

  for (const cell of cells) {
    for (const [s, stream] of streams.entries()) {
      const lambda = cell.expected[s]!;
      // One multinomial draw over all cells, taken cell by cell: k ~ Binomial(left, λ / mass left).
      const k = mass > 0 ? random.binomial(remaining, Math.min(1, lambda / mass)) : 0;
      mass -= lambda;
      remaining -= k;
      for (let i = 0; i < k; i++) {
        yield incident(stream, cell.places.draw(random), cell.day, random, options, coordinateShare);
      }
    }
  }
}

function incident(
  stream: PreparedStream,
  where: SyntheticPlace,
  day: DayNumber,
  random: SeededRandom,
  options: SyntheticIncidentOptions,
  coordinateShare: number,
): SyntheticIncident {
  const kind = stream.kinds.draw(random);
  const minute = stream.hours.draw(random) * 60 + random.int(0, 59);
  const point = random.chance(coordinateShare) ? pointIn(where, random) : null;
  const base = {
    occurredAt: new Date(vnStartOfDay(day).getTime() + minute * 60_000),
    occurredDay: day,
    place: where,
    lon: point?.lon ?? null,
    lat: point?.lat ?? null,
    address: addressIn(where, random),
    summary: random.pick(kind.summaries),
    article: null,
    clause: null,
    seriousness: null,
    crimeGroup: null,
    category: null,
    deaths: null,
    injuries: null,
    vehicles: null,
    road: null,
    damageVnd: null,
    fireCause: null,
    siteName: null,
  };
  const c = stream.calibration;
  if (c.type === 'crime') {
    const crime = kind as CrimeKind;
    const clause = stream.clauses.get(crime)!.draw(random);
    const facts = options.clauseOf(crime.article, clause, day);
    if (!facts)
      throw new Error(`article ${crime.article} clause ${clause} is not in the catalogue on ${day}`);
    const chance = crime.caughtInTheAct
      ? 0.98
      : (crime.clearance ?? CLEARANCE_BY_SERIOUSNESS[facts.seriousness]);
    const delay = crime.caughtInTheAct ? random.int(0, 1) : clearanceDelay(random);
    const clearedDay = clearedBy(day, chance, delay, options.to, random);
    return {
      ...base,
      type: 'crime',
      article: crime.article,
      clause,
      seriousness: facts.seriousness,
      crimeGroup: facts.group,
      clearedDay,
      status: crimeStatus(day, clearedDay, options.today, random),
    };
  }
  const category = (kind as CategoryKind).category;
  const clearedDay = clearedBy(
    day,
    CLOSURE_BY_TYPE[c.type],
    Math.min(180, Math.round(random.logNormal(c.type === 'social_vice' ? 2 : 6, 1))),
    options.to,
    random,
  );
  const common = {
    ...base,
    category,
    clearedDay,
    status: clearedDay !== null ? ('closed' as const) : openStatus(day, options.today),
  };
  if (c.type === 'traffic_accident') return { ...common, type: c.type, ...accident(category, where, random) };
  if (c.type === 'fire') return { ...common, type: c.type, ...fire(category, random) };
  return { ...common, type: c.type, siteName: random.pick(SITE_NAMES[category] ?? ['Tụ điểm']) };
}

/** Most crimes not caught in the act are cleared within weeks; a few take many months. */
function clearanceDelay(random: SeededRandom): number {
  if (random.chance(0.3)) return random.int(0, 2);
  return Math.min(540, Math.round(random.logNormal(18, 1.1)));
}

function clearedBy(
  day: DayNumber,
  chance: number,
  delay: number,
  lastDay: DayNumber,
  random: SeededRandom,
): DayNumber | null {
  if (!random.chance(chance)) return null;
  const cleared = addDays(day, delay);
  // Not yet: the day it will be cleared lies after the data ends.
  return cleared <= lastDay ? cleared : null;
}

/**
 * Where a case stands today: a cleared case goes to the procuracy and is closed a few months
 * later; an uncleared one is investigated, and suspended once the investigation time limit has
 * run out with no suspect (BLTTHS art. 229), about four months on.
 */
function crimeStatus(
  day: DayNumber,
  clearedDay: DayNumber | null,
  today: DayNumber,
  random: SeededRandom,
): IncidentStatus {
  if (clearedDay !== null)
    return daysBetween(clearedDay, today) > random.int(30, 150) ? 'closed' : 'investigating';
  const age = daysBetween(day, today);
  if (age <= 2) return 'open';
  return age <= 120 ? 'investigating' : 'suspended';
}

function openStatus(day: DayNumber, today: DayNumber): IncidentStatus {
  return daysBetween(day, today) <= 2 ? 'open' : 'investigating';
}

const ACCIDENT_DEATHS = new WeightedTable([
  [0, 38],
  [1, 55],
  [2, 6],
  [3, 1],
] as const);
const INJURIES_WITH_DEATHS = new WeightedTable([
  [0, 55],
  [1, 30],
  [2, 10],
  [3, 5],
] as const);
const INJURIES_ONLY = new WeightedTable([
  [1, 65],
  [2, 25],
  [3, 7],
  [4, 3],
] as const);
const ROAD_VEHICLES = new WeightedTable([
  [1, 14],
  [2, 76],
  [3, 8],
  [4, 2],
] as const);

function accident(category: string, where: SyntheticPlace, random: SeededRandom) {
  const deaths = ACCIDENT_DEATHS.draw(random);
  const injuries = (deaths > 0 ? INJURIES_WITH_DEATHS : INJURIES_ONLY).draw(random);
  const onWater = category === 'waterway';
  return {
    deaths,
    injuries,
    vehicles: onWater ? random.int(1, 2) : ROAD_VEHICLES.draw(random),
    road: onWater ? random.pick(WATERWAYS) : random.pick(ROADS_BY_PROVINCE[where.region] ?? DEFAULT_ROADS),
  };
}

const FIRE_DEATHS = new WeightedTable([
  [0, 96],
  [1, 3.5],
  [2, 0.5],
] as const);
const FIRE_INJURIES = new WeightedTable([
  [0, 90],
  [1, 7],
  [2, 2],
  [3, 1],
] as const);
const FIRE_CAUSES_SEEN = new WeightedTable<FireCause>([
  ['electrical', 55],
  ['open_flame', 14],
  ['gas_or_fuel', 7],
  ['arson', 4],
  ['industrial_process', 4],
  ['lightning', 1],
  ['traffic', 3],
  ['other', 5],
  ['unknown', 7],
]);
const EXPLOSION_CAUSES = new WeightedTable<FireCause>([
  ['gas_or_fuel', 60],
  ['industrial_process', 25],
  ['electrical', 5],
  ['other', 5],
  ['unknown', 5],
]);

function fire(category: string, random: SeededRandom) {
  const explosion = category === 'explosion';
  // Damage in whole millions of đồng: most fires cost tens of millions, a few billions.
  const millions = Math.min(50_000, Math.max(1, Math.round(random.logNormal(explosion ? 20 : 60, 1.4))));
  return {
    deaths: FIRE_DEATHS.draw(random),
    injuries: explosion ? random.int(0, 3) : FIRE_INJURIES.draw(random),
    damageVnd: millions * 1_000_000,
    fireCause: (explosion ? EXPLOSION_CAUSES : FIRE_CAUSES_SEEN).draw(random),
  };
}

function addressIn(where: SyntheticPlace, random: SeededRandom): string {
  const urban = where.type === 'Phường' || where.type === 'Thị trấn';
  if (urban && random.chance(0.6)) return `Số ${random.int(1, 250)} đường ${random.pick(STREETS)}`;
  return urban ? `Khóm ${random.int(1, 9)}` : `Ấp ${random.int(1, 12)}`;
}
