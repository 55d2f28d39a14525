// React 19 JSX with the generated IntrinsicElements of `trust-signals/jsx-react`.
import type {} from 'trust-signals/jsx-react';
import type { TrustElementsProps } from 'trust-signals/jsx';

export const ok = (
  <>
    <trust-star-rating value={4.3} count={1234} show-value class="rating" />
    <trust-nps-survey subject="Acme" ontrust-submit={(e) => ('score' in e.detail ? e.detail.score : 0)} />
    <trust-donation-use variant="banner" />
  </>
);

// @ts-expect-error value is number | string | undefined, not an object
export const wrongValue = <trust-star-rating value={{ stars: 4 }} />;
// @ts-expect-error showValue is a boolean
export const wrongBoolean = <trust-star-rating showValue="yes" />;
// @ts-expect-error the trust-submit detail of the NPS survey has no `stars`
export const wrongDetail = <trust-nps-survey ontrust-submit={(e) => e.detail.stars} />;
// @ts-expect-error not a trust-signals tag
export const unknownTag = <trust-no-such-element />;

// Framework-neutral props are exported for other JSX runtimes (Preact, Solid, Stencil…).
export const props: TrustElementsProps['trust-star-rating'] = { value: 3, max: 5 };
