/**
 * @trust-signals/core/donations: where money goes (price breakdown, donation use): the breakdown model shared by
 * both, their parsers, the Form 990 e-file reader, and the family's English strings.
 */
export type { Breakdown, BreakdownPart, FiscalYear } from '../breakdown.js';
export {
  parseDonationUse,
  type DonationExpensesInput,
  type DonationUse,
  type DonationUseInput,
  type ReportLinkInput,
} from '../donation.js';
export {
  FORM_990_MAX_BYTES,
  IRS_EFILE_NAMESPACE,
  parseForm990,
  type Form990DonationUse,
  type Form990Expenses,
  type Form990EzReturnFacts,
  type Form990Fact,
  type Form990Facts,
  type Form990Field,
  type Form990Options,
  type Form990ReturnFacts,
} from '../form-990.js';
export { parsePriceBreakdown, type PriceBreakdown, type PriceBreakdownInput, type PriceBreakdownPartInput } from '../price-breakdown.js';
export { enDonation, type DonationStrings } from '../strings/donation.js';
