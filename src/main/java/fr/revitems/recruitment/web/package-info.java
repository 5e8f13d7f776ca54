/** The recruitments pages: list, form, and the recruitment page with its status and filled jobs. */
package fr.revitems.recruitment.web;
