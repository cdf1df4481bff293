package nl.sleutelnet.domain.testdata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.intervention.Capacity;
import nl.sleutelnet.domain.intervention.CapacityAssessment;
import nl.sleutelnet.domain.intervention.ExitCriteria;
import nl.sleutelnet.domain.intervention.Intervention;
import nl.sleutelnet.domain.intervention.InterventionId;
import nl.sleutelnet.domain.intervention.InterventionStatus;
import nl.sleutelnet.domain.intervention.InterventionType;
import nl.sleutelnet.domain.intervention.Involvement;
import nl.sleutelnet.domain.intervention.Scope;
import nl.sleutelnet.domain.intervention.ScopeDay;
import nl.sleutelnet.domain.intervention.ScopeSeries;
import nl.sleutelnet.domain.network.MemberRef;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.temperature.Level;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * Test data: a dialogue in Malberg on us-versus-them, owned and planned by the coordinator at {@link #PLANNED_AT} with
 * the municipality leading, unless told otherwise. {@link #started()} assesses the capacity and starts it a day later
 * with the exit criteria TENSE for 14 days.
 */
public final class InterventionBuilder {

    public static final Instant PLANNED_AT = Instant.parse("2026-03-02T10:00:00Z");
    public static final Instant STARTED_AT = PLANNED_AT.plusSeconds(24 * 3600);
    public static final AccountId COORDINATOR = new AccountId(new UUID(7, 7));
    public static final NeighbourhoodCode MALBERG = NeighbourhoodCode.of("BU09350207");
    public static final ThemeCode WIJ_ZIJ = ThemeCode.of("wij-zij");
    public static final ExitCriteria TENSE_FOR_14_DAYS = new ExitCriteria(Level.TENSE, 14);

    private InterventionId id = new InterventionId(UUID.randomUUID());
    private Set<NeighbourhoodCode> buurten = new LinkedHashSet<>(Set.of(MALBERG));
    private Set<ThemeCode> themes = new LinkedHashSet<>(Set.of(WIJ_ZIJ));
    private Set<SignalId> signals = Set.of(new SignalId(UUID.randomUUID()));
    private InterventionType type = InterventionType.DIALOGUE;
    private Involvement involvement = Involvement.LEAD;
    private ExitCriteria exitCriteria = TENSE_FOR_14_DAYS;
    private InterventionStatus status = InterventionStatus.PLANNED;

    public static InterventionBuilder anIntervention() {
        return new InterventionBuilder();
    }

    public InterventionBuilder in(String... codes) {
        buurten.clear();
        for (String code : codes) {
            buurten.add(NeighbourhoodCode.of(code));
        }
        return this;
    }

    public InterventionBuilder about(String... codes) {
        themes.clear();
        for (String code : codes) {
            themes.add(ThemeCode.of(code));
        }
        return this;
    }

    public InterventionBuilder ofType(InterventionType value) {
        this.type = value;
        return this;
    }

    public InterventionBuilder withInvolvement(Involvement value) {
        this.involvement = value;
        return this;
    }

    public InterventionBuilder withExitCriteria(ExitCriteria value) {
        this.exitCriteria = value;
        return this;
    }

    public InterventionBuilder withoutSignals() {
        this.signals = Set.of();
        return this;
    }

    /** Assessed and started a day after planning. */
    public InterventionBuilder started() {
        this.status = InterventionStatus.ACTIVE;
        return this;
    }

    public Scope scope() {
        return new Scope(buurten, themes);
    }

    public static Intervention.Description description(InterventionType type) {
        return new Intervention.Description("Gesprekken bij het winkelcentrum",
                "Jongeren en omwonenden praten weer met elkaar in plaats van over elkaar.", type);
    }

    /** Two initiatives, one key person present, judged MEDIUM, the network consulted at {@code drawnAt}. */
    public static CapacityAssessment capacity(Instant drawnAt) {
        return new CapacityAssessment(List.of("Buurtcentrum De Kring organiseert wekelijks een inloop",
                "Moedergroep bij basisschool De Spoorzoeker"), Set.of(MemberRef.keyPerson(new UUID(1, 1))), drawnAt,
                Capacity.MEDIUM, "De buurt kan gesprekken zelf dragen, maar mist iemand die de jongeren bereikt.");
    }

    public Intervention build() {
        Intervention intervention = Intervention.plan(id, description(type), scope(), signals, COORDINATOR,
                involvement, PLANNED_AT, COORDINATOR);
        if (status == InterventionStatus.ACTIVE) {
            intervention = intervention.assessCapacity(capacity(STARTED_AT.minusSeconds(600)),
                    STARTED_AT.minusSeconds(60), COORDINATOR).start(exitCriteria, STARTED_AT, COORDINATOR);
        }
        return intervention;
    }

    /**
     * A hand-made series for {@code scope}, one day per level, the last on {@code lastDay}; scores are 1, 3, 6 and 10
     * for CALM to ESCALATING.
     */
    public static ScopeSeries series(Scope scope, LocalDate lastDay, Level... levels) {
        return series(scope, lastDay, List.of(levels));
    }

    public static ScopeSeries series(Scope scope, LocalDate lastDay, List<Level> levels) {
        List<ScopeDay> days = new ArrayList<>();
        LocalDate day = lastDay.minusDays(levels.size() - 1L);
        for (Level level : levels) {
            days.add(new ScopeDay(day, level, score(level)));
            day = day.plusDays(1);
        }
        return new ScopeSeries(scope, days);
    }

    /** {@code count} times {@code level}, to build series: {@code concat(days(HEATED, 3), days(CALM, 14))}. */
    public static List<Level> days(Level level, int count) {
        return java.util.Collections.nCopies(count, level);
    }

    @SafeVarargs
    public static List<Level> concat(List<Level>... parts) {
        List<Level> all = new ArrayList<>();
        for (List<Level> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static double score(Level level) {
        return switch (level) {
            case CALM -> 1;
            case TENSE -> 3;
            case HEATED -> 6;
            case ESCALATING -> 10;
        };
    }
}
