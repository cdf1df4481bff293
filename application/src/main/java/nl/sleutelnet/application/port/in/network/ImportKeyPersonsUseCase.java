package nl.sleutelnet.application.port.in.network;

import java.util.List;
import nl.sleutelnet.domain.access.Actor;

/**
 * Imports the municipality's existing list of key persons from a spreadsheet: first a preview that says per row and
 * column what is wrong, then, when the user confirms, the import of the new, valid rows. Rows for people already in
 * Sleutelnet (same e-mail address, or same name in a shared buurt) are skipped, so importing twice adds nobody twice.
 *
 * <p>Columns (headings in any case): naam, email, telefoon, buurten (codes or names, separated by ; or ,), themas
 * (codes or names), talen, bereik (separated by ;), notities, toestemming_op (date), toestemming_hoe, doelen,
 * status (kandidaat or actief; actief needs consent).
 */
public interface ImportKeyPersonsUseCase {

    ImportPreview preview(Actor actor, List<ImportRow> rows);

    /** Imports the rows the preview marks NEW, in one go; returns the preview it acted on. */
    ImportPreview importRows(Actor actor, List<ImportRow> rows);
}
