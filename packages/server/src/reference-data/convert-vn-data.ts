import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../config.ts';
import { readCsvFile, toCsv, type CsvRecord } from './csv.ts';
import {
  POPULATION_COLUMNS,
  SUCCESSION_COLUMNS,
  UNIT_COLUMNS,
  type BoundaryFileEntry,
} from './shipped-data.ts';

// Turns the collected Vietnamese reference data (shared/data/vn/, see its SOURCES.md) into the
// files the product ships in data/ (see data/SOURCES.md). Run it again after the sources change:
//
//   npx tsx packages/server/src/reference-data/convert-vn-data.ts [SOURCE_DIR] [DATA_DIR]
//
// (defaults: ../shared/data/vn and data/, both from the repository root). The output is
// deterministic, so convert-vn-data.test.ts can check that data/ is what this tool makes.
//
// Decisions taken here, each documented in data/SOURCES.md:
// - Pre-2025 units (GSO list as of 01/03/2025) are valid 2008-01-01 .. 2025-06-30. The real
//   start of each unit is not in the list; 2008-01-01 is an assumption, early enough for the
//   years of data the platform handles (units created later, e.g. in 2015, are anachronistic
//   before their start, and facts dated before 2008 cannot be placed).
// - 2025 units are valid from 2025-07-01 (NQ 202/2025/QH15, NQ 60-NQ/TW), open-ended. New
//   communes hang directly under the new province: the district level ends on 2025-06-30.
// - Successions ship only for Cần Thơ (92), Hậu Giang (93) and Sóc Trăng (94), whose links were
//   checked against NQ 1668/NQ-UBTVQH15. The national mapping of dvhcvn/20250701 was made by an
//   LLM and has known errors, so it is left out. Districts get no successor (the level was
//   abolished); the mapping service lifts their facts to the province instead.

export const PRE2025_VALID_FROM = '2008-01-01';
export const PRE2025_VALID_TO = '2025-06-30';
export const REFORM_DAY = '2025-07-01';
/** The GSO list in dvhcvn is dated 01/03/2025: a day on which every pre-2025 unit existed. */
export const PRE2025_LIST_DAY = '2025-03-01';
const CENSUS_DAY = '2019-04-01';

const SRC_PROVINCE_MERGE = 'NQ 202/2025/QH15 (Cần Thơ, Hậu Giang, Sóc Trăng → thành phố Cần Thơ)';
const SRC_SOC_TRANG = 'NQ 1668/NQ-UBTVQH15; soc_trang_old108_to_new43.csv (checked)';
const SRC_CT_HG =
  'NQ 1668/NQ-UBTVQH15; commune_points_pre2025_92_93_94.csv (dvhcvn/20250701 merges, corrected)';

/**
 * Units NQ 1668 divides: "một phần diện tích tự nhiên, quy mô dân số" goes to one new unit and
 * "phần còn lại" to another. The text does not give the parts' populations, so the weights are
 * equal (the documented default for a split). The polygons keep the whole old unit with the
 * remainder, as shared/data/vn/SOURCES.md notes.
 */
const SPLITS: { from: string; to: string; item: string }[] = [
  { from: '31178', to: '31120', item: 'art. 1 item 2: part of Phường Bùi Hữu Nghĩa → Phường Cái Khế' },
  { from: '31178', to: '31168', item: 'art. 1 item 6: the rest of Phường Bùi Hữu Nghĩa → Phường Bình Thủy' },
  { from: '31183', to: '31150', item: 'art. 1 item 4: part of Phường Long Tuyền → Phường An Bình' },
  { from: '31183', to: '31183', item: 'art. 1 item 7: the rest of Phường Long Tuyền → Phường Long Tuyền' },
  { from: '31207', to: '31228', item: 'art. 1 item 14: part of Phường Thốt Nốt → Phường Thuận Hưng' },
  { from: '31207', to: '31207', item: 'art. 1 item 15: the rest of Phường Thốt Nốt → Phường Thốt Nốt' },
];

/**
 * Pre-2025 units with no polygon in the commune source (it predates Thị xã Long Mỹ), so the
 * points file has no successor for them. NQ 1668 art. 1 item 18: Phường Bình Thạnh, Phường
 * Vĩnh Tường and Xã Long Bình form Phường Long Bình (31473).
 */
