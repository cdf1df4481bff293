package nl.sleutelnet.application.service;

import java.time.Instant;
import java.time.ZoneId;
import nl.sleutelnet.application.port.out.Notifier;

/** The Dutch mail with a key person's "Mijn Sleutelnet" link: the link and until when it works, nothing else. */
final class SelfServiceMails {

    private SelfServiceMails() {
    }

    static Notifier.Message link(String to, String name, String link, Instant expiresAt, ZoneId zone) {
        return new Notifier.Message(to, "Uw link naar Mijn Sleutelnet", """
                Beste %s,

                Met deze persoonlijke link ziet u wat de gemeente in Sleutelnet over u heeft vastgelegd. U kunt uw \
                gegevens verbeteren, iets melden, uw toestemming intrekken of stoppen als sleutelpersoon.

                Uw persoonlijke link (stuur hem niet door):
                %s

                De link werkt %s, zo vaak als u wilt. Daarna kunt u een nieuwe link aanvragen.

                Heeft u deze link niet aangevraagd? Dan kunt u deze e-mail negeren.

                Met vriendelijke groet,
                Regie aanpak polarisatie, gemeente
                """.formatted(name, link, PollMails.until(expiresAt, zone)));
    }
}
