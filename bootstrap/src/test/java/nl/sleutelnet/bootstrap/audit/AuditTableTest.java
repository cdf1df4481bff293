package nl.sleutelnet.bootstrap.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.sleutelnet.bootstrap.Core;
import org.junit.jupiter.api.Test;

/**
 * Every use case has a row in {@link AuditTable}: its purpose and whether its calls are recorded. When this fails after
 * a merge, the message names the use cases to add.
 */
class AuditTableTest {

    @Test
    void everyUseCaseOfTheCoreHasARow() {
        List<String> missing = Core.useCaseInterfaces().stream()
                .filter(type -> !AuditTable.useCases().contains(type)).map(Class::getName).sorted().toList();
        assertThat(missing).as("use cases without a row in AuditTable (add their purpose and kind there)").isEmpty();
    }

    @Test
    void everyRowIsAUseCaseOfTheCore() {
        assertThat(AuditTable.useCases()).as("rows for use cases the core no longer has")
                .allMatch(Core.useCaseInterfaces()::contains);
    }

    @Test
    void personalDataReadsAreRecordedOnSuccessReferenceDataIsNot() {
        assertThat(AuditRule.Kind.PERSONAL_DATA_READ.recordsSuccess()).isTrue();
        assertThat(AuditRule.Kind.CHANGE.recordsSuccess()).isTrue();
        assertThat(AuditRule.Kind.READ.recordsSuccess()).isFalse();
        assertThat(AuditRule.Kind.RECORDS_ITSELF.recordsSuccess()).isFalse();
    }
}
