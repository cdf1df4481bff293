package nl.sleutelnet.domain.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.sleutelnet.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void theDefaultListIsTheOneFromTheApproach() {
        assertThat(DefaultThemes.all()).extracting(Theme::name).containsExactly(
                "Religie-gerelateerde spanningen", "Linksextremisme", "Rechtsextremisme", "Milieu en klimaat",
                "Complotdenken", "Onvrede over overheidsmaatregelen", "Discriminatie", "Wij-zij-denken");
        assertThat(DefaultThemes.all()).allMatch(Theme::active);
        assertThat(DefaultThemes.all()).extracting(Theme::position).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void aRetiredThemeKeepsItsNameAndCanReturn() {
        Theme theme = Theme.register(ThemeCode.of("wij-zij"), "Wij-zij-denken", "", 7);
        Theme retired = theme.retire();
        assertThat(retired.active()).isFalse();
        assertThat(retired.name()).isEqualTo("Wij-zij-denken");
        assertThat(retired.reactivate().active()).isTrue();
    }

    @Test
    void reconstitutingChecksTheSameRules() {
        Theme.Snapshot broken = new Theme.Snapshot(ThemeCode.of("x"), "", "", true, 0, 0);
        assertThatThrownBy(() -> Theme.reconstitute(broken)).isInstanceOf(DomainException.class)
                .hasMessageContaining("name of a theme is required");
    }

    @Test
    void codesAreLowerCaseWordsWithHyphens() {
        assertThat(ThemeCode.of("milieu-klimaat").value()).isEqualTo("milieu-klimaat");
        for (String bad : new String[] {"Milieu", "milieu--klimaat", "-milieu", "milieu klimaat", "1milieu", ""}) {
            assertThatThrownBy(() -> ThemeCode.of(bad)).as(bad).isInstanceOf(DomainException.class)
                    .hasMessageContaining("lower-case");
        }
    }

    @Test
    void nameLengthIsLimited() {
        assertThatThrownBy(() -> Theme.register(ThemeCode.of("x"), "x".repeat(81), "", 0))
                .hasMessageContaining("at most 80 characters");
    }
}
