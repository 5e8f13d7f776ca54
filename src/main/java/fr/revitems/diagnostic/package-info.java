/**
 * The strategy-and-employment diagnostic: a dated, structured interview with a company whose planned
 * recruitments become identified recruitments, printable as a PDF for the company.
 */
package fr.revitems.diagnostic;
