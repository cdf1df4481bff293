/**
 * The temperature of a buurt × theme: derived, never typed in, from signals and poll answers, with levels, trend,
 * confidence and an explanation of every figure.
 */
package nl.sleutelnet.domain.temperature;
