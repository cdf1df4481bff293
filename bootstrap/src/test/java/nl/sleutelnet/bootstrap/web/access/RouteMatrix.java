package nl.sleutelnet.bootstrap.web.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The declared access policy of every route: {@code route-matrix.csv} in the test resources, one row per method and
 * path pattern (exactly as Spring maps it), and per caller what must happen. It is the single table the tests check
 * the running application against, and the source of {@code docs/toegangsmatrix.md}.
 *
 * <p>Format: lines starting with {@code #} and empty lines are comments; the first other line is the header
 * {@value #HEADER}; then one row per route. The note (last column) may contain commas.
 */
public record RouteMatrix(List<Row> rows) {

    static final String RESOURCE = "/route-matrix.csv";
    static final String HEADER = "method,path,ADMIN,COORDINATOR,PROFESSIONAL,ANALYST,KEY_PERSON,anonymous,note";

    /** Who calls: a signed-in user with exactly one role, or nobody signed in. */
    public enum Caller {
        ADMIN("Beheerder"), COORDINATOR("Regisseur"), PROFESSIONAL("Professional"), ANALYST("Analist"),
        KEY_PERSON("Sleutelpersoon"), ANONYMOUS("Anoniem");

        private final String dutch;

        Caller(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }

    /** What must happen when the caller calls the route. */
    public enum Expect {
        /** Past the access check: not 401/403, not sent to the sign-in page (a 400/404/409/412 for the body is fine). */
        ALLOW("allow", "ja"),
        /** Refused: 403 (API with a token, or the UI's refusal page), 401 or the sign-in page for nobody signed in. */
        DENY("deny", "nee"),
        /** Not called for this caller; the note says why. */
        NOT_APPLICABLE("n/a", "n.v.t.");

        private final String code;
        private final String dutch;

        Expect(String code, String dutch) {
            this.code = code;
            this.dutch = dutch;
        }

        static Expect parse(String text, int line) {
            for (Expect e : values()) {
                if (e.code.equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return e;
                }
            }
            throw new IllegalArgumentException("route-matrix.csv line " + line + ": '" + text
                    + "' is not allow, deny or n/a");
        }

        public String code() {
            return code;
        }

        public String dutch() {
            return dutch;
        }
    }

    /** One route: its method ({@code ANY} for a mapping without one), path pattern and what each caller gets. */
    public record Row(int line, String method, String path, Map<Caller, Expect> expected, String note) {

        public String key() {
            return RouteMatrix.key(method, path);
        }

        public boolean isApi() {
            return path.startsWith("/api/");
        }

        public boolean changes() {
            return !method.equals("GET") && !method.equals("ANY");
        }

        public Expect expected(Caller caller) {
            return expected.get(caller);
        }

        @Override
        public String toString() {
            return key();
        }
    }

    public static String key(String method, String path) {
        return method + " " + path;
    }

    public static RouteMatrix load() {
        try (InputStream in = RouteMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test resources");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RouteMatrix parse(String text) {
        List<Row> rows = new ArrayList<>();
        boolean header = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalArgumentException("route-matrix.csv must start with the header " + HEADER);
                }
                header = true;
                continue;
            }
            String[] cells = line.split(",", 9);
            if (cells.length < 8) {
                throw new IllegalArgumentException("route-matrix.csv line " + (i + 1) + " has " + cells.length
                        + " columns; it needs " + HEADER);
            }
            Map<Caller, Expect> expected = new EnumMap<>(Caller.class);
            Caller[] callers = Caller.values();
            for (int c = 0; c < callers.length; c++) {
                expected.put(callers[c], Expect.parse(cells[2 + c], i + 1));
            }
            String note = cells.length == 9 ? cells[8].strip() : "";
            if (expected.containsValue(Expect.NOT_APPLICABLE) && note.isEmpty()) {
                throw new IllegalArgumentException("route-matrix.csv line " + (i + 1)
                        + ": n/a needs a note that says why");
            }
            rows.add(new Row(i + 1, cells[0].strip(), cells[1].strip(), expected, note));
        }
        return new RouteMatrix(List.copyOf(rows));
    }

    /** The readable report, {@code docs/toegangsmatrix.md}: generated from the table, never edited by hand. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Toegangsmatrix\n\n")
                .append("<!-- Gegenereerd uit bootstrap/src/test/resources/route-matrix.csv door ToegangsmatrixDocTest; ")
                .append("niet met de hand wijzigen. -->\n\n")
                .append("Wie mag welke route van Sleutelnet gebruiken. Elke REST-route onder `/api/v1` en elke ")
                .append("pagina of formulier van de webinterface staat hier, met per rol of de toegang wordt ")
                .append("toegelaten (**ja**) of geweigerd (**nee**). `RouteMatrixTest` controleert bij elke build ")
                .append("dat elke route van de draaiende toepassing in de tabel staat, dat elke regel nog bij een ")
                .append("route hoort, en roept elke route aan als elke rol; zie [beveiliging.md](beveiliging.md).\n\n")
                .append("- **ja**: voorbij de toegangscontrole (geen 401 of 403, niet naar de inlogpagina). Een ")
                .append("400, 404, 409 of 412 omdat de test een onvolledig of verouderd verzoek stuurt, telt als ja.\n")
                .append("- **nee**: geweigerd: 403 (API met token, of de foutpagina), of 401 of de inlogpagina ")
                .append("voor wie niet is ingelogd.\n")
                .append("- **n.v.t.**: niet per rol te testen; de toelichting zegt waarom.\n")
                .append("- Een professional krijgt alleen gegevens van de eigen buurten en eigen zaken. Vraagt ")
                .append("die een sleutelpersoon, signaal, interventie of peilronde buiten de eigen buurten op met ")
                .append("het id, dan antwoordt Sleutelnet **404**, net als bij een id dat niet bestaat: zo verraadt ")
                .append("het antwoord niet wat er bestaat. De uitleg van de temperatuur van een andere buurt wordt ")
                .append("geweigerd met **403**: buurten zijn openbare referentiegegevens, dus dat verraadt niets. ")
                .append("Een analist ziet alleen cijfers, nooit een persoon. Beide staan in `NeedToKnowTest`.\n\n");
        section(md, "REST-API (`/api/v1`)", true);
        section(md, "Webinterface", false);
        return md.toString();
    }

    private void section(StringBuilder md, String title, boolean api) {
        md.append("## ").append(title).append("\n\n| Methode | Pad |");
        for (Caller caller : Caller.values()) {
            md.append(' ').append(caller.dutch()).append(" |");
        }
        md.append(" Toelichting |\n|---|---|");
        for (int i = 0; i < Caller.values().length; i++) {
            md.append(":-:|");
        }
        md.append("---|\n");
        for (Row row : rows) {
            if (row.isApi() != api) {
                continue;
            }
            md.append("| ").append(row.method()).append(" | `").append(row.path()).append("` |");
            for (Caller caller : Caller.values()) {
                md.append(' ').append(row.expected(caller).dutch()).append(" |");
            }
            md.append(' ').append(row.note().replace("|", "\\|")).append(" |\n");
        }
        md.append('\n');
    }
}
