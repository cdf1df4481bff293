/** Privacy safeguards of the domain: screening free text for personal identifiers. */
package nl.sleutelnet.domain.privacy;
