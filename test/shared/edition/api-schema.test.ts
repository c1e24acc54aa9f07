import type * as z from 'zod';
import { EditionEffectSchema, EffectsSchema, PooledEstimateSchema } from '../../../shared/api/effects';
import {
  AttritionSchema,
  EditionIndicatorsSchema,
  EstimateSchema,
  EventStudyPointSchema,
  EventStudySchema,
  LocalEffectSchema,
  OutcomeCountsSchema,
} from '../../../shared/api/edition-indicators';
import type { EffectsResponse } from '../../../shared/api/effects';
import type { EditionIndicatorsResponse } from '../../../shared/api/edition-indicators';
import { editionIndicators, nullEstimate, programmeEffects } from '../../../shared/edition';
import type { EditionIndicators, ProgrammeEffects } from '../../../shared/edition';
import { emptyEdition, handMadeEdition } from './fixtures';

describe('EditionIndicatorsSchema', () => {
  it('accepts the indicators of the hand-made edition as they are', () => {
    const result = editionIndicators(handMadeEdition());

    const parsed = EditionIndicatorsSchema.parse(result);

    expect(parsed).toEqual(result);
  });

  it('accepts the nulls of an empty edition', () => {
    const result = editionIndicators(emptyEdition());

    expect(EditionIndicatorsSchema.safeParse(result).success).toBe(true);
  });

  it('has the same type as the function’s result, in both directions', () => {
    const result: EditionIndicators = editionIndicators(handMadeEdition());

    // Compiles only while the schema and the interface agree (tsc checks the test files).
    const asResponse: EditionIndicatorsResponse = result;
    const back: EditionIndicators = EditionIndicatorsSchema.parse(asResponse);

    expect(back).toEqual(result);
  });

  it('documents every key, nested ones included', () => {
    const undocumented: string[] = [];
    const visit = (shape: Record<string, z.ZodType>, prefix: string): void => {
      for (const [key, schema] of Object.entries(shape)) {
        if (!schema.description) undocumented.push(prefix + key);
      }
    };

    visit(EditionIndicatorsSchema.shape, '');
    visit(EditionIndicatorsSchema.shape.window.shape, 'window.');
    visit(EstimateSchema.shape, 'estimate.');
    visit(AttritionSchema.shape, 'attrition.');
    visit(EventStudySchema.shape, 'eventStudy.');
    visit(EventStudySchema.shape.commonTrendsWarning.shape, 'eventStudy.commonTrendsWarning.');
    visit(EventStudyPointSchema.shape, 'eventStudy.points.');
    visit(LocalEffectSchema.shape, 'local.');
    visit(OutcomeCountsSchema.shape, 'outcomes.');
    visit(EffectsSchema.shape, 'effects.');
    visit(EditionEffectSchema.shape, 'effects.editions.');
    visit(PooledEstimateSchema.shape, 'effects.pooled.');

    expect(undocumented).toEqual([]);
  });

  it('rejects NaN, an unknown key and a share above 1', () => {
    const result = editionIndicators(handMadeEdition());

    expect(EditionIndicatorsSchema.safeParse({ ...result, hhi: Number.NaN }).success).toBe(false);
    expect(EditionIndicatorsSchema.safeParse({ ...result, extra: 1 }).success).toBe(false);
    expect(EditionIndicatorsSchema.safeParse({ ...result, completionRate: 1.5 }).success).toBe(false);
  });
});

describe('EffectsSchema', () => {
  it('accepts programmeEffects’ result as it is, and has the same type', () => {
    const { effect } = editionIndicators(handMadeEdition());
    const none = nullEstimate(0, 0, 'TOO_FEW_ADMITTED');
    const result: ProgrammeEffects = programmeEffects([
      { edition: '2008', ...effect },
      { edition: '2006', exporting: none, markets: none, intensity: none },
    ]);

    const asResponse: EffectsResponse = result;
    const back: ProgrammeEffects = EffectsSchema.parse(asResponse);

    expect(back).toEqual(result);
    expect(EffectsSchema.safeParse({ ...result, extra: 1 }).success).toBe(false);
  });
});
