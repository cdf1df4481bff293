/**
 * Network analysis for the coordinator: coverage and white spots, brokers (betweenness), single points of failure
 * (cut vertices and bridges), clusters, what-if comparisons and turnover. Pure functions of a
 * {@link nl.sleutelnet.domain.network.analysis.NetworkSnapshot}; definitions in {@code docs/network-analysis.md}.
 */
package nl.sleutelnet.domain.network.analysis;
