/**
 * Development and operations launcher behind {@code ./revitems}: starts the embedded
 * PostgreSQL (unless an external one is configured) and Payara Micro with the application,
 * and stops both cleanly. Compiled with the test class path: it never ships in the WAR.
 */
package fr.revitems.launcher;
