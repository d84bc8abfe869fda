import catalogueJson from '../../rules/indicators.json';
import { CatalogueSchema, type Indicator } from './schema.js';

/** The shared indicator catalogue: indicators several documents use, so regions compare across documents. */
export const BUILTIN_INDICATORS: readonly Indicator[] = Object.freeze(
  CatalogueSchema.parse(catalogueJson).indicators.map((i) => Object.freeze({ ...i, names: Object.freeze(i.names) })),
);

const BY_ID: ReadonlyMap<string, Indicator> = new Map(BUILTIN_INDICATORS.map((i) => [i.id, i]));

/**
 * Looks up a catalogue indicator by id.
 * @example catalogueIndicator('pm25-annual-mean')?.unit // 'μg/m³'
 */
export function catalogueIndicator(id: string): Indicator | undefined {
  return BY_ID.get(id);
}
