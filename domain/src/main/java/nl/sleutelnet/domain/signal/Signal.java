package nl.sleutelnet.domain.signal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import nl.sleutelnet.domain.privacy.Erased;
import java.util.stream.Collectors;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.shared.Timestamps;
import nl.sleutelnet.domain.temperature.Reliability;
import nl.sleutelnet.domain.temperature.SignalEvidence;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * A signaal: an observation of tension in one or more buurten on one or more themes, reported openly. It is about a
 * neighbourhood × theme dynamic, never a dossier on citizens: its free text is screened for personal identifiers.
 * It moves through signaleren → duiden → handelen: {@code RECEIVED → ASSESSED → ACTED | NO_ACTION → CLOSED}, always
 * with someone handling it (the assignee).
 */
public final class Signal {

    /** What a signal says: where, about what, how strong, and what was seen. */
    public record Report(Reporter reporter, HowObtained howObtained, Set<NeighbourhoodCode> neighbourhoods,
            Set<ThemeCode> themes, Intensity intensity, String description, Instant observedAt) {

        public Report {
            checkNotNull(reporter, "reporter");
            checkNotNull(howObtained, "howObtained");
            checkNotNull(neighbourhoods, "neighbourhoods");
            Invariants.require(!neighbourhoods.isEmpty(), "signal.neighbourhoods.empty",
                    "Name at least one buurt where the tension was seen.");
            neighbourhoods = ImmutableSortedSet.copyOf(neighbourhoods);
            checkNotNull(themes, "themes");
            Invariants.require(!themes.isEmpty(), "signal.themes.empty", "Name at least one theme.");
            themes = ImmutableSortedSet.copyOf(Comparator.comparing(ThemeCode::value), themes);
            checkNotNull(intensity, "intensity");
            description = FreeText.check(description, true, "The description");
            observedAt = Timestamps.stored(checkNotNull(observedAt, "observedAt"));
        }
    }

    private final SignalId id;
    private final Report report;
    private final Instant receivedAt;
    private final TrackingCode trackingCode;
    private final AccountId assignee;
    private final SignalStatus status;
    private final Assessment assessment;
    private final UUID interventionId;
    private final String noActionReason;
    private final List<Sighting> sightings;
    private final List<SignalEvent> history;
    private final long version;
    /** {@link #evidence()}, worked out once: a signal does not change (racy but safe, the list is immutable). */
    private List<SignalEvidence> evidence;

    private Signal(SignalId id, Report report, Instant receivedAt, TrackingCode trackingCode, AccountId assignee,
            SignalStatus status, Assessment assessment, UUID interventionId, String noActionReason,
            List<Sighting> sightings, List<SignalEvent> history, long version) {
        this.id = checkNotNull(id, "id");
        this.report = checkNotNull(report, "report");
        this.receivedAt = Timestamps.stored(checkNotNull(receivedAt, "receivedAt"));
        Invariants.require(!report.observedAt().isAfter(this.receivedAt), "signal.observed-after-received",
                "The tension was observed (%s) after it was reported (%s); check the date of the observation.",
                report.observedAt(), this.receivedAt);
        this.trackingCode = checkNotNull(trackingCode, "trackingCode");
        this.assignee = checkNotNull(assignee, "assignee");
        this.status = checkNotNull(status, "status");
        this.assessment = assessment;
        this.interventionId = interventionId;
        this.noActionReason = noActionReason == null || noActionReason.isBlank() ? null : noActionReason;
        this.sightings = ImmutableList.copyOf(sightings);
        this.history = ImmutableList.copyOf(history);
        Invariants.require(version >= 0, "signal.version.invalid", "A version cannot be negative.");
        this.version = version;
        Invariants.require(status == SignalStatus.RECEIVED || assessment != null, "signal.assessment.missing",
                "A signal beyond RECEIVED has an assessment.");
        Invariants.require(status != SignalStatus.ACTED || interventionId != null, "signal.intervention.missing",
                "An ACTED signal names the intervention.");
        Invariants.require(status != SignalStatus.NO_ACTION || this.noActionReason != null,
                "signal.no-action.reason", "NO_ACTION needs the reason why nothing is done.");
        Invariants.require(status != SignalStatus.CLOSED || interventionId != null || this.noActionReason != null,
                "signal.closed.outcome", "A closed signal was either acted on or consciously left.");
        Invariants.require(!this.history.isEmpty() && this.history.get(0).kind() == SignalEvent.Kind.REPORTED,
                "signal.history.start", "A signal's history starts with its report.");
    }

