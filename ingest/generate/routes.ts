import worldCountries from 'world-countries';
import { type Random } from './random';

/**
 * Routes of synthetic trafficking and smuggling cases that could be true: the means of transport fits the
 * geography (no boat leaves a landlocked State, nobody is driven between continents an ocean apart) and a
 * transit hub lies on a route that really passes through it (the Darién Gap only between places in the Americas,
 * Tripoli only on departures by sea from Africa to Europe).
 */
export type Mode = 'land' | 'sea' | 'air';
type Region = 'Africa' | 'Americas' | 'Asia' | 'Europe' | 'Oceania';

/** A place routes pass through: by which means, from and to which regions (and only to some States, if given). */
export interface Hub {
  /** The hub's State (never the origin or destination of a route through it). */
  code: string;
  place: string;
  modes: readonly Mode[];
  from: readonly Region[];
  to: readonly Region[];
  toCountries?: readonly string[];
}

const ALL: readonly Region[] = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'];

export const TRANSIT_HUBS: readonly Hub[] = [
  { code: 'NER', place: 'Agadez, Niger', modes: ['land'], from: ['Africa'], to: ['Africa'] },
  { code: 'CIV', place: "Abidjan, Côte d'Ivoire", modes: ['land', 'air'], from: ['Africa'], to: ['Africa', 'Europe'] },
  { code: 'LBY', place: 'Tripoli, Libya', modes: ['sea'], from: ['Africa'], to: ['Europe'] },
  { code: 'TUR', place: 'Istanbul, Türkiye', modes: ['land', 'air'], from: ['Asia', 'Africa'], to: ['Europe', 'Asia'] },
  { code: 'TUR', place: 'İzmir, Türkiye', modes: ['sea'], from: ['Asia'], to: ['Europe'] },
  { code: 'MEX', place: 'Tapachula, Mexico', modes: ['land'], from: ['Americas'], to: ['Americas'] },
  { code: 'SRB', place: 'Belgrade, Serbia', modes: ['land'], from: ['Asia', 'Europe'], to: ['Europe'] },
  { code: 'THA', place: 'Bangkok, Thailand', modes: ['land', 'air'], from: ['Asia'], to: ['Asia', 'Europe', 'Oceania'] },
  { code: 'ARE', place: 'Dubai, United Arab Emirates', modes: ['air'], from: ['Asia', 'Africa'], to: ALL },
  { code: 'MEX', place: 'Ciudad Juárez, Mexico', modes: ['land'], from: ['Americas'], to: ['Americas'], toCountries: ['USA'] },
  { code: 'CHE', place: 'Zürich, Switzerland', modes: ['air'], from: ALL, to: ['Europe'] },
  { code: 'TGO', place: 'Lomé, Togo', modes: ['land'], from: ['Africa'], to: ['Africa'] },
  { code: 'MLI', place: 'Bamako, Mali', modes: ['land'], from: ['Africa'], to: ['Africa'] },
  { code: 'FRA', place: 'Calais, France', modes: ['sea'], from: ['Africa', 'Asia', 'Europe'], to: ['Europe'], toCountries: ['GBR'] },
  { code: 'MYS', place: 'Johor Bahru, Malaysia', modes: ['land'], from: ['Asia'], to: ['Asia'] },
  { code: 'PAN', place: 'the Darién Gap, Panama', modes: ['land'], from: ['Americas'], to: ['Americas'] },
  { code: 'ETH', place: 'Addis Ababa, Ethiopia', modes: ['land', 'air'], from: ['Africa'], to: ['Africa', 'Asia', 'Europe'] },
  { code: 'RUS', place: 'Moscow, Russian Federation', modes: ['land', 'air'], from: ['Asia', 'Europe'], to: ['Europe', 'Asia'] },
  { code: 'BRA', place: 'São Paulo, Brazil', modes: ['air'], from: ['Africa', 'Americas', 'Asia'], to: ['Americas'] },
  { code: 'POL', place: 'Kraków, Poland', modes: ['land'], from: ['Asia', 'Europe'], to: ['Europe'] },
  { code: 'CIV', place: "San-Pédro, Côte d'Ivoire", modes: ['land'], from: ['Africa'], to: ['Africa'] },
  { code: 'MAR', place: 'Tangier, Morocco', modes: ['sea'], from: ['Africa'], to: ['Europe'] },
  { code: 'BIH', place: 'Bihać, Bosnia and Herzegovina', modes: ['land'], from: ['Asia', 'Europe'], to: ['Europe'] },
  { code: 'IDN', place: 'Batam, Indonesia', modes: ['sea'], from: ['Asia'], to: ['Asia'] },
  { code: 'GTM', place: 'Tecún Umán, Guatemala', modes: ['land'], from: ['Americas'], to: ['Americas'] },
  { code: 'SDN', place: 'Khartoum, Sudan', modes: ['land'], from: ['Africa'], to: ['Africa'] },
];

