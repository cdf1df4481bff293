package nl.sleutelnet.application.service;

import static nl.sleutelnet.domain.testdata.AccountBuilder.anActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.sleutelnet.application.fakes.Fakes;
import nl.sleutelnet.application.port.in.theme.AddThemeCommand;
import nl.sleutelnet.application.port.in.theme.ChangeThemeCommand;
import nl.sleutelnet.domain.access.AccessDeniedException;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.access.Role;
import nl.sleutelnet.domain.shared.DomainException;
import nl.sleutelnet.domain.shared.StaleVersionException;
import nl.sleutelnet.domain.theme.DefaultThemes;
import nl.sleutelnet.domain.theme.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThemeServiceTest {

    private final Fakes.Themes themes = new Fakes.Themes();
    private final ThemeService service = new ThemeService(themes);
    private final Actor admin = anActor(Role.ADMIN);

    @BeforeEach
    void defaults() {
        DefaultThemes.all().forEach(themes::save);
    }

    @Test
    void anAdminAddsAThemeAfterTheOthers() {
        Theme added = service.addTheme(admin, new AddThemeCommand("polarisatie-online", "Online polarisatie", ""));
        assertThat(added.position()).isEqualTo(8);
        assertThat(added.version()).isEqualTo(1);
        assertThat(service.listThemes(anActor(Role.PROFESSIONAL), false)).last().isEqualTo(added);
    }

    @Test
    void onlyAnAdminConfiguresThemes() {
        assertThatThrownBy(() -> service.addTheme(anActor(Role.COORDINATOR), new AddThemeCommand("x", "X", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCodeIsUsedOnce() {
        assertThatThrownBy(() -> service.addTheme(admin, new AddThemeCommand("religie", "Geloof", null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("theme.code.taken"))
                .hasMessageContaining("Religie-gerelateerde spanningen");
    }

    @Test
    void aRetiredThemeIsHiddenFromNewWorkButKept() {
        service.changeTheme(admin, new ChangeThemeCommand("wij-zij", "Wij-zij-denken", "", 7, false, 1));
        assertThat(service.listThemes(admin, false)).extracting(t -> t.code().value()).doesNotContain("wij-zij");
        assertThat(service.listThemes(admin, true)).extracting(t -> t.code().value()).contains("wij-zij");
    }

    @Test
    void aChangeToAnOlderVersionIsRefusedAndNothingIsLost() {
        service.changeTheme(admin, new ChangeThemeCommand("religie", "Religie", "", 0, true, 1));
        assertThatThrownBy(() -> service.changeTheme(admin,
                new ChangeThemeCommand("religie", "Geloof", "", 0, true, 1)))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("version 1, the current version is 2");
        assertThat(themes.findAll()).filteredOn(t -> t.code().value().equals("religie"))
                .extracting(Theme::name).containsExactly("Religie");
    }
}