const EXTRA_SUCCESSIONS: { from: string; to: string; item: string }[] = [
  { from: '31473', to: '31473', item: 'art. 1 item 18: Phường Bình Thạnh → Phường Long Bình' },
  { from: '31475', to: '31473', item: 'art. 1 item 18: Phường Vĩnh Tường → Phường Long Bình' },
];

const MERGED_PROVINCES = ['92', '93', '94'];
const NEW_PROVINCE = '92';

type Dvhcvn = {
  data: {
    level1_id: string;
    name: string;
    type: string;
    level2s: {
      level2_id: string;
      name: string;
      type: string;
      level3s: { level3_id: string; name: string; type: string }[];
    }[];
  }[];
};

type UnitRow = Record<(typeof UNIT_COLUMNS)[number], string>;
type SuccessionRow = Record<(typeof SUCCESSION_COLUMNS)[number], string>;

class ConversionError extends Error {}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConversionError(message);
}

function pre2025Units(source: string): UnitRow[] {
  const json = JSON.parse(
    fs.readFileSync(path.join(source, 'admin-pre2025/dvhcvn_20250301.json'), 'utf8'),
  ) as Dvhcvn;
  const base = { valid_from: PRE2025_VALID_FROM, valid_to: PRE2025_VALID_TO };
  const provinces: UnitRow[] = [];
  const districts: UnitRow[] = [];
  const communes: UnitRow[] = [];
  for (const p of json.data) {
    provinces.push({
      ...base,
      code: p.level1_id,
      name: p.name,
      type: p.type,
      level: 'province',
      parent_code: '',
      province_code: p.level1_id,
    });
    for (const d of p.level2s) {
      districts.push({
        ...base,
        code: d.level2_id,
        name: d.name,
        type: d.type,
        level: 'district',
        parent_code: p.level1_id,
        province_code: p.level1_id,
      });
      for (const c of d.level3s) {
        communes.push({
          ...base,
          code: c.level3_id,
          name: c.name,
          type: c.type,
          level: 'commune',
          parent_code: d.level2_id,
          province_code: p.level1_id,
        });
      }
    }
  }
  check(
    provinces.length === 63 && districts.length === 696 && communes.length === 10_047,
    `pre-2025 list: expected 63/696/10047 units, got ${provinces.length}/${districts.length}/${communes.length}`,
  );
  return [...provinces, ...districts, ...communes];
}

/**
 * The 34-province list writes "Cao Bằng" but "Thành phố Hà Nội". Names get the "Tỉnh" prefix the
 * GSO list uses for provinces, and the type follows the name, in the GSO list's words.
 */
export function newProvinceNameAndType(listed: string): { name: string; type: string } {
  const name = listed.trim();
  if (name.startsWith('Thành phố ')) return { name, type: 'Thành phố Trung ương' };
  return { name: name.startsWith('Tỉnh ') ? name : `Tỉnh ${name}`, type: 'Tỉnh' };
}

function units2025(source: string): UnitRow[] {
  const base = { valid_from: REFORM_DAY, valid_to: '' };
  const provinceRows = readCsvFile(path.join(source, 'admin-2025/provinces_34_CV915-CTK-CSCL.csv'));
  const provinces: UnitRow[] = provinceRows.map((r) => {
    const code = r['Mã số']!.trim();
    return {
      ...base,
      ...newProvinceNameAndType(r['Tên 34 tỉnh sau sáp nhập']!),
      code,
      level: 'province',
      parent_code: '',
      province_code: code,
    };
  });
  const provinceCodes = new Set(provinces.map((p) => p.code));
  const communes: UnitRow[] = readCsvFile(path.join(source, 'admin-2025/communes_2025_3321.csv')).map((r) => {
    check(
      provinceCodes.has(r.province_code!),
      `2025 commune ${r.commune_code} names unknown province ${r.province_code}`,
    );
    return {
      ...base,
      code: r.commune_code!,
      name: r.commune_name!,
      type: r.commune_type!,
      level: 'commune',
      parent_code: r.province_code!,
      province_code: r.province_code!,
    };
  });
  check(
    provinces.length === 34 && communes.length === 3_321,
    `2025 list: expected 34/3321 units, got ${provinces.length}/${communes.length}`,
  );
  return [...provinces, ...communes];
}

