package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.application.port.in.privacy.ProcessingActivity;
import nl.sleutelnet.application.port.in.privacy.ProcessingRegister;
import nl.sleutelnet.domain.audit.AuditPurpose;
import nl.sleutelnet.domain.privacy.RetentionTerms;

/**
 * The Dutch texts of the processing register, per purpose of the audit log. A purpose without a text here cannot be
 * registered: the constructor refuses it, so a new purpose is never left out of the register.
 */
final class ProcessingRegisterTexts {

    private static final String LOGGING = "elke verwerking staat in het auditlog (wie, wat, welk object, doel, "
            + "uitkomst, wanneer), inzage ook";
    private static final String ROLES = "rollen en need-to-know in de kern afgedwongen (een professional ziet alleen "
            + "de eigen buurten, een analist alleen cijfers)";

    private final Map<AuditPurpose, List<String>> useCases;
    private final String controller;

    ProcessingRegisterTexts(Map<AuditPurpose, List<String>> useCasesByPurpose, String controller) {
        checkNotNull(useCasesByPurpose, "useCasesByPurpose");
        this.controller = checkNotNull(controller, "controller");
        this.useCases = new EnumMap<>(AuditPurpose.class);
        useCasesByPurpose.forEach((purpose, names) -> useCases.put(purpose, List.copyOf(names)));
    }

    ProcessingRegister register(RetentionTerms terms) {
        List<ProcessingActivity> activities = new ArrayList<>();
        for (AuditPurpose purpose : AuditPurpose.values()) {
            if (useCases.containsKey(purpose)) {
                activities.add(activity(purpose, terms));
            }
        }
        return new ProcessingRegister(controller, terms, activities);
    }

