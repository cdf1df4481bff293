package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.sleutelnet.bootstrap.web.Http.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The cost form on the evaluation page refuses a description with a personal identifier, keeps what was typed, and
 * says in Dutch what was found and where, as the signal and intervention forms do.
 */
class ProgrammeCostFormTest extends RunningApplication {

    @Test
    void aCostWithAPhoneNumberIsRefusedWithWhatWasFoundAndWhere() {
        tokenFor("kosten.regisseur", "COORDINATOR");
        StaffSession staff = new StaffSession(http()).signIn("kosten.regisseur", "een test wachtwoord");
        assertThat(staff.signedIn()).isTrue();
        Document page = Jsoup.parse(staff.get("/evaluatie").body());
        String version = page.select("input[name=versie]").attr("value");
        String description = "Zaalhuur, afspraken via 06-12345678";

        Response refused = staff.post("/evaluatie/kosten", "van=2025-03-01&bedrag=120&versie=" + version
                + "&omschrijving=" + URLEncoder.encode(description, StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(302);
        Document again = Jsoup.parse(staff.get("/evaluatie").body());

        assertThat(again.select("#foutsamenvatting").text()).contains("De omschrijving bevat een persoonsgegeven");
        assertThat(again.select("#description-gevonden").text()).contains("een telefoonnummer: 06-12345678 (vanaf teken "
                + (description.indexOf("06-") + 1) + ")");
        assertThat(again.select("#description").attr("value")).as("what was typed is kept").isEqualTo(description);
    }
}
