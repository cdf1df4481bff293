package nl.sleutelnet.application.port.out;

import java.util.List;
import nl.sleutelnet.domain.privacy.DeletionRecord;

/**
 * The deletion register ("verwijderregister"): what erasures and retention runs removed, when, why and by whom, without
 * the personal data of anyone forgotten. Lines are only added.
 */
public interface DeletionRegister {

    void append(DeletionRecord record);

    /** The latest lines, newest first, at most {@code limit}. */
    List<DeletionRecord> latest(int limit);
}
