/**
 * @trust-signals/core/donations: where money goes (price breakdown, donation use): the breakdown model shared by
 * both, their parsers, and the family's English strings.
 */
export type { Breakdown, BreakdownPart, FiscalYear } from '../breakdown.js';
export { parseDonationUse, type DonationUse, type DonationUseInput } from '../donation.js';
export { parsePriceBreakdown, type PriceBreakdown, type PriceBreakdownInput } from '../price-breakdown.js';
export { enDonation, type DonationStrings } from '../strings/donation.js';
