package nl.sleutelnet.adapters.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.intervention.AddTaskCommand;
import org.junit.jupiter.api.Test;

class UnreadableInputTest {

    private static final UUID ID = UUID.randomUUID();

    @Test
    void aDayThatIsNoDayIsNamedTogetherWithEverythingElseThatIsWrong() {
        UnreadableInput input = new UnreadableInput();
        LocalDate due = input.day("due", "morgen");

        assertThatThrownBy(() -> input.command(() -> new AddTaskCommand(ID, "", null, due, 1)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::code)
                        .as("the unreadable day once, as unreadable, and the empty description and assignee")
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("due", "date.invalid"),
                                org.assertj.core.groups.Tuple.tuple("description", "validation.NotBlank"),
                                org.assertj.core.groups.Tuple.tuple("assignee", "validation.NotNull")));
    }

    @Test
    void anUnreadableOptionalDayIsRefusedEvenWhenTheCommandWouldTakeNone() {
        UnreadableInput input = new UnreadableInput();
        assertThat(input.day("to", "")).isNull();
        LocalDate due = input.day("due", "32-13-2026");
        assertThatThrownBy(() -> input.command(() -> new AddTaskCommand(ID, "Zaal regelen", UUID.randomUUID(),
                LocalDate.of(2026, 3, 9), 1))).isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("due"));
        assertThat(due).isNull();
    }

    @Test
    void readableInputBuildsTheCommand() {
        UnreadableInput input = new UnreadableInput();
        LocalDate due = input.day("due", " 2026-03-09 ");
        assertThat(input.command(() -> new AddTaskCommand(ID, "Zaal regelen", ID, due, 1)).due())
                .isEqualTo(LocalDate.of(2026, 3, 9));
    }
}