    public static Signal report(SignalId id, Report report, Instant receivedAt, TrackingCode trackingCode,
            AccountId assignee, AccountId reportedBy) {
        return new Signal(id, report, receivedAt, trackingCode, assignee, SignalStatus.RECEIVED, null, null, null,
                List.of(), List.of(new SignalEvent(SignalEvent.Kind.REPORTED, receivedAt, reportedBy, "")), 0);
    }

    public static Signal reconstitute(Snapshot s) {
        return new Signal(s.id(), s.report(), s.receivedAt(), s.trackingCode(), s.assignee(), s.status(),
                s.assessment(), s.interventionId(), s.noActionReason(), s.sightings(), s.history(), s.version());
    }

    /** The same tension seen again; a sighting by another source makes the signal more certain. */
    public Signal addSighting(Sighting sighting, AccountId actor) {
        checkNotNull(sighting, "sighting");
        requireOpen("add a sighting to");
        List<Sighting> more = new ArrayList<>(sightings);
        more.add(sighting);
        return with(status, assessment, interventionId, noActionReason, assignee, more,
                event(SignalEvent.Kind.SIGHTING_ADDED, sighting.receivedAt(), actor, ""));
    }

    public Signal assign(AccountId newAssignee, Instant at, AccountId actor) {
        checkNotNull(newAssignee, "newAssignee");
        requireOpen("reassign");
        return with(status, assessment, interventionId, noActionReason, newAssignee, sightings,
                event(SignalEvent.Kind.ASSIGNED, at, actor, ""));
    }

    /** Duiden. A signal may be assessed again while it has not been acted on. */
    public Signal assess(Reliability reliability, String interpretation, Instant at, AccountId actor) {
        if (status != SignalStatus.RECEIVED && status != SignalStatus.ASSESSED) {
            throw transition(SignalStatus.ASSESSED);
        }
        return with(SignalStatus.ASSESSED, new Assessment(reliability, interpretation, at, actor), null, null,
                assignee, sightings, event(SignalEvent.Kind.ASSESSED, at, actor, ""));
    }

    /** Handelen: the intervention that takes this signal up. */
    public Signal actOn(UUID intervention, Instant at, AccountId actor) {
        checkNotNull(intervention, "intervention");
        requireStatus(SignalStatus.ACTED);
        return with(SignalStatus.ACTED, assessment, intervention, null, assignee, sightings,
                event(SignalEvent.Kind.ACTED, at, actor, ""));
    }

    /** Consciously not acting, with the reason. */
    public Signal noAction(String reason, Instant at, AccountId actor) {
        requireStatus(SignalStatus.NO_ACTION);
        String why = FreeText.check(reason, true, "The reason for no action");
        return with(SignalStatus.NO_ACTION, assessment, null, why, assignee, sightings,
                event(SignalEvent.Kind.NO_ACTION, at, actor, why));
    }

    public Signal close(String note, Instant at, AccountId actor) {
        requireStatus(SignalStatus.CLOSED);
        return with(SignalStatus.CLOSED, assessment, interventionId, noActionReason, assignee, sightings,
                event(SignalEvent.Kind.CLOSED, at, actor, FreeText.check(note, false, "The closing note")));
    }

    /**
     * Removes one reporter's link (GDPR article 17: the key person was erased): where they reported or confirmed the
     * signal, the reporter becomes a placeholder (the same one within this signal, so that the count of independent
     * sources stays), their description or note is replaced by {@link Erased#TEXT}. Buurten, themes, intensity,
     * dates, reliability and status stay, so the temperature does not change. Unchanged when they are not a reporter.
     *
     * @param placeholder a fresh placeholder id ({@link Erased#placeholder})
     */
    public Signal forgetReporter(UUID reporterId, UUID placeholder) {
        checkNotNull(reporterId, "reporterId");
        Map<UUID, UUID> replace = Map.of(reporterId, placeholder);
        Reporter reporter = report.reporter();
        boolean theirs = reporterId.equals(reporter.id());
        Report newReport = theirs ? new Report(Reporter.forgotten(reporter.kind(), placeholder),
                report.howObtained(), report.neighbourhoods(), report.themes(), report.intensity(), Erased.TEXT,
                report.observedAt()) : report;
        List<Sighting> newSightings = sightings.stream().map(s -> reporterId.equals(s.reporter().id())
                ? new Sighting(s.id(), Reporter.forgotten(s.reporter().kind(), replace.get(reporterId)),
                        s.howObtained(), s.observedAt(), s.receivedAt(), s.note().isEmpty() ? "" : Erased.TEXT)
                : s).toList();
        return new Signal(id, newReport, receivedAt, trackingCode, assignee, status, assessment, interventionId,
                noActionReason, newSightings, history, version);
    }

