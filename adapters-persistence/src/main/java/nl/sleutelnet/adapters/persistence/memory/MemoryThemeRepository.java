package nl.sleutelnet.adapters.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.sleutelnet.application.port.out.ThemeRepository;
import nl.sleutelnet.domain.theme.Theme;
import nl.sleutelnet.domain.theme.ThemeCode;

public final class MemoryThemeRepository implements ThemeRepository {

    private final VersionedMap<ThemeCode, Theme> themes = new VersionedMap<>("Theme", Theme::code, Theme::version,
            (t, v) -> {
                Theme.Snapshot s = t.snapshot();
                return Theme.reconstitute(new Theme.Snapshot(s.code(), s.name(), s.description(), s.active(),
                        s.position(), v));
            });

    @Override
    public List<Theme> findAll() {
        return themes.values().stream()
                .sorted(Comparator.comparingInt(Theme::position).thenComparing(t -> t.code().value()))
                .toList();
    }

    @Override
    public Optional<Theme> findByCode(ThemeCode code) {
        return themes.get(code);
    }

    @Override
    public Theme save(Theme theme) {
        return themes.save(theme, others -> {
        });
    }
}
