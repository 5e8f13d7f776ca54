/*
 * Forms stay inert until the page's scripts have attached their handlers (revitems.css, html.loading).
 * With the scripts at the bottom of the page, a click on a button between the moment it shows and the
 * moment PrimeFaces has registered its handler would submit the form natively, without PrimeFaces'
 * CSP nonce, and the server would refuse it. DOMContentLoaded comes after every script of the page.
 */
(function () {
    function ready() {
        document.documentElement.classList.remove('loading');
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', ready);
    } else {
        ready();
    }
})();
