/** Building blocks every part of the domain shares: errors and invariant checks. */
package nl.sleutelnet.domain.shared;
