import * as z from 'zod';

/** Dataset label when the store holds nothing yet. */
export const EMPTY_DATASET = 'empty';
/** Dataset label of the generated sample data, which is synthetic and must say so. */
export const SYNTHETIC_DATASET = 'synthetic sample';

/** `GET /v1/health`: the service is up, which version it runs and which data it serves. */
export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  dataset: z.string(),
});
export type Health = z.infer<typeof HealthSchema>;
