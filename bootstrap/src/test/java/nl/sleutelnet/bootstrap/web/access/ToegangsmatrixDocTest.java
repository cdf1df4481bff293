package nl.sleutelnet.bootstrap.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/toegangsmatrix.md} is generated from {@code route-matrix.csv} and must say the same. When it does not,
 * regenerate it with the command in the failure (it writes the file and passes), and commit both.
 */
class ToegangsmatrixDocTest {

    static final Path DOC = Path.of("..", "docs", "toegangsmatrix.md");
    static final String REGENERATE = "./mvnw -B -q -pl bootstrap -am test -Dtest=ToegangsmatrixDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dtoegangsmatrix.schrijven=true";

    @Test
    void theReadableMatrixIsGeneratedFromTheTable() throws IOException {
        String generated = RouteMatrix.load().markdown();
        if (Boolean.getBoolean("toegangsmatrix.schrijven")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        String written = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        assertThat(written).as("docs/toegangsmatrix.md is not what route-matrix.csv says; regenerate it with: "
                + REGENERATE).isEqualTo(generated);
    }

    @Test
    void everyRowSaysSomethingForEveryCaller() {
        RouteMatrix matrix = RouteMatrix.load();
        assertThat(matrix.rows()).hasSizeGreaterThan(100);
        assertThat(matrix.rows()).allSatisfy(row -> assertThat(row.expected()).hasSize(6));
        assertThat(matrix.rows()).filteredOn(row -> row.expected().containsValue(RouteMatrix.Expect.NOT_APPLICABLE))
                .as("n/a always says why").allSatisfy(row -> assertThat(row.note()).isNotBlank());
    }

    @Test
    void aRowWithoutAValueForACallerIsRefusedWithItsLine() {
        String header = RouteMatrix.HEADER;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RouteMatrix.parse(header + "\nGET,/x,allow,deny\n"))
                .hasMessageContaining("line 2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RouteMatrix.parse(header
                + "\nGET,/x,allow,deny,deny,deny,deny,maybe,\n")).hasMessageContaining("'maybe'");
    }
}
