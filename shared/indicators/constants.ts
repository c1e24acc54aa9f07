/**
 * National reference figures from the programme's report (ISTAT-ICE, 2009) that the indicators and the
 * edition dashboard compare against (docs/indicators.md, "National references").
 */

/** Foreign sales in EUR a year under which an exporter is a micro-exporter (exactly this is not micro). */
export const MICRO_EXPORTER_THRESHOLD = 75_000;

/** Share of Italian exporters that are micro-exporters (61%). */
export const NATIONAL_MICRO_EXPORTER_SHARE = 0.61;

/** Share of Italian exporters selling to a single foreign country (43.6%). */
export const NATIONAL_SINGLE_MARKET_SHARE = 0.436;

/** Share of Italian exporters selling to at most {@link FIVE_MARKETS} foreign countries (75%). */
export const NATIONAL_FIVE_MARKETS_SHARE = 0.75;

/** The market count behind {@link NATIONAL_FIVE_MARKETS_SHARE}. */
export const FIVE_MARKETS = 5;

/** Where the national references come from, for labels beside them. */
export const NATIONAL_REFERENCE_SOURCE = 'ISTAT-ICE 2009';
