/**
 * The audit log: who did what with which data, from where, when, for which purpose and with what result; and the
 * disclosures of personal data to third parties. Entries are only ever added, never changed.
 */
package nl.sleutelnet.domain.audit;
