/*
 * Forms stay inert until the page's scripts have attached their handlers (revitems.css, html.loading).
 * With the scripts at the bottom of the page, a click on a button between the moment it shows and the
 * moment PrimeFaces has set itself up would submit the form natively, without PrimeFaces' CSP nonce, and
 * the server would refuse it. PrimeFaces finishes its set-up in jQuery's ready callbacks, which run after
 * DOMContentLoaded, each in a task of its own: the class is removed in a task queued after them.
 */
(function () {
    function ready() {
        document.documentElement.classList.remove('loading');
    }
    function afterPrimeFaces() {
        if (window.jQuery) {
            window.jQuery(function () {
                setTimeout(ready, 0);
            });
        } else {
            ready();
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', afterPrimeFaces);
    } else {
        afterPrimeFaces();
    }
})();