interface Geography {
  region: Region;
  landlocked: boolean;
  /** No land border: an island State (or one reached overland from nowhere). */
  island: boolean;
}

let geographies: Map<string, Geography> | undefined;
/** Region, coast and land borders of a State (ISO alpha-3); null for codes world-countries does not know. */
export function geography(code: string): Geography | null {
  geographies ??= new Map(
    worldCountries
      .filter((c) => (ALL as readonly string[]).includes(c.region))
      .map((c) => [c.cca3, { region: c.region as Region, landlocked: c.landlocked, island: c.borders.length === 0 }]),
  );
  return geographies.get(code) ?? null;
}

const pair = (a: Region, b: Region, pairs: readonly (readonly [Region, Region])[]) =>
  a === b || pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
/** Regions joined by land routes smugglers use (the Balkan and Caucasus routes). */
const LAND_PAIRS = [['Asia', 'Europe']] as const;
/** Regions joined by the sea crossings smugglers use (the Mediterranean, the Aegean, the Timor Sea). */
const SEA_PAIRS = [['Africa', 'Europe'], ['Asia', 'Europe'], ['Asia', 'Oceania']] as const;

/** Whether people can travel from one State to another by this means. */
export function modePossible(mode: Mode, origin: string, destination: string): boolean {
  if (mode === 'air') return true;
  const from = geography(origin);
  const to = geography(destination);
  if (origin === destination) return mode === 'land' || (from !== null && from.island && !from.landlocked);
  if (!from || !to) return mode === 'land';
  if (mode === 'land') return !from.island && !to.island && pair(from.region, to.region, LAND_PAIRS);
  return !from.landlocked && !to.landlocked && pair(from.region, to.region, SEA_PAIRS);
}

/** Whether a route from `origin` to `destination` by `mode` may pass through the hub. */
export function hubFits(hub: Hub, mode: Mode, origin: string, destination: string): boolean {
  const from = geography(origin);
  const to = geography(destination);
  return (
    hub.code !== origin &&
    hub.code !== destination &&
    hub.modes.includes(mode) &&
    from !== null &&
    to !== null &&
    hub.from.includes(from.region) &&
    hub.to.includes(to.region) &&
    (!hub.toCountries || hub.toCountries.includes(destination))
  );
}

/**
 * The means of a journey and, half the time for journeys between States, a hub on it. The preferred means is
 * kept when the geography allows it, otherwise the first possible of land, air (always possible) in that order.
 */
export function chooseRoute(r: Random, preferred: Mode, origin: string, destination: string): { mode: Mode; hub: Hub | null } {
  const mode = [preferred, 'land' as const, 'air' as const].find((m) => modePossible(m, origin, destination))!;
  let hub: Hub | null = null;
  if (origin !== destination && r.chance(0.5)) {
    const fitting = TRANSIT_HUBS.filter((h) => hubFits(h, mode, origin, destination));
    if (fitting.length) hub = r.pick(fitting);
  }
  return { mode, hub };
}
