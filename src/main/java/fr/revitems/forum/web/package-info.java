/** programme/forums.xhtml: the forums held and the dialog that records or corrects one. */
package fr.revitems.forum.web;
