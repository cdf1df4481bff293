package nl.sleutelnet.adapters.persistence.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.SightingRow;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.SignalEventRow;
import nl.sleutelnet.adapters.persistence.jdbc.Rows.SignalRow;
import nl.sleutelnet.domain.account.AccountId;
import nl.sleutelnet.domain.geography.NeighbourhoodCode;
import nl.sleutelnet.domain.signal.Assessment;
import nl.sleutelnet.domain.signal.HowObtained;
import nl.sleutelnet.domain.signal.Intensity;
import nl.sleutelnet.domain.signal.Reporter;
import nl.sleutelnet.domain.signal.ReporterKind;
import nl.sleutelnet.domain.signal.Sighting;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalEvent;
import nl.sleutelnet.domain.signal.SignalId;
import nl.sleutelnet.domain.signal.SignalStatus;
import nl.sleutelnet.domain.signal.TrackingCode;
import nl.sleutelnet.domain.temperature.Reliability;
import nl.sleutelnet.domain.theme.ThemeCode;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Signals to rows and back: flattening is generated (an unmapped column is a compile error); rebuilding a signal
 * from its rows is written out and pinned by the round-trip test.
 */
@Mapper(uses = RowConversions.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface SignalRowMapper {

    SignalRowMapper INSTANCE = Mappers.getMapper(SignalRowMapper.class);

    @Mapping(target = "reporterKind", source = "signal.report.reporter.kind")
    @Mapping(target = "reporterId", source = "signal.report.reporter.id")
    @Mapping(target = "reporterLabel", source = "signal.report.reporter.label")
    @Mapping(target = "howObtained", source = "signal.report.howObtained")
    @Mapping(target = "intensity", source = "signal.report.intensity.value")
    @Mapping(target = "description", source = "signal.report.description")
    @Mapping(target = "observedAt", source = "signal.report.observedAt")
    @Mapping(target = "lastObservedAt", source = "lastObservedAt")
    @Mapping(target = "reliability", source = "signal.assessment.reliability")
    @Mapping(target = "interpretation", source = "signal.assessment.interpretation")
    @Mapping(target = "assessedAt", source = "signal.assessment.at")
    @Mapping(target = "assessedBy", source = "signal.assessment.by")
    @Mapping(target = "id", source = "signal.id")
    @Mapping(target = "trackingCode", source = "signal.trackingCode.value")
    @Mapping(target = "receivedAt", source = "signal.receivedAt")
    @Mapping(target = "assignee", source = "signal.assignee")
    @Mapping(target = "status", source = "signal.status")
    @Mapping(target = "interventionId", source = "signal.interventionId")
    @Mapping(target = "noActionReason", source = "signal.noActionReason")
    @Mapping(target = "version", source = "signal.version")
    SignalRow toRow(Signal.Snapshot signal, Instant lastObservedAt);

    @Mapping(target = "signalId", source = "owner")
    @Mapping(target = "position", source = "position")
    @Mapping(target = "id", source = "sighting.id")
    @Mapping(target = "reporterKind", source = "sighting.reporter.kind")
    @Mapping(target = "reporterId", source = "sighting.reporter.id")
    @Mapping(target = "reporterLabel", source = "sighting.reporter.label")
    @Mapping(target = "howObtained", source = "sighting.howObtained")
    @Mapping(target = "observedAt", source = "sighting.observedAt")
    @Mapping(target = "receivedAt", source = "sighting.receivedAt")
    @Mapping(target = "note", source = "sighting.note")
    SightingRow toRow(Sighting sighting, UUID owner, int position);

    @Mapping(target = "signalId", source = "owner")
    @Mapping(target = "step", source = "step")
    @Mapping(target = "kind", source = "event.kind")
    @Mapping(target = "at", source = "event.at")
    @Mapping(target = "actor", source = "event.actor")
    @Mapping(target = "note", source = "event.note")
    SignalEventRow toRow(SignalEvent event, UUID owner, int step);

    @Mapping(target = "reporter", expression = "java(reporter(row.reporterKind(), row.reporterId(), row.reporterLabel()))")
    Sighting toSighting(SightingRow row);

    SignalEvent toEvent(SignalEventRow row);

    /** A signal from its row, its buurten, themes, sightings and history. */
    default Signal.Snapshot toSnapshot(SignalRow row, Set<NeighbourhoodCode> buurten, Set<ThemeCode> themes,
            List<Sighting> sightings, List<SignalEvent> history) {
        RowConversions time = new RowConversions();
        Signal.Report report = new Signal.Report(reporter(row.reporterKind(), row.reporterId(), row.reporterLabel()),
                HowObtained.valueOf(row.howObtained()), buurten, themes, Intensity.of(row.intensity()),
                row.description(), time.instant(row.observedAt()));
        Assessment assessment = row.reliability() == null ? null : new Assessment(
                Reliability.valueOf(row.reliability()), row.interpretation(), time.instant(row.assessedAt()),
                new AccountId(row.assessedBy()));
        return new Signal.Snapshot(new SignalId(row.id()), report, time.instant(row.receivedAt()),
                new TrackingCode(row.trackingCode()), new AccountId(row.assignee()),
                SignalStatus.valueOf(row.status()), assessment, row.interventionId(), row.noActionReason(), sightings,
                history, row.version());
    }

    default Reporter reporter(String kind, UUID id, String label) {
        return new Reporter(ReporterKind.valueOf(kind), id, label);
    }

    default UUID uuid(SignalId id) {
        return id.value();
    }

    default Integer intensity(Intensity intensity) {
        return intensity.value();
    }
}
