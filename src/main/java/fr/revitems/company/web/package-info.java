/** Backing beans of the company pages: list, form, company page. */
package fr.revitems.company.web;
