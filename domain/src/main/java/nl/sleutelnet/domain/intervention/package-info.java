/**
 * Interventions: the tailor-made response to tension in a scope of buurten × themes, and the municipality's
 * involvement in it, from leading to responsibly stepping back. {@link nl.sleutelnet.domain.intervention.Intervention}
 * is the aggregate; {@link nl.sleutelnet.domain.intervention.WithdrawalRule} decides, as a pure function of the scope's
 * daily temperatures, whether stepping back is allowed. Polarisation roles tag dynamics, never persons
 * ({@link nl.sleutelnet.domain.intervention.DynamicTag}). The design note is {@code docs/interventions.md}.
 */
package nl.sleutelnet.domain.intervention;
