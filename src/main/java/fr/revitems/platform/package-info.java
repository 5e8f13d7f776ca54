/**
 * Cross-cutting plumbing only: schema migrations at start-up, health checks, HTTP security
 * headers, the user's language, and small helpers for Faces messages. No business rules here.
 */
package fr.revitems.platform;
