/**
 * The temperature of a buurt × theme: derived, never typed in, from signals and poll answers, with levels, trend,
 * confidence and an explanation of every figure. Pure functions of the evidence, the settings and a moment: see
 * {@link nl.sleutelnet.domain.temperature.TemperatureModel}; the published description is {@code docs/temperatuur.md}.
 */
package nl.sleutelnet.domain.temperature;
