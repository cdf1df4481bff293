package nl.sleutelnet.bootstrap.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import nl.sleutelnet.application.port.in.privacy.ProcessingActivity;
import nl.sleutelnet.application.port.in.privacy.ProcessingRegister;
import nl.sleutelnet.application.port.in.privacy.ShowProcessingRegisterUseCase;
import nl.sleutelnet.application.service.PrivacySettings;
import nl.sleutelnet.bootstrap.CoreSettings;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.audit.AuditPurpose;
import nl.sleutelnet.domain.privacy.RetentionTerms;
import org.junit.jupiter.api.Test;

/**
 * The processing register (GDPR article 30) is generated from the audit log's purposes and the retention terms, and
 * docs/verwerkingsregister.md is that document for the default settings.
 */
class ProcessingRegisterTest {

    /** The committed document; regenerate with {@code -Dsleutelnet.register.write=true}. */
    private static final Path DOCUMENT = Path.of("..", "docs", "verwerkingsregister.md");

    @Test
    void everyPurposeOfTheAuditLogIsAnActivityWithItsTermsAndUseCases() {
        CoreFixture fixture = new CoreFixture(CoreSettings.defaults().withPrivacy(new PrivacySettings(
                new RetentionTerms(Period.ofMonths(18), Period.ofYears(2), Period.ofYears(5), Period.ofYears(7)),
                "het college van burgemeester en wethouders van Maastricht")));
        ProcessingRegister register = fixture.useCase(ShowProcessingRegisterUseCase.class)
                .showProcessingRegister(fixture.actor("beheer", "ADMIN"));

        assertThat(register.activities()).extracting(ProcessingActivity::purpose)
                .containsExactly(AuditPurpose.values());
        assertThat(register.activities()).allSatisfy(a -> assertThat(a.useCases()).isNotEmpty());
        ProcessingActivity network = register.activities().get(0);
        assertThat(network.useCases()).contains("RegisterKeyPersonUseCase", "ShowKeyPersonUseCase");
        assertThat(network.terms()).anyMatch(t -> t.contains("1 jaar en 6 maanden na vertrek"));
        String markdown = register.markdown();
        assertThat(markdown).contains("Verwerkingsverantwoordelijke: het college van burgemeester en wethouders van "
                + "Maastricht.").contains("| Auditlog | 7 jaar |").contains("`EraseKeyPersonUseCase`");
    }

    @Test
    void onlyAnAdministratorSeesTheRegister() {
        CoreFixture fixture = new CoreFixture();
        for (String role : List.of("COORDINATOR", "PROFESSIONAL", "ANALYST", "KEY_PERSON")) {
            Actor actor = fixture.actor(role.toLowerCase(java.util.Locale.ROOT), role, "BU09350207");
            assertThatThrownBy(() -> fixture.useCase(ShowProcessingRegisterUseCase.class)
                    .showProcessingRegister(actor)).as(role).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theCommittedDocumentIsWhatTheCodeGenerates() throws IOException {
        CoreFixture fixture = new CoreFixture();
        String generated = fixture.useCase(ShowProcessingRegisterUseCase.class)
                .showProcessingRegister(fixture.actor("beheer", "ADMIN")).markdown();
        if (Boolean.getBoolean("sleutelnet.register.write")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
        assertThat(committed).as("docs/verwerkingsregister.md differs from what Sleutelnet generates for the default "
                + "settings. Regenerate it with: ./mvnw -B -pl bootstrap -am test -Dtest=ProcessingRegisterTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dsleutelnet.register.write=true").isEqualTo(generated);
    }
}
