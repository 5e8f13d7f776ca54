/** CSV files as French Excel opens them, shared by the company import's reports and the dashboard's exports. */
package fr.revitems.platform.csv;
