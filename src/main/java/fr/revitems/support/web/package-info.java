/** The company page's support sections, "My follow-ups" and the menu's count of what is due. */
package fr.revitems.support.web;