    /** Whether this person (a key person, partner or account) reported or confirmed the signal. */
    public boolean reportedBy(UUID reporterId) {
        return reporterId.equals(report.reporter().id())
                || sightings.stream().anyMatch(s -> reporterId.equals(s.reporter().id()));
    }

    /**
     * The signal after its retention term: every reporter other than an open source becomes a placeholder (one per
     * reporter within this signal, so independent sources stay), and every free text is replaced by
     * {@link Erased#TEXT} (description, interpretation, reason for no action) or emptied (sighting notes, history
     * notes). Buurten, themes, intensity, reliability, dates and status stay: the figures do not change. Applying it
     * again changes nothing.
     *
     * @param fresh gives fresh random ids for the placeholders
     */
    public Signal anonymise(Supplier<UUID> fresh) {
        Map<UUID, UUID> placeholders = new HashMap<>();
        java.util.function.Function<Reporter, Reporter> forget = r -> r.kind() == ReporterKind.OPEN_SOURCE
                || r.isForgotten() ? r
                : Reporter.forgotten(r.kind(), placeholders.computeIfAbsent(r.id(),
                        k -> Erased.placeholder(fresh.get())));
        Report newReport = new Report(forget.apply(report.reporter()), report.howObtained(), report.neighbourhoods(),
                report.themes(), report.intensity(), Erased.TEXT, report.observedAt());
        List<Sighting> newSightings = sightings.stream().map(s -> new Sighting(s.id(), forget.apply(s.reporter()),
                s.howObtained(), s.observedAt(), s.receivedAt(), "")).toList();
        Assessment newAssessment = assessment == null ? null
                : new Assessment(assessment.reliability(), Erased.TEXT, assessment.at(), assessment.by());
        String reason = noActionReason == null ? null : Erased.TEXT;
        List<SignalEvent> events = history.stream().map(e -> new SignalEvent(e.kind(), e.at(), e.actor(), ""))
                .toList();
        return new Signal(id, newReport, receivedAt, trackingCode, assignee, status, newAssessment, interventionId,
                reason, newSightings, events, version);
    }

    /** When the signal closed, if it did: the start of the retention term of closed signals. */
    public Optional<Instant> closedAt() {
        return status == SignalStatus.CLOSED ? Optional.of(statusSince()) : Optional.empty();
    }

    /** A received signal not assessed within the time set for its intensity. */
    public boolean isOverdue(Instant now, AssessmentDeadlines deadlines) {
        return status == SignalStatus.RECEIVED && now.isAfter(assessmentDue(deadlines));
    }

    public Instant assessmentDue(AssessmentDeadlines deadlines) {
        Duration allowed = deadlines.forIntensity(report.intensity());
        return receivedAt.plus(allowed);
    }

    /** The reporter and every sighting by another source: independent sightings raise confidence. */
    public int independentSources() {
        return independentSources(report.reporter(), sightings.stream().map(Sighting::reporter).toList());
    }

    /**
     * How many independent sources a signal has: its reporter, plus every reporter of a sighting that is not the same
     * source as one counted before ({@link Reporter#sameSourceAs}). For an adapter that reads the temperature's evidence
     * without building whole signals.
     */
    public static int independentSources(Reporter reporter, List<Reporter> sightingReporters) {
        List<Reporter> sources = new ArrayList<>();
        sources.add(checkNotNull(reporter, "reporter"));
        for (Reporter other : sightingReporters) {
            if (sources.stream().noneMatch(r -> r.sameSourceAs(other))) {
                sources.add(other);
            }
        }
        return sources.size();
    }

    /** This signal as stored with another version: what a repository hands back after a save. */
    public Signal withVersion(long storedVersion) {
        return new Signal(id, report, receivedAt, trackingCode, assignee, status, assessment, interventionId,
                noActionReason, sightings, history, storedVersion);
    }

