/** Backing beans of the login, account and user-administration pages. */
package fr.revitems.security.web;
