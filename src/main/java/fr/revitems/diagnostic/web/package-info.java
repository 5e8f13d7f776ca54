/** The diagnostic form page and its PDF. */
package fr.revitems.diagnostic.web;
