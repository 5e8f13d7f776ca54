/**
 * Who may do what: accounts and roles, password hashing (PBKDF2-SHA256), the identity store
 * behind the form login, the login throttle, the first administrator, and the security journal.
 */
package fr.revitems.security;
