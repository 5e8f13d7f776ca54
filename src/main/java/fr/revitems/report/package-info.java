/**
 * The programme's figures for funders: the dashboard's eight figures with their definitions, the
 * breakdowns by qualification level, occupational category and contract, the monthly trends, the
 * records behind every figure, and their exports (XLSX, PDF, CSV). Read-only reporting over the
 * other features' tables, in SQL (JDBC): aggregates are not entities.
 */
package fr.revitems.report;
