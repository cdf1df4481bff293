package nl.sleutelnet.adapters.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The core's field names as an API client sent them: in Dutch, segment by segment, indexes kept. */
class ApiFieldNamesTest {

    @Test
    void theFirstSegmentIsTranslatedAsBefore() {
        assertThat(ApiFieldNames.toApi("username")).isEqualTo("gebruikersnaam");
        assertThat(ApiFieldNames.toApi("neighbourhoods[2]")).isEqualTo("buurten[2]");
        assertThat(ApiFieldNames.toApi("expectedVersion")).isEqualTo("If-Match");
        assertThat(ApiFieldNames.toApi("code")).isEqualTo("code");
        assertThat(ApiFieldNames.toApi("Content-Type")).isEqualTo("Content-Type");
    }

    @Test
    void everyDottedSegmentIsTranslated() {
        assertThat(ApiFieldNames.toApi("legalBasis.purposes[0]")).isEqualTo("grondslag.doelen[0]");
        assertThat(ApiFieldNames.toApi("legalBasis.howGiven")).isEqualTo("grondslag.hoeGegeven");
        assertThat(ApiFieldNames.toApi("legalBasis.recordedOn")).isEqualTo("grondslag.vastgelegdOp");
        assertThat(ApiFieldNames.toApi("legalBasis")).isEqualTo("grondslag");
        assertThat(ApiFieldNames.toApi("unknown.reach[3]")).isEqualTo("unknown.bereik[3]");
        assertThat(ApiFieldNames.toApi("rings[1][2]")).isEqualTo("rings[1][2]");
    }

    @Test
    void keyPersonPartnerAndTieFields() {
        assertThat(ApiFieldNames.toApi("displayName")).isEqualTo("naam");
        assertThat(ApiFieldNames.toApi("phone")).isEqualTo("telefoon");
        assertThat(ApiFieldNames.toApi("reach[0]")).isEqualTo("bereik[0]");
        assertThat(ApiFieldNames.toApi("themes[1]")).isEqualTo("themas[1]");
        assertThat(ApiFieldNames.toApi("languages[0]")).isEqualTo("talen[0]");
        assertThat(ApiFieldNames.toApi("contactPerson")).isEqualTo("contactpersoon");
        assertThat(ApiFieldNames.toApi("nominatedBy")).isEqualTo("voorgedragenDoor");
        assertThat(ApiFieldNames.toApi("nominationMotivation")).isEqualTo("motivatie");
        assertThat(ApiFieldNames.toApi("reason")).isEqualTo("reden");
        assertThat(ApiFieldNames.toApi("kind")).isEqualTo("soort");
        assertThat(ApiFieldNames.toApi("aKind")).isEqualTo("a.soort");
        assertThat(ApiFieldNames.toApi("b")).isEqualTo("b.id");
        assertThat(ApiFieldNames.toApi("strength")).isEqualTo("sterkte");
        assertThat(ApiFieldNames.toApi("since")).isEqualTo("sinds");
    }

    @Test
    void theKeyPersonQueryNamesItsParameters() {
        assertThat(ApiFieldNames.toApi("neighbourhood")).isEqualTo("buurt");
        assertThat(ApiFieldNames.toApi("theme")).isEqualTo("thema");
        assertThat(ApiFieldNames.toApi("status")).isEqualTo("status");
        assertThat(ApiFieldNames.toApi("text")).isEqualTo("zoek");
        assertThat(ApiFieldNames.toApi("page")).isEqualTo("pagina");
        assertThat(ApiFieldNames.toApi("size")).isEqualTo("paginaGrootte");
    }

    @Test
    void pollRoundFields() {
        assertThat(ApiFieldNames.toApi("opensAt")).isEqualTo("opent");
        assertThat(ApiFieldNames.toApi("closesAt")).isEqualTo("sluit");
        assertThat(ApiFieldNames.toApi("recurrence")).isEqualTo("herhaling");
        assertThat(ApiFieldNames.toApi("occasion")).isEqualTo("aanleiding");
        assertThat(ApiFieldNames.toApi("themes[0]")).isEqualTo("themas[0]");
    }

    @Test
    void interventionFields() {
        assertThat(ApiFieldNames.toApi("signals[1]")).isEqualTo("signalen[1]");
        assertThat(ApiFieldNames.toApi("involvement")).isEqualTo("betrokkenheid");
        assertThat(ApiFieldNames.toApi("part")).isEqualTo("bijdrage");
        assertThat(ApiFieldNames.toApi("due")).isEqualTo("uiterlijk");
        assertThat(ApiFieldNames.toApi("initiatives[2]")).isEqualTo("initiatieven[2]");
        assertThat(ApiFieldNames.toApi("exitDays")).isEqualTo("exitDagen");
        assertThat(ApiFieldNames.toApi("justification")).isEqualTo("verantwoording");
        assertThat(ApiFieldNames.toApi("followUp")).isEqualTo("vervolg");
    }
}
