/** Themes: the kinds of tension in a neighbourhood that the approach follows (phenomena, never persons). */
package nl.sleutelnet.domain.theme;
