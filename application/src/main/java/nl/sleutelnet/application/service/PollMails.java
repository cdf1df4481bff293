package nl.sleutelnet.application.service;

import static com.google.common.base.Preconditions.checkArgument;

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

    /** The mails' texts, cut at their {@code %s} once (a mail is made for every invitation and reminder). */
    private static final List<String> INVITATION = parts("""
                Beste %s,

                Als sleutelpersoon vragen we u af en toe hoe de sfeer in uw buurt is. Wilt u deze korte peiling \
                invullen? Het kost een paar minuten.

                Over: %s
                Thema's: %s

                Uw persoonlijke link (stuur hem niet door):
                %s

                U kunt antwoorden %s. De link werkt één keer en vervalt daarna.
                %s""");
    private static final List<String> REMINDER = parts("""
                Beste %s,

                U heeft de peiling over de sfeer in uw buurt nog niet ingevuld. Dat kan nog %s.

                Over: %s
                Thema's: %s

                Uw nieuwe persoonlijke link (stuur hem niet door):
                %s

                De link uit de eerdere e-mail werkt niet meer; gebruik deze. Hij werkt één keer.
                %s""");
    private static final String FOOTER = """

            U krijgt deze e-mail omdat u als sleutelpersoon heeft ingestemd met het beantwoorden van peilingen. \
            Wilt u niet meer meedoen, laat het dan uw contactpersoon bij de gemeente weten.

            Met vriendelijke groet,
            Regie aanpak polarisatie, gemeente
            """;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm",
            DUTCH);

    private PollMails() {
    }

    /**
     * What every mail of one round says alike, written once for all of them: the themes asked about and until when
     * one can answer.
     */
    record Round(String themes, String until) {

        static Round of(List<String> themes, Instant closesAt, ZoneId zone) {
            return new Round(String.join(", ", themes), PollMails.until(closesAt, zone));
        }
    }

    static Notifier.Message invitation(String to, String name, List<String> buurten, Round round, String link) {
        return new Notifier.Message(to, "Peiling: hoe is de sfeer in uw buurt?", fill(INVITATION, name,
                String.join(", ", buurten), round.themes(), link, round.until(), FOOTER));
    }

    static Notifier.Message reminder(String to, String name, List<String> buurten, Round round, String link) {
        return new Notifier.Message(to, "Herinnering: peiling over de sfeer in uw buurt", fill(REMINDER, name,
                round.until(), String.join(", ", buurten), round.themes(), link, FOOTER));
    }

    /** A text with only {@code %s} in it, cut there. */
    private static List<String> parts(String template) {
        checkArgument(template.replace("%s", "").indexOf('%') < 0, "a mail's text holds no per cent sign but its places");
        return List.of(template.split("%s", -1));
    }

    /** What {@code String.formatted} makes of the text with these strings, without parsing it every time. */
    private static String fill(List<String> parts, String... values) {
        checkArgument(values.length == parts.size() - 1, "%s values for %s places", values.length, parts.size() - 1);
        StringBuilder text = new StringBuilder(1024);
        text.append(parts.get(0));
        for (int i = 0; i < values.length; i++) {
            text.append(values[i]).append(parts.get(i + 1));
        }
        return text.toString();
    }

    /**
     * Until when: "tot maandag 16 maart 2026 om 09:30", or for a round that closes at midnight "tot en met zondag 15
     * maart 2026" (the last whole day), as people read a period.
     */
    static String until(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return "tot en met " + DAY.format(local.minusDays(1));
        }
        return "tot " + DAY_AND_TIME.format(local);
    }
}
