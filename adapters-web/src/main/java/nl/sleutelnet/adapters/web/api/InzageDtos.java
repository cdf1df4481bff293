package nl.sleutelnet.adapters.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.sleutelnet.application.port.in.selfservice.KeyPersonDataExport;

/**
 * The right of access (AVG art. 15) as JSON, with Dutch names: everything Sleutelnet holds on one key person.
 */
public final class InzageDtos {

    private InzageDtos() {
    }

    @Schema(description = "Alles wat Sleutelnet over één sleutelpersoon vastlegt (AVG art. 15). Namen van andere "
            + "sleutelpersonen, de interne duiding van signalen en gebruikersnamen van medewerkers staan er niet in.")
    public record InzageDto(Instant gemaaktOp, UUID sleutelpersoonId, PersoonDto gegevens,
            List<VerbindingDto> verbindingen, List<SignaalDto> signalen, List<PeilingDto> peilingen,
            List<InterventieDto> interventies, List<VerzoekDto> verzoeken,
            @Schema(description = "Wie de gegevens verwerkte: elke auditregel die deze persoon noemt")
            List<VerwerkingDto> verwerkingen,
            @Schema(description = "Aan wie buiten de gemeente gegevens zijn verstrekt, met grondslag")
            List<VerstrekkingDto> verstrekkingen) {
    }

    public record NaamDto(String code, String naam) {
    }

    public record PersoonDto(String naam, String email, String telefoon, List<NaamDto> buurten, List<String> bereik,
            List<NaamDto> themas, List<String> talen, String contactpersoon, String notities,
            GrondslagDto grondslag, String status, List<StatusDto> historie, LocalDate laatsteContact,
            String voordracht, Instant geregistreerdOp, long versie) {
    }

    public record GrondslagDto(String grond, LocalDate vastgelegdOp, List<String> doelen, String hoeGegeven,
            String referentie, LocalDate ingetrokkenOp) {
    }

    public record StatusDto(Instant op, String van, String naar, String reden) {
    }

    public record VerbindingDto(String soort, @Schema(description = "KEY_PERSON of PARTNER") String metSoort,
            @Schema(description = "Naam van de partnerorganisatie; leeg bij een andere sleutelpersoon") String metNaam,
            int sterkte, LocalDate sinds, LocalDate laatsteContact) {
    }

    public record SignaalDto(String volgcode, boolean alsWaarneming, Instant waargenomenOp, Instant ontvangenOp,
            List<NaamDto> buurten, List<NaamDto> themas, Integer intensiteit, String hoeVerkregen,
            String omschrijving, String status, Instant statusSinds) {
    }

    public record PeilingDto(UUID rondeId, String aanleiding, Instant uitgenodigdOp, Instant sluitOp,
            List<NaamDto> buurten, boolean open, Instant beantwoordOp, Map<String, Integer> cijfers,
            String opmerking) {
    }

    public record InterventieDto(UUID interventieId, String titel, String soort, String status, String rol,
            LocalDate gepland) {
    }

    public record VerzoekDto(String soort, String tekst, Instant ingediendOp, Instant afgehandeldOp) {
    }

    public record VerwerkingDto(Instant op, @Schema(description = "ACCOUNT (medewerker), PERSONAL_LINK (de "
            + "sleutelpersoon zelf), SYSTEM of ANONYMOUS") String door, String kanaal, String systeem, String actie,
            String doel, String resultaat) {
    }

    public record VerstrekkingDto(Instant op, String ontvanger, String grondslag) {
    }

    public static InzageDto toDto(KeyPersonDataExport e) {
        KeyPersonDataExport.PersonRecord r = e.record();
        KeyPersonDataExport.LegalBasisLine b = r.legalBasis();
        return new InzageDto(e.madeAt(), e.keyPersonId(), new PersoonDto(r.displayName(), r.email(), r.phone(),
                names(r.neighbourhoods()), r.reach(), names(r.themes()), r.languages(), r.contactPerson(), r.notes(),
                b == null ? null : new GrondslagDto(b.ground(), b.recordedOn(), b.purposes(), b.howGiven(),
                        b.reference(), b.withdrawnOn()),
                r.status(), r.history().stream().map(h -> new StatusDto(h.at(), h.from(), h.to(), h.reason())).toList(),
                r.lastContact(), r.nomination(), r.registeredAt(), r.version()),
                e.ties().stream().map(t -> new VerbindingDto(t.kind(), t.otherKind(), t.otherName(), t.strength(),
                        t.since(), t.lastContact())).toList(),
                e.signals().stream().map(s -> new SignaalDto(s.trackingCode(), s.asSighting(), s.observedAt(),
                        s.receivedAt(), names(s.neighbourhoods()), names(s.themes()), s.intensity(), s.howObtained(),
                        s.description(), s.status(), s.statusSince())).toList(),
                e.polls().stream().map(p -> new PeilingDto(p.roundId(), p.title(), p.invitedAt(), p.closesAt(),
                        names(p.neighbourhoods()), p.open(), p.answeredAt(), p.ratings(), p.remark())).toList(),
                e.interventions().stream().map(i -> new InterventieDto(i.interventionId(), i.title(), i.type(),
                        i.status(), i.part(), i.plannedOn())).toList(),
                e.requests().stream().map(q -> new VerzoekDto(q.kind(), q.text(), q.submittedAt(), q.handledAt()))
                        .toList(),
                e.accessLog().stream().map(a -> new VerwerkingDto(a.at(), a.actorKind(), a.channel(), a.system(),
                        a.action(), a.purpose(), a.result())).toList(),
                e.disclosures().stream().map(d -> new VerstrekkingDto(d.at(), d.recipient(), d.legalBasis()))
                        .toList());
    }

    private static List<NaamDto> names(List<KeyPersonDataExport.Named> named) {
        return named.stream().map(n -> new NaamDto(n.code(), n.name())).toList();
    }
}
