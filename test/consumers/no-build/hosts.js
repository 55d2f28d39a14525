// The page's own web components, defined after the loader has run (a module script added by the test): one renders
// a trust-signals tag into an open shadow root when it connects, the other into a closed one.
class OpenHost extends HTMLElement {
  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const label = document.createElement('trust-privacy-label');
    root.append(label);
  }
}
class ClosedHost extends HTMLElement {
  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'closed' });
  }
  connectedCallback() {
    this.root.append(document.createElement('trust-data-notice'));
    window.closedRoot = this.root;
  }
}
customElements.define('x-open-host', OpenHost);
customElements.define('x-closed-host', ClosedHost);
document.body.dataset.hosts = 'defined';
