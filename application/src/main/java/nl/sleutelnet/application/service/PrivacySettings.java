package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import nl.sleutelnet.domain.privacy.RetentionTerms;

/**
 * The municipality's privacy choices: the retention terms, and the controller the processing register names.
 *
 * @param controller the verwerkingsverantwoordelijke, e.g. "het college van burgemeester en wethouders van Maastricht"
 */
public record PrivacySettings(RetentionTerms retention, String controller) {

    public PrivacySettings {
        checkNotNull(retention, "retention");
        checkArgument(controller != null && !controller.isBlank() && controller.length() <= 300,
                "name the controller (at most 300 characters)");
        controller = controller.strip();
    }

    public static PrivacySettings defaults() {
        return new PrivacySettings(RetentionTerms.defaults(), "het college van burgemeester en wethouders");
    }
}
