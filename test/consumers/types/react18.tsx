// The generated @lit/react wrappers: typed props and typed event callbacks.
import { TrustNpsSurvey, TrustStarRating } from '@trust-signals/react';

export const ok = (
  <>
    <TrustStarRating value={4.3} count={1234} showValue onTrustError={(e) => e.detail.issues.length} />
    <TrustNpsSurvey subject="Acme" onTrustSubmit={(e) => ('score' in e.detail ? e.detail.score : 0)} />
  </>
);

// @ts-expect-error value is number | string | undefined, not an object
export const wrongValue = <TrustStarRating value={{ stars: 4 }} />;
// @ts-expect-error the star rating dispatches no trust-submit
export const wrongEvent = <TrustStarRating onTrustSubmit={() => undefined} />;
// @ts-expect-error the detail of trust-submit has no `stars`
export const wrongDetail = <TrustNpsSurvey onTrustSubmit={(e) => e.detail.stars} />;
