/**
 * @trust-signals/core/notices: the notices family (data notice, incident notice, privacy label): their data
 * models, dismissal storage, and the family's English strings.
 */
export {
  announcementRole,
  DISMISS_STORAGES,
  dismissStorage,
  dismissalKey,
  groupByUse,
  isClosed,
  isDismissed,
  parseDataNotice,
  parseIncident,
  parsePrivacyLabel,
  rememberDismissal,
  type DataNotice,
  type DataNoticeInput,
  type DismissStorageKind,
  type Incident,
  type IncidentInput,
  type IncidentState,
  type IncidentUpdateInput,
  type PrivacyEntry,
  type PrivacyLabel,
  type PrivacyLabelEntryInput,
  type PrivacyLabelInput,
  type PrivacyUse,
} from '../notices.js';
export { enNotice, type NoticeStrings } from '../strings/notice.js';
