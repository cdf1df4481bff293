package nl.sleutelnet.adapters.web.api;

import nl.sleutelnet.adapters.web.api.SignalDtos.BeoordelingDto;
import nl.sleutelnet.adapters.web.api.SignalDtos.GebeurtenisDto;
import nl.sleutelnet.adapters.web.api.SignalDtos.MelderDto;
import nl.sleutelnet.adapters.web.api.SignalDtos.MeldingStatusDto;
import nl.sleutelnet.adapters.web.api.SignalDtos.SignaalDto;
import nl.sleutelnet.adapters.web.api.SignalDtos.SignaalSamenvattingDto;
import nl.sleutelnet.adapters.web.api.SignalDtos.SignalenDto;
import nl.sleutelnet.adapters.web.api.SignalDtos.WaarnemingDto;
import nl.sleutelnet.application.port.in.signal.OverdueCheck;
import nl.sleutelnet.application.port.in.signal.SignalReceipt;
import nl.sleutelnet.domain.shared.Page;
import nl.sleutelnet.domain.signal.Assessment;
import nl.sleutelnet.domain.signal.Reporter;
import nl.sleutelnet.domain.signal.Sighting;
import nl.sleutelnet.domain.signal.Signal;
import nl.sleutelnet.domain.signal.SignalEvent;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Signals to Dutch API resources. Whether a signal is overdue depends on the configured deadlines and the time, so
 * the {@link OverdueCheck} is passed along; a field without a mapping is a compile error.
 */
@Mapper(uses = ApiValues.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface SignalApiMapper {

    SignalApiMapper INSTANCE = Mappers.getMapper(SignalApiMapper.class);

    default SignaalDto toDto(Signal signal, OverdueCheck deadlines) {
        return toDto(signal, signal.snapshot(), deadlines);
    }

    @Mapping(target = "id", source = "snapshot.id.value")
    @Mapping(target = "volgcode", source = "snapshot.trackingCode.value")
    @Mapping(target = "melder", source = "snapshot.report.reporter")
    @Mapping(target = "hoeVerkregen", source = "snapshot.report.howObtained")
    @Mapping(target = "buurten", source = "snapshot.report.neighbourhoods")
    @Mapping(target = "themas", source = "snapshot.report.themes")
    @Mapping(target = "intensiteit", source = "snapshot.report.intensity.value")
    @Mapping(target = "omschrijving", source = "snapshot.report.description")
    @Mapping(target = "waargenomenOp", source = "snapshot.report.observedAt")
    @Mapping(target = "ontvangenOp", source = "snapshot.receivedAt")
    @Mapping(target = "laatstWaargenomenOp", expression = "java(signal.lastObservedAt())")
    @Mapping(target = "behandelaar", source = "snapshot.assignee")
    @Mapping(target = "status", source = "snapshot.status")
    @Mapping(target = "statusSinds", expression = "java(signal.statusSince())")
    @Mapping(target = "achterstallig", expression = "java(deadlines.isOverdue(signal))")
    @Mapping(target = "beoordelenVoor", expression = "java(deadlines.assessmentDue(signal))")
    @Mapping(target = "beoordeling", source = "snapshot.assessment")
    @Mapping(target = "interventie", source = "snapshot.interventionId")
    @Mapping(target = "redenGeenActie", source = "snapshot.noActionReason")
    @Mapping(target = "onafhankelijkeBronnen", expression = "java(signal.independentSources())")
    @Mapping(target = "waarnemingen", source = "snapshot.sightings")
    @Mapping(target = "historie", source = "snapshot.history")
    @Mapping(target = "versie", source = "snapshot.version")
    SignaalDto toDto(Signal signal, Signal.Snapshot snapshot, @Context OverdueCheck deadlines);

    @Mapping(target = "soort", source = "kind")
    @Mapping(target = "omschrijving", source = "label")
    MelderDto toDto(Reporter reporter);

    @Mapping(target = "betrouwbaarheid", source = "reliability")
    @Mapping(target = "duiding", source = "interpretation")
    @Mapping(target = "op", source = "at")
    @Mapping(target = "door", source = "by")
    BeoordelingDto toDto(Assessment assessment);

    @Mapping(target = "melder", source = "reporter")
    @Mapping(target = "hoeVerkregen", source = "howObtained")
    @Mapping(target = "waargenomenOp", source = "observedAt")
    @Mapping(target = "ontvangenOp", source = "receivedAt")
    @Mapping(target = "toelichting", source = "note")
    WaarnemingDto toDto(Sighting sighting);

    @Mapping(target = "soort", source = "kind")
    @Mapping(target = "op", source = "at")
    @Mapping(target = "door", source = "actor")
    @Mapping(target = "toelichting", source = "note")
    GebeurtenisDto toDto(SignalEvent event);

    default SignaalSamenvattingDto toSummary(Signal signal, OverdueCheck deadlines) {
        SignaalDto full = toDto(signal, deadlines);
        return new SignaalSamenvattingDto(full.id(), full.buurten(), full.themas(), full.intensiteit(),
                full.omschrijving(), full.ontvangenOp(), full.behandelaar(), full.status(), full.achterstallig(),
                full.beoordelenVoor(), full.waarnemingen().size());
    }

    default SignalenDto toDto(Page<Signal> page, OverdueCheck deadlines) {
        return new SignalenDto(page.items().stream().map(s -> toSummary(s, deadlines)).toList(),
                NetworkApiMapper.INSTANCE.toPagina(page));
    }

    @Mapping(target = "volgcode", source = "trackingCode")
    @Mapping(target = "ontvangenOp", source = "receivedAt")
    @Mapping(target = "statusSinds", source = "statusSince")
    MeldingStatusDto toDto(SignalReceipt receipt);
}
