/**
 * The demo programme of {@code ./revitems run --demo}: a fictional programme written into an empty demo
 * database at start-up, whose dashboard shows the programme's real figures (300 companies contacted,
 * 76 diagnostics, 65 companies supported, 330 planned recruitments, 170 jobs filled or consolidated,
 * 60 partner meetings, 1 forum). Loaded only when {@code REVITEMS_DEMO} is true, which only the launcher's
 * demo mode sets; production never loads it.
 */
package fr.revitems.demo;
