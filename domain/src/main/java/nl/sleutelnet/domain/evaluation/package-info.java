/**
 * The period report: network, signals, temperature, interventions and the programme's money over a period and an
 * area, beside the period before, with pointers for adjustment and the small-cell rule. Pure: computed from domain
 * objects the application hands over. The definitions are in {@code docs/evaluatie.md}.
 */
package nl.sleutelnet.domain.evaluation;
