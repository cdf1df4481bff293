/** What the core needs from the outside world, named by role; adapters implement these. */
package nl.sleutelnet.application.port.out;