function successions(source: string, old: UnitRow[], current: UnitRow[]): SuccessionRow[] {
  const oldCommunes = new Map(
    old
      .filter((u) => u.level === 'commune' && MERGED_PROVINCES.includes(u.province_code))
      .map((u) => [u.code, u]),
  );
  const newCommunes = new Map(
    current.filter((u) => u.level === 'commune' && u.province_code === NEW_PROVINCE).map((u) => [u.code, u]),
  );
  const links = new Map<string, { to: string; source: string }[]>();
  const add = (from: string, to: string, src: string) => {
    check(oldCommunes.has(from), `succession from ${from}: not a pre-2025 commune of 92/93/94`);
    check(newCommunes.has(to), `succession to ${to}: not a 2025 commune of Cần Thơ`);
    const list = links.get(from) ?? [];
    if (!list.some((l) => l.to === to)) list.push({ to, source: src });
    links.set(from, list);
  };

  // Sóc Trăng: the hand-checked 108 → 43 table.
  for (const r of readCsvFile(path.join(source, 'admin-2025/soc_trang_old108_to_new43.csv'))) {
    add(r.old_commune_code!, r.new_commune_code!, SRC_SOC_TRANG);
  }
  // Cần Thơ and Hậu Giang: the successor recorded with each commune polygon (corrected per NQ 1668).
  // Several polygons can carry one code (units dissolved before 2025); they agree on the successor.
  const split = new Set(SPLITS.map((s) => s.from));
  for (const r of readCsvFile(path.join(source, 'geo/commune_points_pre2025_92_93_94.csv'))) {
    if (r.province_code_pre2025 === '94' || split.has(r.commune_code_pre2025!)) continue;
    add(r.commune_code_pre2025!, r.commune_code_2025!, SRC_CT_HG);
  }
  for (const s of [...SPLITS, ...EXTRA_SUCCESSIONS]) add(s.from, s.to, `NQ 1668/NQ-UBTVQH15 ${s.item}`);

  const rows: SuccessionRow[] = MERGED_PROVINCES.map((code) => ({
    from_code: code,
    from_valid_from: PRE2025_VALID_FROM,
    to_code: NEW_PROVINCE,
    to_valid_from: REFORM_DAY,
    effective_date: REFORM_DAY,
    weight: '1',
    source: SRC_PROVINCE_MERGE,
  }));
  for (const from of oldCommunes.keys()) {
    const targets = links.get(from);
    check(targets?.length, `pre-2025 commune ${from} (${oldCommunes.get(from)!.name}) has no 2025 successor`);
    // One successor: the whole unit (weight 1). A split: equal shares (parts' populations unknown).
    const weight = String(Math.round((1 / targets.length) * 1e6) / 1e6);
    for (const t of targets) {
      rows.push({
        from_code: from,
        from_valid_from: PRE2025_VALID_FROM,
        to_code: t.to,
        to_valid_from: REFORM_DAY,
        effective_date: REFORM_DAY,
        weight,
        source: t.source,
      });
    }
  }
  const reached = new Set(rows.map((r) => r.to_code));
  const orphans = [...newCommunes.keys()].filter((c) => !reached.has(c));
  check(orphans.length === 0, `2025 communes of Cần Thơ with no predecessor: ${orphans.join(', ')}`);
  return rows;
}

/**
 * The 2019 census figures for Sóc Trăng's communes. The GADM id, the GADM-derived area and
 * density of the source are dropped: GADM forbids redistribution. "Phường 9" existed in 2019 but
 * not in the 2025 list, so its code stays blank and the import skips it.
 */
