/**
 * Identified recruitments (openings) companies plan. A diagnostic's planned recruitments become
 * recruitment records when it is saved; their statuses and filled jobs come with the recruitments pages.
 */
package fr.revitems.recruitment;
