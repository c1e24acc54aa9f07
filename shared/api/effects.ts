/**
 * `GET /v1/effects`: every edition's main programme effect and their pooled (fixed-effect,
 * inverse-variance) average per measure, as `programmeEffects` (shared/edition) computes them
 * (docs/indicators.md, "Pooled effect").
 */
import * as z from 'zod';
import { EstimateSchema } from './edition-indicators';

/** Why an edition is left out of the pool. */
export const EXCLUSION_REASONS = ['TOO_FEW_ADMITTED', 'TOO_FEW_REJECTED', 'ZERO_SE'] as const;

/** A pooled estimate: an estimate with the editions it averages and those it leaves out. */
export const PooledEstimateSchema = EstimateSchema.extend({
  editions: z.array(z.string()).describe('Ids of the editions averaged.'),
  excluded: z
    .array(
      z
        .strictObject({
          edition: z.string().describe('The edition left out.'),
          reason: z
            .enum(EXCLUSION_REASONS)
            .describe('Its estimate is null (TOO_FEW_ADMITTED, TOO_FEW_REJECTED) or its se is 0 (ZERO_SE).'),
        })
        .describe('An edition left out of the pool, and why.'),
    )
    .describe('Editions left out of the pool.'),
}).describe(
  'Fixed-effect inverse-variance average of the editions’ main estimates: weights 1/se², se = 1/sqrt(Σ w), ' +
    'low/high = estimate ∓ 1.959964 se, df null, nAdmitted/nRejected summed over the editions used; ' +
    'null numbers and reason NO_EDITION when no edition can be used.',
);

/** One edition's main estimates. */
export const EditionEffectSchema = z
  .strictObject({
    edition: z.string().describe('The edition id.'),
    exporting: EstimateSchema.describe('Change in exporting (1 when exports > 0, else 0), main pair.'),
    markets: EstimateSchema.describe('Change in the number of markets, main pair.'),
    intensity: EstimateSchema.describe(
      'Change in export intensity (turnover above 0 in both years), main pair.',
    ),
  })
  .describe("One edition's programme effect on the main pair (call year - 1, call year + 2).");

/** The answer of `GET /v1/effects`. */
export const EffectsSchema = z
  .strictObject({
    editions: z.array(EditionEffectSchema).describe('Every edition in the store, in id order.'),
    pooled: z
      .strictObject({
        exporting: PooledEstimateSchema,
        markets: PooledEstimateSchema,
        intensity: PooledEstimateSchema,
      })
      .describe('The pooled effect per measure.'),
  })
  .describe('The programme effect of every edition and pooled over the editions.');

/** The answer of `GET /v1/effects`, as the API serves it. */
export type EffectsResponse = z.infer<typeof EffectsSchema>;
