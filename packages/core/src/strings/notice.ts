import type { IncidentImpact, IncidentState, LegalBasis, PrivacyCategory, PrivacyPurpose, PrivacyUse } from '../notices.js';

/** Strings of the transparency notices: `<trust-data-notice>`, `<trust-privacy-label>`, `<trust-incident-notice>`. */
export interface NoticeStrings {
  // <trust-data-notice>
  /** The disclosure button that shows and hides the details of a data notice. */
  readonly noticeDetails: string;
  /** Term: who is responsible for the data (the controller). */
  readonly noticeController: string;
  /** Link text: how to contact the controller about your data. */
  readonly noticeContact: string;
  /** Term: what the data is used for. */
  readonly noticePurpose: string;
  /** Term: the legal basis of the processing. */
  readonly noticeLegalBasis: string;
  /** The six GDPR Art. 6(1) legal bases, as a visitor would understand them. */
  readonly noticeLegalBases: Readonly<Record<LegalBasis, string>>;
  /** Term: how long the data is kept. */
  readonly noticeRetention: string;
  /** Term: who receives the data. */
  readonly noticeRecipients: string;
  /** Shown when the data goes to no one else. */
  readonly noticeNoRecipients: string;
  /** Term: transfers of the data to other countries. */
  readonly noticeTransfers: string;
  /** Term: the visitor's rights. */
  readonly noticeRights: string;
  /** The standard sentence about the visitor's rights (access, correction, erasure, restriction, objection, portability, complaint). */
  readonly noticeRightsText: string;
  /** Added to the rights when the basis is consent. */
  readonly noticeWithdrawConsent: string;
  /** Link text of the full privacy policy. */
  readonly noticePolicy: string;
  /** Shown (and used as the field's description) when the notice's data is missing or invalid. */
  readonly noticeUnavailable: string;

  // <trust-privacy-label>
  /** The label's caption and name, about a named website or service. */
  privacyCaption(service: string): string;
  /** The label's caption and name when no service is named. */
  readonly privacyCaptionDefault: string;
  /** Column header: the data category. */
  readonly privacyCategoryHeader: string;
  /** Column header: how the data is used. */
  readonly privacyUseHeader: string;
  /** Column header: why the data is collected. */
  readonly privacyPurposesHeader: string;
  /** The data categories. */
  readonly privacyCategories: Readonly<Record<PrivacyCategory, string>>;
  /** How a category is used (group titles in the compact label, cells in the full one). */
  readonly privacyUses: Readonly<Record<PrivacyUse, string>>;
  /** Why a category is collected. */
  readonly privacyPurposes: Readonly<Record<PrivacyPurpose, string>>;
  /** Purposes cell of a category that is not collected. */
  readonly privacyNoPurposes: string;
  /** "Last updated {date}"; the date arrives formatted. */
  privacyUpdated(date: string): string;
  /** Shown when the label's data is missing or invalid. */
  readonly privacyUnavailable: string;

  // <trust-incident-notice>
  /** The states of an incident or of maintenance. */
  readonly incidentStates: Readonly<Record<IncidentState, string>>;
  /** Impact levels. */
  readonly incidentImpacts: Readonly<Record<IncidentImpact, string>>;
  /** Term: the affected services. */
  readonly incidentServices: string;
  /** Term: what the incident means for the visitor. */
  readonly incidentDescription: string;
  /** Term: what the visitor can do meanwhile. */
  readonly incidentWorkaround: string;
  /** Term: when the incident started. */
  readonly incidentStarted: string;
  /** Term: when the incident was resolved (or maintenance completed). */
  readonly incidentEnded: string;
  /** Term: when scheduled maintenance starts. */
  readonly maintenanceStarts: string;
  /** Term: when scheduled maintenance is planned to end. */
  readonly maintenanceEnds: string;
  /** Term: the time by which the next update will be posted. */
  readonly incidentNextUpdate: string;
  /** Heading of the timeline of updates. */
  readonly incidentUpdates: string;
  /** Heading of what will change to prevent a recurrence. */
  readonly incidentPrevention: string;
  /** Link text of the status page. */
  readonly incidentStatusPage: string;
  /** Link text of the post-mortem. */
  readonly incidentPostmortem: string;
  /** Accessible name of the dismiss button. */
  readonly incidentDismiss: string;
  /** The one-time announcement of a new incident: its title, its state and its impact (none for maintenance), each already translated. */
  incidentAnnouncement(title: string, state: string, impact: string | undefined): string;
  /** Shown when the incident's data is missing or invalid. */
  readonly incidentUnavailable: string;
}

