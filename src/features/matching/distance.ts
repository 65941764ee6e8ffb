// How far apart two places are, for the distance factors. A place is known by its own coordinates
// when it has them, or else roughly by the middle of its area.

/** Where a place is, and whether that is only its area's middle. */
export type Spot = { latitude: number; longitude: number; isEstimated: boolean };

const EARTH_RADIUS_KM = 6371;
const RADIANS_PER_DEGREE = Math.PI / 180;

/** The great-circle distance in kilometres between two points (the haversine formula). */
export function haversineKm(
  from: { latitude: number; longitude: number },
  to: { latitude: number; longitude: number },
): number {
  const dLat = (to.latitude - from.latitude) * RADIANS_PER_DEGREE;
  const dLon = (to.longitude - from.longitude) * RADIANS_PER_DEGREE;
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(from.latitude * RADIANS_PER_DEGREE) *
      Math.cos(to.latitude * RADIANS_PER_DEGREE) *
      Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A place from its own coordinates, else from its area's middle, else unknown (null). */
export function spotOf(
  own: { latitude: number | null; longitude: number | null },
  area: { latitude: number | null; longitude: number | null },
): Spot | null {
  if (own.latitude !== null && own.longitude !== null) {
    return { latitude: own.latitude, longitude: own.longitude, isEstimated: false };
  }
  if (area.latitude !== null && area.longitude !== null) {
    return { latitude: area.latitude, longitude: area.longitude, isEstimated: true };
  }
  return null;
}

/** The distance between two places, or null when either is unknown. */
export function kmBetween(from: Spot | null, to: Spot | null): number | null {
  return from && to ? haversineKm(from, to) : null;
}
