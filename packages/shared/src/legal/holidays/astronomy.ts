// The two astronomical quantities the Vietnamese lunar calendar needs: the instants of new
// moon and the Sun's apparent longitude. Both follow the standard formulas in Jean Meeus,
// "Astronomical Algorithms" (2nd ed., 1998): chapter 49 (phases of the Moon, accurate to a few
// seconds over 1900–2100) and chapter 25 (the Sun, low-accuracy method, about 0.01°, i.e.
// some 15 minutes of solar time). Times are Julian Days; "JDE" is Terrestrial Time, "JD" is
// Universal Time, and ΔT converts between them.

const RAD = Math.PI / 180;
const sinDeg = (degrees: number) => Math.sin(degrees * RAD);

/** Mean length of a synodic month in days (Meeus 49.1). */
export const SYNODIC_MONTH = 29.530588861;

/** JDE of the mean new moon of 6 January 2000, lunation k = 0 of Meeus ch. 49. */
const NEW_MOON_EPOCH_JDE = 2451550.09766;

/**
 * ΔT = TT − UT in seconds for a decimal year: the polynomial fits of Espenak and Meeus (NASA,
 * "Polynomial expressions for Delta T", 2006) for 1900–2150, and their long-term parabola
 * outside. A minute of error here moves a new moon by a minute, which matters only when the
 * new moon falls within a minute of midnight.
 */
export function deltaTSeconds(year: number): number {
  if (year >= 2050 && year < 2150) return -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year);
  if (year >= 2005 && year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  if (year >= 1986 && year < 2005) {
    const t = year - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (year >= 1961 && year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year >= 1941 && year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year >= 1920 && year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year >= 1900 && year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  return -20 + 32 * ((year - 1820) / 100) ** 2;
}

// Periodic terms of the true new moon (Meeus table 49.A, "New Moon" column). Each row is
// [coefficient in days, power of E, multiples of M (Sun), M' (Moon), F, Ω].
const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

// Additional planetary corrections for every phase (Meeus ch. 49): [coefficient, A at k = 0,
// rate per lunation]; A1 also has a T² term, applied below.
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/**
 * JDE (Terrestrial Time) of the true new moon of lunation k, counted from the new moon of
 * 6 January 2000 (k = 0); k must be an integer.
 */
export function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  const mean =
    NEW_MOON_EPOCH_JDE + SYNODIC_MONTH * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
  const Omega = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;
  let correction = 0;
  for (const [c, ePower, m, mp, f, om] of NEW_MOON_TERMS) {
    correction += c * E ** ePower * sinDeg(m * M + mp * Mp + f * F + om * Omega);
  }
  PLANETARY_TERMS.forEach(([c, a0, rate], i) => {
    const A = a0 + rate * k - (i === 0 ? 0.009173 * T2 : 0);
    correction += c * sinDeg(A);
  });
  return mean + correction;
}

/** Decimal year of a Julian Day, close enough for ΔT. */
function yearOfJd(jd: number): number {
  return 2000 + (jd - 2451545.0) / 365.25;
}

/** JD (Universal Time) of the true new moon of lunation k. */
export function newMoonJd(k: number): number {
  const jde = newMoonJde(k);
  return jde - deltaTSeconds(yearOfJd(jde)) / 86400;
}

/** The Sun's apparent geometric longitude in degrees [0, 360) at a JDE (Meeus ch. 25). */
export function apparentSolarLongitudeTt(jde: number): number {
  const T = (jde - 2451545.0) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  const C =
    (1.914602 - 0.004817 * T - 0.000014 * T * T) * sinDeg(M) +
    (0.019993 - 0.000101 * T) * sinDeg(2 * M) +
    0.000289 * sinDeg(3 * M);
  const Omega = 125.04 - 1934.136 * T;
  const lambda = L0 + C - 0.00569 - 0.00478 * sinDeg(Omega);
  return ((lambda % 360) + 360) % 360;
}

/** The Sun's apparent longitude in degrees [0, 360) at a JD in Universal Time. */
export function apparentSolarLongitude(jd: number): number {
  return apparentSolarLongitudeTt(jd + deltaTSeconds(yearOfJd(jd)) / 86400);
}
