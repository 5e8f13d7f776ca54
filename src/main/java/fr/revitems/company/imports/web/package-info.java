/** The import page (company/import.xhtml): upload, preview, import with progress, reports. */
package fr.revitems.company.imports.web;
