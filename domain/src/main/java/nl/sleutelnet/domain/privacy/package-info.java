/** Privacy safeguards of the domain: screening free text for personal identifiers; what stands in for forgotten data. */
package nl.sleutelnet.domain.privacy;
