// The login form is sent once. A second press while the first sign-in is under way (a double click, an impatient
// click) would send it again with the session and CSRF token that this sign-in replaces, and land on "try again".
// A small same-origin file (the login page's Content-Security-Policy allows only the portal's own scripts, none
// inline); without it the form still works, and the server copes with a second post (SecurityConfig, RepeatedLogin).
(function () {
    'use strict';
    var form = document.getElementById('login-form');
    if (!form) {
        return;
    }
    var button = form.querySelector('button[type="submit"]');
    form.addEventListener('submit', function (event) {
        if (form.getAttribute('aria-busy') === 'true') {
            event.preventDefault();
            return;
        }
        form.setAttribute('aria-busy', 'true');
        if (button) {
            button.setAttribute('aria-disabled', 'true');
        }
    });
    // back on this page from the browser's history (its back/forward cache): the form can be sent again
    window.addEventListener('pageshow', function (event) {
        if (event.persisted) {
            form.removeAttribute('aria-busy');
            if (button) {
                button.removeAttribute('aria-disabled');
            }
        }
    });
})();
