package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.sleutelnet.application.port.in.FieldViolation;
import nl.sleutelnet.application.port.in.InvalidCommandException;
import nl.sleutelnet.application.port.in.network.ChangeKeyPersonStatusUseCase;
import nl.sleutelnet.application.port.in.network.ChangeStatusCommand;
import nl.sleutelnet.application.port.in.network.ImportKeyPersonsUseCase;
import nl.sleutelnet.application.port.in.network.ImportPreview;
import nl.sleutelnet.application.port.in.network.ImportPreview.Outcome;
import nl.sleutelnet.application.port.in.network.ImportPreview.Problem;
import nl.sleutelnet.application.port.in.network.ImportRow;
import nl.sleutelnet.application.port.in.network.LegalBasisInput;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonCommand;
import nl.sleutelnet.application.port.in.network.RegisterKeyPersonUseCase;
import nl.sleutelnet.application.port.out.KeyPersonRepository;
import nl.sleutelnet.application.port.out.NeighbourhoodRegister;
import nl.sleutelnet.application.port.out.ThemeRepository;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Permission;
import nl.sleutelnet.domain.geography.Neighbourhood;
import nl.sleutelnet.domain.network.KeyPerson;
import nl.sleutelnet.domain.theme.Theme;

/**
 * Reads a municipality's spreadsheet of key persons into registrations: every cell is checked with the same rules as
 * the form, problems are named by row and column, duplicates (within the file and against Sleutelnet) are skipped.
 */
public final class KeyPersonImportService implements ImportKeyPersonsUseCase {

