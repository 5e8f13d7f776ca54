/**
 * Working meetings of the programme with employment partners (agencies, schools, youth agencies, public
 * authorities), recorded once held: the funders count them per round, department and period.
 */
package fr.revitems.meeting;
