/**
 * Where things happen: CBS wijken ({@link nl.sleutelnet.domain.geography.District}) and buurten
 * ({@link nl.sleutelnet.domain.geography.Neighbourhood}), with inhabitants where known and outlines for the map.
 */
package nl.sleutelnet.domain.geography;
