/** programme/meetings.xhtml: the list of partner meetings and the dialog that records or corrects one. */
package fr.revitems.meeting.web;
