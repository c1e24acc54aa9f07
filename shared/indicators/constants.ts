/**
 * National reference figures from the programme's report (ISTAT-ICE, 2009) that the indicators and the
 * edition dashboard compare against (docs/indicators.md, "National references").
 */

/** Foreign sales in EUR a year under which an exporter is a micro-exporter (exactly this is not micro). */
export const MICRO_EXPORTER_THRESHOLD = 75_000;

/** Share of Italian exporters that are micro-exporters (61%). */
export const NATIONAL_MICRO_EXPORTER_SHARE = 0.61;

/** Upper bound of the micro-exporters' share of national exports ("under 1%"). */
export const NATIONAL_MICRO_EXPORTS_SHARE_MAX = 0.01;

/** Share of Italian exporters selling to a single foreign country (43.6%). */
export const NATIONAL_SINGLE_MARKET_SHARE = 0.436;

/** Share of Italian exporters selling to at most {@link FIVE_MARKETS} foreign countries (75%). */
export const NATIONAL_FIVE_MARKETS_SHARE = 0.75;

/** The market count behind {@link NATIONAL_FIVE_MARKETS_SHARE}. */
export const FIVE_MARKETS = 5;

/** Approximate number of Italian exporters. */
export const NATIONAL_EXPORTERS = 200_000;

/** Approximate number of exporters in Lombardy ("over 58,000"). */
export const LOMBARDY_EXPORTERS = 58_000;

/** Where the national references come from, for labels beside them. */
export const NATIONAL_REFERENCE_SOURCE = 'ISTAT-ICE 2009';
