package nl.sleutelnet.domain.network;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Iterables;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.Invariants;
import nl.sleutelnet.domain.theme.ThemeCode;

/**
 * A sleutelpersoon: an engaged citizen who reaches circles in one or more buurten and can help on some themes. An
 * informed partner, not an informant: the key person knows they are registered, on which legal basis and for what.
 *
 * <p>By design there is no place here for religion, ethnicity, political opinion, sexual orientation or health (GDPR
 * article 9): no such field, no free-form attribute map. Themes describe tensions in a neighbourhood, never the
 * person; reach describes the circles, not the person's background. {@code KeyPersonModelTest} pins this down.
 */
public final class KeyPerson {

    public static final int MAX_NAME = 100;
    public static final int MAX_NOTES = 2000;
    public static final int MAX_REACH = 20;
    /** The reason recorded when withdrawn consent pauses a key person. */
    public static final String CONSENT_WITHDRAWN = "Toestemming ingetrokken";
    /** The name an erased key person's record keeps (GDPR article 17): it names nobody. */
    public static final String ERASED_NAME = "Verwijderde sleutelpersoon";
    /** The reason every step of an erased key person's history keeps. */
    public static final String ERASED_REASON = "Gegevens gewist";

    private final KeyPersonId id;
    private final Profile profile;
    private final LegalBasis legalBasis;
    private final Nomination nomination;
    private final LocalDate lastContact;
    private final List<StatusChange> history;
    private final long version;

    /**
     * What staff describe about a key person and can change at any time.
     *
     * @param contactPerson the municipal contact person (an account), or null
     * @param notes         working notes; never special-category data (the form says so)
     */
    public record Profile(String displayName, ContactDetails contact, Set<NeighbourhoodCode> neighbourhoods,
            List<Reach> reach, Set<ThemeCode> themes, Set<LanguageCode> languages, AccountId contactPerson,
            String notes) {

        public Profile {
            displayName = Invariants.requireText(displayName, MAX_NAME, "key-person.name.invalid", "The name");
            contact = contact == null ? ContactDetails.none() : contact;
            checkNotNull(neighbourhoods, "neighbourhoods");
            Invariants.require(!neighbourhoods.isEmpty(), "key-person.neighbourhoods.empty",
                    "Name at least one buurt where the key person is active.");
            neighbourhoods = ImmutableSortedSet.copyOf(neighbourhoods);
            reach = ImmutableList.copyOf(reach == null ? List.of() : reach);
            Invariants.require(reach.size() <= MAX_REACH, "key-person.reach.too-many",
                    "At most %d descriptions of reach.", MAX_REACH);
            themes = ImmutableSortedSet.copyOf(Comparator.comparing(ThemeCode::value),
                    themes == null ? Set.of() : themes);
            languages = ImmutableSortedSet.copyOf(languages == null ? Set.<LanguageCode>of() : languages);
            notes = notes == null ? "" : notes.strip();
            Invariants.require(notes.length() <= MAX_NOTES, "key-person.notes.too-long",
                    "Notes may be at most %d characters.", MAX_NOTES);
        }
    }

    private KeyPerson(KeyPersonId id, Profile profile, LegalBasis legalBasis, Nomination nomination,
            LocalDate lastContact, List<StatusChange> history, long version) {
        this.id = checkNotNull(id, "id");
        this.profile = checkNotNull(profile, "profile");
        this.legalBasis = legalBasis;
        this.nomination = nomination;
        this.lastContact = lastContact;
        this.history = ImmutableList.copyOf(checkNotNull(history, "history"));
        Invariants.require(version >= 0, "key-person.version.invalid", "A version cannot be negative.");
        this.version = version;
        checkHistory(this.history);
        Invariants.require(status() != KeyPersonStatus.ACTIVE || hasValidBasis(), "key-person.no-legal-basis",
                "An active key person needs a valid legal basis.");
    }

    /** A new candidate, registered by staff, possibly nominated by a member of the network. */
    public static KeyPerson register(KeyPersonId id, Profile profile, LegalBasis legalBasis, Nomination nomination,
            Instant at, AccountId actor) {
        String reason = nomination == null ? "Geregistreerd" : "Voorgedragen";
        return new KeyPerson(id, profile, legalBasis, nomination, null,
                List.of(new StatusChange(null, KeyPersonStatus.CANDIDATE, at, reason, actor)), 0);
    }

