/** Browser-test support (Playwright on Debian's Chromium): client side only, never deployed. */
package fr.revitems.testing.browser;
