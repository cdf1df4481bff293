package nl.sleutelnet.application.service;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.sleutelnet.application.port.out.Notifier;

/**
 * The Dutch mails of the polls. They carry the personal link, the buurten and themes asked about and the close time;
 * never the content of signals, the occasion of the round or anything about other people.
 */
final class PollMails {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private PollMails() {
    }

    static Notifier.Message invitation(String to, String name, List<String> buurten, List<String> themes,
            Instant closesAt, String link, ZoneId zone) {
        return new Notifier.Message(to, "Peiling: hoe is de sfeer in uw buurt?", """
                Beste %s,

                Als sleutelpersoon vragen we u af en toe hoe de sfeer in uw buurt is. Wilt u deze korte peiling \
                invullen? Het kost een paar minuten.

                Over: %s
                Thema's: %s

                Uw persoonlijke link (stuur hem niet door):
                %s

                U kunt antwoorden %s. De link werkt één keer en vervalt daarna.
                %s""".formatted(name, String.join(", ", buurten), String.join(", ", themes), link,
                until(closesAt, zone), footer()));
    }

    static Notifier.Message reminder(String to, String name, List<String> buurten, List<String> themes,
            Instant closesAt, String link, ZoneId zone) {
        return new Notifier.Message(to, "Herinnering: peiling over de sfeer in uw buurt", """
                Beste %s,

                U heeft de peiling over de sfeer in uw buurt nog niet ingevuld. Dat kan nog %s.

                Over: %s
                Thema's: %s

                Uw nieuwe persoonlijke link (stuur hem niet door):
                %s

                De link uit de eerdere e-mail werkt niet meer; gebruik deze. Hij werkt één keer.
                %s""".formatted(name, until(closesAt, zone), String.join(", ", buurten), String.join(", ", themes),
                link, footer()));
    }

    private static String footer() {
        return """

                U krijgt deze e-mail omdat u als sleutelpersoon heeft ingestemd met het beantwoorden van peilingen. \
                Wilt u niet meer meedoen, laat het dan uw contactpersoon bij de gemeente weten.

                Met vriendelijke groet,
                Regie aanpak polarisatie, gemeente
                """;
    }

    /**
     * Until when: "tot maandag 16 maart 2026 om 09:30", or for a round that closes at midnight "tot en met zondag 15
     * maart 2026" (the last whole day), as people read a period.
     */
    static String until(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return "tot en met " + DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH).format(local.minusDays(1));
        }
        return "tot " + DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", DUTCH).format(local);
    }
}
