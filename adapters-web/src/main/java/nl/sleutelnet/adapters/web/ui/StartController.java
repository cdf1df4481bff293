package nl.sleutelnet.adapters.web.ui;

import java.util.List;
import nl.sleutelnet.application.port.in.geography.DistrictSummary;
import nl.sleutelnet.application.port.in.geography.ListDistrictsUseCase;
import nl.sleutelnet.application.port.in.theme.ListThemesUseCase;
import nl.sleutelnet.domain.access.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class StartController {

    private final ListDistrictsUseCase districts;
    private final ListThemesUseCase themes;

    public StartController(ListDistrictsUseCase districts, ListThemesUseCase themes) {
        this.districts = districts;
        this.themes = themes;
    }

    @GetMapping("/inloggen")
    public String signIn(@RequestParam(required = false) String fout, @RequestParam(required = false) String uitgelogd,
            Model model) {
        model.addAttribute("fout", fout != null);
        model.addAttribute("uitgelogd", uitgelogd != null);
        return "inloggen";
    }

    @GetMapping("/")
    public String start(Actor actor, Model model) {
        List<DistrictSummary> wijken = districts.listDistricts(actor);
        model.addAttribute("aantalWijken", wijken.size());
        model.addAttribute("aantalBuurten", wijken.stream().mapToInt(w -> w.neighbourhoods().size()).sum());
        model.addAttribute("inwoners", wijken.stream().mapToInt(DistrictSummary::inhabitants).sum());
        model.addAttribute("buurtenZonderInwonertal",
                wijken.stream().mapToInt(DistrictSummary::buurtenWithoutCount).sum());
        model.addAttribute("themas", themes.listThemes(actor, false));
        return "start";
    }
}
