package nl.sleutelnet.domain.network;

import nl.sleutelnet.domain.shared.Invariants;

/**
 * A circle a key person reaches, described neutrally: "ouders van basisschool De Geusselt", "actief in
 * voetbalclub MVV-jeugd". It describes the circle, never the person's beliefs or background.
 */
public record Reach(String description) {

    public static final int MAX_LENGTH = 200;

    public Reach {
        description = Invariants.requireText(description, MAX_LENGTH, "key-person.reach.invalid",
                "A description of reach");
    }
}
