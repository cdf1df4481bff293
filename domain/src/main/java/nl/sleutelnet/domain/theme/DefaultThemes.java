package nl.sleutelnet.domain.theme;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The themes a new installation starts with, from the approach's own description of the tensions it
 * watches. Administrators can rename, retire and add themes afterwards.
 */
public final class DefaultThemes {

    private DefaultThemes() {
    }

    public static List<Theme> all() {
        return ImmutableList.of(
                theme(0, "religie", "Religie-gerelateerde spanningen",
                        "Spanningen in de buurt rond geloof, gebedshuizen of religieuze uitingen."),
                theme(1, "linksextremisme", "Linksextremisme",
                        "Uitingen of activiteiten van links-extremistische aard in de buurt."),
                theme(2, "rechtsextremisme", "Rechtsextremisme",
                        "Uitingen of activiteiten van rechts-extremistische aard in de buurt."),
                theme(3, "milieu-klimaat", "Milieu en klimaat",
                        "Polarisatie rond milieu- en klimaatvraagstukken en de maatregelen daarvoor."),
                theme(4, "complotdenken", "Complotdenken",
                        "Wantrouwen gevoed door complottheorieën en desinformatie."),
                theme(5, "overheidsmaatregelen", "Onvrede over overheidsmaatregelen",
                        "Verzet tegen of onvrede over besluiten en maatregelen van de overheid."),
                theme(6, "discriminatie", "Discriminatie",
                        "Uitsluiting of ongelijke behandeling van groepen in de buurt."),
                theme(7, "wij-zij", "Wij-zij-denken",
                        "Groepen in de buurt die tegenover elkaar komen te staan."));
    }

    private static Theme theme(int position, String code, String name, String description) {
        return Theme.register(ThemeCode.of(code), name, description, position);
    }
}
