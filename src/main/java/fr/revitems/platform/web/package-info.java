/** Web plumbing: security headers, session cookie settings, Faces message helpers, the home redirect. */
package fr.revitems.platform.web;
