/**
 * The programme behind the approach: its funding lines and its costs, in whole cents of a euro.
 */
package nl.sleutelnet.domain.programme;
