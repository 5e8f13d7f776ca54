/** Backing beans of the administrators' reference pages (programme rounds and their funders). */
package fr.revitems.reference.web;
