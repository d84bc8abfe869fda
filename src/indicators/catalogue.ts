import catalogueJson from '../../rules/indicators.json';
import { CatalogueSchema, type Indicator } from './schema.js';

/** The shared indicator catalogue: indicators several documents use, so regions compare across documents. */
export const BUILTIN_INDICATORS: readonly Indicator[] = Object.freeze(CatalogueSchema.parse(catalogueJson).indicators);

/**
 * Looks up a catalogue indicator by id.
 * @example catalogueIndicator('pm25-annual-mean')?.unit // 'μg/m³'
 */
export function catalogueIndicator(id: string): Indicator | undefined {
  return BUILTIN_INDICATORS.find((i) => i.id === id);
}
