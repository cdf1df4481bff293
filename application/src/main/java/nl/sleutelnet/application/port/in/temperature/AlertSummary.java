package nl.sleutelnet.application.port.in.temperature;

import static com.google.common.base.Preconditions.checkNotNull;

import nl.sleutelnet.domain.temperature.Alert;

/**
 * An alert with the names a person reads: the buurt, the theme, and who marked it as seen.
 *
 * @param acknowledgedByName the display name of the coordinator who marked it as seen; null while open
 */
public record AlertSummary(Alert alert, String buurtName, String themeName, String acknowledgedByName) {

    public AlertSummary {
        checkNotNull(alert, "alert");
        checkNotNull(buurtName, "buurtName");
        checkNotNull(themeName, "themeName");
    }
}
