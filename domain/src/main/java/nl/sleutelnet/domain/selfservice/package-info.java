/**
 * A key person's self-service without an account ("Mijn Sleutelnet"): the personal link that opens it, and the
 * requests (correction, erasure) they send to the coordinator through it.
 */
package nl.sleutelnet.domain.selfservice;
