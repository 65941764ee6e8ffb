// Which venue is nearest a carer's home. Households keep a rough position (two decimal places);
// where either side has none, a venue in the household's own area counts as nearer than one
// elsewhere. Pure, so the carer's page and the catch-up offers put places in the same order.

/** Where a household or a venue is, as far as it is known. */
export type Spot = { latitude: number | null; longitude: number | null; areaId: string | null };

const EARTH_RADIUS_KM = 6371;

/** The great-circle distance in kilometres between two points (the haversine formula). */
export function distanceKm(
  from: { latitude: number; longitude: number },
  to: { latitude: number; longitude: number },
): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(to.latitude - from.latitude);
  const dLon = radians(to.longitude - from.longitude);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The distance from home to a venue, or null when either position is unknown. */
export function kmBetween(home: Spot, venue: Spot): number | null {
  if (home.latitude === null || home.longitude === null) return null;
  if (venue.latitude === null || venue.longitude === null) return null;
  return distanceKm(
    { latitude: home.latitude, longitude: home.longitude },
    { latitude: venue.latitude, longitude: venue.longitude },
  );
}

/**
 * The items nearest home first: by distance where both positions are known, then those in the
 * home's area, then the rest. Items equally near keep their order (soonest first, say).
 */
export function nearestFirst<T>(home: Spot, items: readonly T[], venueOf: (item: T) => Spot): T[] {
  const keyed = items.map((item, index) => {
    const venue = venueOf(item);
    const km = kmBetween(home, venue);
    const isSameArea = home.areaId !== null && venue.areaId === home.areaId;
    return { item, index, km, isSameArea };
  });
  keyed.sort(
    (a, b) =>
      Number(a.km === null) - Number(b.km === null) ||
      (a.km ?? 0) - (b.km ?? 0) ||
      Number(!a.isSameArea) - Number(!b.isSameArea) ||
      a.index - b.index,
  );
  return keyed.map((entry) => entry.item);
}