    static final List<String> COLUMNS = List.of("naam", "email", "telefoon", "buurten", "themas", "talen", "bereik",
            "notities", "toestemming_op", "toestemming_hoe", "doelen", "status");
    private static final Splitter LIST = Splitter.onPattern("[;,]").trimResults().omitEmptyStrings();
    private static final Splitter REACH = Splitter.on(';').trimResults().omitEmptyStrings();
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"));
    private static final Map<String, String> PURPOSES = Map.ofEntries(Map.entry("contact", "NETWORK_CONTACT"),
            Map.entry("netwerk", "NETWORK_CONTACT"), Map.entry("signalen", "SIGNALS"), Map.entry("peilingen", "POLLS"),
            Map.entry("interventies", "INTERVENTIONS"));
    /** Which column a field of the registration command comes from. */
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("displayName", "naam"),
            Map.entry("email", "email"), Map.entry("phone", "telefoon"), Map.entry("neighbourhoods", "buurten"),
            Map.entry("themes", "themas"), Map.entry("languages", "talen"), Map.entry("reach", "bereik"),
            Map.entry("notes", "notities"), Map.entry("legalBasis", "toestemming_hoe"));

    private final KeyPersonRepository keyPersons;
    private final NeighbourhoodRegister register;
    private final ThemeRepository themes;
    private final RegisterKeyPersonUseCase registration;
    private final ChangeKeyPersonStatusUseCase lifecycle;

    public KeyPersonImportService(KeyPersonRepository keyPersons, NeighbourhoodRegister register,
            ThemeRepository themes, RegisterKeyPersonUseCase registration, ChangeKeyPersonStatusUseCase lifecycle) {
        this.keyPersons = checkNotNull(keyPersons, "keyPersons");
        this.register = checkNotNull(register, "register");
        this.themes = checkNotNull(themes, "themes");
        this.registration = checkNotNull(registration, "registration");
        this.lifecycle = checkNotNull(lifecycle, "lifecycle");
    }

    @Override
    public ImportPreview preview(Actor actor, List<ImportRow> rows) {
        actor.require(Permission.MANAGE_NETWORK);
        return plan(rows).preview();
    }

    @Override
    public ImportPreview importRows(Actor actor, List<ImportRow> rows) {
        actor.require(Permission.MANAGE_NETWORK);
        Plan plan = plan(rows);
        for (Planned planned : plan.rows()) {
            if (planned.row().outcome() == Outcome.NEW) {
                KeyPerson person = registration.registerKeyPerson(actor, planned.command());
                if (planned.activate()) {
                    lifecycle.changeStatus(actor, new ChangeStatusCommand(person.id().value(), "ACTIVE",
                            "Geïmporteerd als actief (regel " + planned.row().line() + ")", person.version()));
                }
            }
        }
        return plan.preview();
    }

    private record Planned(ImportPreview.Row row, RegisterKeyPersonCommand command, boolean activate) {
    }

    private record Plan(List<Planned> rows, List<String> unknownColumns) {
        ImportPreview preview() {
            return new ImportPreview(rows.stream().map(Planned::row).toList(), unknownColumns);
        }
    }

    private Plan plan(List<ImportRow> rows) {
        Lookup lookup = new Lookup(register.neighbourhoods(), themes.findAll());
        List<KeyPerson> existing = keyPersons.findAll();
        List<Planned> planned = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (ImportRow row : rows) {
            row.cells().keySet().stream().filter(c -> !c.isBlank() && COLUMNS.stream()
                    .noneMatch(k -> ImportRow.normalise(k).equals(c))).forEach(unknown::add);
            if (!row.isBlank()) {
                planned.add(planRow(row, lookup, existing, planned));
            }
        }
        return new Plan(planned, new ArrayList<>(unknown));
    }

    private Planned planRow(ImportRow row, Lookup lookup, List<KeyPerson> existing, List<Planned> earlier) {
        List<Problem> problems = new ArrayList<>();
        String name = row.get("naam");
        List<String> buurten = resolve(row.get("buurten"), lookup.buurten(), "buurten",
                "'%s' is geen buurt in het register (gebruik de naam of de CBS-code)", problems);
        List<String> themeCodes = resolve(row.get("themas"), lookup.themes(), "themas",
                "'%s' is geen actief thema", problems);
        LegalBasisInput basis = legalBasis(row, problems);
        String status = row.get("status").toLowerCase(Locale.ROOT);
        boolean activate = status.equals("actief") || status.equals("active");
        if (!status.isBlank() && !activate && !status.equals("kandidaat") && !status.equals("candidate")) {
            problems.add(new Problem("status", "import.status", "'" + row.get("status") + "' is geen status: gebruik kandidaat of actief"));
        }
        if (activate && basis == null) {
            problems.add(new Problem("status", "import.status", "Actief kan alleen met toestemming: vul toestemming_op, "
                    + "toestemming_hoe en doelen in, of importeer als kandidaat"));
        }
        RegisterKeyPersonCommand command = null;
        try {
            command = new RegisterKeyPersonCommand(name, row.get("email"), row.get("telefoon"), buurten,
                    REACH.splitToList(row.get("bereik")), themeCodes, LIST.splitToList(row.get("talen")), null,
                    row.get("notities"), basis, null, null, null);
        } catch (InvalidCommandException e) {
            for (FieldViolation v : e.violations()) {
                String column = COLUMN_OF.getOrDefault(v.field().replaceAll("[\\[.].*$", ""), v.field());
                // a cell whose values could not be resolved is reported once, by what could not be resolved
                if (problems.stream().noneMatch(p -> p.column().equals(column))) {
                    problems.add(new Problem(column, v.code(), v.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Planned(new ImportPreview.Row(row.line(), name, Outcome.INVALID, problems, null), null, false);
        }
        Optional<String> duplicate = duplicateOf(command, existing, earlier);
        Outcome outcome = duplicate.isPresent() ? Outcome.DUPLICATE : Outcome.NEW;
        return new Planned(new ImportPreview.Row(row.line(), name, outcome, List.of(), duplicate.orElse(null)),
                command, activate);
    }

    /** The same e-mail address, or the same name in a shared buurt, already in Sleutelnet or earlier in the file. */
    private static Optional<String> duplicateOf(RegisterKeyPersonCommand command, List<KeyPerson> existing,
            List<Planned> earlier) {
        KeyPerson.Profile candidate = command.profile();
        for (KeyPerson person : existing) {
            if (samePerson(candidate, person.profile())) {
                return Optional.of(person.displayName() + " (al in Sleutelnet)");
            }
        }
        for (Planned row : earlier) {
            if (row.command() != null && row.row().outcome() == Outcome.NEW
                    && samePerson(candidate, row.command().profile())) {
                return Optional.of(row.row().name() + " (regel " + row.row().line() + ")");
            }
        }
        return Optional.empty();
    }

    private static boolean samePerson(KeyPerson.Profile one, KeyPerson.Profile other) {
        String email = one.contact().email();
        if (email != null && email.equalsIgnoreCase(other.contact().email())) {
            return true;
        }
        return one.displayName().equalsIgnoreCase(other.displayName())
                && one.neighbourhoods().stream().anyMatch(other.neighbourhoods()::contains);
    }

    private static List<String> resolve(String cell, Map<String, String> known, String column, String message,
            List<Problem> problems) {
        List<String> codes = new ArrayList<>();
        for (String token : LIST.split(cell)) {
            String code = known.get(token.toLowerCase(Locale.ROOT));
            if (code == null) {
                problems.add(new Problem(column, "import." + column, String.format(message, token)));
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private static LegalBasisInput legalBasis(ImportRow row, List<Problem> problems) {
        String on = row.get("toestemming_op");
        String how = row.get("toestemming_hoe");
        String purposes = row.get("doelen");
        if (on.isBlank() && how.isBlank() && purposes.isBlank()) {
            return null;
        }
        LocalDate date = parseDate(on);
        if (date == null) {
            problems.add(new Problem("toestemming_op", "import.date", on.isBlank() ? "Vul de datum van de toestemming in"
                    : "'" + on + "' is geen datum: gebruik bijvoorbeeld 15-3-2025 of 2025-03-15"));
        }
        List<String> codes = new ArrayList<>();
        for (String purpose : LIST.split(purposes)) {
            String lower = purpose.toLowerCase(Locale.ROOT);
            if (lower.equals("alle")) {
                codes.addAll(List.of("NETWORK_CONTACT", "SIGNALS", "POLLS", "INTERVENTIONS"));
            } else if (PURPOSES.containsKey(lower)) {
                codes.add(PURPOSES.get(lower));
            } else {
                problems.add(new Problem("doelen", "import.purpose", "'" + purpose + "' is geen doel: gebruik contact, signalen, "
                        + "peilingen, interventies of alle"));
            }
        }
        if (codes.isEmpty() && purposes.isBlank()) {
            problems.add(new Problem("doelen", "import.purpose", "Noem minstens één doel (contact, signalen, peilingen, interventies "
                    + "of alle)"));
        }
        if (date == null || codes.isEmpty()) {
            return null;
        }
        try {
            return new LegalBasisInput("CONSENT", date, codes, how, null);
        } catch (InvalidCommandException e) {
            e.violations().forEach(v -> problems.add(new Problem(v.field().equals("howGiven") ? "toestemming_hoe"
                    : "doelen", v.code(), v.message())));
            return null;
        }
    }

    private static LocalDate parseDate(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** Buurten and active themes by code and by name, lower case. */
    private record Lookup(Map<String, String> buurten, Map<String, String> themes) {
        Lookup(List<Neighbourhood> neighbourhoods, List<Theme> allThemes) {
            this(new HashMap<>(), new HashMap<>());
            for (Neighbourhood n : neighbourhoods) {
                buurten.put(n.code().value().toLowerCase(Locale.ROOT), n.code().value());
                buurten.put(n.name().toLowerCase(Locale.ROOT), n.code().value());
            }
            for (Theme t : allThemes) {
                if (t.active()) {
                    themes.put(t.code().value(), t.code().value());
                    themes.put(t.name().toLowerCase(Locale.ROOT), t.code().value());
                }
            }
        }
    }
}
