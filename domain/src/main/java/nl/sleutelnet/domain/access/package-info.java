/** Who acts ({@link nl.sleutelnet.domain.access.Actor}) and what their roles allow ({@link nl.sleutelnet.domain.access.Permission}). */
package nl.sleutelnet.domain.access;
