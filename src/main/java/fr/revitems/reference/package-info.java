/**
 * Reference data shared by every feature (departments, EMS sectors, later qualification levels,
 * occupational categories, contract types, ROME codes): read-only here, seeded by migrations.
 */
package fr.revitems.reference;
