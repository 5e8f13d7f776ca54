/** The user's language (French by default, English second) and access to the message bundles. */
package fr.revitems.platform.i18n;