/** English notice strings, bundled with the notice elements (`provideEnglish(enNotice)`). */
export const enNotice: NoticeStrings = {
  noticeDetails: 'How we use this data',
  noticeController: 'Who is responsible',
  noticeContact: 'Contact us about your data',
  noticePurpose: 'Purpose',
  noticeLegalBasis: 'Legal basis',
  noticeLegalBases: {
    consent: 'Your consent',
    contract: 'Needed for our contract with you',
    'legal-obligation': 'Required by law',
    'vital-interests': 'To protect someone’s life or health',
    'public-task': 'A task in the public interest',
    'legitimate-interests': 'Our legitimate interests',
  },
  noticeRetention: 'How long we keep it',
  noticeRecipients: 'Who receives it',
  noticeNoRecipients: 'No one else',
  noticeTransfers: 'Transfers to other countries',
  noticeRights: 'Your rights',
  noticeRightsText:
    'You can ask to see, correct or delete your data, to limit or object to its ' +
    'use, and to receive a copy. You can also complain to a data protection authority.',
  noticeWithdrawConsent: 'You can withdraw your consent at any time.',
  noticePolicy: 'Read the full privacy policy',
  noticeUnavailable: 'Information about how this data is used is unavailable.',

  privacyCaption: (service) => `Data ${service} collects and how it is used`,
  privacyCaptionDefault: 'Data collected and how it is used',
  privacyCategoryHeader: 'Data',
  privacyUseHeader: 'How it is used',
  privacyPurposesHeader: 'Purposes',
  privacyCategories: {
    'contact-info': 'Contact info',
    'health-fitness': 'Health and fitness',
    'financial-info': 'Financial info',
    location: 'Location',
    'sensitive-info': 'Sensitive info',
    contacts: 'Contacts',
    'user-content': 'User content',
    'browsing-history': 'Browsing history',
    'search-history': 'Search history',
    identifiers: 'Identifiers',
    purchases: 'Purchases',
    'usage-data': 'Usage data',
    diagnostics: 'Diagnostics',
    other: 'Other data',
  },
  privacyUses: {
    tracking: 'Used to track you',
    linked: 'Linked to you',
    'not-linked': 'Not linked to you',
    'not-collected': 'Not collected',
  },
  privacyPurposes: {
    'third-party-advertising': 'Third-party advertising',
    'own-advertising': 'Our own advertising or marketing',
    analytics: 'Analytics',
    personalization: 'Personalization',
    functionality: 'Site functionality',
    other: 'Other purposes',
  },
  privacyNoPurposes: 'None',
  privacyUpdated: (date) => `Last updated ${date}`,
  privacyUnavailable: 'Privacy label unavailable.',

  incidentStates: {
    investigating: 'Investigating',
    identified: 'Cause identified',
    monitoring: 'Fix applied, monitoring',
    resolved: 'Resolved',
    scheduled: 'Scheduled maintenance',
    'in-progress': 'Maintenance in progress',
    completed: 'Maintenance completed',
  },
  incidentImpacts: {
    none: 'No impact on service',
    minor: 'Minor impact',
    major: 'Major impact',
    critical: 'Critical impact',
  },
  incidentServices: 'Affected services',
  incidentDescription: 'What this means for you',
  incidentWorkaround: 'What you can do',
  incidentStarted: 'Started',
  incidentEnded: 'Ended',
  maintenanceStarts: 'Starts',
  maintenanceEnds: 'Planned end',
  incidentNextUpdate: 'Next update by',
  incidentUpdates: 'Updates',
  incidentPrevention: 'What we are changing',
  incidentStatusPage: 'Status page',
  incidentPostmortem: 'Read the post-mortem',
  incidentDismiss: 'Dismiss notice',
  incidentAnnouncement: (title, state, impact) => `${title}. ${state}.${impact ? ` ${impact}.` : ''}`,
  incidentUnavailable: 'Incident details unavailable.',
};
