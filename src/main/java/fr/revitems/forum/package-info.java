/**
 * Job forums: for now the forums held (name, day, place, round), which the funders count. Registration,
 * the desk and interview planning will grow here.
 */
package fr.revitems.forum;
