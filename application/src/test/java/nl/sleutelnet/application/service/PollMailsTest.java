package nl.sleutelnet.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import nl.sleutelnet.application.port.out.Notifier;
import org.junit.jupiter.api.Test;

/** The poll mails word for word, as a key person reads them. */
class PollMailsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Test
    void anInvitationNamesTheBuurtenTheThemesTheLinkAndTheLastDay() {
        Notifier.Message mail = PollMails.invitation("bram@example.nl", "Bram", List.of("Malberg", "Wyck"),
                PollMails.Round.of(List.of("Wij-zij-denken", "Religie"), Instant.parse("2026-03-15T23:00:00Z"), ZONE),
                "https://sleutelnet.example/peiling/abc");
        assertThat(mail.to()).isEqualTo("bram@example.nl");
        assertThat(mail.subject()).isEqualTo("Peiling: hoe is de sfeer in uw buurt?");
        assertThat(mail.body()).isEqualTo("""
                Beste Bram,

                Als sleutelpersoon vragen we u af en toe hoe de sfeer in uw buurt is. Wilt u deze korte peiling \
                invullen? Het kost een paar minuten.

                Over: Malberg, Wyck
                Thema's: Wij-zij-denken, Religie

                Uw persoonlijke link (stuur hem niet door):
                https://sleutelnet.example/peiling/abc

                U kunt antwoorden tot en met zondag 15 maart 2026. De link werkt één keer en vervalt daarna.

                U krijgt deze e-mail omdat u als sleutelpersoon heeft ingestemd met het beantwoorden van \
                peilingen. Wilt u niet meer meedoen, laat het dan uw contactpersoon bij de gemeente weten.

                Met vriendelijke groet,
                Regie aanpak polarisatie, gemeente
                """);
    }

    @Test
    void aReminderSaysTheEarlierLinkNoLongerWorksAndUntilWhen() {
        Notifier.Message mail = PollMails.reminder("bram@example.nl", "Bram", List.of("Malberg"),
                PollMails.Round.of(List.of("Fronten"), Instant.parse("2026-03-16T08:30:00Z"), ZONE),
                "https://sleutelnet.example/peiling/def");
        assertThat(mail.subject()).isEqualTo("Herinnering: peiling over de sfeer in uw buurt");
        assertThat(mail.body()).isEqualTo("""
                Beste Bram,

                U heeft de peiling over de sfeer in uw buurt nog niet ingevuld. Dat kan nog tot maandag 16 maart \
                2026 om 09:30.

                Over: Malberg
                Thema's: Fronten

                Uw nieuwe persoonlijke link (stuur hem niet door):
                https://sleutelnet.example/peiling/def

                De link uit de eerdere e-mail werkt niet meer; gebruik deze. Hij werkt één keer.

                U krijgt deze e-mail omdat u als sleutelpersoon heeft ingestemd met het beantwoorden van \
                peilingen. Wilt u niet meer meedoen, laat het dan uw contactpersoon bij de gemeente weten.

                Met vriendelijke groet,
                Regie aanpak polarisatie, gemeente
                """);
    }
}
