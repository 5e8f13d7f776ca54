/**
 * Tailored support: actions logged with companies, introductions to other actors, and the support
 * plan's tasks that each officer finds in "My follow-ups".
 */
package fr.revitems.support;
