package nl.sleutelnet.adapters.web.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sleutelnet.application.port.in.geography.DistrictSummary;
import nl.sleutelnet.application.port.in.geography.ListDistrictsUseCase;
import nl.sleutelnet.application.port.in.theme.ListThemesUseCase;
import nl.sleutelnet.domain.access.Actor;
import nl.sleutelnet.domain.theme.Theme;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The reference data forms choose from (wijken with buurten, active themes) and their names, for any page. */
@Component
public class Choices {

    private final ListDistrictsUseCase districts;
    private final ListThemesUseCase themes;

    public Choices(ListDistrictsUseCase districts, ListThemesUseCase themes) {
        this.districts = districts;
        this.themes = themes;
    }

    /** Adds {@code wijken}, {@code themas}, {@code buurtNamen} and {@code themaNamen} to the model. */
    public void addTo(Actor actor, Model model) {
        List<DistrictSummary> wijken = districts.listDistricts(actor);
        List<Theme> allThemes = themes.listThemes(actor, true);
        Map<String, String> buurtNamen = new LinkedHashMap<>();
        wijken.forEach(w -> w.neighbourhoods().forEach(b -> buurtNamen.put(b.code().value(), b.name())));
        Map<String, String> themaNamen = new LinkedHashMap<>();
        allThemes.forEach(t -> themaNamen.put(t.code().value(), t.name()));
        model.addAttribute("wijken", wijken);
        model.addAttribute("themas", allThemes.stream().filter(Theme::active).toList());
        model.addAttribute("buurtNamen", buurtNamen);
        model.addAttribute("themaNamen", themaNamen);
    }
}
