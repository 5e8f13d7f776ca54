/** MicroProfile Health checks served at the server's /health/live and /health/ready. */
package fr.revitems.platform.health;