function populations(source: string, old: UnitRow[]): CsvRecord[] {
  const known = new Set(old.filter((u) => u.province_code === '94').map((u) => u.code));
  const integer = (v: string | undefined) => (v && v.trim() ? String(Math.round(Number(v))) : '');
  const rows = readCsvFile(path.join(source, 'population/soc_trang_commune_population_2019census.csv')).map(
    (r) => {
      const code = r.commune_code_pre2025!.trim();
      check(!code || known.has(code), `population row for unknown code ${code}`);
      return {
        code,
        name: r.commune_name!,
        district_code: r.district_code_pre2025!,
        reference_date: CENSUS_DAY,
        population: integer(r.pop_total_2019),
        population_urban: integer(r.pop_urban_2019),
        population_rural: integer(r.pop_rural_2019),
        source: 'GSO, Tổng điều tra dân số và nhà ở 2019 (via hgscarlette/vn-demographic)',
      };
    },
  );
  check(rows.length === 109, `expected 109 Sóc Trăng population rows, got ${rows.length}`);
  return rows;
}

/** Rounds every coordinate to 6 decimals (about 0.1 m), which is below the sources' precision. */
function roundCoordinates(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1e6) / 1e6;
  if (Array.isArray(value)) return value.map(roundCoordinates);
  return value;
}

function minifiedGeoJson(file: string): string {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    features: { geometry: { coordinates: unknown }; bbox?: unknown }[];
  };
  for (const f of json.features) {
    f.geometry.coordinates = roundCoordinates(f.geometry.coordinates);
    if (f.bbox) f.bbox = roundCoordinates(f.bbox);
  }
  return `${JSON.stringify(json)}\n`;
}

const DISTRICT_SOURCE = 'daohoangson/dvhcvn data/gis (gis.chinhphu.vn), GPL-3.0';
const COMMUNE_SOURCE = 'choisy/vietnam63 communes (simplified, ~2015), MIT; codes from dvhcvn and NQ 1668';

export const BOUNDARY_FILES: BoundaryFileEntry[] = [
  ...['92', '93', '94'].map((p) => ({
    file: `districts_pre2025_${p}.geojson`,
    level: 'district' as const,
    validFrom: PRE2025_LIST_DAY,
    codeProperty: 'level2_id',
    provinceProperty: 'level1_id',
    approximate: false,
    source: DISTRICT_SOURCE,
  })),
  {
    file: 'communes_pre2025_92_93_94.geojson',
    level: 'commune',
    validFrom: PRE2025_LIST_DAY,
    codeProperty: 'commune_code_pre2025',
    provinceProperty: 'province_code_pre2025',
    approximate: true,
    source: COMMUNE_SOURCE,
  },
  {
    file: 'communes_2025_cantho_approx.geojson',
    level: 'commune',
    validFrom: REFORM_DAY,
    codeProperty: 'commune_code',
    provinceProperty: 'province_code',
    approximate: true,
    source: `${COMMUNE_SOURCE}; dissolved into the 2025 communes (approximate)`,
  },
];

/** Every output file of the conversion, by path relative to the data directory. */
export function convertVnData(source: string): Map<string, string> {
  const old = pre2025Units(source);
  const current = units2025(source);
  const out = new Map<string, string>();
  out.set('units/units_pre2025.csv', toCsv(UNIT_COLUMNS, old));
  out.set('units/units_2025.csv', toCsv(UNIT_COLUMNS, current));
  out.set('units/successions_92_93_94.csv', toCsv(SUCCESSION_COLUMNS, successions(source, old, current)));
  out.set('units/populations_2019_soc_trang.csv', toCsv(POPULATION_COLUMNS, populations(source, old)));
  for (const entry of BOUNDARY_FILES)
    out.set(`geo/${entry.file}`, minifiedGeoJson(path.join(source, 'geo', entry.file)));
  out.set('geo/boundaries.json', `${JSON.stringify(BOUNDARY_FILES, null, 2)}\n`);
  return out;
}

export const DEFAULT_SOURCE_DIR = path.resolve(REPO_ROOT, '../shared/data/vn');

function main(argv: string[]): void {
  const [source = DEFAULT_SOURCE_DIR, target = path.join(REPO_ROOT, 'data')] = argv;
  const files = convertVnData(path.resolve(source));
  for (const [relative, content] of files) {
    const file = path.join(path.resolve(target), relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    process.stdout.write(`${relative}  ${Buffer.byteLength(content).toLocaleString('en')} bytes\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`convert-vn-data: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
