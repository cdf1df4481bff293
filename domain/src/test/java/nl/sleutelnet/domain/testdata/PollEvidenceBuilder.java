package nl.sleutelnet.domain.testdata;

import static nl.sleutelnet.domain.testdata.SignalEvidenceBuilder.MALBERG;
import static nl.sleutelnet.domain.testdata.SignalEvidenceBuilder.NOW;
import static nl.sleutelnet.domain.testdata.SignalEvidenceBuilder.WIJ_ZIJ;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.temperature.PollEvidence;
import nl.sleutelnet.domain.theme.ThemeCode;

/** Test data: a poll answer of 5 by a new respondent at {@code NOW} about Malberg × us-versus-them, unless told otherwise. */
public final class PollEvidenceBuilder {

    private UUID id = UUID.randomUUID();
    private UUID respondent = UUID.randomUUID();
    private NeighbourhoodCode buurt = MALBERG;
    private ThemeCode theme = WIJ_ZIJ;
    private int rating = 5;
    private Instant answeredAt = NOW;

    public static PollEvidenceBuilder anAnswer() {
        return new PollEvidenceBuilder();
    }

    public PollEvidenceBuilder withId(UUID value) {
        this.id = value;
        return this;
    }

    public PollEvidenceBuilder by(UUID value) {
        this.respondent = value;
        return this;
    }

    public PollEvidenceBuilder in(NeighbourhoodCode value) {
        this.buurt = value;
        return this;
    }

    public PollEvidenceBuilder about(ThemeCode value) {
        this.theme = value;
        return this;
    }

    public PollEvidenceBuilder rating(int value) {
        this.rating = value;
        return this;
    }

    public PollEvidenceBuilder answeredAt(Instant value) {
        this.answeredAt = value;
        return this;
    }

    public PollEvidenceBuilder answeredDaysAgo(long days) {
        return answeredAt(NOW.minus(Duration.ofDays(days)));
    }

    public PollEvidence build() {
        return new PollEvidence(id, respondent, buurt, theme, rating, answeredAt);
    }
}
