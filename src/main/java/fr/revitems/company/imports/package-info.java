/**
 * Importing companies and their contacts from a CSV or Excel (.xlsx) file: reading the file
 * ({@link fr.revitems.company.imports.ImportFiles}), checking every line against the company rules
 * and the database ({@link fr.revitems.company.imports.ImportCheck}), a preview the officer accepts
 * or cancels, then the valid lines saved in one transaction ({@link fr.revitems.company.imports.CompanyImportService})
 * with a progress the page polls, and a report of the rejected lines. Nothing is kept between two
 * requests but the preview in the page's view scope: no table of its own.
 */
package fr.revitems.company.imports;
