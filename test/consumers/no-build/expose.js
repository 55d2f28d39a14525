// The loader's exports, for the test's own scripts (page.evaluate cannot import: the test file is transformed).
import * as loader from '/packages/elements/dist/trust-signals.bundle.js';

window.trustSignals = loader;
