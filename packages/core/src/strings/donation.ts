/**
 * Strings of the shared breakdown (chart + table), `<trust-donation-use>` and `<trust-price-breakdown>`.
 * Numbers, amounts and dates reach these already formatted by Intl.
 */
export interface DonationStrings {
  // shared breakdown
  /** Accessible name of the chart, listing its parts: "Chart: Programs 82%, Management and general 11%, Fundraising 7%". */
  breakdownChart(parts: string): string;
  /** One part in the chart's name: "Programs 82%". */
  breakdownChartPart(label: string, percent: string): string;
  /** Column header of the amounts. */
  readonly breakdownAmount: string;
  /** Column header of the percentages. */
  readonly breakdownShare: string;
  /** Label of the total row. */
  readonly breakdownTotal: string;

  // <trust-donation-use>
  /** The headline: "100% of your donation funds clean-water projects". `purpose` is the author's text. */
  donationHeadline(percent: string, purpose: string): string;
  /** Form 990 Part IX column B. */
  readonly donationProgram: string;
  /** Form 990 Part IX column C. */
  readonly donationManagement: string;
  /** Form 990 Part IX column D. */
  readonly donationFundraising: string;
  /** Column header of the expense categories. */
  readonly donationCategory: string;
  /** Table caption: "How we spent our money in fiscal year 2024". */
  donationExpenses(year: string): string;
  /** Table caption with the organisation: "How Clear Water Fund spent its money in fiscal year 2024". */
  donationExpensesOf(organization: string, year: string): string;
  /** Label of the fiscal year. */
  readonly donationFiscalYear: string;
  /** Label of the source of the figures. */
  readonly donationSource: string;
  /** Source: audited financial statements. */
  readonly donationSourceAudited: string;
  /** Source: the IRS Form 990 for the fiscal year. */
  readonly donationSourceForm990: string;
  /** Source: figures nobody has audited (said plainly). */
  readonly donationSourceUnaudited: string;
  /** Label of the auditor's name. */
  readonly donationAuditor: string;
  /** Label of the date the figures were last updated. */
  readonly donationUpdated: string;
  /** Label of the list of report links. */
  readonly donationReports: string;
  /** The banner's disclosure button, which shows the split and the facts. */
  readonly donationDetails: string;
  /** Shown and announced when the statement's data is missing or invalid. */
  readonly donationUnavailable: string;

  // <trust-price-breakdown>
  /** Title and table caption: "What makes up the price". */
  readonly priceTitle: string;
  /** Title and table caption with the product: "What makes up the price of Organic cotton T-shirt". */
  priceTitleOf(product: string): string;
  /** Column header of the cost categories. */
  readonly priceCost: string;
  /** Label of the total row: the price itself. */
  readonly pricePrice: string;
  /** Label of the source of the figures. */
  readonly priceSource: string;
  /** Label of the date the figures are from. */
  readonly priceAsOf: string;
  /** Shown and announced when the breakdown's data is missing or invalid (e.g. parts not adding up to the price). */
  readonly priceUnavailable: string;
}

/** English breakdown, donation-use and price-breakdown strings (`provideEnglish(enDonation)`). */
export const enDonation: DonationStrings = {
  breakdownChart: (parts) => `Chart: ${parts}`,
  breakdownChartPart: (label, percent) => `${label} ${percent}`,
  breakdownAmount: 'Amount',
  breakdownShare: 'Share',
  breakdownTotal: 'Total',
  donationHeadline: (percent, purpose) => `${percent} of your donation funds ${purpose}`,
  donationProgram: 'Programs',
  donationManagement: 'Management and general',
  donationFundraising: 'Fundraising',
  donationCategory: 'Expense',
  donationExpenses: (year) => `How we spent our money in fiscal year ${year}`,
  donationExpensesOf: (organization, year) => `How ${organization} spent its money in fiscal year ${year}`,
  donationFiscalYear: 'Fiscal year',
  donationSource: 'Source',
  donationSourceAudited: 'Audited financial statements',
  donationSourceForm990: 'IRS Form 990',
  donationSourceUnaudited: 'Unaudited accounts',
  donationAuditor: 'Auditor',
  donationUpdated: 'Last updated',
  donationReports: 'Reports',
  donationDetails: 'How your donation is used',
  donationUnavailable: 'Donation information unavailable',
  priceTitle: 'What makes up the price',
  priceTitleOf: (product) => `What makes up the price of ${product}`,
  priceCost: 'Cost',
  pricePrice: 'Price',
  priceSource: 'Source',
  priceAsOf: 'As of',
  priceUnavailable: 'Price breakdown unavailable',
};
