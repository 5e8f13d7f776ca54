/** The dashboard page, the records behind a figure, and the exports' servlet. */
package fr.revitems.report.web;
