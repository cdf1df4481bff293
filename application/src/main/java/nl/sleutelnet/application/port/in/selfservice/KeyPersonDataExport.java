package nl.sleutelnet.application.port.in.selfservice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything Sleutelnet holds on one key person, for their right of access (GDPR art. 15): what it is, where it came
 * from and to whom it went. Names of buurten and themes are given with their codes.
 *
 * <p>What it leaves out, and why: the names of other key persons (a tie or a nomination says its kind and that the
 * other is a key person; their name is that person's data); the internal assessment of a signal (it interprets a
 * tension in a buurt, not the reporter); other participants of an intervention; the usernames of staff who looked
 * (the log says which kind of user, when, what and why; the municipality names officials on request).
 *
 * @param madeAt        when the overview was made
 * @param record        the key person's own record
 * @param ties          their ties in the network
 * @param signals       signals they reported, and signals they added a sighting to
 * @param polls         the poll rounds they were invited to, with their own answers
 * @param interventions interventions they took part in, with their part
 * @param requests      the correction and erasure requests they sent
 * @param accessLog     who processed their data: every audit entry that names them
 * @param disclosures   to whom their data was given outside the municipality, with the legal basis
 */
public record KeyPersonDataExport(Instant madeAt, UUID keyPersonId, PersonRecord record, List<TieLine> ties,
        List<SignalLine> signals, List<PollLine> polls, List<InterventionLine> interventions,
        List<RequestLine> requests, List<AccessLine> accessLog, List<DisclosureLine> disclosures) {

    public KeyPersonDataExport {
        ties = List.copyOf(ties);
        signals = List.copyOf(signals);
        polls = List.copyOf(polls);
        interventions = List.copyOf(interventions);
        requests = List.copyOf(requests);
        accessLog = List.copyOf(accessLog);
        disclosures = List.copyOf(disclosures);
    }

    /** A buurt, theme or language by code, with its name. */
    public record Named(String code, String name) {
    }

    /**
     * @param contactPerson the municipal contact person's name, or null
     * @param nomination    who nominated them (kind only for a key person; a partner by name) and why, or null
     */
    public record PersonRecord(String displayName, String email, String phone, List<Named> neighbourhoods,
            List<String> reach, List<Named> themes, List<String> languages, String contactPerson, String notes,
            LegalBasisLine legalBasis, String status, List<StatusLine> history, LocalDate lastContact,
            String nomination, Instant registeredAt, long version) {
    }

    /**
     * @param ground      CONSENT, PUBLIC_TASK, ...
     * @param purposes    what the data is processed for
     * @param howGiven    for consent: how it was given
     * @param reference   for other grounds: the decision or law
     * @param withdrawnOn for consent: when it was withdrawn, or null
     */
    public record LegalBasisLine(String ground, LocalDate recordedOn, List<String> purposes, String howGiven,
            String reference, LocalDate withdrawnOn) {
    }

    /** @param from null for the registration */
    public record StatusLine(Instant at, String from, String to, String reason) {
    }

    /**
     * @param otherKind KEY_PERSON or PARTNER
     * @param otherName a partner organisation's name; null for a key person (their name is theirs)
     */
    public record TieLine(String kind, String otherKind, String otherName, int strength, LocalDate since,
            LocalDate lastContact) {
    }

    /**
     * A signal as its reporter may know it: what they reported and its public status, never the assessment.
     *
     * @param asSighting true when they added a sighting to someone else's signal (then {@code description} is their
     *                   own explanation)
     */
    public record SignalLine(String trackingCode, boolean asSighting, Instant observedAt, Instant receivedAt,
            List<Named> neighbourhoods, List<Named> themes, Integer intensity, String howObtained, String description,
            String status, Instant statusSince) {
    }

    /**
     * @param open    whether they can still answer (round open, not answered)
     * @param ratings their ratings per theme code, empty when not answered
     */
    public record PollLine(UUID roundId, String title, Instant invitedAt, Instant closesAt, List<Named> neighbourhoods,
            boolean open, Instant answeredAt, Map<String, Integer> ratings, String remark) {
    }

    /** @param part what they did in it */
    public record InterventionLine(UUID interventionId, String title, String type, String status, String part,
            LocalDate plannedOn) {
    }

    public record RequestLine(String kind, String text, Instant submittedAt, Instant handledAt) {
    }

    /**
     * One processing of their data, from the audit log.
     *
     * @param actorKind ACCOUNT (a staff member), PERSONAL_LINK (the key person themself), SYSTEM or ANONYMOUS
     * @param channel   UI, API, PERSONAL_LINK, SCHEDULED_JOB or EMBEDDED
     * @param system    for API calls: the name of the city system's token; otherwise null
     * @param action    what was done (the use case and its operation)
     * @param purpose   why (the processing purpose)
     * @param result    SUCCESS, REFUSED or FAILED
     */
    public record AccessLine(Instant at, String actorKind, String channel, String system, String action,
            String purpose, String result) {
    }

    public record DisclosureLine(Instant at, String recipient, String legalBasis) {
    }
}