    private ProcessingActivity activity(AuditPurpose purpose, RetentionTerms terms) {
        List<String> names = useCases.getOrDefault(purpose, List.of());
        String departed = ProcessingRegister.dutch(terms.departedKeyPersons());
        String audit = "auditlog: " + ProcessingRegister.dutch(terms.auditEntries());
        return switch (purpose) {
            case NETWORK_CONTACT -> new ProcessingActivity(purpose, "Netwerk van sleutelpersonen en partners",
                    "een netwerk van sleutelpersonen en partners opbouwen en onderhouden, om spanningen in buurten "
                            + "tijdig te horen en samen te de-escaleren (aanpak polarisatie)",
                    "toestemming van de sleutelpersoon (art. 6 lid 1 sub a AVG) of een andere vastgelegde grondslag "
                            + "met verwijzing (publieke taak, art. 6 lid 1 sub e); per sleutelpersoon vastgelegd met "
                            + "datum en doelen",
                    List.of("sleutelpersonen", "contactpersonen van partners", "medewerkers van de gemeente"),
                    List.of("naam, e-mailadres en telefoonnummer", "buurten waar iemand actief is",
                            "bereik (neutraal beschreven kringen)", "thema's waarbij iemand kan helpen", "talen",
                            "notities", "grondslag", "voordracht", "status met historie", "verbindingen tussen leden",
                            "geen bijzondere persoonsgegevens (art. 9 AVG): het model heeft er geen plaats voor"),
                    List.of("de regisseur en professionals van de gemeente binnen hun buurten",
                            "geen derden; een verstrekking wordt met ontvanger en grondslag gelogd"),
                    List.of("vertrokken sleutelpersonen: " + departed + " na vertrek gewist (eerder op verzoek, "
                            + "art. 17 AVG)", "actieve sleutelpersonen: zolang zij deelnemen", audit),
                    List.of(ROLES, LOGGING, "intrekken van toestemming werkt direct",
                            "wissen op verzoek laat cijfers staan maar niets dat naar de persoon leidt"),
                    names);
            case SIGNALS -> new ProcessingActivity(purpose, "Signalen en temperatuur",
                    "spanningen per buurt en thema vastleggen, duiden en erop handelen; de temperatuur per buurt en "
                            + "thema afleiden",
                    "publieke taak van de gemeente (art. 6 lid 1 sub e AVG); voor melders die sleutelpersoon zijn "
                            + "ook hun grondslag",
                    List.of("melders (sleutelpersonen, partners, medewerkers)", "behandelende medewerkers"),
                    List.of("buurt, thema, intensiteit, data", "omschrijving (gecontroleerd op e-mailadressen, "
                            + "telefoonnummers, BSN en postcode met huisnummer)", "wie meldde en hoe (altijd open)",
                            "beoordeling en behandeling"),
                    List.of("de regisseur en professionals binnen hun buurten; analisten zien alleen cijfers"),
                    List.of("afgesloten signalen: " + ProcessingRegister.dutch(terms.closedSignals())
                            + " na afsluiten geanonimiseerd (melder en tekst; cijfers blijven)", audit),
                    List.of(ROLES, LOGGING, "een signaal beschrijft spanning in een buurt, geen personen",
                            "geen heimelijke bronnen: de manier van verkrijgen is altijd vastgelegd"),
                    names);
            case POLLS -> new ProcessingActivity(purpose, "Temperatuurpeilingen",
                    "sleutelpersonen periodiek vragen hoe de stemming in hun buurt is",
                    "toestemming of grondslag van de sleutelpersoon, met peilingen als doel (doelbinding)",
                    List.of("sleutelpersonen"),
                    List.of("uitnodiging per sleutelpersoon (buurten, hash van de link, verzending)",
                            "antwoord: cijfer per thema en een gescreende opmerking"),
                    List.of("de regisseur; anderen zien alleen cijfers per buurt, nooit per persoon"),
                    List.of("zolang de sleutelpersoon bestaat; bij wissen blijft alleen het cijfer zonder koppeling "
                            + "(" + departed + " na vertrek)", audit),
                    List.of(ROLES, LOGGING, "de persoonlijke link werkt één keer en wordt alleen als hash bewaard"),
                    names);
            case INTERVENTIONS -> new ProcessingActivity(purpose, "Interventies op maat",
                    "interventies plannen, uitvoeren, op- en afschalen, terugtrekken en evalueren",
                    "publieke taak van de gemeente (art. 6 lid 1 sub e AVG); deelnemende sleutelpersonen met "
                            + "interventies als doel in hun grondslag",
                    List.of("deelnemende sleutelpersonen en partners", "medewerkers (eigenaar, taken)"),
                    List.of("doel, soort, reikwijdte, data", "deelnemers en hun rol in het werk",
                            "draagkracht van de buurt", "taken, notities en tijdlijn", "evaluatie"),
                    List.of("de regisseur; professionals bij interventies in hun buurten of met hun taken"),
                    List.of("afgesloten interventies: " + ProcessingRegister.dutch(terms.closedInterventions())
                            + " na afsluiten geanonimiseerd (deelnemers en notities; soort, data en uitkomst "
                            + "blijven)", audit),
                    List.of(ROLES, LOGGING, "rollen van Brandsma benoemen een dynamiek, nooit een persoon"),
                    names);
            case ACCOUNTS -> new ProcessingActivity(purpose, "Accounts en aanmelden",
                    "medewerkers en systemen van de gemeente toegang geven volgens hun rol",
                    "publieke taak en de arbeidsrelatie (art. 6 lid 1 sub b en e AVG)",
                    List.of("medewerkers", "beheerders van gekoppelde systemen"),
                    List.of("gebruikersnaam, weergavenaam, rollen, buurten, werk-e-mailadres",
                            "hash van het wachtwoord of token", "aanmeldpogingen"),
                    List.of("beheerders"),
                    List.of("zolang het account bestaat (accounts worden uitgeschakeld, niet verwijderd; de gemeente "
                            + "stelt een termijn vast)", audit),
                    List.of(LOGGING, "wachtwoorden en tokens alleen als hash", "aanmelden wordt afgeremd na "
                            + "mislukte pogingen", "MFA via het identiteitsplatform van de stad (optioneel)"),
                    names);
            case EVALUATION -> new ProcessingActivity(purpose, "Evaluatie en programma",
                    "de aanpak evalueren voor de gemeenteraad (periodeverslag) en het geld van het programma "
                            + "verantwoorden",
                    "publieke taak van de gemeente (art. 6 lid 1 sub e AVG): de raad vroeg om evaluatie",
                    List.of("geen personen in de uitkomst; de cijfers komen uit het netwerk, de signalen en de "
                            + "interventies"),
                    List.of("aantallen, aandelen, mediaan en 90e percentiel, dagen per temperatuurniveau",
                            "kosten en financiering van het programma", "aantallen kleiner dan de kleinste groep "
                            + "(standaard 5) tonen als \"< 5\"; een analist ziet alleen die"),
                    List.of("de regisseur en analisten; de gemeenteraad krijgt het verslag (PDF)"),
                    List.of("het verslag wordt niet bewaard maar telkens berekend", audit),
                    List.of(ROLES, LOGGING, "kleine aantallen onderdrukt", "makelaars en kwetsbare schakels alleen "
                            + "als aantal, nooit bij naam"),
                    names);
            case REFERENCE_DATA -> new ProcessingActivity(purpose, "Referentiegegevens",
                    "wijken, buurten en thema's bijhouden", "niet van toepassing: geen persoonsgegevens",
                    List.of("geen"), List.of("CBS-codes, namen, grenzen, thema's"), List.of("iedereen die mag "
                            + "aanmelden"), List.of("zolang in gebruik"), List.of("wijzigingen worden gelogd"),
                    names);
            case ACCOUNTABILITY -> new ProcessingActivity(purpose, "Verantwoording, bewaartermijnen en rechten",
                    "verantwoorden wie wat met welke gegevens deed (auditlog, verstrekkingen), bewaartermijnen "
                            + "toepassen, verzoeken om wissen uitvoeren en dit register bijhouden",
                    "wettelijke verplichting (art. 5 lid 2, 17, 30 en 32 AVG; art. 6 lid 1 sub c)",
                    List.of("iedereen wiens gegevens verwerkt worden, bij id", "medewerkers (als actor)"),
                    List.of("auditregels: actor, actie, doel, object-id, id's van betrokkenen, uitkomst, herkomst, "
                            + "moment", "verstrekkingen: ontvanger en grondslag", "verwijderregister: wat er "
                            + "gewist of geanonimiseerd is, aantallen, wanneer, waarom, door wie (geen gegevens van "
                            + "de gewiste persoon)"),
                    List.of("beheerders; de functionaris gegevensbescherming op verzoek"),
                    List.of(audit + " (de database weigert regels jonger dan "
                            + ProcessingRegister.dutch(RetentionTerms.AUDIT_FLOOR) + " te verwijderen)",
                            "verwijderregister: zolang Sleutelnet in gebruik is"),
                    List.of("het auditlog is alleen aan te vullen; de database weigert wijzigen en te vroeg "
                            + "verwijderen", "na wissen verwijzen regels alleen nog naar een id dat niemand meer "
                            + "aanwijst"),
                    names);
        };
    }
}
