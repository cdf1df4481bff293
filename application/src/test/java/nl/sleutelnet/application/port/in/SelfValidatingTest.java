package nl.sleutelnet.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.sleutelnet.application.port.in.account.CreateAccountCommand;
import nl.sleutelnet.application.port.in.geography.NeighbourhoodQuery;
import nl.sleutelnet.application.port.in.theme.AddThemeCommand;
import org.junit.jupiter.api.Test;

class SelfValidatingTest {

    @Test
    void everyProblemOfACommandIsReportedAtOnce() {
        assertThatThrownBy(() -> new CreateAccountCommand("x y", " ", List.of("ADMIN", "BAAS"),
                List.of("BU09350000", "Malberg"), "kort"))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("displayName", "validation.NotBlank"),
                                org.assertj.core.groups.Tuple.tuple("neighbourhoods[1]", "neighbourhood.code.invalid"),
                                org.assertj.core.groups.Tuple.tuple("password", "account.password.too-short"),
                                org.assertj.core.groups.Tuple.tuple("roles[1]", "role.unknown"),
                                org.assertj.core.groups.Tuple.tuple("username", "account.username.invalid")));
    }

    @Test
    void messagesSayWhatToDo() {
        assertThatThrownBy(() -> new CreateAccountCommand("regisseur", "Regisseur", List.of("BAAS"), List.of(),
                "een lange wachtzin"))
                .hasMessageContaining("roles[0]: 'BAAS' is not a role; choose from ADMIN, COORDINATOR, PROFESSIONAL, "
                        + "ANALYST, KEY_PERSON.");
    }

    @Test
    void aFieldThatFailsItsAnnotationIsNotParsedAgain() {
        assertThatThrownBy(() -> new AddThemeCommand(null, "Naam", null))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::code).containsExactly("validation.NotBlank"));
    }

    @Test
    void aValidCommandPasses() {
        CreateAccountCommand command = new CreateAccountCommand(" Wijkagent.Malberg ", "Wijkagent Malberg",
                List.of("professional"), List.of("BU09350302"), "een lange wachtzin");
        assertThat(command.parsedUsername().value()).isEqualTo("wijkagent.malberg");
        assertThat(command.parsedRoles()).extracting(Enum::name).containsExactly("PROFESSIONAL");
    }

    @Test
    void queriesValidateToo() {
        assertThatThrownBy(() -> new NeighbourhoodQuery("Centrum", null))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("district"));
        assertThat(new NeighbourhoodQuery(" ", "").districtCode()).isEmpty();
    }

    @Test
    void aLegalBasisWithMissingPartsIsRefusedFieldByFieldNeverWithACrash() {
        assertThatThrownBy(() -> new nl.sleutelnet.application.port.in.network.LegalBasisInput("CONSENT", null, null,
                "", null))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("purposes", "recordedOn"));
        assertThatThrownBy(() -> new nl.sleutelnet.application.port.in.network.LegalBasisInput("GELOOF",
                java.time.LocalDate.of(2025, 1, 1), List.of("POLLS", "ROKEN"), "mondeling", null))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("ground", "purposes[1]"));
        assertThatThrownBy(() -> new nl.sleutelnet.application.port.in.network.LegalBasisInput("CONSENT",
                java.time.LocalDate.of(2025, 1, 1), List.of("POLLS"), " ", null))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("howGiven"));
        assertThatThrownBy(() -> new nl.sleutelnet.application.port.in.network.LegalBasisInput("PUBLIC_TASK",
                java.time.LocalDate.of(2025, 1, 1), List.of("POLLS"), null, ""))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("reference"));
    }

    @Test
    void pageNumberAndSizeAreNamedApart() {
        assertThatThrownBy(() -> new nl.sleutelnet.application.port.in.network.KeyPersonQuery(null, null, null, null,
                0, 500)).isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("size"));
        assertThatThrownBy(() -> new nl.sleutelnet.application.port.in.network.KeyPersonQuery(null, null, null, null,
                -1, 10)).isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("page"));
    }
}