    /** Rebuilds a stored key person; the same rules apply as for a new one. */
    public static KeyPerson reconstitute(Snapshot s) {
        return new KeyPerson(s.id(), s.profile(), s.legalBasis(), s.nomination(), s.lastContact(), s.history(),
                s.version());
    }

    public KeyPerson changeProfile(Profile newProfile) {
        return new KeyPerson(id, newProfile, legalBasis, nomination, lastContact, history, version);
    }

    /** Records (or replaces) the legal basis. Withdrawn consent is recorded through {@link #withdrawConsent}. */
    public KeyPerson recordLegalBasis(LegalBasis basis) {
        checkNotNull(basis, "basis");
        Invariants.require(basis.isValid(), "legal-basis.withdrawn",
                "Record a valid basis here; to withdraw consent use the withdrawal.");
        return new KeyPerson(id, profile, basis, nomination, lastContact, history, version);
    }

    /** Contact on this day; the most recent contact is kept. */
    public KeyPerson recordContact(LocalDate on) {
        checkNotNull(on, "on");
        LocalDate latest = lastContact == null || on.isAfter(lastContact) ? on : lastContact;
        return new KeyPerson(id, profile, legalBasis, nomination, latest, history, version);
    }

    /**
     * Moves the key person along the lifecycle. Becoming ACTIVE needs a valid legal basis; a transition the lifecycle
     * does not have is refused with a message that lists the possible ones.
     */
    public KeyPerson changeStatus(KeyPersonStatus target, Instant at, String reason, AccountId actor) {
        checkNotNull(target, "target");
        KeyPersonStatus current = status();
        if (!current.mayBecome(target)) {
            throw DomainException.conflict("key-person.status.transition",
                    "%s is %s and cannot become %s; possible: %s.", profile.displayName(), current, target,
                    current.next().isEmpty() ? "nothing (departure is final)"
                            : current.next().stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        if (target == KeyPersonStatus.ACTIVE && !hasValidBasis()) {
            throw DomainException.conflict("key-person.no-legal-basis",
                    "%s cannot be made active without a valid legal basis: record consent (date, purposes, how "
                            + "given) or another legal ground with its reference first.", profile.displayName());
        }
        List<StatusChange> next = new ArrayList<>(history);
        next.add(new StatusChange(current, target, at, reason, actor));
        return new KeyPerson(id, profile, legalBasis, nomination, lastContact, next, version);
    }

    /**
     * The key person withdraws consent: it takes effect at once. An active key person is paused in the same step;
     * erasing their data is the privacy capability's work.
     */
    public KeyPerson withdrawConsent(LocalDate on, Instant at, AccountId actor) {
        if (legalBasis == null) {
            throw DomainException.conflict("legal-basis.none", "%s has no recorded consent to withdraw.",
                    profile.displayName());
        }
        LegalBasis withdrawn = legalBasis.withdraw(on);
        List<StatusChange> next = new ArrayList<>(history);
        if (status() == KeyPersonStatus.ACTIVE) {
            next.add(new StatusChange(KeyPersonStatus.ACTIVE, KeyPersonStatus.PAUSED, at, CONSENT_WITHDRAWN, actor));
        }
        return new KeyPerson(id, profile, withdrawn, nomination, lastContact, next, version);
    }

    /**
     * Erases the personal data (GDPR article 17) and keeps a record that names nobody: the id (pseudonymous once
     * nothing else is left), the buurten (for network size and turnover per area), and the dates of the lifecycle.
     * Name, contact details, reach, themes, languages, notes, contact person, legal basis, nomination, last contact and
     * every reason in the history are removed. A key person who had not departed departs now. Erasing twice changes
     * nothing.
     */
    public KeyPerson erase(Instant at, AccountId actor) {
        checkNotNull(at, "at");
        checkNotNull(actor, "actor");
        List<StatusChange> steps = new ArrayList<>();
        for (StatusChange step : history) {
            steps.add(new StatusChange(step.from(), step.to(), step.at(), ERASED_REASON, step.actor()));
        }
        KeyPersonStatus current = status();
        if (current != KeyPersonStatus.DEPARTED) {
            Instant when = at.isBefore(Iterables.getLast(history).at()) ? Iterables.getLast(history).at() : at;
            steps.add(new StatusChange(current, KeyPersonStatus.DEPARTED, when, ERASED_REASON, actor));
        }
        Profile nobody = new Profile(ERASED_NAME, ContactDetails.none(), profile.neighbourhoods(), List.of(), Set.of(),
                Set.of(), null, "");
        return new KeyPerson(id, nobody, null, null, null, steps, version);
    }

    /** Whether this is the record an erasure left: departed, named {@link #ERASED_NAME}, every reason erased. */
    public boolean isErased() {
        return status() == KeyPersonStatus.DEPARTED && ERASED_NAME.equals(profile.displayName())
                && history.stream().allMatch(step -> ERASED_REASON.equals(step.reason()));
    }

    /** When the key person departed, if they did: the start of the retention term of departed key persons. */
    public Optional<Instant> departedAt() {
        return status() == KeyPersonStatus.DEPARTED ? Optional.of(Iterables.getLast(history).at()) : Optional.empty();
    }

    /** The same key person without the nomination (the nominating member was erased). */
    public KeyPerson withoutNomination() {
        return new KeyPerson(id, profile, legalBasis, null, lastContact, history, version);
    }

    /**
     * The key person leaves on their own initiative, effective at once: consent, when that is the basis and still
     * valid, is withdrawn, and they depart with the reason given (e.g. {@link #CONSENT_WITHDRAWN}). Departure is
     * final, so no poll, mail or self-service change reaches them afterwards; leaving twice changes nothing more.
     * Other legal grounds stay recorded as they are: the municipality then decides (and erasure is the privacy
     * capability's work).
     */
    public KeyPerson leave(LocalDate on, Instant at, String reason, AccountId actor) {
        checkNotNull(on, "on");
        LegalBasis basis = legalBasis != null && legalBasis.isConsent() && legalBasis.isValid()
                ? legalBasis.withdraw(on) : legalBasis;
        List<StatusChange> next = new ArrayList<>(history);
        if (status() != KeyPersonStatus.DEPARTED) {
            next.add(new StatusChange(status(), KeyPersonStatus.DEPARTED, at, reason, actor));
        }
        return new KeyPerson(id, profile, basis, nomination, lastContact, next, version);
    }

    /** The reason recorded when a key person whose basis is not consent leaves on their own request. */
    public static final String LEFT_ON_OWN_REQUEST = "Vertrokken op eigen verzoek";

    public boolean hasValidBasis() {
        return legalBasis != null && legalBasis.isValid();
    }

    public KeyPersonStatus status() {
        return Iterables.getLast(history).to();
    }

    public KeyPersonId id() {
        return id;
    }

    public MemberRef asMember() {
        return id.asMember();
    }

    public Profile profile() {
        return profile;
    }

    public String displayName() {
        return profile.displayName();
    }

    public Optional<LegalBasis> legalBasis() {
        return Optional.ofNullable(legalBasis);
    }

    public Optional<Nomination> nomination() {
        return Optional.ofNullable(nomination);
    }

    public Optional<LocalDate> lastContact() {
        return Optional.ofNullable(lastContact);
    }

    public List<StatusChange> history() {
        return history;
    }

    public Instant registeredAt() {
        return history.get(0).at();
    }

    public long version() {
        return version;
    }

    public Snapshot snapshot() {
        return new Snapshot(id, profile, legalBasis, nomination, lastContact, history, version);
    }

    /** All state of a key person, for storage adapters. */
    public record Snapshot(KeyPersonId id, Profile profile, LegalBasis legalBasis, Nomination nomination,
            LocalDate lastContact, List<StatusChange> history, long version) {
    }

    private static void checkHistory(List<StatusChange> history) {
        Invariants.require(!history.isEmpty(), "key-person.history.empty", "A key person has a history.");
        StatusChange first = history.get(0);
        Invariants.require(first.from() == null && first.to() == KeyPersonStatus.CANDIDATE,
                "key-person.history.start", "A key person starts as a candidate.");
        for (int i = 1; i < history.size(); i++) {
            StatusChange previous = history.get(i - 1);
            StatusChange change = history.get(i);
            Invariants.require(change.from() == previous.to() && previous.to().mayBecome(change.to()),
                    "key-person.history.broken", "Step %d of the history (%s → %s) does not follow from %s.", i,
                    change.from(), change.to(), previous.to());
            Invariants.require(!change.at().isBefore(previous.at()), "key-person.history.order",
                    "The history of a key person runs forward in time.");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyPerson other && snapshot().equals(other.snapshot());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "KeyPerson[" + id + " " + status() + " v" + version + "]";
    }
}
