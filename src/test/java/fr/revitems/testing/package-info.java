/** Test support that may run inside the server: the deployment helper and the test database. */
package fr.revitems.testing;
