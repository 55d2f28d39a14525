// A style attribute set from script (what a `style="${…}"` binding in a Lit template does) is blocked too.
document.body.setAttribute('style', 'margin: 3px');
document.body.dataset.ready = 'true';
