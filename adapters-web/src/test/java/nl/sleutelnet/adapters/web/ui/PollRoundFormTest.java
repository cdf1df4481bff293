package nl.sleutelnet.adapters.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.poll.OpenPollRoundCommand;
import nl.sleutelnet.domain.poll.Recurrence;
import org.junit.jupiter.api.Test;

/** The staff form's days become the round's moments in Amsterdam time: from the start of the first day to the end of the last. */
class PollRoundFormTest {

    @Test
    void theFirstDayOpensAtItsStartAndTheLastDayClosesAtItsEnd() {
        OpenPollRoundCommand command = new PollRoundForm(List.of("BU09350207"), List.of("wij-zij"), "2026-03-02",
                "2026-03-29", "MONTHLY", null, "").command(UiModel.AMSTERDAM);
        assertThat(command.opensAt()).isEqualTo(Instant.parse("2026-03-01T23:00:00Z"));
        assertThat(command.closesAt()).as("summer time begins on 29 March")
                .isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(command.parsedRecurrence()).isEqualTo(Recurrence.MONTHLY);
    }

    @Test
    void openingAtOnceIgnoresTheFirstDayAndEmptyDaysLeaveTheDefaults() {
        OpenPollRoundCommand now = new PollRoundForm(List.of("BU09350207"), List.of("wij-zij"), "2026-05-01", "",
                null, true, "na incident").command(UiModel.AMSTERDAM);
        assertThat(now.opensAt()).isNull();
        assertThat(now.closesAt()).isNull();
        assertThat(now.parsedRecurrence()).isEqualTo(Recurrence.NONE);
        assertThat(PollRoundForm.empty(LocalDate.of(2026, 3, 2), 14).closesAt()).isEqualTo("2026-03-15");
    }

    @Test
    void aDayThatIsNotADateIsRefusedOnItsField() {
        assertThatThrownBy(() -> new PollRoundForm(List.of("BU09350207"), List.of("wij-zij"), "", "15-3-2026",
                null, false, "").command(UiModel.AMSTERDAM))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("closesAt"));
    }
}
