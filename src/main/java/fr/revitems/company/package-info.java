/** Companies (any hiring structure) and their path through the programme. */
package fr.revitems.company;