    public Instant lastObservedAt() {
        return sightings.stream().map(Sighting::observedAt).filter(o -> o.isAfter(report.observedAt()))
                .max(Comparator.naturalOrder()).orElse(report.observedAt());
    }

    /** The reliability the temperature counts with: the assessment's, or UNKNOWN while not assessed. */
    public Reliability reliability() {
        return assessment == null ? Reliability.UNKNOWN : assessment.reliability();
    }

    /**
     * What the temperature model reads of this signal: one piece of evidence per buurt × theme it is about, with its
     * intensity, reliability, independent sources and observation times.
     */
    public List<SignalEvidence> evidence() {
        List<SignalEvidence> known = this.evidence;
        if (known == null) {
            known = computeEvidence();
            this.evidence = known;
        }
        return known;
    }

    private List<SignalEvidence> computeEvidence() {
        List<SignalEvidence> evidence = new ArrayList<>();
        int sources = independentSources();
        Instant last = lastObservedAt();
        for (NeighbourhoodCode buurt : report.neighbourhoods()) {
            for (ThemeCode theme : report.themes()) {
                evidence.add(new SignalEvidence(id.value(), buurt, theme, report.intensity().value(), reliability(),
                        sources, report.observedAt(), last));
            }
        }
        return List.copyOf(evidence);
    }

    private Signal with(SignalStatus newStatus, Assessment newAssessment, UUID newIntervention, String newReason,
            AccountId newAssignee, List<Sighting> newSightings, SignalEvent event) {
        List<SignalEvent> more = new ArrayList<>(history);
        more.add(event);
        return new Signal(id, report, receivedAt, trackingCode, newAssignee, newStatus, newAssessment,
                newIntervention, newReason, newSightings, more, version);
    }

    private static SignalEvent event(SignalEvent.Kind kind, Instant at, AccountId actor, String note) {
        return new SignalEvent(kind, at, actor, note);
    }

    private void requireStatus(SignalStatus target) {
        if (!status.next().contains(target)) {
            throw transition(target);
        }
    }

    private void requireOpen(String what) {
        if (status == SignalStatus.CLOSED) {
            throw DomainException.conflict("signal.closed", "This signal is closed; you cannot %s it. Report the "
                    + "tension as a new signal if it returns.", what);
        }
    }

    private DomainException transition(SignalStatus target) {
        return DomainException.conflict("signal.status.transition", "A signal that is %s cannot become %s; "
                + "possible: %s.", status, target, status.next().isEmpty() ? "nothing (it is closed)"
                        : status.next().stream().map(Enum::name).collect(Collectors.joining(", ")));
    }

    public SignalId id() {
        return id;
    }

    public Report content() {
        return report;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public TrackingCode trackingCode() {
        return trackingCode;
    }

    public AccountId assignee() {
        return assignee;
    }

    public SignalStatus status() {
        return status;
    }

    public Optional<Assessment> assessment() {
        return Optional.ofNullable(assessment);
    }

    public Optional<UUID> interventionId() {
        return Optional.ofNullable(interventionId);
    }

    public Optional<String> noActionReason() {
        return Optional.ofNullable(noActionReason);
    }

    public List<Sighting> sightings() {
        return sightings;
    }

    public List<SignalEvent> history() {
        return history;
    }

    /** When the status last changed: the moment the reporter sees as "last update". */
    public Instant statusSince() {
        return history.stream().filter(e -> e.kind() != SignalEvent.Kind.SIGHTING_ADDED
                && e.kind() != SignalEvent.Kind.ASSIGNED).map(SignalEvent::at).max(Comparator.naturalOrder())
                .orElse(receivedAt);
    }

    public long version() {
        return version;
    }

    public Snapshot snapshot() {
        return new Snapshot(id, report, receivedAt, trackingCode, assignee, status, assessment, interventionId,
                noActionReason, sightings, history, version);
    }

    public record Snapshot(SignalId id, Report report, Instant receivedAt, TrackingCode trackingCode,
            AccountId assignee, SignalStatus status, Assessment assessment, UUID interventionId,
            String noActionReason, List<Sighting> sightings, List<SignalEvent> history, long version) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signal other && snapshot().equals(other.snapshot());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Signal[" + id + " " + status + " v" + version + "]";
    }
}
